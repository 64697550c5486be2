// Statistical encoding detection with ICU's charset detector (ucsdet), and
// the check of a declared encoding against it.
//
// ICU recognises UTF-8/16/32, Shift_JIS, ISO-2022-JP/CN/KR, GB18030,
// EUC-JP, EUC-KR, Big5 (character-frequency models) and ISO-8859-1/2/5/6/
// 7/8/9, windows-1250..1256 and KOI8-R (byte n-gram models of the
// languages using them). It knows nothing about Thai, whose windows-874
// text scores as GB18030, so newsift recognises that one itself
// (LooksLikeWindows874). A declaration of an encoding ICU cannot check is
// never second-guessed.
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

enum class Script { kOther, kLatin, kCyrillic, kGreek, kArabic, kHebrew, kCjk, kThai };

struct Detectable {
  std::string_view encoding;  // WHATWG name
  Script script;
};

// The encodings detection can recognise, by WHATWG name.
constexpr std::array<Detectable, 25> kDetectable = {{
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
    {"windows-874", Script::kThai},
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

// Thai letters in windows-874: consonants at 0xA1-0xCE; the vowel and
// tone marks written above or below a consonant at 0xD1, 0xD4-0xDA and
// 0xE7-0xEE.
bool IsThaiConsonant(unsigned char c) { return c >= 0xA1 && c <= 0xCE; }
bool IsThaiMark(unsigned char c) {
  return c == 0xD1 || (c >= 0xD4 && c <= 0xDA) || (c >= 0xE7 && c <= 0xEE);
}
// The bytes >= 0x80 that windows-874 assigns: punctuation at 0x80-0x97,
// the no-break space, and the Thai block without its gaps.
bool IsWindows874Byte(unsigned char c) {
  return c == 0x80 || c == 0x85 || (c >= 0x91 && c <= 0x97) || (c >= 0xA0 && c <= 0xDA) ||
         (c >= 0xDF && c <= 0xFB);
}

}  // namespace

bool LooksLikeWindows874(std::string_view bytes) {
  size_t high = 0;
  size_t marks = 0;
  size_t marks_on_letters = 0;
  unsigned char previous = 0;
  for (const char ch : bytes.substr(0, kMaxDetectBytes)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      if (!IsWindows874Byte(c)) return false;
      ++high;
      if (IsThaiMark(c)) {
        ++marks;
        // A mark sits on a consonant, or on a mark that sits on one (a
        // tone above a vowel sign). Double-byte CJK text spreads its bytes
        // over 0xA1-0xFE, so there "marks" follow any byte at all.
        if (IsThaiConsonant(previous) || IsThaiMark(previous)) ++marks_on_letters;
      }
    }
    previous = c;
  }
  // Thai writes a mark every few letters; at least 95% of them must sit
  // where Thai puts them.
  return high >= kMinEvidence && marks * 10 >= high && marks_on_letters * 20 >= marks * 19;
}

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
  if (LooksLikeWindows874(sample)) candidates.insert(candidates.begin(), {"windows-874", 100});
  return candidates;
}

std::optional<std::string_view> DetectedOverDeclared(std::string_view bytes,
                                                     std::string_view declared, size_t non_ascii) {
  const Detectable* d = FindDetectable(declared);
  // windows-874 is recognised by its marks alone: text without them is not
  // evidence against it.
  if (d == nullptr || d->script == Script::kOther || d->script == Script::kThai ||
      non_ascii < kMinEvidence) {
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
