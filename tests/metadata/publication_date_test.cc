#include "newsift/metadata/publication_date.h"

#include <gtest/gtest.h>

#include "newsift/metadata/headline.h"

namespace newsift::metadata {
namespace {

constexpr std::string_view kBody =
    "<p>The council met on Tuesday evening and argued for more than four hours about the "
    "harbour wall, the ferry timetable and who should pay for the new lights.</p>"
    "<p>In the end the budget passed by a narrow margin, with two members abstaining and the "
    "mayor casting the deciding vote after midnight.</p>";

struct Dates {
  std::string date;
  std::string modified;
  size_t consumed = 0;
};

// `head` goes into <head>, `article` into <body><article>.
Dates Find(std::string_view head, std::string_view article, std::string_view url = "",
           CivilDate today = {2026, 1, 1}) {
  const std::string html = "<html lang=en><head>" + std::string(head) + "</head><body><article>" +
                           std::string(article) + std::string(kBody) + "</article></body></html>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const JsonLd json_ld = ParseJsonLd(meta.json_ld);
  DateContext context;
  if (!url.empty()) context.url = std::string(url);
  context.bounds.latest = today;
  context.headline = FindHeadline(doc.value(), content, meta, json_ld).node;
  const PublicationDates found = FindPublicationDates(doc.value(), content, meta, json_ld, context);
  return {found.published ? found.published->ToIso() : "none",
          found.modified ? found.modified->ToIso() : "none", found.consumed.size()};
}

constexpr std::string_view kJsonLd =
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Harbour Times\"},{\"@type\":\"NewsArticle\","
    "\"headline\":\"Council passes budget\",\"datePublished\":\"2024-03-05T15:45:00-05:00\","
    "\"dateModified\":\"2024-03-07T09:00:00-05:00\"}]}</script>";

TEST(FindPublicationDatesTest, JsonLdWhenNothingIsShown) {
  const Dates d = Find(kJsonLd, "<h1>Council passes budget</h1>");
  EXPECT_EQ(d.date, "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(d.modified, "2024-03-07T09:00:00-05:00");
}

TEST(FindPublicationDatesTest, VisibleDateMadePreciseByTheSameDay) {
  const Dates d = Find(kJsonLd, "<h1>Council passes budget</h1><p class=byline>March 5, 2024</p>");
  EXPECT_EQ(d.date, "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(d.consumed, 1u);  // the dateline is not body text
}

TEST(FindPublicationDatesTest, DatelineCutFromALargerElementAndItsCopiesAreConsumed) {
  // The dateline opens the story's <div>, cut from its text by <br>: the
  // classifier's block for it is named by its first text node.
  Result<dom::Document> doc = dom::ParseHtml(
      "<html><body><div class=story><h1>Council passes budget</h1>Fri, January 18, 2008<br>" +
      std::string(kBody) + "</div></body></html>");
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const JsonLd json_ld = ParseJsonLd(meta.json_ld);
  DateContext context;
  context.headline = FindHeadline(doc.value(), content, meta, json_ld).node;
  const PublicationDates found = FindPublicationDates(doc.value(), content, meta, json_ld, context);
  ASSERT_TRUE(found.published.has_value());
  EXPECT_EQ(found.published->ToIso(), "2008-01-18");
  ASSERT_EQ(found.consumed.size(), 1u);
  EXPECT_TRUE(doc.value().node(found.consumed[0]).is_text());
  EXPECT_EQ(doc.value().text(found.consumed[0]), "Fri, January 18, 2008");
  // Responsive layouts repeat the dateline: every copy goes.
  const Dates copies =
      Find("", "<h1>Council passes budget</h1><p>Jan 13, 2025</p><p>Jan 13, 2025</p>");
  EXPECT_EQ(copies.date, "2025-01-13");
  EXPECT_EQ(copies.consumed, 2u);
}

TEST(FindPublicationDatesTest, VisibleDateWinsOverAnotherMachineDay) {
  // Site builders often stamp JSON-LD with the page's build date.
  const Dates d = Find(
      "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Council "
      "passes budget\",\"datePublished\":\"Jun 24, 2025\"}</script>",
      "<h1>Council passes budget</h1><p>Jane Doe · August 25, 2024</p>");
  EXPECT_EQ(d.date, "2024-08-25");
}

TEST(FindPublicationDatesTest, PublishedAndUpdatedBothShown) {
  const Dates d = Find("",
                       "<h1>Council passes budget</h1><p>Updated 6:10 PM EST, March 6, 2024</p>"
                       "<p>Published 3:45 PM EST, March 5, 2024</p>");
  EXPECT_EQ(d.date, "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(d.modified, "2024-03-06T18:10:00-05:00");
}

TEST(FindPublicationDatesTest, OnlyTheUpdateIsShown) {
  // The publication date comes from the metadata, the update from the page.
  const Dates d = Find("<meta property=\"article:published_time\" content=\"2024-03-01\">",
                       "<h1>Council passes budget</h1><p>Last updated: March 7, 2024</p>");
  EXPECT_EQ(d.date, "2024-03-01");
  EXPECT_EQ(d.modified, "2024-03-07");
  // Without a publication date anywhere, the update date is the best there is.
  const Dates only = Find("", "<h1>Council passes budget</h1><p>Last updated: March 7, 2024</p>");
  EXPECT_EQ(only.date, "2024-03-07");
  EXPECT_EQ(only.modified, "2024-03-07");
}

TEST(FindPublicationDatesTest, ImpossibleDatesAreRejected) {
  // In the future of --now, and before 1990: the URL's date remains.
  const Dates d = Find(
      "<meta property=\"article:published_time\" content=\"2027-03-01\">"
      "<meta name=\"dc.date\" content=\"1989-11-09\">",
      "<h1>Council passes budget</h1><p>Published March 1, 2027</p>",
      "https://harbour.example/news/2025/11/30/council-budget");
  EXPECT_EQ(d.date, "2025-11-30");
}

TEST(FindPublicationDatesTest, PublicationAfterEveryUpdateLosesToAnother) {
  // A build stamp named "published-time" beside the real dates.
  const Dates d = Find(
      "<meta name=\"published-time\" content=\"2025-03-09T08:45:32Z\">"
      "<meta name=\"modified-date\" content=\"2024-07-30\">"
      "<meta name=\"published-date\" content=\"2021-02-16\">",
      "<h1>Council passes budget</h1>");
  EXPECT_EQ(d.date, "2021-02-16");
  EXPECT_EQ(d.modified, "2024-07-30");
}

TEST(FindPublicationDatesTest, ShownUpdateBeforeTheMachinePublicationWins) {
  const Dates d = Find(
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Council "
      "passes budget\",\"datePublished\":\"2025-11-13T09:21:40\"}</script>",
      "<h1>Council passes budget</h1><p>Page updated: 12 November 2025</p>");
  EXPECT_EQ(d.date, "2025-11-12");
  EXPECT_EQ(d.modified, "2025-11-12");
}

TEST(FindPublicationDatesTest, ShownUpdateTakesTheTimeOfTheMachineUpdate) {
  const Dates d = Find(
      "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+01:00\">"
      "<meta property=\"article:modified_time\" content=\"2024-03-05T15:30:00+01:00\">",
      "<h1>Council passes budget</h1><p>Updated March 5, 2024</p>");
  EXPECT_EQ(d.date, "2024-03-05T10:00:00+01:00");
  EXPECT_EQ(d.modified, "2024-03-05T15:30:00+01:00");
}

TEST(FindPublicationDatesTest, SaveStampLosesToAPublicationLabelledBelowTheStory) {
  // datePublished and dateModified are the same instant: the last save.
  // The first publication is stated under the story, past the dateline.
  const std::string story =
      "<h1>Council passes budget</h1>"
      "<p>The ferry company asked the council for a new pier last spring, and the request "
      "has been on the agenda of every meeting since then.</p>"
      "<p>Residents of the north shore filled the public gallery and several of them spoke "
      "against the plan before the vote was taken.</p>"
      "<p>The harbour master said the work could start in the autumn if the weather allowed "
      "it and the contractor kept to the schedule.</p>"
      "<div class=foot>Published <time datetime=\"2024-02-12\">February 12, 2024</time></div>";
  const std::string stamp =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
      "\"NewsArticle\",\"headline\":"
      "\"Council passes budget\",\"datePublished\":\"2024-03-07T09:00:00-05:00\","
      "\"dateModified\":\"2024-03-07T09:00:00-05:00\"}</script>";
  Dates d = Find(stamp, story);
  EXPECT_EQ(d.date, "2024-02-12");
  EXPECT_EQ(d.modified, "2024-03-07T09:00:00-05:00");
  // A publication date distinct from the update is the page's own word.
  std::string distinct = stamp;
  distinct.replace(distinct.find("2024-03-07T09"), 13, "2024-03-01T08");
  d = Find(distinct, story);
  EXPECT_EQ(d.date, "2024-03-01T08:00:00-05:00");
}

TEST(FindPublicationDatesTest, NoteOfTheFirstPublicationMakesTheDatelineAnUpdate) {
  const std::string dateline = "<h1>Council passes budget</h1><p class=meta>30 Sep 2022</p>";
  Dates d = Find("", dateline +
                         "<p class=note>This guide was originally published on 14 May 2019 at "
                         "9:30am and has since been updated twice.</p>");
  EXPECT_EQ(d.date, "2019-05-14T09:30:00");
  EXPECT_EQ(d.modified, "2022-09-30");
  d = Find("", dateline +
                   "<p><em>Ursprünglich veröffentlicht am 14. Mai 2019, zuletzt aktualisiert "
                   "im September 2022.</em></p>");
  EXPECT_EQ(d.date, "2019-05-14");
  // The phrase in an element of its own, the date and the update beside it.
  d = Find("", dateline +
                   "<div class=note><p><em>First published on</em> <time>14 May 2019</time>. "
                   "Updated for the new fares.</p></div>");
  EXPECT_EQ(d.date, "2019-05-14");
  // Without the update it may be a syndication credit: the dateline stays.
  d = Find("", dateline +
                   "<p class=note>Originally published on 14 May 2019 by the Valley "
                   "Courier.</p>");
  EXPECT_EQ(d.date, "2022-09-30");
  // A labelled dateline is the page's own word.
  d = Find("",
           "<h1>Council passes budget</h1><p class=meta>Published 30 Sep 2022</p>"
           "<p class=note>This guide was originally published on 14 May 2019 and has since "
           "been updated twice.</p>");
  EXPECT_EQ(d.date, "2022-09-30");
}

TEST(FindPublicationDatesTest, ModifiedBeforePublishedIsDropped) {
  const Dates d = Find(
      "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+00:00\">"
      "<meta property=\"article:modified_time\" content=\"2024-03-04T10:00:00+00:00\">",
      "<h1>Council passes budget</h1>");
  EXPECT_EQ(d.date, "2024-03-05T10:00:00+00:00");
  EXPECT_EQ(d.modified, "none");
}

TEST(FindPublicationDatesTest, LocalTimeBesideUtcGivesTheOffset) {
  const Dates d =
      Find("<meta property=\"article:published_time\" content=\"2016-12-23T00:47:31Z\">",
           "<h1>Council passes budget</h1><p>Published: Dec. 22, 2016, 6:47 p.m.</p>");
  EXPECT_EQ(d.date, "2016-12-22T18:47:31-06:00");
}

TEST(FindPublicationDatesTest, NoOffsetWestOfUtcMinusTwelve) {
  // 05:33 shown beside 19:33 UTC the same day would be UTC-14, where no
  // zone is: the shown time is in some other, unknown zone.
  const Dates d =
      Find("<meta property=\"article:published_time\" content=\"2020-04-07T19:33:32Z\">",
           "<h1>Council passes budget</h1><p>Published: 05:33, 7 April 2020</p>");
  EXPECT_EQ(d.date, "2020-04-07T05:33:00");
}

TEST(FindPublicationDatesTest, LatestShownUpdateIsTheUpdate) {
  // A wiki's comparison of two revisions shows the older one first.
  const Dates d = Find("",
                       "<h1>Council passes budget</h1><div>Published: 2 March 2024</div>"
                       "<div>Revision as of 6 March 2024</div><div>Latest revision as of 8 "
                       "March 2024</div>");
  EXPECT_EQ(d.date, "2024-03-02");
  EXPECT_EQ(d.modified, "2024-03-08");
}

TEST(FindPublicationDatesTest, AmbiguousNumericDateSettledByMetadata) {
  const Dates d = Find("<meta property=\"article:published_time\" content=\"2024-09-10\">",
                       "<h1>Council passes budget</h1><p>09.10.2024</p>");
  EXPECT_EQ(d.date, "2024-09-10");
}

TEST(FindPublicationDatesTest, AmbiguousNumericDateSettledByAnotherTimeElement) {
  // The sidebar lists the article itself with an ISO datetime.
  const Dates d = Find("",
                       "<h1>Council passes budget</h1><p><time datetime=\"02-12-2025\">"
                       "02-12-2025</time></p>" +
                           std::string(kBody) +
                           "<div class=recent-posts><h4><a href=/x>Council passes budget</a>"
                           "</h4><time datetime=\"2025-12-02\">December 02, 2025</time></div>");
  EXPECT_EQ(d.date, "2025-12-02");
}

TEST(FindPublicationDatesTest, AmbiguousNumericDateSettledByTheUrl) {
  const Dates d = Find("", "<h1>Council passes budget</h1><p>03/10/2023</p>",
                       "https://harbour.example/blog/2023/october/03/council-budget");
  EXPECT_EQ(d.date, "2023-10-03");
}

TEST(FindPublicationDatesTest, NonIsoMetaValues) {
  EXPECT_EQ(Find("<meta name=\"article:published_time\" content=\"Mon Aug 03 12:45:00 EDT "
                 "2015\">",
                 "<h1>Council passes budget</h1>")
                .date,
            "2015-08-03T12:45:00-04:00");
  EXPECT_EQ(Find("<meta name=\"sailthru.date\" value=\"Thursday, December 22, 2016, 06:47 PM\">",
                 "<h1>Council passes budget</h1>")
                .date,
            "2016-12-22T18:47:00");
}

TEST(FindPublicationDatesTest, CopyrightAndScriptsAreNotDates) {
  const Dates d = Find("<script>var published = '2019-10-10';</script>",
                       "<h1>Council passes budget</h1><footer>© 2019 Harbour Times</footer>");
  EXPECT_EQ(d.date, "none");
  const Dates footer = Find("", "<h1>Council passes budget</h1>" + std::string(kBody) +
                                    "<p>Copyright © 19.12.2019 - 12:14 h by Harbour Times</p>");
  EXPECT_EQ(footer.date, "none");
}

TEST(FindPublicationDatesTest, DeepNestingAndManyDatesStayCheap) {
  std::string article = "<h1>Council passes budget</h1>";
  for (int i = 0; i < 400; ++i) article += "<span>";
  for (int i = 0; i < 2000; ++i) article += "<p>Posted on March 5, 2024</p>";
  for (int i = 0; i < 400; ++i) article += "</span>";
  const Dates d = Find("", article);
  EXPECT_EQ(d.date, "2024-03-05");
}

TEST(FindPublicationDatesTest, ShownDayDoesNotTakeTheTimeOfAnUpdate) {
  // The shown day is the update's day; the publication's own timestamp is
  // the day before in UTC (the same day where the page is): the update's
  // time is not the publication's.
  const Dates d = Find(
      "<meta property='article:published_time' content='2025-12-02T23:00:55+00:00'>"
      "<meta property='article:modified_time' content='2025-12-03T21:31:05+00:00'>",
      "<h1>Council passes budget</h1><p class=meta>Published: 03 Dec 2025</p>");
  EXPECT_EQ(d.date, "2025-12-03");
  EXPECT_EQ(d.modified, "2025-12-03T21:31:05+00:00");
  // Without a timed publication date the update's timestamp of the shown
  // day still makes it precise.
  const Dates e =
      Find("<meta property='article:modified_time' content='2025-12-03T21:31:05+00:00'>",
           "<h1>Council passes budget</h1><p class=meta>Published: 03 Dec 2025</p>");
  EXPECT_EQ(e.date, "2025-12-03T21:31:05+00:00");
}

// A "Latest news" box below the story lists the story itself: its date
// there is all the page says about when it appeared.
std::string WithLatestNews(std::string_view items) {
  return "<html lang=de><head><title>Hafengebühren steigen</title></head><body><article>"
         "<h1>Hafengebühren steigen</h1>" +
         std::string(kBody) + std::string(kBody) + std::string(kBody) +
         "</article><div class=latest><h3>Neueste Meldungen</h3>" + std::string(items) +
         "</div></body></html>";
}

std::string DateOfPage(const std::string& html, std::string_view url) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const JsonLd json_ld = ParseJsonLd(meta.json_ld);
  DateContext context;
  context.url = std::string(url);
  context.bounds.latest = CivilDate{2026, 1, 1};
  context.headline = FindHeadline(doc.value(), content, meta, json_ld).node;
  const PublicationDates found = FindPublicationDates(doc.value(), content, meta, json_ld, context);
  return found.published ? found.published->ToIso() : "none";
}

TEST(FindPublicationDatesTest, DateOfALinkToThePageItself) {
  const std::string html = WithLatestNews(
      "<a href='/schulweg-gesperrt'><small>09.11.2021</small><h2>Schulweg gesperrt</h2></a>"
      "<a href='/hafengebuehren-steigen/'><small>10.11.2021</small>"
      "<h2>Hafengebühren steigen</h2></a>");
  EXPECT_EQ(DateOfPage(html, "https://www.example.org/hafengebuehren-steigen"), "2021-11-10");
  // Only the page's own link counts; a home page is linked from everywhere.
  EXPECT_EQ(DateOfPage(html, "https://www.example.org/andere-meldung"), "none");
  EXPECT_EQ(DateOfPage(WithLatestNews("<a href='/'><span>10.11.2021</span> Start</a>"),
                       "https://example.org/"),
            "none");
}

TEST(FindPublicationDatesTest, LinksToThePageWithDifferentDatesGiveNone) {
  const std::string html = WithLatestNews(
      "<p><a href='/hafengebuehren-steigen'>Hafengebühren steigen</a> 10.11.2021</p>"
      "<p><a href='/hafengebuehren-steigen'>Hafengebühren steigen</a> 12.11.2021</p>");
  EXPECT_EQ(DateOfPage(html, "https://example.org/hafengebuehren-steigen"), "none");
}

TEST(FindPublicationDatesTest, ShownRevisionIsAnUpdate) {
  // A wiki page names the revision it shows; its first version is the
  // publication date.
  const Dates d = Find(kJsonLd,
                       "<h1>Council passes budget</h1><div>Revision as of 07:47, 6 March "
                       "2024</div>");
  EXPECT_EQ(d.date, "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(d.modified, "2024-03-06T07:47:00");
}

}  // namespace
}  // namespace newsift::metadata
