#include "newsift/metadata/time_zones.h"

#include <chrono>
#include <memory>

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// One meaning of a zone name. An ambiguous name has several rows: the
// rows with countries or languages first, the default (both empty) last.
struct ZoneRow {
  std::string_view name;
  int offset;                  // minutes east of UTC
  const char* iana;            // generic names: whose DST rules apply
  std::string_view countries;  // space-separated ISO 3166 codes
  std::string_view languages;  // space-separated language subtags
};

constexpr ZoneRow kZones[] = {
    {"UTC", 0, nullptr, "", ""},
    {"GMT", 0, nullptr, "", ""},
    {"UT", 0, nullptr, "", ""},
    // Ireland and Israel call their time IST too; India is the default.
    {"IST", 60, nullptr, "IE", "ga"},
    {"IST", 120, nullptr, "IL", "he"},
    {"IST", 330, nullptr, "", ""},
    {"BST", 360, nullptr, "BD", "bn"},
    {"BST", 60, nullptr, "", ""},
    {"WET", 0, nullptr, "", ""},
    {"WEST", 60, nullptr, "", ""},
    {"WEZ", 0, nullptr, "", ""},
    {"WESZ", 60, nullptr, "", ""},
    {"CET", 60, nullptr, "", ""},
    {"CEST", 120, nullptr, "", ""},
    {"MEZ", 60, nullptr, "", ""},
    {"MESZ", 120, nullptr, "", ""},
    {"EET", 120, nullptr, "", ""},
    {"EEST", 180, nullptr, "", ""},
    {"OEZ", 120, nullptr, "", ""},
    {"OESZ", 180, nullptr, "", ""},
    {"MSK", 180, nullptr, "", ""},
    {"МСК", 180, nullptr, "", ""},  // Moscow time in Russian
    {"TRT", 180, nullptr, "", ""},
    {"TSİ", 180, nullptr, "", ""},  // Türkiye saati, Turkish time (fixed since 2016)
    {"TSI", 180, nullptr, "TR", "tr"},
    {"WAT", 60, nullptr, "", ""},
    {"CAT", 120, nullptr, "", ""},
    {"SAST", 120, nullptr, "", ""},
    {"EAT", 180, nullptr, "", ""},
    {"AST", 180, nullptr, "SA AE KW QA BH IQ YE OM", "ar"},
    {"AST", -240, nullptr, "", ""},
    {"ADT", -180, nullptr, "", ""},
    {"GST", 240, nullptr, "", ""},
    {"IRST", 210, nullptr, "", ""},
    {"AFT", 270, nullptr, "", ""},
    {"PKT", 300, nullptr, "", ""},
    {"NPT", 345, nullptr, "", ""},
    {"ICT", 420, nullptr, "", ""},
    {"WIB", 420, nullptr, "", ""},
    {"WITA", 480, nullptr, "", ""},
    {"WIT", 540, nullptr, "", ""},
    {"HKT", 480, nullptr, "", ""},
    {"SGT", 480, nullptr, "", ""},
    {"MYT", 480, nullptr, "", ""},
    {"PHT", 480, nullptr, "", ""},
    {"AWST", 480, nullptr, "", ""},
    {"JST", 540, nullptr, "", ""},
    {"KST", 540, nullptr, "", ""},
    {"ACST", 570, nullptr, "", ""},
    {"ACDT", 630, nullptr, "", ""},
    {"AEST", 600, nullptr, "", ""},
    {"AEDT", 660, nullptr, "", ""},
    {"NZST", 720, nullptr, "", ""},
    {"NZDT", 780, nullptr, "", ""},
    // North America. "EST" on an Australian page is the old name of AEST.
    {"EST", 600, nullptr, "AU", ""},
    {"EST", -300, nullptr, "", ""},
    {"EDT", -240, nullptr, "", ""},
    {"CST", 480, nullptr, "CN TW HK MO", "zh"},
    {"CST", -360, nullptr, "", ""},
    {"CDT", -300, nullptr, "", ""},
    {"MST", 480, nullptr, "MY", "ms"},
    {"MST", -420, nullptr, "", ""},
    {"MDT", -360, nullptr, "", ""},
    {"PST", 480, nullptr, "PH", "fil tl"},
    {"PST", -480, nullptr, "", ""},
    {"PDT", -420, nullptr, "", ""},
    {"AKST", -540, nullptr, "", ""},
    {"AKDT", -480, nullptr, "", ""},
    {"HST", -600, nullptr, "", ""},
    {"NST", -210, nullptr, "", ""},
    {"NDT", -150, nullptr, "", ""},
    {"ET", 0, "America/New_York", "", ""},
    {"CT", 0, "America/Chicago", "", ""},
    {"MT", 0, "America/Denver", "", ""},
    {"PT", 0, "America/Los_Angeles", "", ""},
    // French-Canadian names (heure normale / avancée de l'Est...).
    {"HNE", -300, nullptr, "", ""},
    {"HAE", -240, nullptr, "", ""},
    {"HNC", -360, nullptr, "", ""},
    {"HAC", -300, nullptr, "", ""},
    {"HNP", -480, nullptr, "", ""},
    {"HAP", -420, nullptr, "", ""},
    {"ART", -180, nullptr, "", ""},
    {"BRT", -180, nullptr, "", ""},
    {"CLT", -240, nullptr, "", ""},
    {"COT", -300, nullptr, "", ""},
    {"PET", -300, nullptr, "", ""},
    {"VET", -240, nullptr, "", ""},
};

bool ListHas(std::string_view list, std::string_view item) {
  if (item.empty()) return false;
  size_t start = 0;
  while (start < list.size()) {
    size_t stop = list.find(' ', start);
    if (stop == std::string_view::npos) stop = list.size();
    if (list.substr(start, stop - start) == item) return true;
    start = stop + 1;
  }
  return false;
}

// The offset of an IANA zone at a local wall-clock time, from ICU's data.
std::optional<int> IanaOffset(const char* id, const CivilDate& date, int hour, int minute) {
  const std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
  if (!zone) return std::nullopt;
  const std::chrono::sys_days days{std::chrono::year_month_day(
      std::chrono::year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
      std::chrono::day(static_cast<unsigned>(date.day)))};
  const double seconds = static_cast<double>(days.time_since_epoch().count()) * 86400.0 +
                         hour * 3600.0 + minute * 60.0;
  int32_t raw = 0;
  int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(seconds * 1000.0, /*local=*/true, raw, dst, status);
  if (U_FAILURE(status)) return std::nullopt;
  return (raw + dst) / 60000;
}

// Generic country-code domains that say nothing about where a site is.
constexpr std::string_view kGenericCcTlds = "io co tv me ai fm ly to cc ws gg la so im sh ac gl";

}  // namespace

PageLocale PageLocale::From(std::string_view language_tag, std::string_view url) {
  PageLocale locale;
  language_tag = text::Trim(language_tag);
  size_t start = 0;
  for (int part = 0; start <= language_tag.size(); ++part) {
    size_t stop = language_tag.find_first_of("-_", start);
    if (stop == std::string_view::npos) stop = language_tag.size();
    const std::string_view subtag = language_tag.substr(start, stop - start);
    if (part == 0) {
      locale.language = text::AsciiLower(subtag);
    } else if (subtag.size() == 2) {
      for (char c : subtag) locale.country.push_back(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      break;
    }
    start = stop + 1;
  }
  if (locale.country.empty()) {
    // The host's top-level domain: "https://www.example.co.uk/x" -> "UK".
    const size_t scheme = url.find("://");
    std::string_view host = scheme == std::string_view::npos ? "" : url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/:?#"));
    const size_t dot = host.rfind('.');
    const std::string_view tld = dot == std::string_view::npos ? "" : host.substr(dot + 1);
    if (tld.size() == 2 && !ListHas(kGenericCcTlds, text::AsciiLower(tld))) {
      locale.country = tld == "uk" ? "GB" : "";
      if (locale.country.empty()) {
        for (char c : tld) locale.country.push_back(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      }
    }
  }
  return locale;
}

bool IsZoneName(std::string_view name) {
  for (const ZoneRow& row : kZones) {
    if (row.name == name) return true;
  }
  return false;
}

std::optional<int> ZoneOffset(std::string_view name, const PageLocale& locale,
                              const CivilDate& date, int hour, int minute) {
  const ZoneRow* by_language = nullptr;
  const ZoneRow* fallback = nullptr;
  const ZoneRow* chosen = nullptr;
  for (const ZoneRow& row : kZones) {
    if (row.name != name) continue;
    if (ListHas(row.countries, locale.country)) {
      chosen = &row;
      break;
    }
    if (!by_language && ListHas(row.languages, locale.language)) by_language = &row;
    if (!fallback && row.countries.empty() && row.languages.empty()) fallback = &row;
  }
  if (!chosen) chosen = by_language ? by_language : fallback;
  if (!chosen) return std::nullopt;
  if (chosen->iana) return IanaOffset(chosen->iana, date, hour, minute);
  return chosen->offset;
}

}  // namespace newsift::metadata
