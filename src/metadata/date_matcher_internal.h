// Matching dates and times on date tokens (date_tokens_internal.h):
// the numeric, CJK, day-month-year, month-day-year and year-month-day
// forms, a time of day with its zone, and asctime's "Mon Aug 03 12:45:00
// EDT 2015". date_text.cc walks a text with it. Private to metadata/.
#ifndef NEWSIFT_METADATA_DATE_MATCHER_INTERNAL_H_
#define NEWSIFT_METADATA_DATE_MATCHER_INTERNAL_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "date_tokens_internal.h"
#include "newsift/metadata/date.h"
#include "newsift/metadata/date_text.h"

namespace newsift::metadata {

// Borrows the text, its tokens and the options; all must outlive it.
class DateMatcher {
 public:
  DateMatcher(std::string_view text, const std::vector<Token>& tokens,
              const TextDateOptions& options)
      : text_(text), t_(tokens), options_(options) {}

  // A date starting at token `i`: sets `*date` and returns the index after
  // it, or returns `i` when none starts there.
  size_t MatchDate(size_t i, CivilDate* date, bool* persian, bool* swappable) const;

  // A time starting at token `i`: returns the index after it (and after a
  // zone), or `i`.
  size_t MatchTime(size_t i, DateTime* dt, const CivilDate& date) const;

  // "Mon Aug 03 12:45:00 EDT 2015" (C's asctime and JavaScript's
  // Date.toString put the time between the day and the year).
  size_t MatchMonthDayTimeYear(size_t i, DateTime* dt) const;

  // True when the numeric date at token `i`, read as `date`, was read
  // day first ("1/10/2008" as 1 October), in the slashed or dashed form.
  bool ReadDayFirst(size_t i, const CivilDate& date) const;

  // True when tokens [from, to) hold a North American zone name ("EST",
  // "PDT", "ET") that means a US or Canadian offset for this page.
  bool HasUsZone(size_t from, size_t to, const PageLocale& locale) const;

  bool Is(size_t i, Tok kind) const { return i < t_.size() && t_[i].kind == kind; }
  bool Punct(size_t i, int cp) const { return Is(i, Tok::kPunct) && t_[i].value == cp; }

 private:
  bool Num(size_t i, int min_digits, int max_digits) const {
    return Is(i, Tok::kNumber) && t_[i].digits >= min_digits && t_[i].digits <= max_digits;
  }
  bool Year(size_t i) const { return Num(i, 4, 4); }
  bool Day(size_t i) const { return Num(i, 1, 2) && t_[i].value >= 1 && t_[i].value <= 31; }
  bool Sep(size_t i) const { return Punct(i, '-') || Punct(i, '/') || Punct(i, '.'); }
  // Skips tokens that may sit between date parts: "," "." and fillers.
  size_t SkipJoiners(size_t i, int max) const;
  // No digit or letter glued to either end: "2019-10-10" inside
  // "x2019-10-105", "v1.2.23".
  bool Bounded(size_t first, size_t end) const;

  size_t NumericDate(size_t i, CivilDate* date, bool* swappable) const;

  size_t CjkDate(size_t i, CivilDate* date) const;

  // "10. Oktober 2019", "6 de mayo de 2022", "19 Dec, 2025", "1er mars 2020",
  // "12-Jan-2008".
  size_t DayMonthYear(size_t i, CivilDate* date, bool* persian) const;

  // The two-digit year of "14 Gennaio 20" at `j`, right after the month:
  // the index after it, or `j`. Only where a bracket closes on it, as
  // around an agency dateline ("( Rome, 14 Gennaio 20 )"): not "14
  // January 20 people", nor "9 Jan 08" under a reader's comment. Read
  // as 20yy.
  size_t ShortYearAtEnd(size_t j) const;

  // "Oct 10, 2019", "December 15th 2025", "Apr 04 2013", "Dec. 22, 2016".
  size_t MonthDayYear(size_t i, CivilDate* date, bool* persian) const;

  // "2019. október 10.", "2019 Oct 10".
  size_t YearMonthDay(size_t i, CivilDate* date, bool* persian) const;

  // True when the word before token `i` (a period aside) introduces a
  // clock time: "kl. 15.45", "klo 15.45", "um 15.45", "ore 15.45".
  bool AfterTimeWord(size_t i) const;

  // "am", "PM", "a.m.", "p. m.": sets *ampm to 0 or 12.
  size_t AmPm(size_t i, int* ampm) const;

  std::string_view TokenText(size_t i) const {
    return text_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  }

  // An optional zone after a time: "IST", "(EST)", "GMT+5:30", "UTC",
  // "+0530", "-05:00".
  size_t Zone(size_t j, DateTime* dt, const CivilDate& date) const;

  // "+0530", "+05:30", "-05"; with short_hours also "+5", "+5:30".
  size_t NumericOffset(size_t j, int* minutes, bool short_hours) const;

  std::string_view text_;
  const std::vector<Token>& t_;
  const TextDateOptions& options_;
};

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_MATCHER_INTERNAL_H_
