// Golden tests: every testdata/pages/*.html page against its
// .expected.json (all fields) and .expected.txt (the text rendering).
// Expected files change only through tests/update_golden.sh and a reviewed
// diff.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "newsift/extract.h"
#include "newsift/output/json_writer.h"
#include "newsift/output/text_writer.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;

// All golden pages are judged as of this day, so that date checks do not
// depend on when the tests run. tests/update_golden.sh passes the same.
constexpr metadata::CivilDate kGoldenToday{2026, 1, 1};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> GoldenPages() {
  std::vector<std::string> names;
  const fs::path dir = fs::path(NEWSIFT_TESTDATA_DIR) / "pages";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".html") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const fs::path dir = fs::path(NEWSIFT_TESTDATA_DIR) / "pages";
  const std::string bytes = ReadAll(dir / (GetParam() + ".html"));
  PageInput page;
  page.bytes = bytes;
  page.source = GetParam() + ".html";
  ExtractOptions options;
  options.today = kGoldenToday;
  const Result<Article> article = ExtractPage(page, options);
  ASSERT_TRUE(article.ok()) << article.error().message;
  EXPECT_EQ(output::RenderJson(article.value(), {.pretty = true}),
            ReadAll(dir / (GetParam() + ".expected.json")));
  EXPECT_EQ(output::RenderText(article.value()), ReadAll(dir / (GetParam() + ".expected.txt")));
}

INSTANTIATE_TEST_SUITE_P(Pages, GoldenTest, ::testing::ValuesIn(GoldenPages()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           std::replace_if(
                               name.begin(), name.end(),
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

// Pages with no single article (section fronts, topic pages) in
// testdata/nocontent/: each must fail with kNoContent, not yield teasers.
std::vector<std::string> NoContentPages() {
  std::vector<std::string> names;
  const fs::path dir = fs::path(NEWSIFT_TESTDATA_DIR) / "nocontent";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".html") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class NoContentTest : public ::testing::TestWithParam<std::string> {};

TEST_P(NoContentTest, YieldsNoArticle) {
  const std::string bytes =
      ReadAll(fs::path(NEWSIFT_TESTDATA_DIR) / "nocontent" / (GetParam() + ".html"));
  ASSERT_FALSE(bytes.empty());
  const Result<Article> article = ExtractHtml(bytes);
  ASSERT_FALSE(article.ok()) << article.value().BodyText();
  EXPECT_EQ(article.error().code, ErrorCode::kNoContent);
}

INSTANTIATE_TEST_SUITE_P(Pages, NoContentTest, ::testing::ValuesIn(NoContentPages()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           std::replace_if(
                               name.begin(), name.end(),
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

}  // namespace
}  // namespace newsift
