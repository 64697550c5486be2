#include "newsift/cli/run.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "newsift/cli/output_path.h"
#include "newsift/cli/plan.h"
#include "newsift/dom/document.h"

namespace newsift::cli {
namespace {

// Run() extracts on several threads: libxml2 must be initialised first,
// as main() does (its lazy initialisation is not thread-safe).
class LibXmlEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { scope_.emplace(); }
  void TearDown() override { scope_.reset(); }

 private:
  std::optional<dom::LibXmlScope> scope_;
};
const ::testing::Environment* const kLibXml =
    ::testing::AddGlobalTestEnvironment(new LibXmlEnvironment);

const char kPage[] =
    "<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
    "<h1>Harbour wall to be rebuilt</h1>"
    "<p>The council voted on Tuesday to rebuild the harbour wall, which storms damaged last "
    "winter, at a cost of four million euros.</p></article></body></html>";

// A small page whose body names `what`, so outputs can be told apart.
std::string Page(const std::string& what) {
  return "<html><head><title>" + what + "</title></head><body><article><h1>" + what +
         "</h1><p>The council voted on Tuesday to rebuild the " + what +
         ", which storms damaged last winter, at a cost of four million euros.</p>"
         "</article></body></html>";
}

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
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << data;
    return path;
  }

  static std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Every file under `root`, hidden ones included, relative and sorted.
  static std::vector<std::string> Files(const std::filesystem::path& root) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.is_regular_file()) files.push_back(entry.path().lexically_relative(root).string());
    }
    std::sort(files.begin(), files.end());
    return files;
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

TEST_F(RunTest, FolderToOutputFolderMirrorsTheTree) {
  Write("in/a/b/one.html", Page("harbour wall"));
  Write("in/a/two.htm", Page("town hall"));
  Write("in/a/two.html", Page("old bridge"));  // same stem, sorts later: full name
  // A folder walked between the two: two.html still sees two.htm's name.
  Write("in/a/two.htm.d/three.html", Page("ferry pier"));
  Write("in/style.css", "body { color: red }");
  Write("in/photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
  Write("in/.hidden.html", Page("hidden"));
  Write("in/one_files/frame.html", Page("frame"));
  Options options;
  options.format = Format::kJson;
  options.inputs = {(dir_ / "in").string()};
  options.output_dir = (dir_ / "out").string();
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  EXPECT_EQ(Slurp(out_), "");
  const std::string mirrored = MirrorPath((dir_ / "in").string());
  const std::filesystem::path out_root = dir_ / "out" / mirrored;
  EXPECT_EQ(
      Files(dir_ / "out"),
      (std::vector<std::string>{mirrored + "/a/b/one.json", mirrored + "/a/two.htm.d/three.json",
                                mirrored + "/a/two.html.json", mirrored + "/a/two.json"}));
  EXPECT_NE(ReadAll(out_root / "a/b/one.json").find("\"headline\": \"harbour wall\""),
            std::string::npos);
  EXPECT_NE(ReadAll(out_root / "a/two.json").find("town hall"), std::string::npos);
  EXPECT_NE(ReadAll(out_root / "a/two.html.json").find("old bridge"), std::string::npos);
  const std::string err = Slurp(err_);
  EXPECT_EQ(err.rfind("newsift: 4 pages, 4 extracted, 0 failed, 2 files not pages, ", 0), 0u)
      << err;
}

TEST_F(RunTest, SecondRunSkipsUpToDateOutputsAndForceRedoesThem) {
  Write("in/a.html", Page("harbour wall"));
  Write("in/b.html", Page("town hall"));
  Options options;
  options.quiet = true;
  options.inputs = {(dir_ / "in").string()};
  options.output_dir = (dir_ / "out").string();
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  const std::filesystem::path out_root = dir_ / "out" / MirrorPath((dir_ / "in").string());
  // Mark the outputs so that a rewrite shows.
  std::ofstream(out_root / "a.txt") << "kept";
  std::ofstream(out_root / "b.txt") << "kept";
  // b.html changes after its output was written: only it is redone.
  std::filesystem::last_write_time(
      dir_ / "in/b.html",
      std::filesystem::last_write_time(out_root / "b.txt") + std::chrono::seconds(5));
  options.quiet = false;
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  EXPECT_EQ(ReadAll(out_root / "a.txt"), "kept");
  EXPECT_NE(ReadAll(out_root / "b.txt").find("town hall"), std::string::npos);
  EXPECT_EQ(Slurp(err_).rfind("newsift: 1 page, 1 extracted, 0 failed, 1 up to date, ", 0), 0u);

  // An empty output (a power cut before the data reached the disk) is
  // never up to date.
  std::ofstream(out_root / "a.txt", std::ios::trunc).close();
  options.quiet = true;
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  EXPECT_NE(ReadAll(out_root / "a.txt").find("harbour wall"), std::string::npos);

  std::ofstream(out_root / "a.txt") << "kept";
  options.force = true;
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  EXPECT_NE(ReadAll(out_root / "a.txt").find("harbour wall"), std::string::npos);
}

TEST_F(RunTest, FailuresListFeedsBackIntoFilesFrom) {
  const std::string good = Write("in/good.html", Page("harbour wall"));
  const std::string bad = Write("in/nothing.html", "<html><body><nav><a href=/>Home</a></nav>");
  const std::string odd = Write("in/new\nline.html", "<html><body></body></html>");
  Options options;
  options.quiet = true;
  options.null_separated = true;
  options.inputs = {(dir_ / "in").string()};
  options.output_dir = (dir_ / "out").string();
  options.failures_path = (dir_ / "failed.list").string();
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kSomeFailed);
  EXPECT_EQ(ReadAll(dir_ / "failed.list"), odd + std::string(1, '\0') + bad + std::string(1, '\0'));
  // The names on stderr are made printable.
  EXPECT_NE(Slurp(err_).find("/new?line.html: no article content found"), std::string::npos);

  // Fix the pages, then retry just the failures.
  Write("in/nothing.html", Page("town hall"));
  Write("in/new\nline.html", Page("old bridge"));
  Options retry = options;
  retry.inputs.clear();
  retry.files_from = (dir_ / "failed.list").string();
  retry.failures_path = (dir_ / "failed-again.list").string();
  EXPECT_EQ(cli::Run(retry, out_, err_), ExitStatus::kOk);
  EXPECT_EQ(ReadAll(dir_ / "failed-again.list"), "");
  const std::filesystem::path out_root = dir_ / "out" / MirrorPath((dir_ / "in").string());
  EXPECT_NE(ReadAll(out_root / "nothing.txt").find("town hall"), std::string::npos);
  EXPECT_NE(ReadAll(out_root / "new\nline.txt").find("old bridge"), std::string::npos);
  EXPECT_NE(ReadAll(out_root / "good.txt").find("harbour wall"), std::string::npos);
}

TEST_F(RunTest, OutputOrderDoesNotDependOnThreads) {
  Options options;
  options.quiet = true;
  for (int i = 0; i < 60; ++i) {
    const std::string n = std::to_string(i);
    if (i % 7 == 3) {
      options.inputs.push_back((dir_ / "missing.html").string());
    } else {
      options.inputs.push_back(Write(std::string("p").append(n).append(".html"),
                                     Page(std::string("pier number ").append(n))));
    }
  }
  options.jobs = 1;
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kSomeFailed);
  const std::string one_out = Slurp(out_);
  const std::string one_err = Slurp(err_);
  for (unsigned jobs : {2u, 8u}) {
    std::fclose(out_);
    std::fclose(err_);
    out_ = std::tmpfile();
    err_ = std::tmpfile();
    options.jobs = jobs;
    EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kSomeFailed);
    EXPECT_EQ(Slurp(out_), one_out) << jobs << " jobs";
    EXPECT_EQ(Slurp(err_), one_err) << jobs << " jobs";
  }
  EXPECT_EQ(std::count(one_out.begin(), one_out.end(), '\n'), 51);
}

// A container whose record names try to climb out of -o: only the input
// path names the output.
class HostileContainer : public input::PageReader {
 public:
  explicit HostileContainer(std::string path) : path_(std::move(path)) {}
  bool Next(input::SourcedPage* page) override {
    if (next_ == 2) return false;
    page->source = path_ + "#../../../escape" + std::to_string(next_);
    page->url = "http://example.org/../../etc/passwd";
    page->bytes = Page(next_ == 0 ? "first record" : "second record");
    ++next_;
    return true;
  }

 private:
  std::string path_;
  int next_ = 0;
};

TEST_F(RunTest, ContainerNamesNeverBuildOutputPaths) {
  const std::string archive = Write("in/crawl.warc", "WARC/1.1\r\n");
  RunContext context;
  context.out = out_;
  context.err = err_;
  context.open_pages = [](const std::string& path, const input::ReadLimits&) {
    return Result<std::unique_ptr<input::PageReader>>(std::make_unique<HostileContainer>(path));
  };
  Options options;
  options.quiet = true;
  options.inputs = {archive};
  options.output_dir = (dir_ / "out").string();
  EXPECT_EQ(cli::Run(options, context), ExitStatus::kOk);
  const std::string output = MirrorPath(archive);
  EXPECT_EQ(Files(dir_ / "out"),
            std::vector<std::string>{output.substr(0, output.size() - 5) + ".txt"});
  const std::string text = ReadAll(dir_ / "out" / (output.substr(0, output.size() - 5) + ".txt"));
  EXPECT_NE(text.find("==> " + archive + "#../../../escape0 <==\n"), std::string::npos) << text;
  EXPECT_NE(text.find("second record"), std::string::npos);
  EXPECT_EQ(Files(dir_).size(), 2u);  // the container and its one output
}

TEST_F(RunTest, OutputNeverOverwritesAnInput) {
  // An HTML page saved as .txt, cleaned in place: its output must not be
  // itself, whatever spelling or link leads to it.
  const std::string page = Write("page.txt", Page("harbour wall"));
  std::filesystem::create_symlink(dir_ / "page.txt", dir_ / "alias.html");
  Options options;
  options.quiet = true;
  options.inputs = {"alias.html"};
  options.output_dir = ".";
  const std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir_);
  // alias.html -> ./alias.txt: not the input. Now make the output name a
  // link to the input, as a hostile tree could.
  std::filesystem::create_symlink("page.txt", dir_ / "alias.txt");
  const ExitStatus status = cli::Run(options, out_, err_);
  options.inputs = {"page.txt"};
  const ExitStatus in_place = cli::Run(options, out_, err_);
  std::filesystem::current_path(cwd);
  EXPECT_EQ(status, ExitStatus::kSomeFailed);
  EXPECT_EQ(Slurp(err_), "newsift: alias.html: output ./alias.txt is the input itself\n");
  EXPECT_EQ(in_place, ExitStatus::kOk);
  EXPECT_EQ(ReadAll(page), Page("harbour wall"));
  EXPECT_NE(ReadAll(dir_ / "page.txt.txt").find("harbour wall"), std::string::npos);
}

TEST_F(RunTest, OutputFolderInsideTheInputIsNotReadBack) {
  Write("tree/a.html", Page("harbour wall"));
  Options options;
  options.quiet = true;
  options.format = Format::kJson;
  options.inputs = {(dir_ / "tree").string()};
  options.output_dir = (dir_ / "tree/clean").string();
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  // Outputs that look like pages, to be sure the walk skips the folder
  // rather than the content check.
  for (const std::string& file : Files(dir_ / "tree/clean")) {
    std::ofstream(dir_ / "tree/clean" / file) << Page("not an input");
  }
  options.force = true;
  options.quiet = false;
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  EXPECT_EQ(Slurp(err_).rfind("newsift: 1 page, 1 extracted, 0 failed, ", 0), 0u);

  // In place: outputs land beside the pages and are not read back.
  options.output_dir = dir_.string();
  options.inputs = {"tree"};
  const std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir_);
  options.output_dir = ".";
  std::ofstream("tree/b.json") << Page("an old output");
  ASSERT_EQ(cli::Run(options, out_, err_), ExitStatus::kOk);
  std::filesystem::current_path(cwd);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "tree/a.json"));
}

TEST_F(RunTest, StopFlagEndsTheRunWithWholeOutputs) {
  for (int i = 0; i < 200; ++i) {
    Write("in/p" + std::to_string(1000 + i) + ".html", Page("pier " + std::to_string(i)));
  }
  std::atomic<bool> stop{true};  // Ctrl-C before the first page
  RunContext context;
  context.out = out_;
  context.err = err_;
  context.stop = &stop;
  Options options;
  options.inputs = {(dir_ / "in").string()};
  options.output_dir = (dir_ / "out").string();
  EXPECT_EQ(cli::Run(options, context), ExitStatus::kInterrupted);
  const std::string err = Slurp(err_);
  EXPECT_NE(err.find(", interrupted, "), std::string::npos) << err;
  stop = false;
  EXPECT_EQ(cli::Run(options, context), ExitStatus::kOk);
  EXPECT_EQ(Files(dir_ / "out").size(), 200u);
}

TEST_F(RunTest, UsageErrors) {
  Options options;
  options.inputs = {"-"};
  options.output_dir = (dir_ / "out").string();
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kUsage);
  options.output_dir.reset();
  options.files_from = "-";
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kUsage);
  options.inputs.clear();
  options.files_from = (dir_ / "no-such-list").string();
  EXPECT_EQ(cli::Run(options, out_, err_), ExitStatus::kUsage);
  EXPECT_EQ(Slurp(err_),
            "newsift: -o needs file names: standard input has none to mirror\n"
            "newsift: standard input can be read only once\n"
            "newsift: --files-from " +
                (dir_ / "no-such-list").string() + ": No such file or directory\n");
}

TEST(SplitNameListTest, LinesAndNuls) {
  EXPECT_EQ(SplitNameList("a.html\r\nb c.html\n\n", false),
            (std::vector<std::string>{"a.html", "b c.html"}));
  EXPECT_EQ(SplitNameList(std::string("a\nb\0c\0", 6), true),
            (std::vector<std::string>{"a\nb", "c"}));
}

}  // namespace
}  // namespace newsift::cli
