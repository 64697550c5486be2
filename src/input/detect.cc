// Statistical encoding detection with ICU's charset detector (ucsdet), and
// the check of a declared encoding against it.
//
// ICU recognises UTF-8/16/32, Shift_JIS, ISO-2022-JP/CN/KR, GB18030,
// EUC-JP, EUC-KR, Big5 (character-frequency models) and ISO-8859-1/2/5/6/
// 7/8/9, windows-1250..1256 and KOI8-R (byte n-gram models of the
// languages using them). It knows nothing about other encodings (Thai
// windows-874 text, say, scores as GB18030), so a declaration of one of
// those is never second-guessed.
#include <array>
#include <vector>

#include <unicode/localpointer.h>
#include <unicode/ucsdet.h>

#include "encoding_internal.h"
#include "newsift/input/encoding.h"

namespace newsift::input::internal {
namespace {

// Scans up to this much: enough text for the statistics on any page, and
// a cap on the work for huge ones.
constexpr size_t kMaxDetectBytes = 1 << 20;
// Below this many non-ASCII bytes the statistics are too thin to overrule
// a declaration (and a wrong one costs a few characters at most).
constexpr size_t kMinEvidence = 32;

enum class Script { kOther, kLatin, kCyrillic, kGreek, kArabic, kHebrew, kCjk };

struct Detectable {
  std::string_view encoding;  // WHATWG name
  Script script;
};

// The encodings ICU has a recognizer for, by WHATWG name.
constexpr std::array<Detectable, 24> kDetectable = {{
    {"big5", Script::kCjk},
    {"euc-jp", Script::kCjk},
    {"euc-kr", Script::kCjk},
    {"gb18030", Script::kCjk},
    {"gbk", Script::kCjk},
    {"iso-2022-jp", Script::kCjk},
    {"iso-8859-2", Script::kLatin},
    {"iso-8859-5", Script::kCyrillic},
    {"iso-8859-6", Script::kArabic},
    {"iso-8859-7", Script::kGreek},
    {"iso-8859-8", Script::kHebrew},
    {"iso-8859-8-i", Script::kHebrew},
    {"koi8-r", Script::kCyrillic},
    {"shift_jis", Script::kCjk},
    {"utf-16be", Script::kOther},
    {"utf-16le", Script::kOther},
    {"utf-8", Script::kOther},
    {"windows-1250", Script::kLatin},
    {"windows-1251", Script::kCyrillic},
    {"windows-1252", Script::kLatin},
    {"windows-1253", Script::kGreek},
    {"windows-1254", Script::kLatin},
    {"windows-1255", Script::kHebrew},
    {"windows-1256", Script::kArabic},
}};

const Detectable* FindDetectable(std::string_view encoding) {
  for (const Detectable& d : kDetectable) {
    if (d.encoding == encoding) return &d;
  }
  return nullptr;
}

bool IsMultiByteCjk(std::string_view encoding) {
  return encoding == "big5" || encoding == "euc-jp" || encoding == "euc-kr" ||
         encoding == "gb18030" || encoding == "gbk" || encoding == "shift_jis";
}

// gb18030 is a superset of gbk, iso-8859-8-i the same bytes as iso-8859-8.
bool SameEncoding(std::string_view a, std::string_view b) {
  auto base = [](std::string_view e) -> std::string_view {
    if (e == "gbk") return "gb18030";
    if (e == "iso-8859-8-i") return "iso-8859-8";
    return e;
  };
  return base(a) == base(b);
}

}  // namespace

std::vector<Candidate> DetectCandidates(std::string_view bytes) {
  std::vector<Candidate> candidates;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return candidates;
  const std::string_view sample = bytes.substr(0, kMaxDetectBytes);
  ucsdet_setText(detector.getAlias(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.getAlias(), true);  // skip markup
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
  if (U_FAILURE(status)) return candidates;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &s);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
    if (U_FAILURE(s) || name == nullptr) continue;
    const std::optional<std::string_view> encoding = CanonicalEncoding(name);
    if (!encoding || *encoding == "replacement") continue;
    bool seen = false;
    for (const Candidate& c : candidates) seen = seen || c.encoding == *encoding;
    if (!seen) candidates.push_back({*encoding, confidence});
  }
  return candidates;
}

std::optional<std::string_view> DetectedOverDeclared(std::string_view bytes,
                                                     std::string_view declared, size_t non_ascii) {
  const Detectable* d = FindDetectable(declared);
  if (d == nullptr || d->script == Script::kOther || non_ascii < kMinEvidence) {
    return std::nullopt;
  }
  const std::vector<Candidate> candidates = DetectCandidates(bytes);
  if (candidates.empty() || SameEncoding(candidates.front().encoding, declared)) {
    return std::nullopt;
  }
  const Candidate& top = candidates.front();
  const Detectable* t = FindDetectable(top.encoding);
  if (t == nullptr || t->script == Script::kOther) return std::nullopt;
  int declared_confidence = 0;
  for (const Candidate& c : candidates) {
    if (SameEncoding(c.encoding, declared)) declared_confidence = c.confidence;
  }
  // The declared encoding must fail the statistics outright. Between the
  // Latin (or Greek, Arabic, Hebrew) code pages of one script most letters
  // sit at the same bytes, so the statistics cannot tell them apart and a
  // mistake costs a few letters: keep the declaration. Cyrillic code pages
  // put the alphabet at different bytes, so a wrong one garbles all of it.
  if (IsMultiByteCjk(declared) && IsMultiByteCjk(top.encoding)) {
    // Character-frequency models score each other's text fairly high.
    if (top.confidence >= 90 && declared_confidence + 25 <= top.confidence) return top.encoding;
    return std::nullopt;
  }
  const bool same_script = d->script == t->script;
  if (same_script && d->script != Script::kCyrillic) return std::nullopt;
  if (top.confidence >= 30 && declared_confidence < 10) return top.encoding;
  return std::nullopt;
}

}  // namespace newsift::input::internal
