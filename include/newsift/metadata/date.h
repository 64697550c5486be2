// Publication and modification dates: parsing the forms pages use and
// choosing among the page's sources.
//
// Output is ISO 8601 as precise as the page states it: "2019-10-10",
// "2019-10-10T07:51:00", or "2019-10-10T07:51:00+05:30" when an offset is
// given ("Z" becomes "+00:00").
#ifndef NEWSIFT_METADATA_DATE_H_
#define NEWSIFT_METADATA_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsift::metadata {

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

struct DateTime {
  CivilDate date;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  std::optional<int> offset_minutes;  // east of UTC

  std::string ToIso() const;
};

// "2019-10-10", "2019-10-10T07:51", "2019-10-10T07:51:00.000Z",
// "2019-10-10 07:51:00 +0530", "20191010", "2019/10/10". Trailing text
// after a complete date is ignored. Rejects impossible calendar dates.
std::optional<DateTime> ParseIsoDateTime(std::string_view s);

// A date in a URL path: /2019/10/10/, /2019-10-10-slug, /20191010/.
std::optional<DateTime> DateFromUrl(std::string_view url);

bool IsValidCivilDate(const CivilDate& d);

// The bounds a publication date must respect: not before 1990, not after
// `latest` (today, or --now; one day of slack for time zones).
struct DateBounds {
  CivilDate earliest{1990, 1, 1};
  std::optional<CivilDate> latest;

  bool Contains(const CivilDate& d) const;
};

// Today's UTC date from the system clock (for the CLI; the library never
// reads the clock itself).
CivilDate TodayUtc();

// "2026-11-29" -> CivilDate, for --now.
std::optional<CivilDate> ParseCivilDate(std::string_view s);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_H_
