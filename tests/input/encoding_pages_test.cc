// Every page of testdata/encoding/ (see make_pages.py there): decoded with
// the encoding its name gives, and extracted to the article's headline and
// paragraphs, the same text as the article's UTF-8 page.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "input/encoding_internal.h"
#include "input/gzip_util.h"
#include "newsift/extract.h"
#include "newsift/input/encoding.h"
#include "newsift/output/text_writer.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;
using testing::ReadTestdata;

std::vector<std::string> EncodingPages() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fs::path(NEWSIFT_TESTDATA_DIR) / "encoding")) {
    if (entry.path().extension() == ".html") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = text.find('\n', pos);
    lines.push_back(text.substr(pos, end - pos));
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return lines;
}

class EncodingPagesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EncodingPagesTest, DecodesAndExtractsTheWholeArticle) {
  // <article>.<encoding>[.<variant>].html
  const std::string& name = GetParam();
  const size_t dot = name.find('.');
  const std::string article_name = name.substr(0, dot);
  const size_t dot2 = name.find('.', dot + 1);
  const std::string encoding = name.substr(dot + 1, dot2 - dot - 1);
  const std::string bytes = ReadTestdata("encoding/" + name);

  const Result<input::Decoded> decoded = input::DecodeToUtf8(bytes);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().encoding, encoding);

  const Result<Article> article = ExtractHtml(bytes);
  ASSERT_TRUE(article.ok()) << article.error().message;
  const std::vector<std::string> expected =
      Lines(ReadTestdata("encoding/" + article_name + ".expected.txt"));
  ASSERT_GE(expected.size(), 2u);
  EXPECT_EQ(article.value().headline, expected[0]);
  // Every paragraph is kept whole: text in scripts without spaces between
  // words (Chinese, Japanese, Thai) must not be scored as too short.
  for (size_t i = 1; i < expected.size(); ++i) {
    const auto& body = article.value().body;
    EXPECT_TRUE(std::any_of(body.begin(), body.end(),
                            [&](const Block& block) { return block.text == expected[i]; }))
        << "paragraph " << i << " missing";
  }
  const Result<Article> utf8 =
      ExtractHtml(ReadTestdata("encoding/" + article_name + ".utf-8.html"));
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(output::RenderText(article.value()), output::RenderText(utf8.value()));
}

INSTANTIATE_TEST_SUITE_P(Pages, EncodingPagesTest, ::testing::ValuesIn(EncodingPages()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           std::replace_if(
                               name.begin(), name.end(),
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

// ICU has no model of Thai, so newsift tells windows-874 by where Thai puts
// its vowel and tone marks. No other legacy page of the set (Chinese,
// Japanese and Korean double-byte text, Cyrillic, Greek, Arabic, Latin)
// passes for it, and a page that is UTF-8 does not either.
TEST(Windows874Test, OnlyThaiBytesLookLikeWindows874) {
  int thai = 0;
  for (const std::string& name : EncodingPages()) {
    const bool is_thai = name.starts_with("th-saphan.windows-874");
    thai += is_thai;
    EXPECT_EQ(input::internal::LooksLikeWindows874(ReadTestdata("encoding/" + name)), is_thai)
        << name;
  }
  EXPECT_EQ(thai, 3);
  // Too little Thai to judge.
  EXPECT_FALSE(input::internal::LooksLikeWindows874("<p>\xA1\xD4\xB9</p>"));
}

}  // namespace
}  // namespace newsift
