#include "newsift/metadata/date_text.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

// Every date found in `s`, as ISO strings joined by " | ".
std::string Dates(std::string_view s, std::string_view language = "", std::string_view country = "",
                  bool month_first = false) {
  TextDateOptions options;
  options.locale.language = std::string(language);
  options.locale.country = std::string(country);
  options.month_first = month_first;
  std::string out;
  for (const TextDate& d : FindTextDates(s, options)) {
    if (!out.empty()) out += " | ";
    out += d.value.ToIso();
  }
  return out.empty() ? "none" : out;
}

TEST(FindTextDatesTest, EnglishMonthNames) {
  EXPECT_EQ(Dates("Oct 10, 2019"), "2019-10-10");
  EXPECT_EQ(Dates("December 15th 2025"), "2025-12-15");
  EXPECT_EQ(Dates("Dec. 22, 2016"), "2016-12-22");
  EXPECT_EQ(Dates("Sept. 5, 2024"), "2024-09-05");
  EXPECT_EQ(Dates("19 Dec, 2025"), "2025-12-19");
  EXPECT_EQ(Dates("Saturday 20 December, 2025"), "2025-12-20");
  EXPECT_EQ(Dates("Apr 04 2013"), "2013-04-04");
  EXPECT_EQ(Dates("the 19th of December 2025"), "2025-12-19");
}

TEST(FindTextDatesTest, OtherLanguages) {
  EXPECT_EQ(Dates("10. Oktober 2019"), "2019-10-10");
  EXPECT_EQ(Dates("Samstag, 5. Oktober 2013"), "2013-10-05");
  EXPECT_EQ(Dates("3. März 2021"), "2021-03-03");
  EXPECT_EQ(Dates("jueves 2 de abril de 2020"), "2020-04-02");
  EXPECT_EQ(Dates("1er mars 2020"), "2020-03-01");
  EXPECT_EQ(Dates("13 févr. 2020"), "2020-02-13");
  EXPECT_EQ(Dates("10 października 2019"), "2019-10-10");
  EXPECT_EQ(Dates("10 октября 2019 г."), "2019-10-10");
  EXPECT_EQ(Dates("duminică, 20 septembrie 2020"), "2020-09-20");
  EXPECT_EQ(Dates("2019. október 10."), "2019-10-10");
  EXPECT_EQ(Dates("5 בינואר 2020"), "2020-01-05");
  EXPECT_EQ(Dates("MÄRZ 3, 2021"), "2021-03-03");
}

TEST(FindTextDatesTest, AmbiguousWordsFollowThePageLanguage) {
  // "listopad" is November in Polish and Czech, October in Croatian.
  EXPECT_EQ(Dates("5 listopad 2020", "pl"), "2020-11-05");
  EXPECT_EQ(Dates("5 listopad 2020", "hr"), "2020-10-05");
}

TEST(FindTextDatesTest, NumericDates) {
  EXPECT_EQ(Dates("2019-10-10"), "2019-10-10");
  EXPECT_EQ(Dates("2019/3/4"), "2019-03-04");
  EXPECT_EQ(Dates("18.10.2019"), "2019-10-18");
  EXPECT_EQ(Dates("13/11/2025"), "2025-11-13");
  EXPECT_EQ(Dates("11/13/2025"), "2025-11-13");
  // Neither number above 12: day first unless the page uses US order.
  EXPECT_EQ(Dates("03/04/2019"), "2019-04-03");
  EXPECT_EQ(Dates("03/04/2019", "en", "US", true), "2019-03-04");
  // Two-digit years only in the dotted form.
  EXPECT_EQ(Dates("Swantje Schemmerling | 06.11.23"), "2023-11-06");
  EXPECT_EQ(Dates("06/11/23"), "none");
  // Dots are day first everywhere.
  EXPECT_EQ(Dates("03.04.2019", "en", "US", true), "2019-04-03");
}

TEST(FindTextDatesTest, TwoDigitYearClosingABracketedDateline) {
  EXPECT_EQ(Dates("( Vallombra, 3 Marzo 21 )", "it"), "2021-03-03");
  EXPECT_EQ(Dates("(Brookfield, 9 May 18)"), "2018-05-09");
  // Not in running text, nor ending a line (a reader's "9 Jan 08").
  EXPECT_EQ(Dates("on 14 January 20 people came"), "none");
  EXPECT_EQ(Dates("Posted by Kit on 9 Jan 08"), "none");
  // A month and a two-digit day before a full year stays that date.
  EXPECT_EQ(Dates("(3 March 2021)"), "2021-03-03");
}

TEST(FindTextDatesTest, MonthNameBetweenDashesOrSlashes) {
  EXPECT_EQ(Dates("Saturday 12-Jan-2008 11:48 AM"), "2008-01-12T11:48:00");
  EXPECT_EQ(Dates("3/Mar/2019"), "2019-03-03");
  EXPECT_EQ(Dates("on 04-ago-2021 5:11:10", "es"), "2021-08-04T05:11:10");
  // Mixed or spaced separators, a glued number: not this form.
  EXPECT_EQ(Dates("12-Jan/2008"), "none");
  EXPECT_EQ(Dates("12 -Jan- 2008"), "none");
  EXPECT_EQ(Dates("v12-Jan-20081"), "none");
}

TEST(FindTextDatesTest, NumbersThatAreNotDates) {
  // Two numbers and two dots ending the text: nothing to read past the end
  // (the extract fuzzer's fuzz/regressions/extract/ub-date-at-text-end).
  EXPECT_EQ(Dates("Stand 10.10."), "none");
  EXPECT_EQ(Dates("1.2."), "none");
  EXPECT_EQ(Dates("version 1.2.2019.5"), "none");
  EXPECT_EQ(Dates("firmware v1.2.23"), "none");
  EXPECT_EQ(Dates("call 2019-10-105"), "none");
  EXPECT_EQ(Dates("2019-13-01"), "none");
  EXPECT_EQ(Dates("31.02.2020"), "none");
  EXPECT_EQ(Dates("Top 10 March Madness 2019 picks"), "none");
  EXPECT_EQ(Dates("October 2019"), "none");  // no day: not a date
}

TEST(FindTextDatesTest, CjkDates) {
  EXPECT_EQ(Dates("2019年10月10日 07:51"), "2019-10-10T07:51:00");
  EXPECT_EQ(Dates("2019年04月28日 08時00分"), "2019-04-28T08:00:00");
  EXPECT_EQ(Dates("2020년 3월 4일"), "2020-03-04");
  EXPECT_EQ(Dates("掲載日2019/02/22"), "2019-02-22");
  // The day of the week in brackets between the date and the time.
  EXPECT_EQ(Dates("2019/10/10(木) 7:51配信"), "2019-10-10T07:51:00");
  EXPECT_EQ(Dates("2019年10月10日(木) 7時51分"), "2019-10-10T07:51:00");
  EXPECT_EQ(Dates("2019年10月10日（四）07:51"), "2019-10-10T07:51:00");
  EXPECT_EQ(Dates("2019년 10월 10일(목) 07:51"), "2019-10-10T07:51:00");
  // Another word in brackets is not a weekday.
  EXPECT_EQ(Dates("2019/10/10(株) 7:51"), "2019-10-10");
}

TEST(FindTextDatesTest, DigitsOfOtherScripts) {
  EXPECT_EQ(Dates("١٠ أكتوبر ٢٠١٩"), "2019-10-10");
  EXPECT_EQ(Dates("२०१९-१०-१०"), "2019-10-10");
  EXPECT_EQ(Dates("２０１９年１０月１０日"), "2019-10-10");
}

TEST(FindTextDatesTest, OtherCalendars) {
  // 10 Mehr 1402 in the Solar Hijri calendar.
  EXPECT_EQ(Dates("١٠ مهر ١٤٠٢", "fa"), "2023-10-02");
  EXPECT_EQ(Dates("۱۴۰۲/۰۷/۱۸", "fa"), "2023-10-10");
  // Thai pages count years in the Buddhist era.
  EXPECT_EQ(Dates("10 ตุลาคม 2562", "th"), "2019-10-10");
}

TEST(FindTextDatesTest, TimesAfterTheDate) {
  EXPECT_EQ(Dates("10. Oktober 2019, 07:51 Uhr"), "2019-10-10T07:51:00");
  EXPECT_EQ(Dates("18.10.2019, 15:07 Uhr"), "2019-10-18T15:07:00");
  EXPECT_EQ(Dates("13 mars 2017 à 19 h 18"), "2017-03-13T19:18:00");
  EXPECT_EQ(Dates("Dec. 22, 2016, 6:47 p.m."), "2016-12-22T18:47:00");
  EXPECT_EQ(Dates("Apr 13, 2020 at 4:38 PM"), "2020-04-13T16:38:00");
  EXPECT_EQ(Dates("December 16, 2025 12:15 AM"), "2025-12-16T00:15:00");
  EXPECT_EQ(Dates("on Friday December 19, 2025 @08:00PM"), "2025-12-19T20:00:00");
  EXPECT_EQ(Dates("21.01.2022 - 13:30"), "2022-01-21T13:30:00");
  EXPECT_EQ(Dates("March 4, 2024 8.30pm AEDT"), "2024-03-04T20:30:00+11:00");
  EXPECT_EQ(Dates("Thu 10 Oct 2019 07.51 BST"), "2019-10-10T07:51:00+01:00");
  EXPECT_EQ(Dates("Tue 29 Nov 2016 15.26 EST"), "2016-11-29T15:26:00-05:00");
  // A dotted time after a word that introduces one.
  EXPECT_EQ(Dates("5. marts 2024 kl. 15.45"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("5.3.2024 klo 15.45"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("5. März 2024 um 15.45"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("5 marzo 2024 ore 15.45"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("di 5 mrt 2024, 15.45 uur"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("Atualizado em 05/03/2024 às 15h45"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("5 марта 2024, 15:45 МСК"), "2024-03-05T15:45:00+03:00");
  // Vietnamese "lúc" (at) and "ngày" (day) join a time before the date.
  EXPECT_EQ(Dates("Cập nhật lúc 15:45 ngày 05/03/2024", "vi"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("Thứ Ba, ngày 05/03/2024 15:45", "vi"), "2024-03-05T15:45:00");
  // Korean, Chinese and Japanese put AM or PM before the time.
  EXPECT_EQ(Dates("입력 2024.03.05. 오후 3:45", "ko"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("2024.03.05 오전 9:10", "ko"), "2024-03-05T09:10:00");
  EXPECT_EQ(Dates("2024年3月5日 下午3:45", "zh"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("2024年3月5日 午後3時45分", "ja"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("2024年3月5日 上午 12:30", "zh"), "2024-03-05T00:30:00");
  // Arabic writes PM and AM as "م" / "مساءً" and "ص" / "صباحاً".
  EXPECT_EQ(Dates("الثلاثاء 05 مارس 2024 03:45 م", "ar"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("05 مارس 2024 - 03:45 مساءً", "ar"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("05 مارس 2024 10:15 ص", "ar"), "2024-03-05T10:15:00");
  EXPECT_EQ(Dates("5 مارس 2024م", "ar"), "2024-03-05");
  // Turkish time, "Türkiye saati".
  EXPECT_EQ(Dates("5 Mart 2024 15:45 TSİ", "tr"), "2024-03-05T15:45:00+03:00");
  EXPECT_EQ(Dates("5 Mart 2024 15:45 TSI", "tr"), "2024-03-05T15:45:00+03:00");
  // Czech and Slovak dotted dates with a space after each dot.
  EXPECT_EQ(Dates("5. 3. 2024 15:45", "cs"), "2024-03-05T15:45:00");
  EXPECT_EQ(Dates("Kapitola 5. 3. 1. a 2024", "cs"), "none");
  // A dotted number without a zone, hour mark, am/pm or such a word is not
  // a time.
  EXPECT_EQ(Dates("Oct 10, 2019 07.51"), "2019-10-10");
  EXPECT_EQ(Dates("2025-12-19T15:55:39-08:00"), "2025-12-19T15:55:39-08:00");
  // A number after the date is not a time without a colon or am/pm.
  EXPECT_EQ(Dates("Oct 20, 2025 1479 views"), "2025-10-20");
}

TEST(FindTextDatesTest, TimesBeforeTheDate) {
  EXPECT_EQ(Dates("Published 3:45 PM EST, Tue March 5, 2024"), "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(Dates("04:25:06 PM IST Apr 08, 2020"), "2020-04-08T16:25:06+05:30");
  EXPECT_EQ(Dates("Mon Aug 03 12:45:00 EDT 2015"), "2015-08-03T12:45:00-04:00");
}

TEST(FindTextDatesTest, ZoneNamesBecomeOffsets) {
  EXPECT_EQ(Dates("Oct 10, 2019, 07:51 IST"), "2019-10-10T07:51:00+05:30");
  EXPECT_EQ(Dates("Oct 10, 2019, 07:51 IST", "en", "IE"), "2019-10-10T07:51:00+01:00");
  EXPECT_EQ(Dates("Oct 10, 2019, 07:51 IST", "he"), "2019-10-10T07:51:00+02:00");
  EXPECT_EQ(Dates("10. Oktober 2019, 07:51 Uhr MESZ"), "2019-10-10T07:51:00+02:00");
  EXPECT_EQ(Dates("January 2, 2025, 9:06am CST"), "2025-01-02T09:06:00-06:00");
  EXPECT_EQ(Dates("2 January 2025 09:06 CST", "zh"), "2025-01-02T09:06:00+08:00");
  EXPECT_EQ(Dates("Dec 15, 2016 2:57 PM UTC"), "2016-12-15T14:57:00+00:00");
  EXPECT_EQ(Dates("15 May 2020 10:00 (GMT+5:30)"), "2020-05-15T10:00:00+05:30");
  EXPECT_EQ(Dates("15 May 2020 10:00 +0200"), "2020-05-15T10:00:00+02:00");
  EXPECT_EQ(Dates("4 March 2024 08:30 AEDT"), "2024-03-04T08:30:00+11:00");
  EXPECT_EQ(Dates("4 March 2024 08:30 JST"), "2024-03-04T08:30:00+09:00");
  EXPECT_EQ(Dates("4 March 2024 08:30 KST"), "2024-03-04T08:30:00+09:00");
  EXPECT_EQ(Dates("4 March 2024 08:30 BST"), "2024-03-04T08:30:00+01:00");
  EXPECT_EQ(Dates("4 March 2024 08:30 CET"), "2024-03-04T08:30:00+01:00");
  // Generic names follow daylight saving time on that day.
  EXPECT_EQ(Dates("Dec. 22, 2016 5:00 a.m. PT"), "2016-12-22T05:00:00-08:00");
  EXPECT_EQ(Dates("July 4, 2016 5:00 p.m. ET"), "2016-07-04T17:00:00-04:00");
  // A US zone says a slashed date is written month first, whatever the
  // page declares (here nothing).
  EXPECT_EQ(Dates("1/10/2008, 3:50 a.m. EST"), "2008-01-10T03:50:00-05:00");
  EXPECT_EQ(Dates("1/10/2008, 3:50 CET"), "2008-10-01T03:50:00+01:00");
  EXPECT_EQ(Dates("1.10.2008, 3:50 EST"), "2008-10-01T03:50:00-05:00");
  // Lower case "ist" is a German word, not a zone.
  EXPECT_EQ(Dates("am 3. März 2021 um 10:00 ist"), "2021-03-03T10:00:00");
}

TEST(FindTextDatesTest, SeveralDatesInOrder) {
  EXPECT_EQ(Dates("Posted on Nov 21, 2018 Updated at Dec 10, 2025"), "2018-11-21 | 2025-12-10");
}

TEST(FindTextDatesTest, MarksAWeekday) {
  TextDateOptions options;
  const auto dates = FindTextDates("Tuesday, March 5, 2024", options);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].weekday);
  EXPECT_FALSE(FindTextDates("March 5, 2024", options)[0].weekday);
}

TEST(ParseTextDateTest, MachineValuesThatAreNotIso) {
  TextDateOptions options;
  EXPECT_EQ(ParseTextDate("Wed, 04 May 2022 02:41:00 GMT", options)->ToIso(),
            "2022-05-04T02:41:00+00:00");
  EXPECT_EQ(ParseTextDate("Feb 08, 2022", options)->ToIso(), "2022-02-08");
  EXPECT_FALSE(ParseTextDate("Please enter a valid date.", options));
}

}  // namespace
}  // namespace newsift::metadata

namespace newsift::metadata {
namespace {

// Hostile text: every result is still a valid calendar date, and the
// parser neither crashes nor hangs on long runs of date-like tokens.
TEST(FindTextDatesTest, GarbageGivesOnlyValidDates) {
  static constexpr std::string_view kPieces[] = {
      "1",  "31", "2019", "12",  "-", "/",  ".", ":",  " ", "Oct", "März", "年",  "月",
      "日", "pm", "a.m.", "IST", "+", "05", "T", "de", "(", ")",   "١٠",   "Uhr", "99999"};
  uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 300; ++i) {
      state = state * 1103515245u + 12345u;
      text.append(kPieces[(state >> 16) % std::size(kPieces)]);
    }
    TextDateOptions options;
    for (const TextDate& d : FindTextDates(text, options)) {
      EXPECT_TRUE(IsValidCivilDate(d.value.date)) << text;
      EXPECT_LE(d.begin, d.end);
      EXPECT_LE(d.end, text.size());
    }
  }
  const std::string long_run(1 << 20, '1');
  EXPECT_TRUE(FindTextDates(long_run, {}).empty());
}

}  // namespace
}  // namespace newsift::metadata
