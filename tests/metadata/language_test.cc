#include "newsift/metadata/language.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

TEST(NormalizeLanguageTagTest, Forms) {
  EXPECT_EQ(NormalizeLanguageTag("en"), "en");
  EXPECT_EQ(NormalizeLanguageTag("en_us"), "en-US");
  EXPECT_EQ(NormalizeLanguageTag(" DE-at "), "de-AT");
  EXPECT_EQ(NormalizeLanguageTag("zh-hant-tw"), "zh-Hant");
  EXPECT_EQ(NormalizeLanguageTag("x"), std::nullopt);
  EXPECT_EQ(NormalizeLanguageTag("{{lang}}"), std::nullopt);
}

TEST(GuessLanguageTest, ScriptsAndFunctionWords) {
  EXPECT_EQ(
      GuessLanguage("The council said that the wall of the harbour is to be rebuilt with care and "
                    "that work is due to start."),
      "en");
  EXPECT_EQ(GuessLanguage("Der Rat hat beschlossen, dass die Mauer nicht mit dem alten Stein und "
                          "die Straße neu gebaut wird."),
            "de");
  EXPECT_EQ(GuessLanguage(
                "東京都は十日、新しい防潮堤の建設を始めると発表した。工事は来年春に始まる予定だ。"),
            "ja");
  EXPECT_EQ(
      GuessLanguage("市政府周二宣布将重建港口防波堤，工程预计明年春季开始，耗资约四百万欧元。"),
      "zh");
  EXPECT_EQ(
      GuessLanguage("Городской совет во вторник проголосовал за восстановление стены гавани."),
      "ru");
  EXPECT_EQ(GuessLanguage("short"), std::nullopt);
}

}  // namespace
}  // namespace newsift::metadata
