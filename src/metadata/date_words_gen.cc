// Writes the table of month and weekday names (date_words_table_internal.h)
// from ICU's locale data, at build time:
//
//   newsift_date_words_gen OUTPUT.cc
//
// Loading the symbols of seventy locales costs some 40 million
// instructions, more than extracting a typical page; a table written once
// costs nothing at run time and holds exactly what ICU would have given.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "newsift/metadata/date_words.h"

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
  int language;
  int value;  // 1..12 month, 13..24 Persian month, -1 weekday
};

struct Table {
  std::vector<std::string> languages;
  std::map<std::string, std::vector<Meaning>> words;
};

void Add(Table* table, const icu::UnicodeString& name, int language, int value) {
  if (name.isEmpty()) return;
  for (int32_t i = 0; i < name.length(); ++i) {
    // "1月", "thg 1": numeric month names are not words.
    if (u_isdigit(name.charAt(i)) || name.charAt(i) == ' ') return;
  }
  std::string utf8;
  name.toUTF8String(utf8);
  const std::string key = FoldDateWord(utf8);
  if (key.empty()) return;
  std::vector<Meaning>& meanings = table->words[key];
  for (const Meaning& m : meanings) {
    if (m.language == language && m.value == value) return;
  }
  meanings.push_back({language, value});
}

void AddLocale(Table* table, const icu::Locale& locale, const char* calendar, int language,
               int month_base, bool weekdays) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(locale, calendar, status);
  if (U_FAILURE(status)) return;
  using Symbols = icu::DateFormatSymbols;
  for (Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    for (Symbols::DtWidthType width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        Add(table, months[i], language, month_base + i + 1);
        // Hebrew writes "in January" as one word: "בינואר".
        if (table->languages[static_cast<size_t>(language)] == "he") {
          Add(table, icu::UnicodeString(static_cast<UChar>(0x05D1)) + months[i], language,
              month_base + i + 1);
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
    const auto found = std::find(table.languages.begin(), table.languages.end(), language);
    const int index = static_cast<int>(found - table.languages.begin());
    if (found == table.languages.end()) table.languages.push_back(language);
    // Gregorian names whatever the locale's default calendar is.
    AddLocale(&table, icu::Locale(name), "gregorian", index, 0, true);
    if (language == "fa") AddLocale(&table, icu::Locale(name), "persian", index, 12, false);
  }
  // Common abbreviations ICU does not list.
  const int en = 0;
  Add(&table, "sept", en, 9);
  for (const char* day : {"tues", "thur", "thurs", "weds"}) Add(&table, day, en, -1);
  return table;
}

// A C++ string literal of any bytes: octal escapes cannot run on into the
// next character, as hex escapes do.
std::string Literal(const std::string& bytes) {
  std::string out = "\"";
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
      out.push_back(static_cast<char>(c));
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof(escaped), "\\%03o", c);
      out += escaped;
    }
  }
  return out + "\"";
}

}  // namespace
}  // namespace newsift::metadata

int main(int argc, char** argv) {
  using namespace newsift::metadata;
  if (argc != 2) {
    std::fprintf(stderr, "usage: newsift_date_words_gen OUTPUT.cc\n");
    return 2;
  }
  const Table table = BuildTable();
  if (table.words.size() < 1000) {
    std::fprintf(stderr, "newsift_date_words_gen: ICU gave only %zu names\n", table.words.size());
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// Written by newsift_date_words_gen (src/metadata/date_words_gen.cc) from\n"
         "// ICU's locale data. Do not edit.\n"
         "#include \"date_words_table_internal.h\"\n\n"
         "namespace newsift::metadata::internal {\n\n"
         "const std::string_view kDateWordLanguages[] = {\n";
  for (const std::string& language : table.languages) out << "    " << Literal(language) << ",\n";
  out << "};\nconst size_t kDateWordLanguageCount = " << table.languages.size() << ";\n\n"
      << "const DateWordEntry kDateWordEntries[] = {\n";
  size_t entries = 0;
  // std::map iterates in byte order, which is the order lookups search.
  for (const auto& [word, meanings] : table.words) {
    for (const Meaning& m : meanings) {
      out << "    {" << Literal(word) << ", " << m.language << ", " << m.value << "},\n";
      ++entries;
    }
  }
  out << "};\nconst size_t kDateWordEntryCount = " << entries << ";\n\n"
      << "}  // namespace newsift::metadata::internal\n";
  out.close();
  if (!out) {
    std::fprintf(stderr, "newsift_date_words_gen: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
