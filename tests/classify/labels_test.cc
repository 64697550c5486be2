#include "newsift/classify/labels.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace {

TEST(LabelsTest, AdLabelsInManyLanguages) {
  for (const char* label : {"Advertisement", "ADVERTISEMENT", "- Advertisement -", "Anzeige",
                            "Werbung", "Publicidad", "Publicité", "Pubblicità", "Реклама", "广告",
                            "広告", "إعلان", "Sponsored", "Story continues below advertisement"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kAdLabel) << label;
  }
}

TEST(LabelsTest, PromoLeadIns) {
  EXPECT_EQ(ClassifyLabel("Read more: Storms of the decade"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("READ MORE"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("RELATED: Flood maps explained"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("NOW WATCH: Briefing videos"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Lesen Sie auch: Der Sturm"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Next Article"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Click here to see all our flood coverage"), LabelKind::kPromo);
  for (const char* label : {"Recommended", "Most popular", "Trending", "Don't miss",
                            "Don’t miss: The tide tables", "Related: Flood maps"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kPromo) << label;
  }
  EXPECT_EQ(ClassifyLabel("Visit Business Insider's homepage for more stories."),
            LabelKind::kPromo);
  // Lead-ins of recommendation boxes and recipe sharing prompts.
  for (const char* label : {"You might like", "You may be interested in the following topics",
                            "Other Posts You May Enjoy", "Good articles to read together",
                            "Pin this for later!", "Pin it for later", "Why Trust Us?"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kPromo) << label;
  }
}

TEST(LabelsTest, ProseThatStartsLikeAPromoIsNotOne) {
  EXPECT_EQ(ClassifyLabel("Watch how the tide rises over the old harbour wall each spring."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Related research has shown that the storms are getting stronger, "
                          "according to scientists at three universities who studied the data."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("The advertisement ran for three weeks."), LabelKind::kNone);
}

TEST(LabelsTest, PromoLeadInsInOtherLanguages) {
  for (const char* label : {"Schon gelesen?", "Ähnliche Artikel", "Zobacz także: Nowy most",
                            "También te puede interesar", "À lire également : la grève",
                            "Leia também", "Lees ook: de nieuwe brug", "Über den Autor"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kPromo) << label;
  }
}

TEST(LabelsTest, PictureCredits) {
  EXPECT_EQ(ClassifyLabel("Photo: Lena Berg / Coastal Planet"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Augusta National/Getty Images"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("The photo shows the harbour wall before the storm."), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Mara Lindqvist/AP"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Tom Okafor / Reuters"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("harbour wall after the storm.jpg"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("The ferry runs twice a day, and/or on demand."), LabelKind::kNone);
}

TEST(LabelsTest, AccountNotices) {
  EXPECT_EQ(ClassifyLabel("You must be logged in to post a comment."), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Sie müssen sich einloggen, um zu kommentieren."), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("By posting a comment, you agree that we store your name and email."),
            LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Le puede interesar: el nuevo puente"), LabelKind::kPromo);
}

// A post's toolbar: clap and comment counters in compact form, "Follow"
// and "Listen" buttons. A plain number, a year or a sentence stays.
TEST(LabelsTest, CompactCountsAndButtons) {
  EXPECT_EQ(ClassifyLabel("1.2K"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("15k"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("3.4M"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Follow"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Listen"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("34"), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("2026"), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("1.25M"), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Listen to the wind."), LabelKind::kNone);
  // A podcast's lead-in, as "Watch: ..." for a video.
  EXPECT_EQ(ClassifyLabel("Listen: The Valley Post podcast on school budgets"), LabelKind::kPromo);
}

// A paywall's offer box, line by line.
TEST(LabelsTest, NewsTipPleas) {
  EXPECT_EQ(ClassifyLabel("Have a news tip? Email us at tips@herald.example."), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("If you have any news tips you would like us to follow up, contact us."),
            LabelKind::kPromo);
  // An article about tips keeps its questions.
  EXPECT_EQ(ClassifyLabel("How do I pass along a news tip?"), LabelKind::kNone);
}

TEST(LabelsTest, PaywallOfferLines) {
  EXPECT_EQ(ClassifyLabel("You've read your 3 free articles this month"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Get unlimited digital access for €2.99 a month."), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Already a subscriber? Sign in"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Sie sind bereits Abonnent? Hier anmelden"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("The library offers free access to its archive this month."),
            LabelKind::kNone);
}

TEST(LabelsTest, ReadingTimesAndCopyrightLines) {
  EXPECT_EQ(ClassifyLabel("4 min read"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("12 minute read"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("What do you think?"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("© 2024 The Coastal Planet"), LabelKind::kLegal);
  EXPECT_EQ(ClassifyLabel("Copyright 2008 The Associated Press. All rights reserved. This "
                          "material may not be published or broadcast."),
            LabelKind::kLegal);
  EXPECT_EQ(ClassifyLabel("The copyright dispute went to court in 2019 and was settled."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("無断転載禁止"), LabelKind::kLegal);
  // A longer notice that opens with the sign or "Copyright <year>".
  const std::string notice =
      "© Copyright 2024 Coastal Wire. Coastal Wire content is the intellectual property of "
      "Coastal Wire or its third-party content providers. Any copying, republication or "
      "redistribution of its content, including by framing or similar means, is expressly "
      "prohibited without the prior written consent of Coastal Wire.";
  EXPECT_EQ(ClassifyLabel(notice), LabelKind::kLegal);
  // Prose about copyright as long is not one.
  EXPECT_EQ(ClassifyLabel("Copyright holders and the wire services argued for months over who "
                          "owns the photographs of the flood, and the court in the capital will "
                          "decide in spring whether the newspapers that printed them without "
                          "asking must pay, and how much, to the photographers who took them."),
            LabelKind::kNone);
}

TEST(LabelsTest, TeasersEndInTheLinkToTheStory) {
  EXPECT_EQ(ClassifyLabel("Andy Murray has cruised past the top seed in straight sets. Full Story"),
            LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Der Gemeinderat hat den Haushalt beschlossen … weiterlesen"),
            LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("She said she would read more."), LabelKind::kNone);
}

TEST(LabelsTest, Datelines) {
  EXPECT_EQ(ClassifyLabel("Published: 12/03/2009"), LabelKind::kDateline);
  EXPECT_EQ(ClassifyLabel("Last updated March 3, 2025 by Ann Lee."), LabelKind::kDateline);
  EXPECT_EQ(ClassifyLabel("Aktualisiert am 3. Mai 2024"), LabelKind::kDateline);
  EXPECT_EQ(ClassifyLabel("Published reports say the strike will go on."), LabelKind::kNone);
}

TEST(LabelsTest, WidgetsAndPlayerNotices) {
  EXPECT_EQ(ClassifyLabel("Share on Facebook"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("12 Comments"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Your browser does not support the video tag."),
            LabelKind::kPlayerNotice);
}

TEST(LabelsTest, MarkupShownAsText) {
  EXPECT_TRUE(LooksLikeMarkup(
      "$refs.menu.focus() )\" x-init=\"items = [{'id':12,'title':'Harbour news','url':'/news'},"
      "{'id':13,'title':'Ferries','url':'/ferries'},{'id':14,'title':'Weather','url':'/wx'},"
      "{'id':15,'title':'Tides','url':'/tides'}]\""));
  // Prose with a quotation and a colon stays prose.
  EXPECT_FALSE(LooksLikeMarkup(
      "\"We will rebuild the wall,\" the mayor said: the council agreed on Tuesday to spend four "
      "million euros on the harbour, and work starts in spring; the quay stays open to ferries, "
      "though the car park [near the old customs house] will close for a year."));
  EXPECT_FALSE(LooksLikeMarkup("{'id': 1}"));  // too short to tell
}

TEST(LabelsTest, ArticleToolLines) {
  for (const char* line :
       {"Email article: Email", "Print article: Print", "Text size: A A A", "Printer friendly page",
        "Send this article to a friend by e-mail", "Full list of categories: City guide » Shops",
        "Stocks Mentioned", "IN THIS ARTICLE"}) {
    EXPECT_EQ(ClassifyLabel(line), LabelKind::kWidget) << line;
  }
  EXPECT_EQ(ClassifyLabel("Brought to you by"), LabelKind::kAdLabel);
  EXPECT_EQ(ClassifyLabel("Loading..."), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("正在加载..."), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("In this article, we look at the harbour's three new ferries."),
            LabelKind::kNone);
}

TEST(LabelsTest, BlogPostFooters) {
  EXPECT_EQ(ClassifyLabel("This entry was posted on Monday, March 4th, 2024 at 4:48 pm and is "
                          "filed under Harbour, Storms, Town council, Ferries, Photos. You can "
                          "follow any responses to this entry through the RSS 2.0 feed. You can "
                          "leave a response, or trackback from your own site."),
            LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Der Beitrag wurde am Mittwoch, den 6. März 2024 um 15:21 Uhr "
                          "veröffentlicht und wurde unter Hafen abgelegt. Du kannst die "
                          "Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen."),
            LabelKind::kWidget);
}

TEST(LabelsTest, SiteNoticesAndDisclaimers) {
  for (const char* notice :
       {"This post contains references to products from one or more of our advertisers. We may "
        "receive compensation when you click on links to those products.",
        "The Harbour Gazette does not offer medical advice. If you are worried, call your doctor.",
        "The Harbour Gazette is a participant in the Amazon Services LLC Associates Program, an "
        "affiliate advertising program.",
        "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.",
        "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine "
        "Verbindung zu Mastodon her.",
        "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden von "
        "Inhalten anderer Anbieter blockiert.",
        "Benachrichtigung aktivieren Dürfen wir Sie über die wichtigsten Nachrichten "
        "informieren?",
        "Quayside Advisers is a registered adviser. Past performance is no guarantee of future "
        "results."}) {
    EXPECT_EQ(ClassifyLabel(notice), LabelKind::kLegal) << notice;
  }
}

TEST(LabelsTest, PromoPhrasesAnywhereInAShortLine) {
  for (const char* line :
       {"Diese Artikel könnten euch auch interessieren:", "Sign up for our newsletter",
        "Alle Neuigkeiten aus dem Hafen? Abonnieren Sie unseren Newsletter!",
        ">>> Jetzt die aktuelle Ausgabe bestellen! <<<", "Aktuelle Ausgabe",
        "Viel Spaß mit der neuen Ausgabe!", "2024 nichts mehr versäumen!",
        "¿Ya sabías que tenemos canal de Telegram? Únete aquí.", "Empfehlungen aus dem Shop",
        "Verwandte Themenbereiche",
        "Stay in the loop and follow us on Mastodon and Bluesky for the latest harbour news.",
        "Join our mailing list! A letter each time a new episode comes out.",
        "Tried this recipe? Tag us with a photo of your loaf!",
        "Join The Harbour Weekly Newsletter",
        "Want the week's ferry news in your inbox? The free Harbour Weekly letter has the "
        "timetables first. Subscribe here.",
        "Get the FREE eBook!", "Or call us directly 555-0100",
        "Love The Harbour Weekly? Tell your friends and get rewards.", "How was this issue?"}) {
    EXPECT_EQ(ClassifyLabel(line), LabelKind::kPromo) << line;
  }
  EXPECT_EQ(ClassifyLabel("Du musst eingeloggt sein, um Kommentare zu schreiben!"),
            LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Suggested citation: Doe, Jane: The harbour, 2024/3/4."),
            LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Share your story"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("The harbour master wrote a newsletter to every captain in the bay, "
                          "warning of the storm and of the closed channel."),
            LabelKind::kNone);
}

TEST(LabelsTest, FigureCaptionsWrittenAsParagraphs) {
  EXPECT_EQ(ClassifyLabel("Abbildung 4: Die Hafenmauer nach dem Sturm."), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Figure 2: Tide levels in March"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Abbildung: Der Hafen im Winter"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Figures from the harbour office show: more ships than ever."),
            LabelKind::kNone);
}

TEST(LabelsTest, CreditedCaptionsSourcesAndPagination) {
  EXPECT_EQ(ClassifyLabel("Die Fähre legt im Sturm an. | © Hafenamt/Jane Doe"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("The new pilot boat leaves the harbour. © Harbour Board"),
            LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Quelle: Hafenamt Nord, 2. Februar 2024"), LabelKind::kCredit);
  EXPECT_EQ(ClassifyLabel("Photo of the pier ©Jane Doe 2024"), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Es werden die Fähren 1 bis 10 von insgesamt 19 angezeigt!"),
            LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Showing 1-10 of 19 results"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Externer Inhalt"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Page 1 of 8"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Medically reviewed by Dr. Jane Doe"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Page 1 of the report"), LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Advertisement: New Harbour Guide!"), LabelKind::kAdLabel);
  EXPECT_EQ(ClassifyLabel("PIN FOR LATER"), LabelKind::kPromo);
  for (const char* notice :
       {"The Gazette is supported by commissions from providers listed on our site.",
        "We may earn commission from links on this page, but we only recommend what we use.",
        "We are a reader-supported website and accept no payment from ferry companies.",
        "Products are chosen independently by our editors.",
        "This story is funded by readers like you.",
        "Did you make this recipe? Please take a moment to leave a star rating."}) {
    EXPECT_EQ(ClassifyLabel(notice), LabelKind::kLegal) << notice;
  }
  EXPECT_EQ(ClassifyLabel("Warning: Use of undefined constant comments - assumed 'comments' "
                          "(this will throw an Error in a future version of PHP) in "
                          "/var/www/site/wp-content/themes/harbour/single.php on line 29"),
            LabelKind::kMarkup);
  EXPECT_EQ(ClassifyLabel("Warning: the harbour wall is closed on line 29 of the bus route."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Kennt ihr schon unseren Fährfinder? Ab sofort findet ihr alle Linien."),
            LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Gefällt dir unser Hafenmagazin? Wir haben entschieden, keine "
                          "Bezahlschranke einzuführen, denn wir möchten möglichst viele Leser "
                          "mit Nachrichten aus dem Hafen versorgen. Unterstütze uns!"),
            LabelKind::kLegal);
}

TEST(LabelsTest, AuthorBoxHeadings) {
  EXPECT_TRUE(IsAuthorBoxHeading("About the author..."));
  EXPECT_TRUE(IsAuthorBoxHeading("Über den Autor"));
  EXPECT_FALSE(IsAuthorBoxHeading("About the authority that runs the harbour"));
  EXPECT_FALSE(IsAuthorBoxHeading("Related articles"));
}

}  // namespace
}  // namespace newsift::classify
