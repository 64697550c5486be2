// Dates as pages write them for people, in many languages and scripts:
//
//   "Oct 10, 2019, 07:51 IST"            "Published 3:45 PM EST, Tue March 5, 2024"
//   "10. Oktober 2019, 07:51 Uhr"        "18.10.2019, 15:07 Uhr"
//   "2019年10月10日 07:51"                "2020년 3월 4일"
//   "6 de mayo de 2022"                  "13 mars 2017 à 19 h 18"
//   "١٠ أكتوبر ٢٠١٩" (any script's digits) "December 15th 2025"
//
// A date needs a day, a month and a four-digit year; a time and a zone
// next to it (before or after) make it more precise. Zone names become
// offsets through time_zones.h; without a zone or a numeric offset the
// time has no offset. Month names come from date_words.h (ICU).
// Thai Buddhist years and Persian (Solar Hijri) dates are converted to
// the Gregorian calendar with ICU.
#ifndef NEWSIFT_METADATA_DATE_TEXT_H_
#define NEWSIFT_METADATA_DATE_TEXT_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "newsift/metadata/date.h"
#include "newsift/metadata/time_zones.h"

namespace newsift::metadata {

struct TextDateOptions {
  PageLocale locale;  // month-name conflicts, zone names
  // How to read "03/04/2019" when neither number is above 12: as March 4
  // (US usage) or as 3 April (everywhere else). Dotted dates ("03.04.2019")
  // are always day first.
  bool month_first = false;
};

struct TextDate {
  DateTime value;
  size_t begin = 0;  // the matched bytes, time and zone included
  size_t end = 0;
  bool weekday = false;  // a weekday name came with it ("Tuesday, 5 March")
  // A numeric date that reads as another valid date with day and month
  // swapped ("09.10.2024"): other evidence may settle it.
  bool swappable = false;
};

// Every complete date in `text`, in order, without overlaps.
std::vector<TextDate> FindTextDates(std::string_view text, const TextDateOptions& options);

// The first date in `text`, or nullopt: for machine values that are not
// ISO 8601 ("Feb 08, 2022", "Wed, 04 May 2022 02:41:00 GMT").
std::optional<DateTime> ParseTextDate(std::string_view text, const TextDateOptions& options);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_TEXT_H_
