#include <string>

#include <unicode/uchar.h>

#include "date_tokens_internal.h"
#include "newsift/metadata/date_words.h"
#include "newsift/metadata/time_zones.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}

// The decimal value of a digit in any script ("٣", "३", "３"), or -1.
int DigitValue(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80) return -1;
  if (u_charType(static_cast<UChar32>(cp)) != U_DECIMAL_DIGIT_NUMBER) return -1;
  return u_charDigitValue(static_cast<UChar32>(cp));
}

bool IsHan(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

bool IsUpperAscii(std::string_view s) {
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return !s.empty();
}

// The role of a word token in dates.
Token ClassifyWord(std::string_view word, bool after_number, std::string_view language) {
  Token t;
  t.kind = Tok::kWord;
  // CJK and Korean unit characters right after a number.
  if (after_number) {
    static constexpr std::pair<std::string_view, Tok> kMarks[] = {
        {"年", Tok::kYearMark},   {"년", Tok::kYearMark},   {"月", Tok::kMonthMark},
        {"월", Tok::kMonthMark},  {"日", Tok::kDayMark},    {"일", Tok::kDayMark},
        {"時", Tok::kHourMark},   {"时", Tok::kHourMark},   {"시", Tok::kHourMark},
        {"分", Tok::kMinuteMark}, {"분", Tok::kMinuteMark}, {"号", Tok::kDayMark}};
    for (const auto& [mark, kind] : kMarks) {
      if (word == mark) {
        t.kind = kind;
        return t;
      }
    }
  }
  if (((IsUpperAscii(word) && word.size() >= 2 && word.size() <= 4) || word == "МСК" ||
       word == "TSİ") &&
      IsZoneName(word)) {
    t.kind = Tok::kZone;
    return t;
  }
  const std::string folded = FoldDateWord(word);
  if (after_number) {
    static constexpr std::string_view kOrdinals[] = {"st",  "nd", "rd", "th", "er", "e",
                                                     "eme", "º",  "ª",  "o",  "a"};
    for (std::string_view o : kOrdinals) {
      if (folded == o) {
        t.kind = Tok::kOrdinal;
        return t;
      }
    }
  }
  // Arabic "م" / "مساءً" (evening) and "ص" / "صباحاً" (morning) after a time.
  if (folded == "am" || folded == "pm" || folded == "م" || folded == "مساء" || folded == "ص" ||
      folded == "صباحا") {
    t.kind = Tok::kAmPm;
    t.value = folded == "pm" || folded == "م" || folded == "مساء" ? 12 : 0;
    return t;
  }
  if (folded == "h" || folded == "uhr" || folded == "hrs" || folded == "hod" || folded == "uur") {
    t.kind = Tok::kHourMark;
    return t;
  }
  static constexpr std::string_view kFillers[] = {
      "de", "del",  "of",  "the", "at", "um", "a",   "las", "los", "alle", "ore",
      "om", "kl",   "klo", "o",   "on", "le", "el",  "den", "der", "am",   "godz",
      "в",  "saat", "г",   "r",   "et", "as", "luc", "ngay"};  // Vietnamese "lúc" (at), "ngày"
                                                               // (day): "lúc 15:45 ngày 05/03/2024"
  for (std::string_view f : kFillers) {
    if (folded == f) {
      t.kind = Tok::kFiller;
      return t;
    }
  }
  if (folded.size() >= 2) {
    const DateWord w = LookupFoldedDateWord(folded, language);
    if (w.month != 0) {
      t.kind = Tok::kMonth;
      t.value = w.month;
      t.persian = w.persian;
    } else if (w.weekday) {
      t.kind = Tok::kWeekday;
    }
  }
  return t;
}

// Chinese, Japanese and Korean pages put the day of the week, one
// character, in brackets after the date: "2019/10/10(木) 7:51",
// "2019년 10월 10일(목)", "2019年10月10日（四）".
bool IsBracketedCjkWeekday(std::string_view s, const std::vector<Token>& tokens, size_t i) {
  static constexpr std::string_view kDays[] = {"月", "火", "水", "木", "金", "土", "日",
                                               "一", "二", "三", "四", "五", "六", "天",
                                               "월", "화", "수", "목", "금", "토", "일"};
  if (i == 0 || i + 1 >= tokens.size() || tokens[i].kind != Tok::kWord) return false;
  const auto is = [&](size_t k, int ascii, int wide) {
    return tokens[k].kind == Tok::kPunct && (tokens[k].value == ascii || tokens[k].value == wide);
  };
  if (!is(i - 1, '(', 0xFF08) || !is(i + 1, ')', 0xFF09)) return false;
  const std::string_view word = s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  for (std::string_view day : kDays) {
    if (word == day) return true;
  }
  return false;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s, std::string_view language) {
  std::vector<Token> tokens;
  size_t pos = 0;
  bool space = true;
  while (pos < s.size()) {
    const size_t begin = pos;
    const char32_t cp = text::NextCodePoint(s, &pos);
    if (IsSpace(cp)) {
      space = true;
      continue;
    }
    if (const int digit = DigitValue(cp); digit >= 0) {
      Token t;
      t.kind = Tok::kNumber;
      t.begin = begin;
      t.space_before = space;
      t.value = digit;
      t.digits = 1;
      size_t next = pos;
      while (next < s.size()) {
        size_t after = next;
        const int d = DigitValue(text::NextCodePoint(s, &after));
        if (d < 0) break;
        if (t.digits < 9) t.value = t.value * 10 + d;
        ++t.digits;
        next = after;
      }
      pos = next;
      t.end = pos;
      tokens.push_back(t);
      space = false;
      continue;
    }
    const bool letter = u_isalpha(static_cast<UChar32>(cp));
    if (letter && IsHan(cp)) {
      // Ideographs are words of one character each: "2019年10月10日".
      const bool after_number = !space && !tokens.empty() && tokens.back().kind == Tok::kNumber;
      Token t = ClassifyWord(s.substr(begin, pos - begin), after_number, language);
      t.begin = begin;
      t.end = pos;
      t.space_before = space;
      tokens.push_back(t);
      space = false;
      continue;
    }
    if (letter) {
      size_t next = pos;
      while (next < s.size()) {
        size_t after = next;
        const char32_t c = text::NextCodePoint(s, &after);
        const int8_t type = u_charType(static_cast<UChar32>(c));
        const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
        if ((!u_isalpha(static_cast<UChar32>(c)) && !mark) || IsHan(c)) break;
        next = after;
      }
      pos = next;
      const bool after_number = !space && !tokens.empty() && tokens.back().kind == Tok::kNumber;
      Token t = ClassifyWord(s.substr(begin, pos - begin), after_number, language);
      t.begin = begin;
      t.end = pos;
      t.space_before = space;
      tokens.push_back(t);
      space = false;
      continue;
    }
    Token t;
    t.kind = Tok::kPunct;
    t.value = static_cast<int>(cp);
    t.begin = begin;
    t.end = pos;
    t.space_before = space;
    tokens.push_back(t);
    space = false;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsBracketedCjkWeekday(s, tokens, i)) tokens[i].kind = Tok::kWeekday;
  }
  return tokens;
}

}  // namespace newsift::metadata
