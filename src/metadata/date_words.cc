#include "newsift/metadata/date_words.h"

#include <unordered_map>
#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace newsift::metadata {
namespace {

// Languages whose names are loaded, most common first: a word with
// different meanings in languages the page does not use takes the
// meaning of the earliest one. Scripts without spaces between words (CJK)
// write months as numbers and are handled by the date parser itself.
constexpr const char* kLocales[] = {
    "en", "en_GB", "de", "de_AT", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "fi", "pl",
    "cs", "sk", "sl", "hr", "bs", "sr", "hu", "ro", "tr", "ru", "uk", "be", "bg", "mk", "el", "lt",
    "lv", "et", "ca", "gl", "eu", "id", "ms", "fil", "sw", "af", "sq", "az", "ka", "hy", "kk", "uz",
    "ar", "fa", "ur", "he", "hi", "bn", "ta", "te", "mr", "ne", "th", "ga", "cy", "mt", "lb",
    // Other spellings of the same languages' months.
    "ar_SY", "ar_DZ", "ar_MA", "sr_Latn", "pt_PT", "es_ES"};

struct Meaning {
  uint8_t language;  // index into the table's languages
  int8_t value;      // 1..12 month, 13..24 Persian month, -1 weekday
};

struct Table {
  std::vector<std::string> languages;
  std::unordered_map<std::string, std::vector<Meaning>> words;
};

std::string Fold(const icu::UnicodeString& word) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded(word);
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

void Add(Table* table, const icu::UnicodeString& name, uint8_t language, int8_t value) {
  if (name.isEmpty()) return;
  for (int32_t i = 0; i < name.length(); ++i) {
    // "1月", "thg 1": numeric month names are not words.
    if (u_isdigit(name.charAt(i)) || name.charAt(i) == ' ') return;
  }
  // Most names are ASCII ("januar", "févr." is not): folded the way
  // FoldDateWord() folds ASCII words, which is what Fold() gives them,
  // without three ICU passes each.
  bool ascii = true;
  for (int32_t i = 0; i < name.length() && ascii; ++i) ascii = name.charAt(i) < 0x80;
  std::string key;
  if (ascii) {
    std::string utf8;
    name.toUTF8String(utf8);
    key = FoldDateWord(utf8);
  } else {
    key = Fold(name);
  }
  if (key.empty()) return;
  std::vector<Meaning>& meanings = table->words[key];
  for (const Meaning& m : meanings) {
    if (m.language == language && m.value == value) return;
  }
  meanings.push_back({language, value});
}

void AddLocale(Table* table, const icu::Locale& locale, const char* calendar, uint8_t language,
               int8_t month_base, bool weekdays) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(locale, calendar, status);
  if (U_FAILURE(status)) return;
  using Symbols = icu::DateFormatSymbols;
  for (Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    for (Symbols::DtWidthType width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        Add(table, months[i], language, static_cast<int8_t>(month_base + i + 1));
        // Hebrew writes "in January" as one word: "בינואר".
        if (table->languages[language] == "he") {
          Add(table, icu::UnicodeString(static_cast<UChar>(0x05D1)) + months[i], language,
              static_cast<int8_t>(month_base + i + 1));
        }
      }
      if (!weekdays) continue;
      const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
      for (int32_t i = 1; i < count; ++i) Add(table, days[i], language, -1);
    }
  }
}

Table BuildTable() {
  Table table;
  for (const char* name : kLocales) {
    std::string language(name);
    language = language.substr(0, language.find('_'));
    uint8_t index = 0;
    while (index < table.languages.size() && table.languages[index] != language) ++index;
    if (index == table.languages.size()) table.languages.push_back(language);
    // Gregorian names whatever the locale's default calendar is.
    AddLocale(&table, icu::Locale(name), "gregorian", index, 0, true);
    if (language == "fa") AddLocale(&table, icu::Locale(name), "persian", index, 12, false);
  }
  // Common abbreviations ICU does not list.
  const uint8_t en = 0;
  Add(&table, "sept", en, 9);
  for (const char* day : {"tues", "thur", "thurs", "weds"}) Add(&table, day, en, -1);
  return table;
}

const Table& GetTable() {
  static const Table table = BuildTable();
  return table;
}

}  // namespace

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
  return Fold(icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))));
}

DateWord LookupDateWord(std::string_view word, std::string_view language) {
  return LookupFoldedDateWord(FoldDateWord(word), language);
}

DateWord LookupFoldedDateWord(const std::string& folded, std::string_view language) {
  const Table& table = GetTable();
  const auto it = table.words.find(folded);
  if (it == table.words.end()) return {};
  const std::vector<Meaning>& meanings = it->second;
  const Meaning* chosen = &meanings.front();
  for (const Meaning& m : meanings) {
    if (table.languages[m.language] == language) {
      chosen = &m;
      break;
    }
  }
  DateWord out;
  if (chosen->value < 0) {
    out.weekday = true;
  } else if (chosen->value > 12) {
    out.month = chosen->value - 12;
    out.persian = true;
  } else {
    out.month = chosen->value;
  }
  return out;
}

}  // namespace newsift::metadata
