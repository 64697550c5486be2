#include "newsift/metadata/date_text.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>

#include "date_matcher_internal.h"
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

}  // namespace

std::vector<TextDate> FindTextDates(std::string_view text, const TextDateOptions& options) {
  std::vector<TextDate> out;
  const std::vector<Token> tokens = Tokenize(text, options.locale.language);
  const DateMatcher m(text, tokens, options);
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
