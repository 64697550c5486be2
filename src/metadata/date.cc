#include "newsift/metadata/date.h"

#include <chrono>
#include <cstdio>

namespace newsift::metadata {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `*pos`.
bool ReadDigits(std::string_view s, size_t* pos, size_t n, int* out) {
  if (*pos + n > s.size()) return false;
  int value = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    value = value * 10 + (c - '0');
  }
  *pos += n;
  *out = value;
  return true;
}

// An English month name in a URL path ("/2023/october/03/"), lower case.
bool ReadMonthName(std::string_view s, size_t* pos, int* month) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : {kMonths[m], kMonths[m].substr(0, 3)}) {
      if (s.substr(*pos).starts_with(name) && *pos + name.size() < s.size() &&
          !(s[*pos + name.size()] >= 'a' && s[*pos + name.size()] <= 'z')) {
        *pos += name.size();
        *month = m + 1;
        return true;
      }
    }
  }
  return false;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

CivilDate AddDays(CivilDate d, int days) {
  const std::chrono::sys_days sd =
      std::chrono::sys_days(std::chrono::year_month_day(
          std::chrono::year(d.year), std::chrono::month(static_cast<unsigned>(d.month)),
          std::chrono::day(static_cast<unsigned>(d.day)))) +
      std::chrono::days(days);
  const std::chrono::year_month_day ymd(sd);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

bool IsValidCivilDate(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

std::string DateTime::ToIso() const {
  char buffer[40];
  int n = std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", date.year, date.month, date.day);
  if (has_time) {
    n += std::snprintf(buffer + n, sizeof(buffer) - static_cast<size_t>(n), "T%02d:%02d:%02d", hour,
                       minute, second);
    if (offset_minutes) {
      const int offset = *offset_minutes;
      const int abs = offset < 0 ? -offset : offset;
      std::snprintf(buffer + n, sizeof(buffer) - static_cast<size_t>(n), "%c%02d:%02d",
                    offset < 0 ? '-' : '+', abs / 60, abs % 60);
    }
  }
  return buffer;
}

std::optional<DateTime> ParseIsoDateTime(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  DateTime dt;
  size_t pos = 0;
  if (!ReadDigits(s, &pos, 4, &dt.date.year)) return std::nullopt;
  if (pos < s.size() && (s[pos] == '-' || s[pos] == '/' || s[pos] == '.')) {
    const char sep = s[pos++];
    // Month and day may have one digit in the looser forms.
    auto read_part = [&](int* out) {
      if (ReadDigits(s, &pos, 2, out)) return true;
      return ReadDigits(s, &pos, 1, out);
    };
    if (!read_part(&dt.date.month)) return std::nullopt;
    if (pos >= s.size() || s[pos] != sep) return std::nullopt;
    ++pos;
    if (!read_part(&dt.date.day)) return std::nullopt;
  } else {
    if (!ReadDigits(s, &pos, 2, &dt.date.month) || !ReadDigits(s, &pos, 2, &dt.date.day)) {
      return std::nullopt;
    }
  }
  if (pos < s.size() && IsDigit(s[pos])) return std::nullopt;  // "2019-10-100"
  if (!IsValidCivilDate(dt.date)) return std::nullopt;

  // Optional time: "T07:51", " 07:51:00", "T075100".
  if (pos + 1 < s.size() && (s[pos] == 'T' || s[pos] == ' ') && IsDigit(s[pos + 1])) {
    size_t p = pos + 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (ReadDigits(s, &p, 2, &hour)) {
      const bool colon = p < s.size() && s[p] == ':';
      if (colon) ++p;
      if (ReadDigits(s, &p, 2, &minute)) {
        if (p < s.size() && (colon ? s[p] == ':' : IsDigit(s[p]))) {
          if (colon) ++p;
          if (!ReadDigits(s, &p, 2, &second)) return std::nullopt;
          if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            while (p < s.size() && IsDigit(s[p])) ++p;
          }
        }
        if (hour <= 24 && minute < 60 && second <= 60) {
          dt.has_time = true;
          dt.hour = hour == 24 ? 0 : hour;
          dt.minute = minute;
          dt.second = second == 60 ? 59 : second;
          pos = p;
          // Offset: "Z", "+05:30", "+0530", "+05", " +0530", " UTC".
          size_t q = pos;
          if (q < s.size() && s[q] == ' ') ++q;
          if (q < s.size() && s[q] == 'Z') {
            dt.offset_minutes = 0;
          } else if (s.substr(q, 3) == "UTC" || s.substr(q, 3) == "GMT") {
            dt.offset_minutes = 0;
            q += 3;
          }
          if (!dt.offset_minutes && q < s.size() && (s[q] == '+' || s[q] == '-')) {
            const int sign = s[q] == '-' ? -1 : 1;
            ++q;
            int oh = 0;
            int om = 0;
            if (ReadDigits(s, &q, 2, &oh)) {
              if (q < s.size() && s[q] == ':') ++q;
              if (!ReadDigits(s, &q, 2, &om)) om = 0;
              if (oh <= 14 && om < 60) dt.offset_minutes = sign * (oh * 60 + om);
            }
          }
        }
      }
    }
  }
  return dt;
}

std::optional<DateTime> DateFromUrl(std::string_view url) {
  // Look only at the path: skip "scheme://host".
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const size_t path = url.find('/', scheme + 3);
    if (path == std::string_view::npos) return std::nullopt;
    url = url.substr(path);
  }
  for (size_t i = 0; i + 8 <= url.size(); ++i) {
    // "%2F" is an escaped "/" (a path inside a query or a double-escaped URL).
    const bool escaped_slash = url.substr(i, 3) == "%2F" || url.substr(i, 3) == "%2f";
    if (url[i] != '/' && url[i] != '-' && url[i] != '_' && !escaped_slash) continue;
    const std::string_view rest = url.substr(i + (escaped_slash ? 3 : 1));
    size_t pos = 0;
    CivilDate d;
    if (!ReadDigits(rest, &pos, 4, &d.year) || d.year < 1990 || d.year > 2100) continue;
    if (pos < rest.size() && (rest[pos] == '/' || rest[pos] == '-' || rest[pos] == '_')) {
      const char sep = rest[pos++];
      if (!ReadDigits(rest, &pos, 2, &d.month) && !ReadMonthName(rest, &pos, &d.month)) continue;
      if (pos >= rest.size() || rest[pos] != sep) continue;
      ++pos;
      if (!ReadDigits(rest, &pos, 2, &d.day)) continue;
    } else if (!ReadDigits(rest, &pos, 2, &d.month) || !ReadDigits(rest, &pos, 2, &d.day)) {
      continue;
    }
    if (pos < rest.size() && IsDigit(rest[pos])) continue;
    if (!IsValidCivilDate(d)) continue;
    DateTime dt;
    dt.date = d;
    return dt;
  }
  return std::nullopt;
}

bool DateBounds::Contains(const CivilDate& d) const {
  if (d < earliest) return false;
  if (latest && AddDays(*latest, 1) < d) return false;
  return true;
}

CivilDate TodayUtc() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd(today);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::optional<CivilDate> ParseCivilDate(std::string_view s) {
  const auto dt = ParseIsoDateTime(s);
  if (!dt || dt->has_time || s.size() != 10) return std::nullopt;
  return dt->date;
}

}  // namespace newsift::metadata
