#include "newsift/metadata/dateline.h"

#include <gtest/gtest.h>

#include "newsift/metadata/headline.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {
namespace {

constexpr std::string_view kBody =
    "<p>The council met on Tuesday evening and argued for more than four hours about the "
    "harbour wall, the ferry timetable and who should pay for the new lights.</p>"
    "<p>In the end the budget passed by a narrow margin, with two members abstaining and the "
    "mayor casting the deciding vote after midnight.</p>";

const char* RoleName(DateRole role) {
  switch (role) {
    case DateRole::kPublished:
      return "published";
    case DateRole::kModified:
      return "modified";
    case DateRole::kOther:
      return "other";
    case DateRole::kUnlabelled:
      break;
  }
  return "unlabelled";
}

// "ISO role" for every dateline date of `html`, around its headline.
std::string Datelines(const std::string& html, std::string_view language = "en") {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const Headline headline = FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld));
  TextDateOptions options;
  options.locale.language = std::string(language);
  options.month_first = language == "en";
  std::string out;
  for (const DatelineDate& d : FindDatelineDates(doc.value(), content, headline.node, options)) {
    if (!out.empty()) out += " | ";
    out += d.value.ToIso() + " " + RoleName(d.role);
    if (d.before_headline) out += " above";
  }
  return out.empty() ? "none" : out;
}

// The ordinary "published" / "updated" words of more languages.
TEST(RoleOfLabelTest, MoreLanguages) {
  EXPECT_EQ(RoleOfLabel("Aktualizacja:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Aktualizace:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Son güncelleme:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Diterbitkan:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Dipublikasikan"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Diperbarui:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Cập nhật lúc"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("פורסם:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("עודכן:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("نشر في:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("آخر تحديث:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("प्रकाशित:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("अपडेटेड:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Δημοσιεύθηκε:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Ενημερώθηκε:"), DateRole::kModified);
}

TEST(RoleOfLabelTest, Languages) {
  EXPECT_EQ(RoleOfLabel("Published"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("First published on"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Last Updated:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("By Jane Doe | Updated"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Veröffentlicht am"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Aktualisiert am"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Publié le"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Mis à jour le"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Mis en ligne le"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Actualizado:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Opublikowano:"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("Обновлено"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("公開日："), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("最終更新日："), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("입력"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("| 수정"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("By Jane Doe"), DateRole::kUnlabelled);
  EXPECT_EQ(RoleOfLabel("Letzte Änderung:"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("Written by"), DateRole::kPublished);
  // Dates of other things.
  EXPECT_EQ(RoleOfLabel("Termin:"), DateRole::kOther);
  EXPECT_EQ(RoleOfLabel("Erscheinungsdatum:"), DateRole::kOther);
  EXPECT_EQ(RoleOfLabel("Deadline:"), DateRole::kOther);
  EXPECT_EQ(RoleOfLabel("Since"), DateRole::kOther);  // "Since 1st March, 1999"
  EXPECT_EQ(RoleOfLabel("depuis le"), DateRole::kOther);
  // A word that merely starts like a label is not one.
  EXPECT_EQ(RoleOfLabel("Bestand"), DateRole::kUnlabelled);
  EXPECT_EQ(RoleOfLabel("Public Health"), DateRole::kUnlabelled);
}

TEST(RoleOfLabelTest, RevisionsAndDistribution) {
  // A wiki shows the revision it displays: a change, not the first version.
  EXPECT_EQ(RoleOfLabel("Revision as of"), DateRole::kModified);
  EXPECT_EQ(RoleOfLabel("page revision: 4, last edited:"), DateRole::kModified);
  // Japanese "配信" (distributed): when a story went out.
  EXPECT_EQ(RoleOfLabel("配信日"), DateRole::kPublished);
  EXPECT_EQ(RoleOfLabel("配信開始日"), DateRole::kPublished);
}

TEST(FindDatelineDatesTest, PublishedAndUpdatedOnOneLine) {
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><p class=meta>Published 3:45 PM "
                      "EST, Tue March 5, 2024 · Updated 6:10 PM EST, Tue March 5, 2024</p>" +
                      std::string(kBody) + "</article>"),
            "2024-03-05T15:45:00-05:00 published | 2024-03-05T18:10:00-05:00 modified");
}

TEST(FindDatelineDatesTest, TimeElementGivesItsPreciseValue) {
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><div>By Jane Doe "
                      "<time datetime=\"2024-03-05T15:45:00-05:00\">March 5, 2024</time></div>" +
                      std::string(kBody) + "</article>"),
            "2024-03-05T15:45:00-05:00 unlabelled");
  // The label may sit inside the <time> element.
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><div><time class=\"entry-date "
                      "published\" datetime=\"2024-03-07\"><b>Last Updated:</b> March 7, "
                      "2024</time></div>" +
                      std::string(kBody) + "</article>"),
            "2024-03-07 modified");
  // When the text shows another day, the reader's day wins.
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><div><time "
                      "datetime=\"2024-03-06T02:00:00Z\">March 5, 2024</time></div>" +
                      std::string(kBody) + "</article>"),
            "2024-03-05 unlabelled");
}

TEST(FindDatelineDatesTest, ClassNamesGiveTheRole) {
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><span class=updated-on>"
                      "<time class=\"entry-date published updated\">7 March 2024</time></span>" +
                      std::string(kBody) + "</article>"),
            "2024-03-07 modified");
}

TEST(FindDatelineDatesTest, DatesInProseQuotesAndRelatedStoriesAreNotDatelines) {
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1>" + std::string(kBody) +
                      "<p>The next vote is due on April 15, 2024, when the council meets "
                      "again.</p><blockquote class=twitter-tweet>Big night — Jane Roe (@jroe) "
                      "March 5, 2024</blockquote></article><div class=related-stories><ul><li>"
                      "<a href=/x>Harbour wall repairs begin</a> March 1, 2024</li></ul></div>"),
            "none");
}

TEST(FindDatelineDatesTest, KickerAboveTheHeadline) {
  EXPECT_EQ(Datelines("<header class=site><p>Saturday, 9 March 2024</p><nav><a href=/>Home</a>"
                      "</nav></header><article><p class=kicker>Politics · March 5, 2024</p>"
                      "<h1>Council passes budget</h1>" +
                      std::string(kBody) + "</article>"),
            "2024-03-05 unlabelled above");
  // The site header's "today's date" is never read.
  EXPECT_EQ(Datelines("<header class=site><p>Saturday, 9 March 2024</p></header><article>"
                      "<h1>Council passes budget</h1>" +
                      std::string(kBody) + "</article>"),
            "none");
  // Nor is <head>, where the title and a short JSON-LD script are text.
  EXPECT_EQ(Datelines("<html><head><title>Digest, March 9, 2024</title><script "
                      "type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                      "\"dateModified\":\"2024-03-07\"}</script></head><body>"
                      "<h1>Council passes budget</h1>" +
                      std::string(kBody) + "</body></html>"),
            "none");
}

TEST(FindDatelineDatesTest, OtherLanguages) {
  EXPECT_EQ(Datelines("<article><h1>Stadtrat beschließt Haushalt</h1><p>Von Anna Schmidt, "
                      "10. Oktober 2019, 07:51 Uhr</p>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "2019-10-10T07:51:00 unlabelled");
  EXPECT_EQ(Datelines("<article><h1>台風で新幹線が運休</h1><p>2019年10月10日 07時51分 公開</p>" +
                          std::string(kBody) + "</article>",
                      "ja"),
            "2019-10-10T07:51:00 published");
}

TEST(FindDatelineDatesTest, AgencyDatelineOpeningTheFirstParagraph) {
  EXPECT_EQ(Datelines("<article><h1>Stadtrat beschließt Haushalt</h1><p>Von Anna Schmidt</p>"
                      "<p>27.1.2022 - Nach mehr als sechs Stunden Debatte hat der Stadtrat am "
                      "Donnerstagabend den Haushalt für das kommende Jahr verabschiedet.</p>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "2022-01-27 unlabelled");
  EXPECT_EQ(Datelines("<article><h1>Gardens make villages self-reliant</h1><p>RAJSHAHI, Dec "
                      "20, 2025 (BSS) - Homestead gardening has been contributing to making rural "
                      "communities more self-reliant.</p>" +
                      std::string(kBody) + "</article>"),
            "2025-12-20 unlabelled");
  // A date later in the sentence is what the story is about.
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><p>The council said the "
                      "next vote will be held on March 5, 2024 - the last day of the session, "
                      "after the spring recess.</p>" +
                      std::string(kBody) + "</article>"),
            "none");
}

TEST(FindDatelineDatesTest, ResponsiveHiddenClassesStillShow) {
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><div class=hidden-xs><span "
                      "class=date>05.03.2024</span></div>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "2024-03-05 unlabelled");
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><div class=hidden><span "
                      "class=date>05.03.2024</span></div>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "none");
}

TEST(FindDatelineDatesTest, NavigationStyledMetaLineBesideTheHeadline) {
  EXPECT_EQ(Datelines("<article><div class=post-info><div class=title><h1>Council passes "
                      "budget</h1></div><ul class=\"nav meta\"><li><a href=/time/2020-10-13>13 "
                      "Oct 2020 18:29</a></li><li>1479</li></ul></div>" +
                      std::string(kBody) + "</article>"),
            "2020-10-13T18:29:00 unlabelled");
}

TEST(FindDatelineDatesTest, MetaBoxesBesideTheHeadline) {
  // An <aside> named as the article's meta box holds its date...
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><p class=intro>The harbour wall "
                      "and the ferry timetable were the two sticking points.</p><aside "
                      "class=meta><p><time datetime=\"2022-01-21\">21.01.2022 - 13:30</time>"
                      "</p><p>Source: Rathaus</p></aside>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "2022-01-21T13:30:00 unlabelled");  // the text has the time the attribute lacks
  // A small aside holding an element named as the meta line.
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><aside class=col><ul><li "
                      "class=category>Hintergrund</li><li class=content__meta__date>19.07.2022"
                      "</li><li>Lesedauer ca. 10 Minuten</li></ul></aside>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "2022-07-19 unlabelled");
  // ... other asides hold other stories' dates.
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><aside><p>Budget vote "
                      "postponed</p><p>21.01.2022</p></aside>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "none");
  // A newsletter issue's details, named as a newsletter box.
  EXPECT_EQ(Datelines("<article><div class=wrap><div class=title><h1>Council passes budget</h1>"
                      "</div><div class=newsletter-details><p>November 2, 2022</p><p>|</p>"
                      "<p>This newsletter is sponsored by Acme</p></div></div>" +
                      std::string(kBody) + "</article>"),
            "2022-11-02 unlabelled");
}

TEST(FindDatelineDatesTest, DatesOfOtherThingsAreNotDatelines) {
  EXPECT_EQ(Datelines("<article><h1>Whisky-Verkostungen im Frühjahr</h1><p>Termin: 21.02.2020, "
                      "19 Uhr</p><p>Erscheinungsdatum: 14.08.2017</p>" +
                          std::string(kBody) + "</article>",
                      "de"),
            "none");
}

TEST(FindDatelineDatesTest, SinceADateIsNotADateline) {
  // A site's slogan under the headline: "Since 1st March, 1999".
  EXPECT_EQ(Datelines("<article><h1>Council passes budget</h1><p>Since 1st March, 1999</p>" +
                      std::string(kBody) + "</article>"),
            "none");
}

TEST(UpdateListHeadingTest, AloneOnly) {
  EXPECT_TRUE(IsUpdateListHeading("Updates"));
  EXPECT_TRUE(IsUpdateListHeading("Updates:"));
  EXPECT_TRUE(IsUpdateListHeading("Change log"));
  EXPECT_TRUE(IsUpdateListHeading("Mises à jour"));
  EXPECT_FALSE(IsUpdateListHeading("M&A Updates"));
  EXPECT_FALSE(IsUpdateListHeading("Live updates"));
}

TEST(FindDatelineDatesTest, WithoutAHeadlineTheRegionStandsIn) {
  // Blogger puts the date header above the post, whose title is an h3.
  EXPECT_EQ(Datelines("<div class=blog-posts><h2 class=date-header><span>Samstag, 5. Oktober "
                      "2013</span></h2><div class=post><h3 class=post-title>Neues Interview</h3>" +
                          std::string(kBody) + std::string(kBody) + "</div></div>",
                      "de"),
            "2013-10-05 unlabelled above");
}

TEST(FindDatelineDatesTest, DayNamedTagIsNoTopicTag) {
  // A German blog's date box: "tag" (day) is not a list of topic tags.
  EXPECT_EQ(Datelines("<div class=beitrag><div class=datum><span class=monat>Mär</span> <span "
                      "class=tag>7</span><span class=jahr>2011</span></div><h1>Neues vom "
                      "Gartenteich</h1>" +
                          std::string(kBody) + "</div>",
                      "de"),
            "2011-03-07 unlabelled above");
}

TEST(FindLabelledDatesTest, LabelOnTheLineBefore) {
  Result<dom::Document> doc =
      dom::ParseHtml("<article><h1>Council passes budget</h1>" + std::string(kBody) +
                     "<div class=dateline><p>Published</p><p class=date>Feb 2, 2023</p></div>"
                     "</article>");
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const std::vector<DatelineDate> dates = FindLabelledDates(doc.value(), content, dom::kNoNode, {});
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value.ToIso(), "2023-02-02");
}

TEST(FindLabelledDatesTest, BylineBelowTheArticle) {
  const std::string html =
      "<div class=hours><h3>Today's hours</h3><p class=date>March 14, 2026</p></div><article>"
      "<h1>Council passes budget</h1>" +
      std::string(kBody) +
      "<div class=\"left author\">Author: Bo2man am 29.12.2010, 13:36 Uhr</div>"
      "<p>Written by Jane Doe</p><p>April 8, 2024</p></article>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const dom::NodeId headline =
      FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld)).node;
  ASSERT_NE(headline, dom::kNoNode);
  TextDateOptions options;
  options.locale.language = "de";
  const std::vector<DatelineDate> dates =
      FindLabelledDates(doc.value(), content, headline, options);
  // The first publication date below the headline; the box above it is
  // not the article's.
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value.ToIso(), "2010-12-29T13:36:00");
  EXPECT_EQ(dates[0].role, DateRole::kPublished);
  // "Written by" on the line before labels the date.
  Result<dom::Document> written =
      dom::ParseHtml("<article><h1>Council passes budget</h1>" + std::string(kBody) +
                     "<div><p>Written by Jane Doe</p><p>April 8, 2024</p></div></article>");
  ASSERT_TRUE(written.ok());
  const classify::Content written_content = classify::ClassifyContent(written.value());
  const std::vector<DatelineDate> written_dates =
      FindLabelledDates(written.value(), written_content, dom::kNoNode, {});
  ASSERT_EQ(written_dates.size(), 1u);
  EXPECT_EQ(written_dates[0].value.ToIso(), "2024-04-08");
}

TEST(FindLabelledDatesTest, FieldLabelElement) {
  // <label> is a form control for the classifier, and a field's label here.
  Result<dom::Document> doc = dom::ParseHtml(
      "<article><h1>Hochauflösende Schneekarten</h1>" + std::string(kBody) +
      "<div class=half><label>Letzte Änderung:</label><div class=content>14.01.2022 um 09:25"
      "</div></div></article>");
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  TextDateOptions options;
  options.locale.language = "de";
  const std::vector<DatelineDate> dates =
      FindLabelledDates(doc.value(), content, dom::kNoNode, options);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value.ToIso(), "2022-01-14T09:25:00");
  EXPECT_EQ(dates[0].role, DateRole::kModified);
}

TEST(FindLabelledDatesTest, LabelledDateBelowTheArticle) {
  Result<dom::Document> doc = dom::ParseHtml(
      "<article><h1>Council passes budget</h1>" + std::string(kBody) +
      "<div class=post-footer><span>Posted on April 13, 2023</span></div></article>");
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const std::vector<DatelineDate> dates = FindLabelledDates(doc.value(), content, dom::kNoNode, {});
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value.ToIso(), "2023-04-13");
  EXPECT_EQ(dates[0].role, DateRole::kPublished);
}

}  // namespace
}  // namespace newsift::metadata
