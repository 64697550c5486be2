#include "newsift/classify/prune.h"

#include <string>

#include <gtest/gtest.h>

#include "newsift/classify/hints.h"

namespace newsift::classify {
namespace {

// The Removal of the first element with this id attribute.
Removal RemovalOf(std::string_view html, std::string_view id) {
  Result<dom::Document> parsed = dom::ParseHtml(html);
  EXPECT_TRUE(parsed.ok());
  const dom::Document& doc = parsed.value();
  std::vector<uint32_t> hints(doc.size(), kHintNone);
  for (dom::NodeId n = 0; n < doc.size(); ++n) {
    if (doc.node(n).is_element()) hints[n] = ElementHints(doc, n);
  }
  const SubtreeText text = MeasureSubtrees(doc, doc.body());
  const std::vector<Removal> removal = PruneBoilerplate(doc, doc.body(), hints, text);
  for (dom::NodeId n = 0; n < doc.size(); ++n) {
    if (doc.node(n).is_element() && doc.attr(n, "id") == id) return removal[n];
  }
  ADD_FAILURE() << "no element with id " << id;
  return Removal::kKept;
}

const std::string kProse =
    "<p>The council voted on Tuesday to rebuild the harbour wall, which the storms of last "
    "winter damaged in three places along the old quay, after months of argument about who "
    "should pay.</p>"
    "<p>Work will start in spring and cost about four million euros, the mayor said at a "
    "meeting with residents in the town hall on Tuesday evening, where many asked about the "
    "road closures.</p>";
const std::string kSidebar =
    "<div id=side><p>About us: a long enough paragraph of text about the newspaper, its "
    "history, its editors and the town it has served for many years now, with more words "
    "here.</p>"
    "<p>Another paragraph about the paper's values, its readers and its long history in "
    "the valley, so that the sidebar holds more text than the article does in this page.</p>"
    "<p>A third paragraph so that the article is the minor part of the page's text for "
    "this test about guards that measure text, which needs a few more words too.</p></div>";

TEST(PruneTest, WeakHintDoesNotRemoveProse) {
  // Blogger and Elementor wrap the article in "widget" containers.
  EXPECT_EQ(RemovalOf("<body><div id=w class='widget Blog'>" + kProse + "</div>" + kSidebar, "w"),
            Removal::kKept);
  EXPECT_EQ(RemovalOf("<body><div id=w class=widget><p>Recent posts</p></div>" + kProse, "w"),
            Removal::kHint);
}

TEST(PruneTest, ConsentAndCommentsGoWhateverTheyHold) {
  // Longer than the article, and prose: still comments.
  EXPECT_EQ(RemovalOf("<body><div id=c class=comments>" + kProse + kProse + "</div>" + kProse, "c"),
            Removal::kHint);
  EXPECT_EQ(RemovalOf("<body><div id=c class=cookie-notice>" + kProse + "</div>" + kProse, "c"),
            Removal::kHint);
  // But not the whole page: that is a wrapper with an unlucky name.
  EXPECT_EQ(RemovalOf("<body><div id=c class=comments-enabled>" + kProse + "</div>", "c"),
            Removal::kKept);
}

TEST(PruneTest, StrongHintSparesTheArticleItWraps) {
  // Some sites name the article's container "paywall" or "promo-layout".
  EXPECT_EQ(RemovalOf("<body><div id=p class=paywall>" + kProse + kProse + "</div>", "p"),
            Removal::kKept);
  EXPECT_EQ(
      RemovalOf("<body><div id=p class=paywall><p>Subscribe to read on.</p></div>" + kProse, "p"),
      Removal::kHint);
}

TEST(PruneTest, AReadMoreExpanderHoldingTheArticleStays) {
  // The rest of the article behind a "Read more" button, beside a longer
  // sidebar: unlinked prose, so not a promo.
  EXPECT_EQ(RemovalOf("<body><div id=r class=read-more>" + kProse + kProse + "</div>" + kSidebar +
                          kSidebar,
                      "r"),
            Removal::kKept);
  // A related-stories box: its teasers are linked.
  EXPECT_EQ(RemovalOf("<body><div id=r class=related><p><a href=/a>One teaser headline about "
                      "the harbour and the storms of the last winter in the town</a></p>" +
                          kProse + "</div>" + kSidebar + kSidebar,
                      "r"),
            Removal::kHint);
}

TEST(PruneTest, AnInlinePhraseIsNotAPartOfThePage) {
  // A link in a sentence, whatever its class, stays; a byline span goes.
  EXPECT_EQ(RemovalOf("<body><p>The clerk said that <a id=a class=popup href=#>he would prefer "
                      "not to</a>, and went back to his desk by the window.</p>" +
                          kProse,
                      "a"),
            Removal::kKept);
  EXPECT_EQ(RemovalOf("<body><p>Story by <span id=a class=author>Ann Lee</span> in the town "
                      "of Port Halden, on the coast.</p>" +
                          kProse,
                      "a"),
            Removal::kHint);
}

TEST(PruneTest, SlugIdsOnHeadingsNameNothing) {
  EXPECT_EQ(RemovalOf("<body>" + kProse +
                          "<h2 id=how-to-share-your-social-media-plan>How to "
                          "share your plan</h2>" +
                          kProse,
                      "how-to-share-your-social-media-plan"),
            Removal::kKept);
}

TEST(PruneTest, StructureGoesWhenMinor) {
  EXPECT_EQ(RemovalOf("<body><footer id=f><p>Imprint</p></footer>" + kProse, "f"),
            Removal::kStructure);
  // A <header> the whole page ended up in (an unclosed element inside it).
  EXPECT_EQ(RemovalOf("<body><header id=h><a href=/>Home</a>" + kProse + "</header>", "h"),
            Removal::kKept);
}

TEST(PruneTest, AHeaderHoldingUnlinkedProseIsASectionOfTheArticle) {
  // A text-and-image block whose template calls its text a header, on a
  // page where it is the minor part.
  EXPECT_EQ(RemovalOf("<body><article><header id=h><h3>The wall</h3>" + kProse + "</header>" +
                          kProse + kProse + "</article>",
                      "h"),
            Removal::kKept);
  // A masthead with a tagline and a menu still goes.
  EXPECT_EQ(RemovalOf("<body><header id=h><p>The Harbour Gazette, news from the bay since "
                      "1901</p><a href=/a>Town</a> <a href=/b>Sport</a></header>" +
                          kProse,
                      "h"),
            Removal::kStructure);
}

TEST(PruneTest, ASlideshowsCaptionsGoBesideAnArticle) {
  std::string slides = "<ul id=slides>";
  for (int i = 1; i <= 4; ++i) {
    slides += "<li><h2><span class=counter>" + std::to_string(i) +
              "/40</span> Ferry news</h2><p>A caption of this slide, long enough to read as a "
              "paragraph of prose about the harbour, its ferries, its fishermen and the storms "
              "of the last winter in the bay.</p></li>";
  }
  slides += "</ul>";
  EXPECT_EQ(RemovalOf("<body><article>" + kProse + kProse + slides + "</article></body>", "slides"),
            Removal::kCaption);
  // With no article prose outside it, the slideshow is the page.
  EXPECT_EQ(RemovalOf("<body><article>" + slides + "</article></body>", "slides"), Removal::kKept);
  // Numbered subheadings that are no counters stay.
  EXPECT_EQ(RemovalOf("<body><article>" + kProse + kProse +
                          "<ul id=l><li><h2>1/2 of the town</h2></li><li><h2>2/3 of the bay</h2>"
                          "</li><li><h2>3/4 of us</h2></li></ul></article></body>",
                      "l"),
            Removal::kKept);
}

TEST(PruneTest, HiddenElements) {
  for (const char* html :
       {"<body><div id=x hidden><p>Gone.</p></div>", "<body><div id=x aria-hidden=true>a</div>",
        "<body><div id=x style='visibility: hidden'>a</div>",
        "<body><div id=x class='sr-only'>Skip</div>"}) {
    EXPECT_EQ(RemovalOf(std::string(html) + kProse, "x"), Removal::kHidden) << html;
  }
  EXPECT_EQ(RemovalOf("<body><div id=x class='hidden-xs'>a</div>" + kProse, "x"), Removal::kKept);
}

TEST(PruneTest, CollapsedPanelsAndStreamedPartsAreNotHidden) {
  // An FAQ answer in a collapsed accordion, a tab panel, and a part React
  // streams into the page from a hidden <div id="S:1">.
  for (const char* html :
       {"<body><div id=x class='faq-collapse' style='display:none'><p>An answer.</p></div>",
        "<body><div id=x role=tabpanel hidden><p>Step two.</p></div>",
        "<body><div hidden id=S:1><p>Streamed paragraph.</p></div>"}) {
    Result<dom::Document> parsed = dom::ParseHtml(std::string(html) + kProse);
    ASSERT_TRUE(parsed.ok());
    const dom::Document& doc = parsed.value();
    std::vector<uint32_t> hints(doc.size(), kHintNone);
    for (dom::NodeId n = 0; n < doc.size(); ++n) {
      if (doc.node(n).is_element()) hints[n] = ElementHints(doc, n);
    }
    const std::vector<Removal> removal =
        PruneBoilerplate(doc, doc.body(), hints, MeasureSubtrees(doc, doc.body()));
    for (dom::NodeId n = 0; n < doc.size(); ++n) {
      if (doc.node(n).tag == dom::Tag::kDiv) {
        EXPECT_EQ(removal[n], Removal::kKept) << html;
      }
    }
  }
}

TEST(PruneTest, NeverTextAndControls) {
  EXPECT_EQ(RemovalOf("<body><noscript id=n><p>Enable JavaScript</p></noscript>" + kProse, "n"),
            Removal::kNonText);
  EXPECT_EQ(RemovalOf("<body><button id=b>Menu</button>" + kProse, "b"), Removal::kNonText);
  // libxml2 2.9 nests the rest of the page in a <button> whose inner
  // <div> was left open; the paragraphs inside are the page.
  EXPECT_EQ(RemovalOf("<body><button id=b><div></button>" + kProse, "b"), Removal::kKept);
  // The same with <noscript><div></noscript>; a <noscript> copy of part of
  // the page still goes.
  EXPECT_EQ(RemovalOf("<body><noscript id=n><div></noscript>" + kProse, "n"), Removal::kKept);
  EXPECT_EQ(RemovalOf("<body>" + kProse + "<noscript id=n>" + kProse + "</noscript>", "n"),
            Removal::kNonText);
}

TEST(PruneTest, BylineWrappingTheHeadlineStays) {
  EXPECT_EQ(RemovalOf("<body><div id=m class=entry-meta>By Ann Lee, May 2</div>" + kProse, "m"),
            Removal::kHint);
  EXPECT_EQ(RemovalOf("<body><div id=m class=title-meta><h1>Harbour wall to be rebuilt</h1>By Ann "
                      "Lee</div>" +
                          kProse,
                      "m"),
            Removal::kKept);
}

TEST(PruneTest, MeasuresProseParagraphs) {
  Result<dom::Document> parsed = dom::ParseHtml("<body><div>" + kProse +
                                                "<p><a href=/a>A long linked line that is a "
                                                "teaser headline for another story on the site "
                                                "and nothing else at all, really.</a></p></div>");
  ASSERT_TRUE(parsed.ok());
  const dom::Document& doc = parsed.value();
  const SubtreeText text = MeasureSubtrees(doc, doc.body());
  EXPECT_EQ(text.long_paragraphs[doc.body()], 2);
  EXPECT_GT(text.linked[doc.body()], 100u);
}

TEST(PruneTest, ASignupFormTakesItsBoxWithIt) {
  // The pitch and the fine print around a newsletter form go with it; a
  // form asking for a quantity (a recipe's servings) takes nothing.
  const std::string signup =
      "<div id=box><div>The Harbour Weekly</div><h3>Be the first to know!</h3>"
      "<form><input type=email name=addr><button>Sign me up</button></form>"
      "<div>By signing up you agree to receive our newsletter every week and accept the "
      "privacy policy of the Harbour Weekly, which you can read on our website at any time "
      "you like.</div></div>";
  EXPECT_EQ(
      RemovalOf("<body><article>" + kProse + signup + kProse + kProse + "</article></body>", "box"),
      Removal::kStructure);
  const std::string servings =
      "<div id=box><h3>Ingredients</h3><form><input type=number name=servings value=4></form>"
      "<ul><li>400 g flour</li><li>2 eggs</li></ul></div>";
  EXPECT_EQ(RemovalOf("<body><article>" + kProse + servings + kProse + kProse + "</article></body>",
                      "box"),
            Removal::kKept);
  // A box that holds the headline is the article's top, not a signup box.
  const std::string top =
      "<div id=box><h1>Harbour wall to be rebuilt</h1><form><input type=search name=q></form>"
      "</div>";
  EXPECT_EQ(RemovalOf("<body><article>" + top + kProse + kProse + "</article></body>", "box"),
            Removal::kKept);
  // Nor is the container of a short WordPress post ("postentry") and its
  // comment form.
  const std::string post =
      "<div id=box><h2>Number two</h2><div class=postentry><p>The new ferry arrived on "
      "Monday.</p><p>It was smaller than we thought.</p></div><h2>Leave a reply</h2>"
      "<form action=/wp-comments-post.php><input name=email></form></div>";
  EXPECT_EQ(RemovalOf("<body>" + post + kSidebar + "</body>", "box"), Removal::kKept);
}

TEST(PruneTest, ASignupFormOutweighingAShortArticleGoes) {
  // One short paragraph of article beside a signup form whose country list
  // and fine print hold more text than the rest of the page: the form is
  // not minor, but its options are no prose, and it goes all the same.
  std::string countries;
  for (int i = 0; i < 120; ++i) countries += "<option>Country number " + std::to_string(i);
  const std::string html =
      "<body><div><p>The council voted on Tuesday to rebuild the harbour wall, the mayor "
      "said.</p></div><div><form id=signup><input type=email name=addr><select name=country>" +
      countries +
      "</select><p>By filling in this form you join our mailing list; you can leave it at any "
      "time with the link at the bottom of every e-mail we send, and we never pass your "
      "address on to anyone else.</p></form></div></body>";
  EXPECT_EQ(RemovalOf(html, "signup"), Removal::kStructure);
}

TEST(PruneTest, OptionsAreNoProse) {
  std::string options;
  for (int i = 0; i < 50; ++i) options += "<option>Country number " + std::to_string(i);
  Result<dom::Document> parsed =
      dom::ParseHtml("<body><div><select>" + options + "</select></div></body>");
  ASSERT_TRUE(parsed.ok());
  const dom::Document& doc = parsed.value();
  const SubtreeText text = MeasureSubtrees(doc, doc.body());
  EXPECT_EQ(text.long_paragraphs[doc.body()], 0);
  EXPECT_GT(text.plain[doc.body()], 500u);  // still text of the page
}

TEST(PruneTest, AnAuthorBoxWithABiographyGoes) {
  // The name, a job title and one paragraph of biography: longer than a
  // byline, still the author's box, not the article.
  const std::string box =
      "<section id=box class=\"vcard author\"><div>Ann Lee</div><div>Founder and editor</div>"
      "<div>Ann founded the Harbour Weekly in 2014 to share her love of the coast, its boats "
      "and its people with her readers, and has written about the town's harbour, its ferries "
      "and its storms ever since, from her office above the old fish market. Before that she "
      "reported on shipping for a national daily for ten years.</div></section>";
  EXPECT_EQ(RemovalOf("<body><article>" + kProse + box + "</article></body>", "box"),
            Removal::kHint);
  // A container named for its author that holds the article's prose stays.
  const std::string post = "<div id=box class=author-post>" + kProse + kProse + "</div>";
  EXPECT_EQ(RemovalOf("<body>" + post + "</body>", "box"), Removal::kKept);
}

}  // namespace
}  // namespace newsift::classify
