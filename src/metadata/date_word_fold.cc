// FoldDateWord(), apart from the table so that the table's generator
// (date_words_gen.cc) folds the names it writes exactly as lookups fold
// the words they look up.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "newsift/metadata/date_words.h"

namespace newsift::metadata {

std::string FoldDateWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out;
    out.reserve(word.size());
    for (char c : word) {
      if (c == '.') continue;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  folded.foldCase();
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(folded, status) : folded;
  if (U_FAILURE(status)) decomposed = folded;
  icu::UnicodeString plain;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (u_charType(cp) == U_NON_SPACING_MARK) continue;
    if (cp == '.') continue;
    // Persian pages are often typed with the Arabic yeh and kaf.
    if (cp == 0x064A || cp == 0x0649) {
      plain.append(static_cast<UChar32>(0x06CC));
    } else if (cp == 0x0643) {
      plain.append(static_cast<UChar32>(0x06A9));
    } else {
      plain.append(cp);
    }
  }
  // Compose again: NFD splits Hangul syllables into jamo.
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString composed = nfc->normalize(plain, status);
    if (U_SUCCESS(status)) plain = composed;
  }
  std::string out;
  plain.toUTF8String(out);
  return out;
}

}  // namespace newsift::metadata
