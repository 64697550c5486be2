#include "newsift/metadata/date_text.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>

#include "date_tokens_internal.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// Persian (Solar Hijri) date -> Gregorian, through ICU's calendars.
std::optional<CivilDate> FromPersian(int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::Calendar> persian(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("fa_IR@calendar=persian"), status));
  if (U_FAILURE(status) || !persian) return std::nullopt;
  persian->clear();
  persian->setLenient(false);
  persian->set(year, month - 1, day);
  const UDate millis = persian->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  const auto days =
      std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>(
          std::chrono::milliseconds(static_cast<int64_t>(millis))));
  const std::chrono::year_month_day ymd(days);
  return CivilDate{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                   static_cast<int>(unsigned(ymd.day()))};
}

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Token>& tokens, const TextDateOptions& options)
      : text_(text), t_(tokens), options_(options) {}

  // A date starting at token `i`: sets `*date` and returns the index after
  // it, or returns `i` when none starts there.
  size_t MatchDate(size_t i, CivilDate* date, bool* persian, bool* swappable) const {
    *persian = false;
    *swappable = false;
    size_t j = 0;
    if ((j = NumericDate(i, date, swappable)) != i) return j;
    if ((j = CjkDate(i, date)) != i) return j;
    if ((j = DayMonthYear(i, date, persian)) != i) return j;
    if ((j = MonthDayYear(i, date, persian)) != i) return j;
    if ((j = YearMonthDay(i, date, persian)) != i) return j;
    return i;
  }

  // A time starting at token `i`: returns the index after it (and after a
  // zone), or `i`.
  size_t MatchTime(size_t i, DateTime* dt, const CivilDate& date) const {
    if (!Num(i, 1, 2)) return i;
    const int hour = t_[i].value;
    int minute = 0;
    int second = 0;
    size_t j = i + 1;
    bool minutes = false;
    if (Punct(j, ':') && !t_[j].space_before && Num(j + 1, 2, 2) && !t_[j + 1].space_before) {
      minute = t_[j + 1].value;
      j += 2;
      minutes = true;
      if (Punct(j, ':') && !t_[j].space_before && Num(j + 1, 2, 2)) {
        second = t_[j + 1].value;
        j += 2;
        if ((Punct(j, '.') || Punct(j, ',')) && Num(j + 1, 1, 9) && !t_[j].space_before) j += 2;
      }
    } else if (Is(j, Tok::kHourMark) && Num(j + 1, 2, 2)) {
      // "19h18", "16 h 37", "08時00分".
      minute = t_[j + 1].value;
      j += 2;
      minutes = true;
      if (Is(j, Tok::kMinuteMark)) ++j;
    } else if (int probe = -1; Punct(j, '.') && !t_[j].space_before && Num(j + 1, 2, 2) &&
                               (Is(j + 2, Tok::kHourMark) || AmPm(j + 2, &probe) != j + 2)) {
      minute = t_[j + 1].value;  // "15.07 Uhr", "8.30am"
      j += 2;
      minutes = true;
    }
    int ampm = -1;
    const size_t after_ampm = AmPm(j, &ampm);
    if (!minutes && after_ampm == j) return i;  // a bare number is not a time
    j = after_ampm;
    if (ampm >= 0) {
      if (hour < 1 || hour > 12) return i;
    }
    const int h24 = ampm < 0 ? hour : hour % 12 + ampm;
    if (h24 > 24 || minute > 59 || second > 60) return i;
    dt->has_time = true;
    dt->hour = h24 == 24 ? 0 : h24;
    dt->minute = minute;
    dt->second = second == 60 ? 59 : second;
    if (Is(j, Tok::kHourMark)) ++j;  // "15:07 Uhr"
    return Zone(j, dt, date);
  }

  // "Mon Aug 03 12:45:00 EDT 2015" (C's asctime and JavaScript's
  // Date.toString put the time between the day and the year).
  size_t MatchMonthDayTimeYear(size_t i, DateTime* dt) const {
    if (!Is(i, Tok::kMonth) || t_[i].persian || !Day(i + 1)) return i;
    DateTime probe;
    const size_t time_end = MatchTime(i + 2, &probe, CivilDate{2000, 1, 1});
    if (time_end == i + 2 || !Year(time_end) || !Bounded(i, time_end + 1)) return i;
    dt->date = {t_[time_end].value, t_[i].value, t_[i + 1].value};
    if (!IsValidCivilDate(dt->date)) return i;
    MatchTime(i + 2, dt, dt->date);  // again, for the zone's offset on that day
    return time_end + 1;
  }

  // True when the numeric date at token `i`, read as `date`, was read
  // day first ("1/10/2008" as 1 October), in the slashed or dashed form.
  bool ReadDayFirst(size_t i, const CivilDate& date) const {
    return Num(i, 1, 2) && !Punct(i + 1, '.') && date.day == t_[i].value &&
           date.month != t_[i].value;
  }

  // True when tokens [from, to) hold a North American zone name ("EST",
  // "PDT", "ET") that means a US or Canadian offset for this page.
  bool HasUsZone(size_t from, size_t to, const PageLocale& locale) const {
    static constexpr std::string_view kNames[] = {"EST", "EDT", "CST", "CDT",  "MST",
                                                  "MDT", "PST", "PDT", "AKST", "AKDT",
                                                  "HST", "ET",  "CT",  "MT",   "PT"};
    if (!locale.language.empty() && locale.language != "en") return false;
    for (size_t k = from; k < to; ++k) {
      if (!Is(k, Tok::kZone)) continue;
      const std::string_view name = TokenText(k);
      for (std::string_view us : kNames) {
        if (name != us) continue;
        const std::optional<int> offset = ZoneOffset(name, locale, CivilDate{2000, 1, 1}, 12, 0);
        if (offset && *offset < 0) return true;
      }
    }
    return false;
  }

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
  size_t SkipJoiners(size_t i, int max) const {
    for (int n = 0; n < max && i < t_.size(); ++n) {
      if (Punct(i, ',') || Punct(i, '.') || Is(i, Tok::kFiller)) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }
  // No digit or letter glued to either end: "2019-10-10" inside
  // "x2019-10-105", "v1.2.23".
  bool Bounded(size_t first, size_t end) const {
    if (first > 0 && !t_[first].space_before) {
      if (t_[first - 1].kind == Tok::kNumber) return false;
      const std::string_view before = TokenText(first - 1);
      const char last = before.empty() ? ' ' : before.back();
      if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) return false;
    }
    if (end < t_.size() && t_[end].kind == Tok::kNumber && !t_[end].space_before) return false;
    return true;
  }

  size_t NumericDate(size_t i, CivilDate* date, bool* swappable) const {
    if (!Num(i, 1, 4) || !Sep(i + 1) || !Num(i + 2, 1, 2) || !Sep(i + 3)) return i;
    const int sep = t_[i + 1].value;
    if (t_[i + 3].value != sep) return i;
    // The fifth token may be missing ("10.10." ending the text).
    for (size_t k = i + 1; k <= i + 4 && k < t_.size(); ++k) {
      if (t_[k].space_before) return i;
    }
    if (Year(i)) {
      if (!Num(i + 4, 1, 2)) return i;
      *date = {t_[i].value, t_[i + 2].value, t_[i + 4].value};
    } else if (sep == '.' && Num(i, 1, 2) && Num(i + 4, 2, 2)) {
      // "06.11.23": two-digit years only in the dotted day-first form.
      const int yy = t_[i + 4].value;
      *date = {yy < 70 ? 2000 + yy : 1900 + yy, t_[i + 2].value, t_[i].value};
      *swappable = t_[i].value != t_[i + 2].value && t_[i].value <= 12 && t_[i + 2].value <= 12;
    } else {
      if (!Num(i, 1, 2) || !Year(i + 4)) return i;
      const int a = t_[i].value;
      const int b = t_[i + 2].value;
      bool month_first = options_.month_first && sep != '.';
      if (a > 12) month_first = false;
      if (b > 12) month_first = true;
      *date = month_first ? CivilDate{t_[i + 4].value, a, b} : CivilDate{t_[i + 4].value, b, a};
      *swappable = a != b && a <= 12 && b <= 12;
    }
    if (!Bounded(i, i + 5)) return i;
    // "1.2.2019.5", "2019-10-10-3": part of a longer number.
    if (Punct(i + 5, sep) && !t_[i + 5].space_before && Is(i + 6, Tok::kNumber) &&
        !t_[i + 6].space_before) {
      return i;
    }
    return i + 5;
  }

  size_t CjkDate(size_t i, CivilDate* date) const {
    if (!Year(i) || !Is(i + 1, Tok::kYearMark) || !Num(i + 2, 1, 2) ||
        !Is(i + 3, Tok::kMonthMark) || !Day(i + 4) || !Is(i + 5, Tok::kDayMark)) {
      return i;
    }
    *date = {t_[i].value, t_[i + 2].value, t_[i + 4].value};
    return i + 6;
  }

  // "10. Oktober 2019", "6 de mayo de 2022", "19 Dec, 2025", "1er mars 2020".
  size_t DayMonthYear(size_t i, CivilDate* date, bool* persian) const {
    if (!Day(i)) return i;
    size_t j = i + 1;
    if (Is(j, Tok::kOrdinal) && !t_[j].space_before) ++j;
    j = SkipJoiners(j, 2);
    if (!Is(j, Tok::kMonth)) return i;
    const Token& month = t_[j];
    j = SkipJoiners(j + 1, 3);
    if (!Year(j)) return i;
    if (!Bounded(i, j + 1)) return i;
    *date = {t_[j].value, month.value, t_[i].value};
    *persian = month.persian;
    return j + 1;
  }

  // "Oct 10, 2019", "December 15th 2025", "Apr 04 2013", "Dec. 22, 2016".
  size_t MonthDayYear(size_t i, CivilDate* date, bool* persian) const {
    if (!Is(i, Tok::kMonth)) return i;
    size_t j = i + 1;
    if (Punct(j, '.')) ++j;
    if (!Day(j)) return i;
    const int day = t_[j].value;
    ++j;
    if (Is(j, Tok::kOrdinal) && !t_[j].space_before) ++j;
    j = SkipJoiners(j, 2);
    if (!Year(j) || !Bounded(i, j + 1)) return i;
    *date = {t_[j].value, t_[i].value, day};
    *persian = t_[i].persian;
    return j + 1;
  }

  // "2019. október 10.", "2019 Oct 10".
  size_t YearMonthDay(size_t i, CivilDate* date, bool* persian) const {
    if (!Year(i)) return i;
    size_t j = SkipJoiners(i + 1, 2);
    if (!Is(j, Tok::kMonth)) return i;
    const Token& month = t_[j];
    j = SkipJoiners(j + 1, 1);
    if (!Day(j) || !Bounded(i, j + 1)) return i;
    *date = {t_[i].value, month.value, t_[j].value};
    *persian = month.persian;
    size_t end = j + 1;
    if (Punct(end, '.') && !t_[end].space_before) ++end;
    return end;
  }

  // "am", "PM", "a.m.", "p. m.": sets *ampm to 0 or 12.
  size_t AmPm(size_t i, int* ampm) const {
    if (Is(i, Tok::kAmPm)) {
      *ampm = t_[i].value;
      return Punct(i + 1, '.') ? i + 2 : i + 1;
    }
    // "a.m." is tokenized as "a" "." "m" ".".
    if (i + 2 < t_.size() && Punct(i + 1, '.') && t_[i].kind != Tok::kPunct) {
      const std::string_view first = TokenText(i);
      const std::string_view second = TokenText(i + 2);
      if ((second == "m" || second == "M") && first.size() == 1) {
        const char c = first[0];
        if (c == 'a' || c == 'A' || c == 'p' || c == 'P') {
          *ampm = c == 'p' || c == 'P' ? 12 : 0;
          return Punct(i + 3, '.') ? i + 4 : i + 3;
        }
      }
    }
    return i;
  }

  std::string_view TokenText(size_t i) const {
    return text_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  }

  // An optional zone after a time: "IST", "(EST)", "GMT+5:30", "UTC",
  // "+0530", "-05:00".
  size_t Zone(size_t j, DateTime* dt, const CivilDate& date) const {
    const size_t start = j;
    const bool paren = Punct(j, '(');
    if (paren) ++j;
    std::optional<int> offset;
    if (Is(j, Tok::kZone)) {
      const std::string_view name = TokenText(j);
      offset = ZoneOffset(name, options_.locale, date, dt->hour, dt->minute);
      ++j;
      const bool utc_like = name == "GMT" || name == "UTC" || name == "UT";
      if (utc_like && (Punct(j, '+') || Punct(j, '-')) && !t_[j].space_before) {
        int numeric = 0;
        const size_t k = NumericOffset(j, &numeric, /*short_hours=*/true);
        if (k != j) {
          offset = numeric;
          j = k;
        }
      }
    } else {
      int numeric = 0;
      const size_t k = NumericOffset(j, &numeric, /*short_hours=*/false);
      if (k != j) {
        offset = numeric;
        j = k;
      }
    }
    if (!offset) return start;
    if (paren) {
      if (!Punct(j, ')')) return start;
      ++j;
    }
    dt->offset_minutes = offset;
    return j;
  }

  // "+0530", "+05:30", "-05"; with short_hours also "+5", "+5:30".
  size_t NumericOffset(size_t j, int* minutes, bool short_hours) const {
    if (!(Punct(j, '+') || Punct(j, '-') || Punct(j, 0x2212))) return j;
    const int sign = Punct(j, '+') ? 1 : -1;
    if (!Is(j + 1, Tok::kNumber) || t_[j + 1].space_before) return j;
    const Token& n = t_[j + 1];
    int hours = 0;
    int mins = 0;
    size_t k = j + 2;
    if (n.digits == 4) {
      hours = n.value / 100;
      mins = n.value % 100;
    } else if (n.digits == 2 || (short_hours && n.digits == 1)) {
      hours = n.value;
      if (Punct(k, ':') && Num(k + 1, 2, 2) && !t_[k].space_before) {
        mins = t_[k + 1].value;
        k += 2;
      }
    } else {
      return j;
    }
    if (hours > 14 || mins > 59) return j;
    *minutes = sign * (hours * 60 + mins);
    return k;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  const TextDateOptions& options_;
};

}  // namespace

std::vector<TextDate> FindTextDates(std::string_view text, const TextDateOptions& options) {
  std::vector<TextDate> out;
  const std::vector<Token> tokens = Tokenize(text, options.locale.language);
  const Matcher m(text, tokens, options);
  size_t previous_end = 0;  // first token not used by an earlier match
  for (size_t i = 0; i < tokens.size(); ++i) {
    DateTime dt;
    if (const size_t end = m.MatchMonthDayTimeYear(i, &dt); end != i) {
      TextDate found;
      found.value = dt;
      found.begin = tokens[i].begin;
      found.end = tokens[end - 1].end;
      found.weekday = i > 0 && m.Is(i - 1, Tok::kWeekday);
      out.push_back(found);
      previous_end = end;
      i = end - 1;
      continue;
    }
    CivilDate date;
    bool persian = false;
    bool swappable = false;
    const size_t end = m.MatchDate(i, &date, &persian, &swappable);
    if (end == i) continue;
    if (persian || (options.locale.language == "fa" && date.year >= 1300 && date.year < 1500)) {
      const auto gregorian = FromPersian(date.year, date.month, date.day);
      if (!gregorian) continue;
      date = *gregorian;
    } else if (options.locale.language == "th" && date.year >= 2400) {
      date.year -= 543;  // Buddhist era
    }
    if (!IsValidCivilDate(date)) continue;
    TextDate found;
    found.value.date = date;
    found.swappable = swappable;
    found.begin = tokens[i].begin;
    found.end = tokens[end - 1].end;
    found.weekday = i > 0 && (m.Is(i - 1, Tok::kWeekday) ||
                              (i > 1 && m.Is(i - 2, Tok::kWeekday) && m.Punct(i - 1, ',')));
    size_t next = end;
    // A time after the date: "..., 07:51 IST", "um 15:07 Uhr", "à 19 h 18".
    size_t j = end;
    for (int skipped = 0; skipped < 3 && j < tokens.size(); ++skipped) {
      if (m.Is(j, Tok::kNumber)) break;
      const bool iso_t = m.Is(j, Tok::kWord) && !tokens[j].space_before &&
                         text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin) == "T";
      if (!(m.Is(j, Tok::kFiller) || m.Is(j, Tok::kWeekday) || tokens[j].kind == Tok::kPunct ||
            iso_t)) {
        break;
      }
      ++j;
    }
    DateTime with_time = found.value;
    const size_t time_end = m.MatchTime(j, &with_time, date);
    if (time_end != j && swappable && m.ReadDayFirst(i, date) &&
        m.HasUsZone(j, time_end, options.locale)) {
      // "1/10/2008, 3:50 a.m. EST": a US time zone says the date is
      // written month first, whatever the page's declared language.
      std::swap(date.month, date.day);
      found.value.date = date;
      found.swappable = false;
      with_time = found.value;
      m.MatchTime(j, &with_time, date);  // the zone's offset on that day
    }
    if (time_end != j) {
      found.value = with_time;
      found.end = tokens[time_end - 1].end;
      next = time_end;
    } else {
      // A time before it: "3:45 PM EST, Tue March 5, 2024". The farthest
      // start first, so that "04:25:06 PM" is not read as "06 PM".
      for (size_t back = std::min<size_t>(8, i - std::min(i, previous_end)); back >= 1; --back) {
        const size_t start = i - back;
        DateTime before = found.value;
        const size_t stop = m.MatchTime(start, &before, date);
        if (stop == start || stop > i) continue;
        bool joined = true;  // only separators, fillers and weekdays between
        for (size_t k = stop; k < i; ++k) {
          joined = joined && (m.Is(k, Tok::kFiller) || m.Is(k, Tok::kWeekday) ||
                              tokens[k].kind == Tok::kPunct);
        }
        if (!joined) continue;
        found.value = before;
        found.begin = tokens[start].begin;
        break;
      }
    }
    out.push_back(found);
    previous_end = next;
    i = next - 1;
  }
  return out;
}

std::optional<DateTime> ParseTextDate(std::string_view text, const TextDateOptions& options) {
  const std::vector<TextDate> dates = FindTextDates(text, options);
  if (dates.empty()) return std::nullopt;
  return dates.front().value;
}

}  // namespace newsift::metadata
