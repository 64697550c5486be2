#include "newsift/input/encoding.h"

#include <array>
#include <cstring>
#include <vector>

#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include "encoding_internal.h"
#include "newsift/input/sniff.h"

namespace newsift::input {
namespace internal {

// Length of the well-formed UTF-8 sequence at `p` (1-4), or 0 when the
// bytes there are ill-formed; `*skip` is then the maximal ill-formed
// subpart to replace with one U+FFFD (Unicode 15, 3.9 "U+FFFD
// Substitution of Maximal Subparts").
static size_t SequenceLength(const unsigned char* p, const unsigned char* end, size_t* skip) {
  const unsigned char c = p[0];
  *skip = 1;
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (p + k >= end) return 0;
    const unsigned char b = p[k];
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return 0;
    *skip = k + 1;
  }
  return need + 1;
}

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Whether any of the 8 bytes of `w` is zero.
bool HasZeroByte(uint64_t w) { return ((w - 0x0101010101010101ULL) & ~w & kHighBits) != 0; }

}  // namespace

Utf8Stats ScanUtf8(std::string_view bytes) {
  Utf8Stats stats;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* const end = p + bytes.size();
  while (p < end) {
    if (*p < 0x80) {
      // Most pages are mostly ASCII: skip it 8 bytes at a time.
      while (end - p >= 8) {
        uint64_t w;
        std::memcpy(&w, p, sizeof(w));
        if ((w & kHighBits) != 0) break;
        stats.nul = stats.nul || HasZeroByte(w);
        p += 8;
      }
      while (p < end && *p < 0x80) {
        stats.nul = stats.nul || *p == 0;
        ++p;
      }
      continue;
    }
    size_t skip;
    const size_t n = SequenceLength(p, end, &skip);
    if (n == 0) {
      ++stats.invalid;
      p += skip;
    } else {
      ++stats.multibyte;
      p += n;
    }
  }
  return stats;
}

void RepairUtf8(std::string_view bytes, std::string* out) {
  out->reserve(out->size() + bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* const end = p + bytes.size();
  while (p < end) {
    // Copy the ASCII run in one go: most pages are mostly ASCII.
    const unsigned char* run = p;
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, sizeof(w));
      if ((w & kHighBits) != 0 || HasZeroByte(w)) break;
      p += 8;
    }
    while (p < end && *p < 0x80 && *p != 0) ++p;
    out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    if (p == end) break;
    if (*p == 0) {
      ++p;
      continue;
    }
    size_t skip;
    const size_t n = SequenceLength(p, end, &skip);
    if (n == 0) {
      out->append("\xEF\xBF\xBD");
      p += skip;
    } else {
      out->append(reinterpret_cast<const char*>(p), n);
      p += n;
    }
  }
}

}  // namespace internal

namespace {

struct ConverterName {
  std::string_view encoding;             // WHATWG name
  std::array<const char*, 3> icu_names;  // tried in order
};

// ICU converters for WHATWG encodings. Debian's ICU carries full data, but
// the later names keep us working with a trimmed build.
constexpr ConverterName kConverters[] = {
    {"big5", {"Big5-HKSCS", "windows-950", "Big5"}},
    {"euc-jp", {"EUC-JP", nullptr, nullptr}},
    {"euc-kr", {"windows-949", "EUC-KR", nullptr}},
    {"gb18030", {"GB18030", nullptr, nullptr}},
    {"gbk", {"GB18030", "GBK", nullptr}},
    {"ibm866", {"IBM866", nullptr, nullptr}},
    {"iso-2022-jp", {"ISO-2022-JP", nullptr, nullptr}},
    {"iso-8859-8-i", {"ISO-8859-8", nullptr, nullptr}},
    {"koi8-r", {"KOI8-R", nullptr, nullptr}},
    {"koi8-u", {"KOI8-U", "KOI8-R", nullptr}},
    {"macintosh", {"macintosh", nullptr, nullptr}},
    {"shift_jis", {"windows-31j", "Shift_JIS", nullptr}},
    {"utf-16be", {"UTF-16BE", nullptr, nullptr}},
    {"utf-16le", {"UTF-16LE", nullptr, nullptr}},
    {"x-mac-cyrillic", {"x-mac-cyrillic", nullptr, nullptr}},
    {"x-user-defined", {"windows-1252", nullptr, nullptr}},
};

struct UConverterCloser {
  void operator()(UConverter* c) const noexcept { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, UConverterCloser>;

ConverterPtr OpenConverter(std::string_view encoding) {
  for (const ConverterName& entry : kConverters) {
    if (entry.encoding != encoding) continue;
    for (const char* name : entry.icu_names) {
      if (name == nullptr) break;
      UErrorCode status = U_ZERO_ERROR;
      ConverterPtr conv(ucnv_open(name, &status));
      if (U_SUCCESS(status) && conv != nullptr) return conv;
    }
    return nullptr;
  }
  // windows-125x, iso-8859-x and windows-874 have the same name in ICU.
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(std::string(encoding).c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return conv;
}

// Counts and substitutes undecodable bytes with U+FFFD (ICU's own
// substitution would give U+001A for some single-byte code pages).
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char* /*codeUnits*/, int32_t /*length*/,
                        UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset / close / clone
  ++*static_cast<size_t*>(const_cast<void*>(context));
  *status = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

struct Conversion {
  std::string utf8;
  size_t errors = 0;
};

// Converts with ICU; nullopt when ICU has no converter for `encoding`.
// `utf8_stats`, when given, is ScanUtf8(bytes), which saves a pass.
std::optional<Conversion> Convert(std::string_view bytes, std::string_view encoding,
                                  const internal::Utf8Stats* utf8_stats = nullptr) {
  Conversion result;
  if (encoding == "utf-8") {
    const internal::Utf8Stats stats = utf8_stats ? *utf8_stats : internal::ScanUtf8(bytes);
    result.errors = stats.invalid;
    if (stats.invalid == 0 && !stats.nul) {
      result.utf8.assign(bytes);  // the common case: already clean
    } else {
      internal::RepairUtf8(bytes, &result.utf8);
    }
    return result;
  }
  ConverterPtr source = OpenConverter(encoding);
  if (source == nullptr) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr target(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(source.get(), CountingSubstitute, &result.errors, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;

  // Converts a slice at a time, so memory stays near the output's size.
  result.utf8.reserve(bytes.size() + bytes.size() / 2);
  std::array<char, 16384> chunk;
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* in = bytes.data();
  const char* const in_end = bytes.data() + bytes.size();
  bool reset = true;
  for (;;) {
    char* out = chunk.data();
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &out, chunk.data() + chunk.size(), &in, in_end,
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset,
                   /*flush=*/true, &status);
    reset = false;
    // Drop NULs (and turn any U+001A an ICU table still produced into
    // U+FFFD).
    for (const char* c = chunk.data(); c < out; ++c) {
      if (*c == '\0') continue;
      if (*c == '\x1A') {
        result.utf8.append("\xEF\xBF\xBD");
        continue;
      }
      result.utf8.push_back(*c);
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (U_FAILURE(status)) return std::nullopt;
  return result;
}

bool IsUtf16(std::string_view encoding) { return encoding == "utf-16le" || encoding == "utf-16be"; }

// The encoding a declaration means for an ASCII-compatible page, or
// nullopt when it names nothing usable.
std::optional<std::string_view> UsableDeclaration(const std::optional<std::string>& label,
                                                  bool from_meta) {
  if (!label) return std::nullopt;
  const auto encoding = CanonicalEncoding(*label);
  if (!encoding || *encoding == "replacement") return std::nullopt;
  // A <meta> inside bytes we could read as ASCII cannot really be UTF-16.
  if (from_meta && IsUtf16(*encoding)) return std::string_view("utf-8");
  return encoding;
}

// ICU's statistical guess, as a WHATWG name, or nullopt. ICU gives 10 to
// encodings it merely cannot rule out (UTF-16 for any text, Shift_JIS or
// GB18030 for a few stray bytes): that is no evidence, and UTF-16 without
// a BOM was ruled out by its NUL bytes already.
std::optional<std::string_view> Detect(std::string_view bytes) {
  for (const internal::Candidate& c : internal::DetectCandidates(bytes)) {
    if (c.confidence <= 10) break;
    if (IsUtf16(c.encoding)) continue;
    return c.encoding;
  }
  return std::nullopt;
}

// Errors in a legacy decoding beyond this share of the non-ASCII bytes
// mean the declaration was wrong.
bool TooManyErrors(size_t errors, size_t non_ascii) {
  return errors > 4 && errors * 50 > non_ascii;
}

size_t CountNonAscii(std::string_view bytes) {
  size_t n = 0;
  for (char c : bytes) n += static_cast<unsigned char>(c) >= 0x80;
  return n;
}

Decoded Make(Conversion conversion, std::string_view encoding, EncodingSource source) {
  Decoded d;
  d.utf8 = std::move(conversion.utf8);
  d.encoding = std::string(encoding);
  d.source = source;
  return d;
}

// Decodes with what detection says, or windows-1252 when it says nothing.
Decoded DecodeUndeclared(std::string_view bytes, const internal::Utf8Stats& stats) {
  if (stats.invalid == 0) {
    return Make(*Convert(bytes, "utf-8", &stats), "utf-8",
                stats.multibyte > 0 ? EncodingSource::kDetected : EncodingSource::kDefault);
  }
  if (const auto detected = Detect(bytes)) {
    if (auto conversion = Convert(bytes, *detected)) {
      // A few stray bytes in an otherwise UTF-8 page: keep UTF-8.
      if (*detected != "utf-8" && stats.multibyte > 20 * stats.invalid) {
        return Make(*Convert(bytes, "utf-8", &stats), "utf-8", EncodingSource::kDetected);
      }
      return Make(std::move(*conversion), *detected, EncodingSource::kDetected);
    }
  }
  if (stats.multibyte > 20 * stats.invalid) {
    return Make(*Convert(bytes, "utf-8", &stats), "utf-8", EncodingSource::kDetected);
  }
  return Make(*Convert(bytes, "windows-1252"), "windows-1252", EncodingSource::kDefault);
}

}  // namespace

std::string_view ToString(EncodingSource source) {
  switch (source) {
    case EncodingSource::kByteOrderMark:
      return "byte order mark";
    case EncodingSource::kOverride:
      return "override";
    case EncodingSource::kTransport:
      return "transport";
    case EncodingSource::kMeta:
      return "meta";
    case EncodingSource::kDetected:
      return "detected";
    case EncodingSource::kDefault:
      return "default";
  }
  return "";
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, const DecodeOptions& options) {
  struct Bom {
    std::string_view bytes;
    std::string_view encoding;
  };
  static constexpr Bom kBoms[] = {
      {"\xEF\xBB\xBF", "utf-8"}, {"\xFF\xFE", "utf-16le"}, {"\xFE\xFF", "utf-16be"}};

  // 1. The user's override, which wins even over a byte order mark (a BOM
  // of the same encoding is dropped).
  if (options.override_label) {
    const auto encoding = CanonicalEncoding(*options.override_label);
    if (!encoding || *encoding == "replacement") {
      return Error{ErrorCode::kDecode, "unknown encoding '" + *options.override_label + "'"};
    }
    for (const Bom& bom : kBoms) {
      if (bom.encoding == *encoding && bytes.substr(0, bom.bytes.size()) == bom.bytes) {
        bytes.remove_prefix(bom.bytes.size());
      }
    }
    std::optional<Conversion> conversion = Convert(bytes, *encoding);
    if (!conversion) {
      return Error{ErrorCode::kDecode, "cannot decode as '" + *options.override_label + "'"};
    }
    return Make(std::move(*conversion), *encoding, EncodingSource::kOverride);
  }

  // 2. Byte order mark; UTF-16 without one shows in its NUL bytes.
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes) {
      return Make(*Convert(bytes.substr(bom.bytes.size()), bom.encoding), bom.encoding,
                  EncodingSource::kByteOrderMark);
    }
  }
  if (const std::optional<std::string_view> utf16 = Utf16WithoutBom(bytes)) {
    return Make(*Convert(bytes, *utf16), *utf16, EncodingSource::kDetected);
  }

  // 3-4. Declarations, checked against the bytes.
  const internal::Utf8Stats stats = internal::ScanUtf8(bytes);
  std::optional<std::string_view> declared = UsableDeclaration(options.transport_label, false);
  EncodingSource source = EncodingSource::kTransport;
  if (!declared) {
    declared = UsableDeclaration(PrescanMetaCharset(bytes), true);
    source = EncodingSource::kMeta;
  }
  if (declared) {
    if (*declared == "utf-8") {
      if (stats.invalid == 0 || stats.multibyte > 20 * stats.invalid) {
        return Make(*Convert(bytes, "utf-8", &stats), "utf-8", source);
      }
      return DecodeUndeclared(bytes, stats);
    }
    // Valid UTF-8 with real non-ASCII text is UTF-8, whatever the page
    // says (the classic "iso-8859-1" page saved by a UTF-8 CMS).
    if (stats.invalid == 0 && stats.multibyte > 0 && !IsUtf16(*declared)) {
      return Make(*Convert(bytes, "utf-8", &stats), "utf-8", EncodingSource::kDetected);
    }
    const size_t non_ascii = CountNonAscii(bytes);
    if (auto conversion = Convert(bytes, *declared)) {
      if (!TooManyErrors(conversion->errors, non_ascii)) {
        // Bytes in another encoding often decode without errors (KOI8-R
        // as windows-1251, GBK as iso-8859-1): the statistics decide.
        const auto detected = internal::DetectedOverDeclared(bytes, *declared, non_ascii);
        if (!detected) return Make(std::move(*conversion), *declared, source);
        if (auto better = Convert(bytes, *detected); better && better->errors == 0) {
          return Make(std::move(*better), *detected, EncodingSource::kDetected);
        }
        return Make(std::move(*conversion), *declared, source);
      }
    }
  }

  // 5-6. Detection, then the default.
  return DecodeUndeclared(bytes, stats);
}

}  // namespace newsift::input
