#include "newsift/metadata/captions.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::vector<Caption> CaptionsOf(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  return FindCaptions(doc.value(), content);
}

TEST(SplitCreditTest, Labels) {
  EXPECT_EQ(SplitCredit("Flooded streets. Photo: Jane Doe/Reuters"),
            (Caption{"Flooded streets.", "Jane Doe/Reuters"}));
  EXPECT_EQ(SplitCredit("Flooded streets (Photo: Jane Doe)"),
            (Caption{"Flooded streets", "Jane Doe"}));
  EXPECT_EQ(SplitCredit("Flooded streets. Foto: dpa"), (Caption{"Flooded streets.", "dpa"}));
  EXPECT_EQ(SplitCredit("Flooded streets."), (Caption{"Flooded streets.", std::nullopt}));
}

TEST(SplitCreditTest, MoreLabelsAndUnlabelledAgencies) {
  EXPECT_EQ(SplitCredit("Tulips (Photo by Rosa Klein)"), (Caption{"Tulips", "Rosa Klein"}));
  EXPECT_EQ(SplitCredit("Le marché, vendredi. (Photo : Luc Martin)"),
            (Caption{"Le marché, vendredi.", "Luc Martin"}));
  EXPECT_EQ(SplitCredit("Image courtesy of Coursehorse"),
            (Caption{"", "Coursehorse"}));  // all credit
  EXPECT_EQ(SplitCredit("图为首发列车。（摄影：李明）"), (Caption{"图为首发列车。", "李明"}));
  EXPECT_EQ(SplitCredit("The bridge in 1931. Ledger Archive/Getty Images"),
            (Caption{"The bridge in 1931.", "Ledger Archive/Getty Images"}));
  // A last sentence that is not a credit stays.
  EXPECT_EQ(SplitCredit("The bridge in 1931. It opened in May"),
            (Caption{"The bridge in 1931. It opened in May", std::nullopt}));
}

TEST(SplitCreditTest, ByLabelsNameSomeone) {
  // "von"/"by" without a colon introduce a name, not the caption's words.
  EXPECT_EQ(
      SplitCredit("Die Kirche. Das sind die schönsten Fotos von der Versteigerung"),
      (Caption{"Die Kirche. Das sind die schönsten Fotos von der Versteigerung", std::nullopt}));
  // So "courtesy of the High Line" stays inside the photographer's credit.
  EXPECT_EQ(
      SplitCredit("Seed heads on the High Line. Photo by Tim Marsh, courtesy of the High Line."),
      (Caption{"Seed heads on the High Line.", "Tim Marsh, courtesy of the High Line."}));
  // With a colon the label is a label whatever follows.
  EXPECT_EQ(SplitCredit("The square. Foto: privat"), (Caption{"The square.", "privat"}));
}

TEST(SplitCreditTest, CreditWordsOfManyLanguages) {
  EXPECT_EQ(SplitCredit("Pierwszy tramwaj. Fot. Tomasz Zieliński"),
            (Caption{"Pierwszy tramwaj.", "Tomasz Zieliński"}));
  EXPECT_EQ(SplitCredit("Balıkçılar denize açıldı. Fotoğraf: Mehmet Kaya / AA"),
            (Caption{"Balıkçılar denize açıldı.", "Mehmet Kaya / AA"}));
  EXPECT_EQ(SplitCredit("Новый парк у Волги. Фото: Игорь Петров"),
            (Caption{"Новый парк у Волги.", "Игорь Петров"}));
  EXPECT_EQ(SplitCredit("הטיילת החדשה. צילום: יוסי כהן"), (Caption{"הטיילת החדשה.", "יוסי כהן"}));
  EXPECT_EQ(SplitCredit("المبنى الجديد للمكتبة. تصوير: أحمد يوسف"),
            (Caption{"المبنى الجديد للمكتبة.", "أحمد يوسف"}));
  EXPECT_EQ(SplitCredit("नई लाइन का स्टेशन। फोटो: अमित वर्मा"),
            (Caption{"नई लाइन का स्टेशन।", "अमित वर्मा"}));
  EXPECT_EQ(SplitCredit("Cầu đi bộ mới. Ảnh: Trần Thị Mai"),
            (Caption{"Cầu đi bộ mới.", "Trần Thị Mai"}));
  EXPECT_EQ(SplitCredit("湿地中的白鹭。照片：张伟"), (Caption{"湿地中的白鹭。", "张伟"}));
  EXPECT_EQ(SplitCredit("해수욕장 전경. 사진=박지훈 기자"),
            (Caption{"해수욕장 전경.", "박지훈 기자"}));
  EXPECT_EQ(SplitCredit("Lifesavers on patrol. (Supplied: Surf Club North)"),
            (Caption{"Lifesavers on patrol.", "Surf Club North"}));
  EXPECT_EQ(SplitCredit("Het nieuwe fietspad. Beeld: Jan Bakker"),
            (Caption{"Het nieuwe fietspad.", "Jan Bakker"}));
  EXPECT_EQ(SplitCredit("Uusi silta. Kuva: Matti Virtanen"),
            (Caption{"Uusi silta.", "Matti Virtanen"}));
  EXPECT_EQ(SplitCredit("La plaza. Imagen: Archivo"), (Caption{"La plaza.", "Archivo"}));
  EXPECT_EQ(SplitCredit("La plaza. Crédito: Antonio Ruiz"), (Caption{"La plaza.", "Antonio Ruiz"}));
  EXPECT_EQ(SplitCredit("A ponte. Imagem: Reprodução"), (Caption{"A ponte.", "Reprodução"}));
  EXPECT_EQ(SplitCredit("Νέο πάρκο. Φωτογραφία: Γιώργος Νικολάου"),
            (Caption{"Νέο πάρκο.", "Γιώργος Νικολάου"}));
  EXPECT_EQ(SplitCredit("The new park. Credit...Jane Doe for The Ledger"),
            (Caption{"The new park.", "Jane Doe for The Ledger"}));
  // Chinese and Japanese put "photographed" after the name.
  EXPECT_EQ(SplitCredit("图为首发列车。新华社记者 李明 摄"),
            (Caption{"图为首发列车。", "新华社记者 李明"}));
  EXPECT_EQ(SplitCredit("新しい駅の様子＝佐藤健一撮影"), (Caption{"新しい駅の様子", "佐藤健一"}));
  EXPECT_EQ(SplitCredit("他正在练习摄"), (Caption{"他正在练习摄", std::nullopt}));
  // A publication's word before the label, inside the brackets.
  EXPECT_EQ(SplitCredit("The river bank. (Express Photo by Arjun Patil)"),
            (Caption{"The river bank.", "Arjun Patil"}));
}

TEST(FindCaptionsTest, GlyphsAreNotCaptions) {
  const std::vector<Caption> captions = CaptionsOf(
      "<article><h1>Title</h1><p>Some text of the article that is long enough to count.</p>"
      "<figure><img src=a.jpg><figcaption>»</figcaption></figure>"
      "<figure><img src=b.jpg><figcaption>**</figcaption></figure>"
      "<figure><img src=c.jpg><figcaption>The harbour at dawn.</figcaption></figure>"
      "</article>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "The harbour at dawn.");
}

TEST(FindCaptionsTest, CreditElementBesideTheCaption) {
  const auto captions = CaptionsOf(
      "<article><figure><img src=a.jpg><span class=photo-source>Dan Reyes/Harbour "
      "Times</span><figcaption>Passengers queue for refunds.</figcaption></figure></article>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0], (Caption{"Passengers queue for refunds.", "Dan Reyes/Harbour Times"}));
}

TEST(FindCaptionsTest, GluedCreditAndSmall) {
  const auto captions = CaptionsOf(
      "<article><figure><figcaption><span>Pilates tops the list.</span><span "
      "class=caption__source>Jo Li / Getty Images</span></figcaption></figure>"
      "<figure><figcaption>A worn bearing. <small>Photo: State DOT</small></figcaption>"
      "</figure></article>");
  ASSERT_EQ(captions.size(), 2u);
  EXPECT_EQ(captions[0], (Caption{"Pilates tops the list.", "Jo Li / Getty Images"}));
  EXPECT_EQ(captions[1], (Caption{"A worn bearing.", "State DOT"}));
}

TEST(FindCaptionsTest, AvatarsAndLinkListsAreNotCaptions) {
  const auto captions = CaptionsOf(
      "<article><div class=byline><figure class=author-avatar><img src=me.jpg><figcaption>Jane "
      "Doe</figcaption></figure></div><div class=caption><a href=/1>One</a> <a href=/2>Two</a> "
      "<a href=/3>Three</a></div><figure><figcaption>Storm clouds over the "
      "bay.</figcaption></figure></article>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "Storm clouds over the bay.");
}

TEST(FindCaptionsTest, FigcaptionWithCreditElement) {
  const auto captions = CaptionsOf(
      "<article><figure><img src=a.jpg><figcaption>The harbour wall. "
      "<span class=credit>Photograph: Jane Doe</span></figcaption></figure></article>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "The harbour wall.");
  EXPECT_EQ(captions[0].credit, "Jane Doe");
}

TEST(FindCaptionsTest, SkipsBoilerplateImages) {
  const auto captions = CaptionsOf(
      "<aside><figure><img src=ad.jpg><figcaption>Sponsor logo</figcaption></figure></aside>"
      "<div class=wp-caption-text>Storm clouds over the bay.</div>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "Storm clouds over the bay.");
}

TEST(FindCaptionsTest, RepeatedCaptionsOnce) {
  const auto captions = CaptionsOf(
      "<article><figure><figcaption>The pier. <small>Jane Doe</small></figcaption></figure>"
      "<figure><figcaption>The pier.</figcaption></figure>"
      "<figure><figcaption>The pier. <small>Jane Doe</small></figcaption></figure>"
      "<figure><figcaption>The pier.</figcaption></figure></article>");
  ASSERT_EQ(captions.size(), 2u);
  EXPECT_EQ(captions[0], (Caption{"The pier.", "Jane Doe"}));
  EXPECT_EQ(captions[1], (Caption{"The pier.", std::nullopt}));
}

// Many captions, a tenth of them repeated: each kept once, in page order.
// (Comparing each caption with every earlier one took a minute on 100,000
// of them; bench/RESULTS.md has the timing of such a page. Time is
// measured there, not here.)
TEST(FindCaptionsTest, ManyCaptionsKeptOnceInPageOrder) {
  constexpr int kFigures = 20000;
  std::string page = "<article><h1>A very long gallery</h1>";
  for (int i = 0; i < kFigures; ++i) {
    const std::string caption = "Picture " + std::to_string(i) + " of the harbour gallery.";
    page += "<figure><img src=p.jpg><figcaption>" + caption + "</figcaption></figure>";
    if (i % 10 == 0) page += "<figure><figcaption>" + caption + "</figcaption></figure>";
  }
  page += "</article>";
  Result<dom::Document> doc = dom::ParseHtml(page);
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const std::vector<Caption> captions = FindCaptions(doc.value(), content);
  ASSERT_EQ(captions.size(), static_cast<size_t>(kFigures));
  for (int i : {0, 1, 10, 11, 12345, kFigures - 1}) {
    EXPECT_EQ(captions[static_cast<size_t>(i)].text,
              "Picture " + std::to_string(i) + " of the harbour gallery.");
  }
}

}  // namespace
}  // namespace newsift::metadata
