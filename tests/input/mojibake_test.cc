#include "newsift/input/mojibake.h"

#include <string>

#include <gtest/gtest.h>

#include "newsift/extract.h"
#include "newsift/text/utf8.h"

namespace newsift::input {
namespace {

// What an upstream system did to the text: its UTF-8 bytes read as
// windows-1252 (undefined bytes kept as C1 controls, as browsers do) and
// written out as UTF-8 again.
std::string DoubleEncode(const std::string& utf8) {
  static const char32_t kHigh[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  for (const char ch : utf8) {
    const auto byte = static_cast<unsigned char>(ch);
    const char32_t cp = byte >= 0x80 && byte < 0xA0 ? kHigh[byte - 0x80] : byte;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string Repaired(std::string s) {
  RepairMojibake(&s);
  return s;
}

TEST(RepairMojibakeTest, DoubleEncodedPunctuationAndAccents) {
  EXPECT_EQ(DoubleEncode("it’s"), "it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s");  // "itâ€™s"
  const std::string original =
      "It’s a “café” — the Müller family’s crème brûlée costs 5 € and it’s good.";
  std::string damaged = DoubleEncode(original);
  EXPECT_GT(RepairMojibake(&damaged), 3u);
  EXPECT_EQ(damaged, original);
}

TEST(RepairMojibakeTest, EveryScript) {
  for (const std::string original :
       {"Привет, как дела? Всё хорошо, спасибо.", "中文新闻：北京今天下雨，气温十度。",
        "ニュース：東京で雨、気温は十度。", "Ελληνικά: καλημέρα σας, τι κάνετε;",
        "مرحبا بكم في الأخبار اليوم", "Emoji 😀 and 🚀 and 🎉 in text"}) {
    EXPECT_EQ(Repaired(DoubleEncode(original)), original) << original;
  }
}

TEST(RepairMojibakeTest, EncodedTwiceOver) {
  const std::string original = "Don’t say “never” — it’s a café.";
  EXPECT_EQ(Repaired(DoubleEncode(DoubleEncode(original))), original);
}

TEST(RepairMojibakeTest, IsoLatin1C1ControlsToo) {
  // "it’s" read as ISO-8859-1: E2 80 99 -> U+00E2 U+0080 U+0099.
  const std::string damaged =
      "it\xC3\xA2\xC2\x80\xC2\x99s, they\xC3\xA2\xC2\x80\xC2\x99re, we\xC3\xA2\xC2\x80\xC2\x99ve";
  EXPECT_EQ(Repaired(damaged), "it’s, they’re, we’ve");
}

TEST(RepairMojibakeTest, CleanTextIsUntouched) {
  for (const std::string clean :
       {"Plain ASCII text.", "Grüße aus München: „Gruß“, sagte er — «CAFÉ\u00A0» et ÉTÉ…",
        "Ação, coração, São Paulo, NÃO, ÃO", "Ñandú ¿qué? ¡Olé! Ï Ð × Þ", "Привет, мир", "中文",
        "Â (A circumflex) alone, Ã alone at the end Ã",
        "« Une nécessité\u00A0», « la société\u00A0», « en été\u00A0», « à\u00A0» ; "
        "perché…” così…” città…”"}) {
    std::string s = clean;
    EXPECT_EQ(RepairMojibake(&s), 0u) << clean;
    EXPECT_EQ(s, clean);
  }
}

TEST(RepairMojibakeTest, TooLittleEvidenceIsLeftAlone) {
  // Two examples in an article about mojibake are quoted, not damage.
  const std::string text = "You may see CafÃ© for Café, or itâ€™s for it’s.";
  std::string s = text;
  EXPECT_EQ(RepairMojibake(&s), 0u);
  EXPECT_EQ(s, text);
}

TEST(RepairMojibakeTest, AmbiguousCapitalBeforeAQuoteStaysOnADamagedPage) {
  // "ß“" is the bytes of U+07D3 read as windows-1252, but also German
  // typography: never repaired, even where the rest is.
  const std::string damaged = DoubleEncode("Café, crème, brûlée. ") + "„Gruß“, « la société\u00A0»";
  EXPECT_EQ(Repaired(damaged), "Café, crème, brûlée. „Gruß“, « la société\u00A0»");
  // Inside a run, the same characters are damage: "т" is "Ñ‚".
  EXPECT_EQ(Repaired(DoubleEncode("Café, crème, brûlée, привет, пост")),
            "Café, crème, brûlée, привет, пост");
}

TEST(RepairMojibakeTest, InvalidSequencesAreNotMade) {
  // Overlong (C0/C1 leads are not candidates), surrogates (ED A0..),
  // past U+10FFFF (F4 90..), truncated sequences at the end.
  for (const std::string s :
       {"Ã­Ã­Ã­ \xC3\xAD\xC2\xA0\xC2\x80", "\xC3\xB4\xC2\x90\xC2\x80\xC2\x80 x3 x3 x3",
        "CafÃ© CafÃ© CafÃ© â€", "CafÃ© CafÃ© CafÃ© Ã"}) {
    std::string repaired = s;
    RepairMojibake(&repaired);
    // Whatever was repaired, the result is valid UTF-8 and no longer.
    EXPECT_LE(repaired.size(), s.size());
    size_t pos = 0;
    while (pos < repaired.size()) EXPECT_NE(text::NextCodePoint(repaired, &pos), U'\uFFFD');
  }
  std::string surrogate = "CafÃ© CafÃ© CafÃ© \xC3\xAD\xC2\xA0\xC2\x80";
  RepairMojibake(&surrogate);
  EXPECT_EQ(surrogate, "Café Café Café \xC3\xAD\xC2\xA0\xC2\x80");
  std::string too_high = "CafÃ© CafÃ© CafÃ© \xC3\xB4\xC2\x90\xC2\x80\xC2\x80";
  RepairMojibake(&too_high);
  EXPECT_EQ(too_high, "Café Café Café \xC3\xB4\xC2\x90\xC2\x80\xC2\x80");
}

TEST(RepairMojibakeTest, ExtractRepairsUnlessAskedNotTo) {
  const std::string page =
      "<html><head><meta charset=utf-8><title>x</title></head><body><article><h1>" +
      DoubleEncode("Café owners’ “big” day") + "</h1><p>" +
      DoubleEncode(
          "The café’s owners say it’s been a long year — but the crème brûlée is back, and "
          "the queue outside the door proves that people have missed it very much indeed.") +
      "</p></article></body></html>";
  Result<Article> repaired = ExtractHtml(page);
  ASSERT_TRUE(repaired.ok());
  EXPECT_EQ(repaired.value().headline, "Café owners’ “big” day");
  ASSERT_FALSE(repaired.value().body.empty());
  EXPECT_TRUE(repaired.value().body[0].text.starts_with("The café’s owners say it’s been"));

  ExtractOptions keep;
  keep.repair_mojibake = false;
  Result<Article> kept = ExtractHtml(page, keep);
  ASSERT_TRUE(kept.ok());
  // (The parser drops the C1 control that ends the damaged "”".)
  ASSERT_TRUE(kept.value().headline.has_value());
  EXPECT_TRUE(kept.value().headline->starts_with(DoubleEncode("Café owners’")));
}

}  // namespace
}  // namespace newsift::input
