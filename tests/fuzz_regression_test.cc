// Replays, through each fuzz target's body (fuzz/fuzz_targets.h), every
// input kept in fuzz/regressions/<target>/ (inputs that once crashed or
// hung a target) and every test page: the fuzz targets' checks run in
// every test build, sanitizers included, without clang or libFuzzer.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "fuzz_targets.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class FuzzRegressionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegressionTest, KeptInputsAndTestPagesPass) {
  const fuzz::FuzzTarget target = fuzz::FindTarget(GetParam());
  ASSERT_NE(target, nullptr);
  std::vector<fs::path> files = FilesUnder(fs::path(NEWSIFT_FUZZ_DIR) / "regressions" / GetParam());
  for (const char* dir : {"pages", "encoding", "containers"}) {
    const std::vector<fs::path> more = FilesUnder(fs::path(NEWSIFT_TESTDATA_DIR) / dir);
    files.insert(files.end(), more.begin(), more.end());
  }
  ASSERT_FALSE(files.empty());
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    const std::string bytes = ReadAll(file);
    target(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressionTest,
                         ::testing::Values("decode", "extract", "gzip", "mhtml", "warc"));

}  // namespace
}  // namespace newsift
