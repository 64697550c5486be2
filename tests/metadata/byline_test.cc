#include "newsift/metadata/byline.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

using Names = std::vector<std::string>;

TEST(ParseBylineTest, PrefixesAndSeparators) {
  EXPECT_EQ(ParseByline("By Jane Doe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe and John Roe"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(ParseByline("Jane Doe, John Roe & Ann Poe"),
            (Names{"Jane Doe", "John Roe", "Ann Poe"}));
  EXPECT_EQ(ParseByline("Von Max Mustermann und Erika Musterfrau"),
            (Names{"Max Mustermann", "Erika Musterfrau"}));
  EXPECT_EQ(ParseByline("Par Jean Dupont et Marie Curie"), (Names{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(ParseByline("作者：王伟、陈静"), (Names{"王伟", "陈静"}));
  EXPECT_EQ(ParseByline("Written by: Ana Souza"), (Names{"Ana Souza"}));
  // A lawyer's title before the name.
  EXPECT_EQ(ParseByline("Autor: Rechtsanwältin Eva Lorenz"), (Names{"Eva Lorenz"}));
  EXPECT_EQ(ParseByline("ByTravis Haney"), (Names{"Travis Haney"}));  // glued on
  EXPECT_EQ(ParseByline("Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL"),
            (Names{"JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL"}));
  EXPECT_EQ(ParseByline("Veröffentlicht vonChris Jung"), Names{});  // no space: not a prefix
}

// What follows a name and is no name describes that person, and so does
// everything after it; credentials between names do not end the list.
TEST(ParseBylineTest, DescriptionAfterTheName) {
  EXPECT_EQ(ParseByline("This post was written by Dana Pratt, Head of Marketing and Community "
                        "Development"),
            (Names{"Dana Pratt"}));
  EXPECT_EQ(ParseByline("This post was written by Vera Molina, MD, gastroenterologist, Lakeview "
                        "Health."),
            (Names{"Vera Molina"}));
  EXPECT_EQ(ParseByline("Posted by Ali Duran, Open Project Marketing, Examplesoft"),
            (Names{"Ali Duran"}));
  EXPECT_EQ(ParseByline("by Dana Burr, Senior Director, Content & Marketing, Example Institute"),
            (Names{"Dana Burr"}));
  EXPECT_EQ(ParseByline("By Ruth Mayer, MD, and Tom Oakes, PhD"),
            (Names{"Ruth Mayer", "Tom Oakes"}));
  // A credential's letters as a family name after a given name.
  EXPECT_EQ(ParseByline("Lin Ma, Ruth Mayer & Tom Oakes"),
            (Names{"Lin Ma", "Ruth Mayer", "Tom Oakes"}));
  EXPECT_EQ(ParseByline("By Ruth Mayer Ma"), (Names{"Ruth Mayer"}));
  EXPECT_EQ(ParseByline("Autor: Gabor Mirai, Datum: 03.Mär.19"), (Names{"Gabor Mirai"}));
  EXPECT_EQ(ParseByline("Vera Molina MD, Gastroenterologist, Lakeview Health"),
            (Names{"Vera Molina"}));
  EXPECT_EQ(ParseByline("Stefan Jurek AI Writer, Examplesoft"), (Names{"Stefan Jurek"}));
  EXPECT_EQ(ParseByline("Wednesday January 18, 2017 10:44 am"), Names{});
  EXPECT_EQ(ParseByline("Do 9 Apr 2020"), Names{});
  // A date before the name is skipped; numbers before other words are no date.
  EXPECT_EQ(ParseByline("Dec 17, 2025 Julian K. Arni"), (Names{"Julian K. Arni"}));
  EXPECT_EQ(ParseByline("12 Comments"), Names{});
  EXPECT_EQ(ParseByline("5 min read"), Names{});
  // Link labels and "updated" in other languages end the names.
  EXPECT_EQ(ParseByline("Print"), Names{});
  EXPECT_EQ(ParseByline("Uppdaterad 12 maj"), Names{});
}

// "Author" and "Text" are field names: without a colon they introduce a
// name only when two capitalised words follow.
TEST(ParseBylineTest, LabelNounsWithoutColon) {
  EXPECT_EQ(ParseByline("Author Lisa D. Ellis"), (Names{"Lisa D. Ellis"}));
  EXPECT_EQ(ParseByline("Author Spotlight"), Names{});
  EXPECT_EQ(ParseByline("Text Link"), Names{});
  EXPECT_EQ(ParseByline("Text Analytics 101"), Names{});
  EXPECT_EQ(ParseByline("Text: Anna Roth"), (Names{"Anna Roth"}));
  EXPECT_EQ(ParseByline("Contributors: Nora Lund"), (Names{"Nora Lund"}));
  EXPECT_EQ(ParseByline("Contributed by Nora Lund"), (Names{"Nora Lund"}));
  EXPECT_EQ(ParseByline("Contributor Guidelines"), Names{});
}

TEST(ParseBylineTest, ScriptsWithoutSpaces) {
  // A space parts two Chinese reporters; a reporter label says Chinese.
  EXPECT_EQ(ParseByline("记者 李䶮 王晓梅"), (Names{"李䶮", "王晓梅"}));
  EXPECT_EQ(ParseByline("本报记者 张三 通讯员 李四"), (Names{"张三", "李四"}));
  EXPECT_EQ(ParseByline("记者李䶮 王晓梅"), (Names{"李䶮", "王晓梅"}));
  EXPECT_EQ(ParseByline("（新华社记者 李䶮）"), (Names{"李䶮"}));
  EXPECT_EQ(ParseByline("文／王伟"), (Names{"王伟"}));
  EXPECT_EQ(ParseByline("李䶮 王晓梅", {.language = "zh-CN"}), (Names{"李䶮", "王晓梅"}));
  // ...a Japanese name's family and given names.
  EXPECT_EQ(ParseByline("記者 山田 太郎", {.language = "ja"}), (Names{"山田 太郎"}));
  EXPECT_EQ(ParseByline("山田 太郎"), (Names{"山田 太郎"}));
  // Korean puts the role after the name.
  EXPECT_EQ(ParseByline("김지현 기자"), (Names{"김지현"}));
  EXPECT_EQ(ParseByline("김지현 이민수 기자"), (Names{"김지현", "이민수"}));
  // A Thai name is a given and a family name; "โดย" ("by") needs a space
  // after it: "โดยเฉพาะ" is "especially".
  EXPECT_EQ(ParseByline("โดย สมชาย ใจดี"), (Names{"สมชาย ใจดี"}));
  EXPECT_EQ(ParseByline("โดย สมชาย ใจดี และ สมหญิง รักไทย"), (Names{"สมชาย ใจดี", "สมหญิง รักไทย"}));
  EXPECT_EQ(ParseByline("โดย ประยุทธ์ จันทร์โอชา"), (Names{"ประยุทธ์ จันทร์โอชา"}));
  EXPECT_EQ(ParseByline("โดยเฉพาะในช่วงเย็นวันศุกร์"), Names{});
  // Scripts without case; Greek bylines in the genitive.
  EXPECT_EQ(ParseByline("بقلم سلمى الحداد"), (Names{"سلمى الحداد"}));
  EXPECT_EQ(ParseByline("Της Κατερίνας Παπαδοπούλου"), (Names{"Κατερίνας Παπαδοπούλου"}));
}

// The ordinary words for "by" and "writer" of more languages.
TEST(ParseBylineTest, MoreLanguagesPrefixes) {
  EXPECT_EQ(ParseByline("Yazan: Ayşe Demirtaş"), (Names{"Ayşe Demirtaş"}));
  EXPECT_EQ(ParseByline("Yazar: Ayşe Demirtaş"), (Names{"Ayşe Demirtaş"}));
  EXPECT_EQ(ParseByline("Oleh: Dewi Lestari"), (Names{"Dewi Lestari"}));
  EXPECT_EQ(ParseByline("Oleh Dewi Lestari dan Budi Santoso"),
            (Names{"Dewi Lestari", "Budi Santoso"}));
  EXPECT_EQ(ParseByline("Penulis: Dewi Lestari"), (Names{"Dewi Lestari"}));
  EXPECT_EQ(ParseByline("Bởi Nguyễn Văn An"), (Names{"Nguyễn Văn An"}));
  EXPECT_EQ(ParseByline("Bởi Nguyễn Văn An và Trần Thị Mai"),
            (Names{"Nguyễn Văn An", "Trần Thị Mai"}));
  EXPECT_EQ(ParseByline("By Jane Dan Smith"), (Names{"Jane Dan Smith"}));
  EXPECT_EQ(ParseByline("מאת: דנה לוי"), (Names{"דנה לוי"}));
  EXPECT_EQ(ParseByline("מאת דנה לוי"), (Names{"דנה לוי"}));
  EXPECT_EQ(ParseByline("लेखक: राहुल शर्मा"), (Names{"राहुल शर्मा"}));
  EXPECT_EQ(ParseByline("Reportagem: Mariana Tavares"), (Names{"Mariana Tavares"}));
  EXPECT_EQ(ParseByline("Napisane przez Katarzyna Wiśniewska"), (Names{"Katarzyna Wiśniewska"}));
  EXPECT_EQ(ParseByline("Tekst: Katarzyna Wiśniewska"), (Names{"Katarzyna Wiśniewska"}));
  EXPECT_EQ(ParseByline("Testo di Giulia Ferraresi"), (Names{"Giulia Ferraresi"}));
  EXPECT_EQ(ParseByline("Redactat de Ion Popescu"), (Names{"Ion Popescu"}));
  EXPECT_EQ(ParseByline("Írta: Kovács Anna"), (Names{"Kovács Anna"}));
  EXPECT_EQ(ParseByline("Napsal: Jan Novák"), (Names{"Jan Novák"}));
  EXPECT_EQ(ParseByline("Skrevet af Mette Hansen"), (Names{"Mette Hansen"}));
  EXPECT_EQ(ParseByline("Kirjoittaja: Matti Virtanen"), (Names{"Matti Virtanen"}));
  EXPECT_EQ(ParseByline("Tekst Link"), Names{});
  // A place after a list of full names is no person.
  EXPECT_EQ(ParseByline("Von Lena Hoffmann und Markus Weber, Berlin"),
            (Names{"Lena Hoffmann", "Markus Weber"}));
  EXPECT_EQ(ParseByline("Por Lucía Fernández y Antonio Ruiz, Madrid"),
            (Names{"Lucía Fernández", "Antonio Ruiz"}));
  // The same words opening a sentence name nobody.
  EXPECT_EQ(ParseByline("Oleh karena itu pemerintah menunda"), Names{});
  EXPECT_EQ(ParseByline("Bởi vì trời mưa"), Names{});
}

TEST(ParseBylineTest, DropsRolesDatesAndWhatFollows) {
  EXPECT_EQ(ParseByline("By Jane Doe, Staff Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe | 5 min read"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe for Daily Mail Australia"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Jane Doe Updated 10:45 AM"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Von Isabel Roth am Samstag, 19. Oktober 2019"), (Names{"Isabel Roth"}));
  EXPECT_EQ(ParseByline("Luke Kim December 17, 2025"), (Names{"Luke Kim"}));
  EXPECT_EQ(ParseByline("By Theresa May"), (Names{"Theresa May"}));  // no number after "May"
  EXPECT_EQ(ParseByline("Christoph Hein Chefredakteur"), (Names{"Christoph Hein"}));
  EXPECT_EQ(ParseByline("Sam Stein Senior Politics Editor"), (Names{"Sam Stein"}));
  EXPECT_EQ(ParseByline("By Paul Frew, Home and Digital Security Expert"), (Names{"Paul Frew"}));
  EXPECT_EQ(ParseByline("Dylan Bailey, MS, RD, FAND"), (Names{"Dylan Bailey"}));
  EXPECT_EQ(ParseByline("Mara Quinn, E-RYT 200"), (Names{"Mara Quinn"}));
  EXPECT_EQ(ParseByline("Brian Truitt USA TODAY"), (Names{"Brian Truitt"}));
  EXPECT_EQ(ParseByline("By BARBARA VANCE Pittsburgh Post-Gazette"), (Names{"BARBARA VANCE"}));
  EXPECT_EQ(ParseByline("MIRA SWAN THE PRESS-ENTERPRISE"), (Names{"MIRA SWAN"}));
  EXPECT_EQ(ParseByline("Kris Falc'hon Kris Falc'hon"), (Names{"Kris Falc'hon"}));
  EXPECT_EQ(ParseByline("Pablo Ruiz Tagle M."), (Names{"Pablo Ruiz Tagle M."}));  // an initial
  EXPECT_EQ(ParseByline("Jane (Ann) Doe (@janedoe)"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Dr. Marna van der Merwe"), (Names{"Marna van der Merwe"}));
  EXPECT_EQ(ParseByline("Jane Doe Twitter Email"), (Names{"Jane Doe"}));
  // A sentence or other contributors after the names.
  EXPECT_EQ(ParseByline("Words by Jane Doe. Photos by John Roe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe. Additional reporting by John Roe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe with additional reporting by John Roe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By J. R. Smith and Mary Jones"), (Names{"J. R. Smith", "Mary Jones"}));
  EXPECT_EQ(ParseByline("By Jane Doe Jr. and John Roe"), (Names{"Jane Doe", "John Roe"}));
  // "of the newsroom" after the name.
  EXPECT_EQ(ParseByline("Por João Silva, da Redação"), (Names{"João Silva"}));
  // Russian and Ukrainian labels, capitalised.
  EXPECT_EQ(ParseByline("Автор: Иван Петров"), (Names{"Иван Петров"}));
  EXPECT_EQ(ParseByline("Текст: Іван Петренко"), (Names{"Іван Петренко"}));
}

TEST(ParseBylineTest, NoPersonNoName) {
  EXPECT_EQ(ParseByline("jane@example.com"), Names{});
  EXPECT_EQ(ParseByline("Associated Press"), Names{});
  EXPECT_EQ(ParseByline("Von dpa"), Names{});
  EXPECT_EQ(ParseByline("SEO Strategy"), Names{});  // a category
  EXPECT_EQ(ParseByline("By AOL Staff"), Names{});
  EXPECT_EQ(ParseByline("Britannica Editors"), Names{});
  EXPECT_EQ(ParseByline("The Texas Newsroom"), Names{});
  EXPECT_EQ(ParseByline("Updated 10:45 AM"), Names{});
  EXPECT_EQ(ParseByline("Publiziert am"), Names{});
  EXPECT_EQ(ParseByline("Von TVT-Redaktion"), Names{});
  EXPECT_EQ(ParseByline("Example.de-Redaktion", {.allow_user_names = true}), Names{});
  EXPECT_EQ(ParseByline("undefined", {.allow_user_names = true}), Names{});
  EXPECT_EQ(ParseByline("Organization for Transformative Works"), Names{});
  EXPECT_EQ(ParseByline("Agencies"), Names{});
  EXPECT_EQ(ParseByline("Tweet"), Names{});
  EXPECT_EQ(ParseByline("Anmelden"), Names{});
  EXPECT_EQ(ParseByline("CBC Sports"), Names{});
  EXPECT_EQ(ParseByline("Kneib Dentistry"), Names{});
  EXPECT_EQ(ParseByline("Redacción EC"), Names{});
  EXPECT_EQ(ParseByline("Feuerwehr Oldenburg, Abteilung Wasserrettung"), Names{});
  EXPECT_EQ(ParseByline("QCY Official", {.allow_user_names = true}), Names{});
  EXPECT_EQ(ParseByline("Wellness, Prevention"), Names{});
  EXPECT_EQ(ParseByline("Luxury Travel Expert"), Names{});  // a role without a person
  EXPECT_EQ(ParseByline("Tami Leod, Software Engineer"), (Names{"Tami Leod"}));
  EXPECT_EQ(ParseByline("Lisa Lange-Fricke"), (Names{"Lisa Lange-Fricke"}));
  EXPECT_EQ(ParseByline("Por: Agencia Reforma | 17 de Febrero 2020"), Names{});
  EXPECT_EQ(ParseByline("Name *"), Names{});
  EXPECT_EQ(ParseByline("David Fear's Most Recent Stories"), Names{});
}

TEST(ParseBylineTest, UserNamesOnlyWhenTheSourceSaysAuthor) {
  EXPECT_EQ(ParseByline("gizzmo"), Names{});
  EXPECT_EQ(ParseByline("gizzmo", {.allow_user_names = true}), (Names{"gizzmo"}));
  EXPECT_EQ(ParseByline("kirstin boatto", {.allow_user_names = true}), (Names{"kirstin boatto"}));
  // A phrase, not a user name: "your wedding bloggers", a photo credit.
  EXPECT_EQ(ParseByline("deinen Hochzeitsbloggern", {.allow_user_names = true}), Names{});
  EXPECT_EQ(ParseByline("Photograph by Tyrone Turk", {.allow_user_names = true}), Names{});
  EXPECT_EQ(ParseByline("Autor: Samuel Brandt (Sponsored Post), Redner bei example.com"),
            (Names{"Samuel Brandt"}));
}

TEST(BylinePrefixTest, PrefixesAndLabels) {
  EXPECT_TRUE(HasBylinePrefix("By Jane Doe"));
  EXPECT_TRUE(HasBylinePrefix("Autor: Jan Nowak"));
  EXPECT_FALSE(HasBylinePrefix("Byron Smith"));
  EXPECT_FALSE(HasBylinePrefix("By"));
  EXPECT_TRUE(IsBylineLabel("Written by"));
  EXPECT_TRUE(IsBylineLabel("Author:"));
  EXPECT_FALSE(IsBylineLabel("Written by Jane Doe"));
}

TEST(LooksLikePersonNameTest, Basics) {
  EXPECT_TRUE(LooksLikePersonName("Jane Doe"));
  EXPECT_TRUE(LooksLikePersonName("Zoë O'Brien-Smith"));
  EXPECT_TRUE(LooksLikePersonName("Ludwig van Beethoven"));
  EXPECT_FALSE(LooksLikePersonName("https://example.com/jane"));
  EXPECT_FALSE(LooksLikePersonName("A very long string that is clearly a sentence and not a name"));
  EXPECT_FALSE(LooksLikePersonName("community grassroots marketing"));
  EXPECT_FALSE(LooksLikePersonName("R"));
}

TEST(LooksLikeOrganisationTest, Basics) {
  EXPECT_TRUE(LooksLikeOrganisation("Acme Media Group"));
  EXPECT_TRUE(LooksLikeOrganisation("AFP"));
  EXPECT_TRUE(LooksLikeOrganisation("MECLABS"));  // one word in capitals, however long
  EXPECT_TRUE(LooksLikeOrganisation("dpa"));
  EXPECT_TRUE(LooksLikeOrganisation("example.com"));
  EXPECT_TRUE(LooksLikeOrganisation("The Commercial Appeal"));
  EXPECT_FALSE(LooksLikeOrganisation("Jane Doe"));
}

}  // namespace
}  // namespace newsift::metadata
