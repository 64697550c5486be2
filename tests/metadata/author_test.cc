#include "newsift/metadata/author.h"

#include <gtest/gtest.h>

#include "newsift/metadata/headline.h"

namespace newsift::metadata {
namespace {

using Names = std::vector<std::string>;

constexpr std::string_view kBody =
    "<p>The council voted on Tuesday night to build a new library on the site of the old fire "
    "station, ending a debate that has gone on for almost three years in the town.</p>"
    "<p>The building will cost about six million, paid for with a bond approved by voters and a "
    "grant from the state library fund, and work begins next spring.</p>";

// `head` goes into <head>, `body` into <body>.
Names AuthorsOf(std::string head, std::string body) {
  const std::string html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const JsonLd json_ld = ParseJsonLd(meta.json_ld);
  const Headline headline = FindHeadline(doc.value(), content, meta, json_ld);
  return FindAuthors(doc.value(), content, meta, json_ld, headline.node).names;
}

TEST(FindAuthorsTest, JsonLdPersonsNotOrganisations) {
  EXPECT_EQ(AuthorsOf(R"(<script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Library vote","author":[{"@type":"Person","name":"Jane Doe"},
      {"@type":"Organization","name":"Town Crier"}]}</script>)",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            (Names{"Jane Doe"}));
  EXPECT_EQ(AuthorsOf(R"(<script type="application/ld+json">{"@type":"NewsArticle",
      "author":{"@type":"Organization","name":"Town Crier"}}</script>)",
                      "<article><h1>Library vote</h1><p class=byline>By Town Crier Staff</p>" +
                          std::string(kBody) + "</article>"),
            Names{});
}

TEST(FindAuthorsTest, VisibleBylineNearTheHeadlineNotComments) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=byline>By <a rel=author "
                      "href=/a/jd>Jane Doe</a> and <a rel=author href=/a/jr>John Roe</a></div>" +
                          std::string(kBody) +
                          "</article><div class=comments><div class=comment-author>Hans Weber "
                          "says:</div><p>Great news.</p></div>"),
            (Names{"Jane Doe", "John Roe"}));
}

// Korean puts the reporter's role after the name, where "By" would be,
// under the headline or at the article's end; a photographer's credit
// ("사진=...") names no author.
TEST(FindAuthorsTest, KoreanReporterRoleAfterTheName) {
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1><div class=meta>김지현 기자</div>" +
                              std::string(kBody) + "</article>"),
            (Names{"김지현"}));
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<p>김지현 기자 jihyun@example.kr</p></article>"),
            (Names{"김지현"}));
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><figure><img src=a.jpg><figcaption>"
                      "도서관 전경. 사진=박지훈 기자</figcaption></figure>" +
                          std::string(kBody) + "</article>"),
            Names{});
}

// A name with no "By", a separator and a date under the headline.
TEST(FindAuthorsTest, NameThenDateMetaLine) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><p>Lucía Fernández | Cádiz | 05 mar "
                      "2024 - 09:15 CET</p>" +
                          std::string(kBody) + "</article>"),
            (Names{"Lucía Fernández"}));
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1><p>Local News | 05 mar 2024</p>" +
                              std::string(kBody) + "</article>"),
            Names{});
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1><p>Lucía Fernández | Cádiz</p>" +
                              std::string(kBody) + "</article>"),
            Names{});
}

TEST(FindAuthorsTest, LabelInItsOwnElement) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=meta><p>Written by</p><p>Ana "
                      "Souza</p></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Ana Souza"}));
  // The label, the name and a biography in one box.
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<div class=box><div>Written by</div><div>Jack Brennan</div><p>Jack "
                              "has covered the town council and its budget for the paper since "
                              "2015, and before that the county courts.</p></div></article>"),
            (Names{"Jack Brennan"}));
  // The label and the name above buttons that are no name; not a menu's
  // "Authors" link and the link after it.
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "</article><div class=outro><div><h2>Article by</h2><div>Kai "
                              "Moreno</div><div><button>Let's talk</button><button>Subscribe"
                              "</button></div></div></div>"),
            (Names{"Kai Moreno"}));
  EXPECT_EQ(AuthorsOf("",
                      "<nav><div><a href=/>Home</a><a href=/authors/>Authors</a><a "
                      "href=/garden>Garden Tools</a><a href=/help>Help Centre</a></div></nav>"
                      "<article><h1>Library vote</h1>" +
                          std::string(kBody) + "</article>"),
            Names{});
  // The names in a list after the label, each item a person; not a
  // menu's list with an "Autoren" link in it.
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<div class=meta><div><h6>Date</h6><p>November 2003</p></div><div>"
                              "<h6>Author(s)</h6><ul><li><a href='/library/?_author=1'>Jon A. "
                              "Alder</a></li><li><a href='/library/?_author=2'>Dana C. Moe</a>"
                              "</li></ul></div></div></article>"),
            (Names{"Jon A. Alder", "Dana C. Moe"}));
  EXPECT_EQ(AuthorsOf("",
                      "<div class=header-links><ul><li><a href=/about/>About Us</a></li><li><a "
                      "href=/autoren/>Autoren</a></li><li><a href=/apps/>Apps</a></li></ul>"
                      "</div><article><h1>Library vote</h1>" +
                          std::string(kBody) + "</article>"),
            Names{});
  // A hidden "| By" between the section and the name.
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=meta><span>Town</span><span "
                      "class=screen-reader-text>| By </span><span>Carla Stein</span> | "
                      "<time>April 13, 2020</time></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Carla Stein"}));
  // "By" opening a short element of a meta line read as one block; not in
  // a menu below ("Door Check Gas Springs" is a product, "door" Dutch).
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=article-meta><p "
                      "class=faded><time>Mar 24, 2025</time></p><p class=faded>By Ana "
                      "Lindqvist</p><a href=#comments class=faded>0 comments</a></div>" +
                          std::string(kBody) +
                          "</article><ul class=menu><li><a href=/d>Door Check Gas "
                          "Springs</a></li></ul>"),
            (Names{"Ana Lindqvist"}));
  // "by" after the date element in the meta line below the headline.
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=node__meta><time "
                      "datetime=2017-03-01>03/01/2017</time> by Agata Calo, Candidate "
                      "Representative to the Liaison Committee</div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Agata Calo"}));
  // A WordPress avatar before the name in the meta line, after the date.
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><p>Dec 26, 2025 &bull; <img "
                      "class='avatar avatar-xs' src=a.png> Mina Dey in <a href=/c/g>Town "
                      "Guides</a></p>" +
                          std::string(kBody) + "</article>"),
            (Names{"Mina Dey"}));
  // An author box with a biography: its first line is the name.
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<div class=author-box><img src=a.jpg><div>Mira Castell</div><p>Mira "
                              "Castell has covered the town council and its budget for the paper "
                              "since 2015, and before that the county courts, the schools and the "
                              "harbour, where she grew up; she lives in the old town with two cats "
                              "and a growing pile of council minutes.</p></div></article>"),
            (Names{"Mira Castell"}));
}

TEST(FindAuthorsTest, UserNameInMetaYieldsToTheShownName) {
  EXPECT_EQ(AuthorsOf("<meta name=author content=jdoe>",
                      "<article><h1>Library vote</h1><p class=byline>By Jane Doe</p>" +
                          std::string(kBody) + "</article>"),
            (Names{"Jane Doe"}));
}

// "By ..." under the headline over a different person in the metadata (a
// web editor, a template's default).
TEST(FindAuthorsTest, ShownBylineOverAnotherPersonInTheMeta) {
  EXPECT_EQ(AuthorsOf("<meta name=author content='Web Desk Editor Sam Hale'><meta name=author "
                      "content='Sam Hale'>",
                      "<article><h1>Library vote</h1><p class=meta>By Paul Fenwick</p>" +
                          std::string(kBody) + "</article>"),
            (Names{"Paul Fenwick"}));
}

// The same below a standfirst, a long paragraph between the headline and
// the byline; Yoast's "Written by" names whoever posted it.
TEST(FindAuthorsTest, ShownBylineBelowAStandfirst) {
  EXPECT_EQ(AuthorsOf("<meta name=twitter:label1 content='Written by'><meta name=twitter:data1 "
                      "content='Sam Hale'>",
                      "<article><h1>Library vote</h1><p class=dek>After three years of debate, "
                      "the town has chosen the old fire station as the home of its new library, "
                      "and the council says the work will start in spring.</p><div "
                      "class=byline>By Paul Fenwick</div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Paul Fenwick"}));
}

// The web page's author when no article names one; not the site, nor an
// address standing for a person.
TEST(FindAuthorsTest, WebPageAuthorInJsonLd) {
  const std::string article = "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>";
  EXPECT_EQ(AuthorsOf(R"(<script type="application/ld+json">{"@graph":[
      {"@type":"WebPage","author":{"@id":"#/schema/person/7"}},
      {"@type":"Person","@id":"#/schema/person/7","name":"Floris"}]}</script>)",
                      article),
            (Names{"Floris"}));
  EXPECT_EQ(AuthorsOf(R"(<meta property=og:site_name content="Eat Well Tonight">
      <script type="application/ld+json">{"@graph":[
      {"@type":"WebPage","author":{"@id":"#/schema/person/7"}},
      {"@type":"Person","@id":"#/schema/person/7","name":"Eat Well Tonight"}]}</script>)",
                      article),
            Names{});
  EXPECT_EQ(AuthorsOf(R"(<script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Library vote","author":{"@id":"https://example.com/#/schema/person/7"}}
      </script>)",
                      article),
            Names{});
}

TEST(FindAuthorsTest, YoastTwitterLabelInAnyLanguage) {
  EXPECT_EQ(AuthorsOf("<meta name=twitter:label1 content='Verfasst von'><meta name=twitter:data1 "
                      "content='Karla Brenner'>",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            (Names{"Karla Brenner"}));
  EXPECT_EQ(AuthorsOf("<meta name=twitter:label1 content='Est. reading time'><meta "
                      "name=twitter:data1 content='4 minutes'>",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            Names{});
}

// Scholarly and library metadata: one person per value, family name
// first.
TEST(FindAuthorsTest, FamilyNameFirstInCitationMeta) {
  const std::string article = "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>";
  EXPECT_EQ(AuthorsOf("<meta name=citation_author content='Berg, Anika'><meta "
                      "name=citation_author content='Jong, Pieter de'><meta name=citation_author "
                      "content='Moss, K.'>",
                      article),
            (Names{"Anika Berg", "Pieter de Jong", "K. Moss"}));
  EXPECT_EQ(AuthorsOf("<meta name=DC.Creator content='Anika Berg, PhD'>", article),
            (Names{"Anika Berg"}));
}

// Microdata of a cited paper names its authors, not the page's.
TEST(FindAuthorsTest, NotTheAuthorsOfACitedWork) {
  EXPECT_EQ(AuthorsOf("<meta name=citation_author content='Rana Adwani'>",
                      "<article><h1>Library vote</h1>" + std::string(kBody) +
                          "<ol><li itemprop=citation itemscope "
                          "itemtype=http://schema.org/ScholarlyArticle><meta itemprop=author "
                          "content='NH. Shear, SP. Spielberg'><p>Shear NH, Spielberg SP. "
                          "Anticonvulsant hypersensitivity syndrome.</p></li></ol></article>"),
            (Names{"Rana Adwani"}));
}

TEST(FindAuthorsTest, CopyrightHolderIsNoAuthor) {
  EXPECT_EQ(AuthorsOf("<meta name=author content='Acme Verlag'><meta name=copyright "
                      "content='Copyright Acme Verlag 2022'><meta property=article:author "
                      "content='Jane Doe'>",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            (Names{"Jane Doe"}));
}

// An author named only below the article: a post footer's rel=author link,
// an author box's "Written by". Not a list of other posts' bylines, a menu
// word or an account link beside a person icon.
TEST(FindAuthorsTest, LonePersonBelowTheArticle) {
  const std::string article = "<article><h1>Library vote</h1>" + std::string(kBody);
  EXPECT_EQ(
      AuthorsOf("", article + "<footer class=meta><div class=author><p class=name><a rel=author "
                              "href=/author/hk/>Hana Kovac</a></p></div></footer></article>"),
      (Names{"Hana Kovac"}));
  EXPECT_EQ(
      AuthorsOf("", article + "</article><aside class=sidebar><div class=author-box><p>Written "
                              "by Tomas Lindqvist</p></div></aside>"),
      (Names{"Tomas Lindqvist"}));
  // A name and its role in an author element above the headline.
  EXPECT_EQ(AuthorsOf("",
                      "<div class='author author-hub'><div class=name>Rhea Salo</div><div "
                      "class=post>Writer</div></div><article><h1>Library vote</h1>" +
                          std::string(kBody) + "</article>"),
            (Names{"Rhea Salo"}));
  // An author box after the article and outside its region, with a
  // biography; no other name on the page.
  EXPECT_EQ(AuthorsOf("", article + "</article><div class=blog-author-box><img src=k.webp "
                                    "alt=''><div class=author-text><div class=small>Lena "
                                    "Ortiz</div><div class=rich><p>Lena Ortiz is a writer who has "
                                    "covered the town council, its budget and its libraries for "
                                    "many years, and before that the county courts and the "
                                    "schools.</p></div></div></div><footer><p>Copyright "
                                    "2025</p></footer>"),
            (Names{"Lena Ortiz"}));
  // A signature: the last paragraph, a name in bold.
  EXPECT_EQ(AuthorsOf("", article + "<p class=clearfix><strong>Marta Fuchs</strong></p></article>"),
            (Names{"Marta Fuchs"}));
  EXPECT_EQ(AuthorsOf("", article + "<p><strong>Read More</strong></p></article>"), Names{});
  EXPECT_EQ(AuthorsOf("", article + "</article><aside class=sidebar><ul><li><a href=/p/1>Roads "
                                    "plan</a><span class=author>By Mia Berg</span></li><li><a "
                                    "href=/p/2>Park fees</a><span class=author>By Leo "
                                    "Marsh</span></li></ul></aside>"),
            Names{});
  // The same person twice in a sidebar's bylines is no list of other
  // people; a third name makes it one, wherever it stands among them.
  const std::string same =
      "<li><a href=/p/1>Roads plan</a><span class=author>By Mia Berg</span></li>"
      "<li><a href=/p/2>Park fees</a><span class=author>By Mia Berg</span></li>";
  const std::string other =
      "<li><a href=/p/3>Bus lanes</a><span class=author>By Leo Marsh</span></li>";
  const std::string sidebar = article + "</article><aside class=sidebar><ul>";
  EXPECT_EQ(AuthorsOf("", sidebar + same + "</ul></aside>"), (Names{"Mia Berg"}));
  EXPECT_EQ(AuthorsOf("", sidebar + same + other + "</ul></aside>"), Names{});
  EXPECT_EQ(AuthorsOf("", sidebar + other + same + "</ul></aside>"), Names{});
  EXPECT_EQ(AuthorsOf("", article + "</article><aside class=sidebar><h3><a href=/account><i "
                                    "class='glyphicon glyphicon-user'></i> Your Account</a></h3>"
                                    "<p class=author><a rel=author href=/author/x>Careers</a></p>"
                                    "</aside>"),
            Names{});
}

// Names and roles in spans with nothing between them; a name element inside
// an author box that holds more; a byline opening with the weekday.
TEST(FindAuthorsTest, WhereTheNameEnds) {
  const std::string head = "<article><h1>Library vote</h1>";
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=byline>By <span class=author-name>Irene "
                              "Castell</span><span class=role>Staff Writer</span></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Irene Castell"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=author-box><span class=author-box__name>Omar "
                              "Haddad</span> Former Harbour Pilot</div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Omar Haddad"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=byline>Wednesday January 18, 2017 10:44 am by <a "
                              "class=author-link href=/u/pl>Paula Lind</a></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Paula Lind"}));
  // Names read across elements with nothing between them: the elements
  // say where each ends.
  EXPECT_EQ(AuthorsOf("", head +
                              "<p class=meta>Written by: <a href=/author/ew/>Ines Walker</a><a "
                              "href=/author/cm/>Casey Morrow</a></p>" +
                              std::string(kBody) + "</article>"),
            (Names{"Ines Walker", "Casey Morrow"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=author-line>Written By: <a class=author-name "
                              "href=/author/ol/>Olga Lentz</a><span class=author-title>Gardener "
                              "&amp; Astrologer</span></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Olga Lentz"}));
  // Two authors, each with a description; not a contributor in another
  // role.
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=article-byline><strong>Written by</strong><br><strong><a "
                              "href=/authors/ana-reyes>Ana Reyes</a></strong>, 4+ years covering "
                              "hardware<br><strong><a href=/authors/jo-lind>Jo Lind</a></strong>, "
                              "senior editor and keen tester of laptops.</div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Ana Reyes", "Jo Lind"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=article-byline><strong>Written by</strong><br><strong><a "
                              "href=/authors/ana-reyes>Ana Reyes</a></strong>, 4+ years covering "
                              "hardware<br>Data Analysis By <a href=/authors/dan-ruiz>Dan "
                              "Ruiz</a></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Ana Reyes"}));
  // A link to the author's page among the editors' pages.
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=meta-bar><a href=https://example.com/about/editors/"
                              "jon-marsh/>Jon Marsh</a>, <a href=https://x.com/jmarsh>@jmarsh</a> "
                              "<span>1h ago</span></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Jon Marsh"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div><span class=time>9/21/2016</span> <span "
                              "class=authorname-txt><span class=truncate>Lena "
                              "Ortiz</span></span></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Lena Ortiz"}));
  EXPECT_EQ(AuthorsOf("", head +
                              "<div class=meta><span class=author>Paula Lind</span> <span "
                              "class=category>Science</span></div>" +
                              std::string(kBody) + "</article>"),
            (Names{"Paula Lind"}));
}

// A site named by its host in og:site_name: its publisher in <meta
// name=author> ("Valle Diario") gives way to the person in the byline box.
TEST(FindAuthorsTest, SiteNamedByItsHostIsNoAuthor) {
  const std::string head =
      R"(<meta name=author content="Valle Diario"><meta property=og:site_name )"
      R"(content="www.vallediario.com">)";
  EXPECT_EQ(AuthorsOf(head,
                      "<article><h1>Library vote</h1><div class=autor><h6>Lucía Ferrer "
                      "Ríos | Publicado hace 2 horas</h6></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Lucía Ferrer Ríos"}));
}

// An article whose paragraphs are lines parted by <br> in one element: a
// byline opening or closing it is read from its own line; one amid the
// text is another thing's author (an app in a list of apps).
TEST(FindAuthorsTest, BylineLineOfAnArticleInOneElement) {
  const std::string text =
      "The council voted on Tuesday night to build a new library on the site of the old fire "
      "station, ending a debate that has gone on for almost three years.<br><br>The building "
      "will cost about six million, paid for with a bond approved by voters and a grant from the "
      "state library fund, and work begins next spring.<br><br>";
  EXPECT_EQ(AuthorsOf("", "<h1>Library vote</h1><div class=entry>" + text +
                              "Autor: <a href=/anwalt/>Rechtsanwalt</a> Jan Kessler</div>"),
            (Names{"Jan Kessler"}));
  EXPECT_EQ(AuthorsOf("",
                      "<h1>Library vote</h1><div class=entry>Posted by Mira Holt, Product "
                      "Manager<br><br>" +
                          text + "</div>"),
            (Names{"Mira Holt"}));
  EXPECT_EQ(AuthorsOf("", "<h1>Library vote</h1><div class=entry>" + text +
                              "<b>Name:</b> Shelf Finder<br><b>Author:</b> Tom Vick<br><br>" +
                              text + "</div>"),
            Names{});
}

// A writer's class names the byline as an author's does; a footer's
// "writers" link does not.
TEST(FindAuthorsTest, WriterClass) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div><span class=writer>Kenji "
                      "Arata</span><span class=date>2019-04-13</span></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Kenji Arata"}));
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "</article><footer><a class=footer__writers href=/join>Join "
                              "Writers</a></footer>"),
            Names{});
}

// The site's name is no author, written without its spaces or cut to
// its first word ("Lamp in the Attic" read as "Lamp"); a person named
// after a title is one ("Frau Jane Doe").
TEST(FindAuthorsTest, PiecesOfTheSiteNameAreNoAuthor) {
  EXPECT_EQ(AuthorsOf(R"(<meta property=og:site_name content="Home Planner">)",
                      "<article><h1>Library vote</h1><div class=byline>Written by "
                      "HomePlanner</div>" +
                          std::string(kBody) + "</article>"),
            Names{});
  EXPECT_EQ(AuthorsOf(R"(<meta name=author content="Lamp in the Attic">)"
                      R"(<meta property=og:site_name content="Lamp in the Attic">)",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            Names{});
  EXPECT_EQ(AuthorsOf(R"(<meta name=author content="Frau Mira Lenz">)"
                      R"(<meta property=og:site_name content="Frau Mira Lenz">)",
                      "<article><h1>Library vote</h1>" + std::string(kBody) + "</article>"),
            (Names{"Mira Lenz"}));
}

// A list of other stories after the article's last paragraph, inside its
// element, names their authors, not this one's; nor do the author links
// inside those bylines.
TEST(FindAuthorsTest, StoryListAfterTheBodyInsideTheArticle) {
  std::string list = "<div class=more><h2>More news</h2>";
  for (const char* name : {"Leo Marsh", "Mia Berg", "Leo Marsh"}) {
    list += std::string(
                "<div class=teaser><a href=/s/1>Roads plan goes ahead in the "
                "north</a><div class=author>By <a href=/tag/x>") +
            name + "</a></div></div>";
  }
  list += "</div>";
  EXPECT_EQ(
      AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) + list + "</article>"),
      Names{});
}

// A link holding a portrait and the name its alt text gives, in the meta
// line with the date; not a picture teaser or an icon beside its label.
TEST(FindAuthorsTest, PortraitLinkInTheMetaLine) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=info><span>2025-12-17</span> "
                      "<a title='Ola Brekke' href=/ola><img src=/me.png alt='Ola Brekke'><div>Ola "
                      "Brekke</div></a></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Ola Brekke"}));
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=tools><a href=/print><img "
                      "src=/p.png alt='Printer Friendly'>Printer Friendly</a></div>" +
                          std::string(kBody) + "</article>"),
            Names{});
}

// The element right before an author's description names the author:
// "<p>Jane Doe</p><div class=author-description>...</div>".
TEST(FindAuthorsTest, NameBeforeTheAuthorDescription) {
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<div class=card><img src=/me.png><p class=headline-text>Nils "
                              "Aagaard</p><div class=dynamic-author-description>Licensed coffee "
                              "grader, M.A. Journalism</div></div></article>"),
            (Names{"Nils Aagaard"}));
}

// "© 2019 Jane Doe" right after the article's last paragraph signs it;
// a company's copyright does not.
TEST(FindAuthorsTest, CopyrightLineAfterTheLastParagraph) {
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<p>© 2021 Hanne Vik</p><div class=address>Town archive</div>"
                              "</article>"),
            (Names{"Hanne Vik"}));
  EXPECT_EQ(AuthorsOf("", "<article><h1>Library vote</h1>" + std::string(kBody) +
                              "<p>© 2006-2021 Crier Media GmbH</p></article>"),
            Names{});
}

// "Von Jane Doe" in a paragraph of its own right below the standfirst is
// placed as a byline under the headline is, above an author link in the
// meta line that names someone else (the account that posted it).
TEST(FindAuthorsTest, PrefixedBylineBelowTheStandfirst) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=meta><span class=vcard><a "
                      "rel=author href=/author/ina/>Ina Kroll</a></span></div><div class=text><p>"
                      "After three years of debate, the town has chosen the old fire station as "
                      "the home of its new library, and the council says the work will start "
                      "in spring.</p></div><div class=text><p><strong>Von Marek Lind</strong></p>"
                      "</div><div class=text>" +
                          std::string(kBody) + "</div></article>"),
            (Names{"Marek Lind"}));
}

// The reviewer in byline markup is no author: "Reviewed by <a
// class=author-link>..</a>", with the publisher as the writer.
TEST(FindAuthorsTest, ReviewerIsNoAuthor) {
  EXPECT_EQ(AuthorsOf("<meta property=og:site_name content='Home Planner'>",
                      "<article><h1>Library vote</h1><div class=byline><div "
                      "class=author-text>Written by HomePlanner</div><div "
                      "class=author-text>Reviewed by <a class=author-link href=/r/ida>Ida "
                      "Marsh</a></div></div>" +
                          std::string(kBody) + "</article>"),
            Names{});
}

// An avatar named so by its id, before the names, under the headline.
TEST(FindAuthorsTest, AvatarByItsId) {
  EXPECT_EQ(AuthorsOf("",
                      "<article><h1>Library vote</h1><div class=meta><figure><img "
                      "id=authorAvatar src=/a.png alt=Site></figure><div><p>Rita Holm, Aron "
                      "Vik</p><time>4/24/2000</time></div></div>" +
                          std::string(kBody) + "</article>"),
            (Names{"Rita Holm", "Aron Vik"}));
}

}  // namespace
}  // namespace newsift::metadata
