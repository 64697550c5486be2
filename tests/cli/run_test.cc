#include "newsift/cli/run.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

const char kPage[] =
    "<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
    "<h1>Harbour wall to be rebuilt</h1>"
    "<p>The council voted on Tuesday to rebuild the harbour wall, which storms damaged last "
    "winter, at a cost of four million euros.</p></article></body></html>";

// Captures what Run() writes to its two streams.
class RunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("newsift_run_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    out_ = std::tmpfile();
    err_ = std::tmpfile();
  }
  void TearDown() override {
    std::fclose(out_);
    std::fclose(err_);
    std::filesystem::remove_all(dir_);
  }

  std::string Write(const std::string& name, const std::string& data) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << data;
    return path;
  }

  static std::string Slurp(std::FILE* f) {
    std::fflush(f);
    std::rewind(f);
    std::string s;
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) s.append(buffer, n);
    return s;
  }

  std::filesystem::path dir_;
  std::FILE* out_ = nullptr;
  std::FILE* err_ = nullptr;
};

TEST_F(RunTest, OneInputPrintsText) {
  Options options;
  options.inputs = {Write("a.html", kPage)};
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  const std::string out = Slurp(out_);
  EXPECT_EQ(out.rfind("Harbour wall to be rebuilt\n\nThe council voted", 0), 0u) << out;
  EXPECT_EQ(Slurp(err_), "");
}

TEST_F(RunTest, BadInputsAreReportedAndOthersStillProcessed) {
  Options options;
  const std::string good1 = Write("good1.html", kPage);
  const std::string empty = Write("empty.html", "");
  const std::string png = Write("img.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  const std::string nothing =
      Write("nothing.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
  const std::string good2 = Write("good2.html", kPage);
  const std::string missing = (dir_ / "missing.html").string();
  options.inputs = {good1, empty, png, missing, nothing, good2};
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kSomeFailed);
  const std::string out = Slurp(out_);
  // JSONL for several inputs, in input order, one line each.
  const size_t first = out.find("\"source\":\"" + good1 + "\"");
  const size_t second = out.find("\"source\":\"" + good2 + "\"");
  ASSERT_NE(first, std::string::npos) << out;
  ASSERT_NE(second, std::string::npos) << out;
  EXPECT_LT(first, second);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
  const std::string err = Slurp(err_);
  const size_t summary = err.find("newsift: 6 pages, 2 extracted, 4 failed, ");
  ASSERT_NE(summary, std::string::npos) << err;
  EXPECT_EQ(err.substr(err.size() - 3), " s\n");
  EXPECT_EQ(err.substr(0, summary), "newsift: " + empty + ": empty input\n" + "newsift: " + png +
                                        ": binary data, not an HTML page\n" +
                                        "newsift: " + missing + ": No such file or directory\n" +
                                        "newsift: " + nothing + ": no article content found\n");
}

TEST_F(RunTest, JsonForSeveralInputsIsOneArray) {
  Options options;
  options.format = Format::kJson;
  options.inputs = {Write("a.html", kPage), Write("b.html", kPage)};
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  const std::string out = Slurp(out_);
  EXPECT_EQ(out.rfind("[\n{\n", 0), 0u) << out;
  EXPECT_NE(out.find("\n},\n{\n"), std::string::npos);
  EXPECT_EQ(out.substr(out.size() - 4), "}\n]\n");
}

TEST_F(RunTest, TextForSeveralInputsHasHeaders) {
  Options options;
  options.format = Format::kText;
  options.body_only = true;
  const std::string a = Write("a.html", kPage);
  const std::string b = Write("b.html", kPage);
  options.inputs = {a, b};
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  const std::string out = Slurp(out_);
  EXPECT_EQ(out.rfind("==> " + a + " <==\nThe council voted", 0), 0u) << out;
  EXPECT_NE(out.find("\n\n==> " + b + " <==\n"), std::string::npos);
}

TEST_F(RunTest, MaxSizeApplies) {
  Options options;
  options.extract.max_input_bytes = 100;
  const std::string a = Write("a.html", kPage);
  options.inputs = {a};
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kSomeFailed);
  EXPECT_EQ(Slurp(err_),
            "newsift: " + a + ": input larger than the 100 bytes limit (see --max-size)\n");
}

}  // namespace
}  // namespace newsift::cli
