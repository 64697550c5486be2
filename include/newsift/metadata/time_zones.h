// Time-zone names as datelines write them ("IST", "EDT", "CEST", "MEZ",
// "ET") and the UTC offset each one means.
//
// Fixed names mean one offset ("CEST" is +02:00 whatever the date says).
// Generic names ("ET", "PT", "CT", "MT") follow their zone's daylight-
// saving rules on the given day (ICU's time-zone data). Ambiguous names
// are resolved by the page's country, then its language: "IST" is India
// (+05:30) unless the page is Irish (+01:00) or Israeli / Hebrew (+02:00);
// "CST" is US Central unless the page is Chinese or Taiwanese (+08:00);
// "BST" is British Summer Time unless the page is from Bangladesh.
#ifndef NEWSIFT_METADATA_TIME_ZONES_H_
#define NEWSIFT_METADATA_TIME_ZONES_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsift/metadata/date.h"

namespace newsift::metadata {

// Where a page comes from, for ambiguous zone names and numeric date order.
struct PageLocale {
  std::string language;  // primary language subtag, lower case: "en", "he"
  std::string country;   // ISO 3166 code, upper case: "IN", "IE"; may be empty

  // From a BCP 47-ish tag ("en-IN", "en_IN", "he") and the page's URL
  // (its country-code top-level domain when the tag names no country).
  static PageLocale From(std::string_view language_tag, std::string_view url);
};

// True when `name` (as written, upper case) is a zone name this table knows.
bool IsZoneName(std::string_view name);

// The offset east of UTC, in minutes, that `name` means for a local time
// on `date` at `hour`:`minute`; nullopt for names it does not know.
std::optional<int> ZoneOffset(std::string_view name, const PageLocale& locale,
                              const CivilDate& date, int hour, int minute);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_TIME_ZONES_H_
