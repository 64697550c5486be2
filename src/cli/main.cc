// The newsift command: maps the command line to cli::Options and the
// result to an exit code. The only file that sees CLI11.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "newsift/cli/options.h"
#include "newsift/cli/run.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"
#include "newsift/version.h"

namespace {

using newsift::cli::ExitStatus;

// Set by SIGINT/SIGTERM; Run() then stops taking pages and winds down.
std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void OnStopSignal(int /*signal*/) { g_stop.store(true); }

// The first Ctrl-C asks for a clean stop; the handler then resets itself,
// so a second one ends the process at once (outputs are still whole). A
// signal the caller ignored stays ignored, as shells arrange for
// background jobs (`newsift ... &` must not stop on the terminal's Ctrl-C).
void InstallStopHandlers() {
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = static_cast<int>(SA_RESTART | SA_RESETHAND);
  for (const int signal : {SIGINT, SIGTERM}) {
    struct sigaction old = {};
    if (sigaction(signal, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(signal, &action, nullptr);
  }
}

constexpr const char* kDescription =
    "newsift: extract the article from saved news pages.\n"
    "Prints the headline, publication date, authors, key-point bullets, body\n"
    "text and image captions of each page, without cookie banners, navigation,\n"
    "ads, promos, share bars, comments or footers.";

constexpr const char* kFooter =
    "INPUT is an HTML file, a folder, or - for standard input (the default).\n"
    "Files are recognised by content: HTML in any encoding, gzip- or\n"
    "zstd-compressed pages, MHTML (saved \"single file\" pages), saved HTTP\n"
    "responses, and WARC web archives (.warc, .warc.gz, .warc.zst), whose HTML\n"
    "responses are each one article, with source FILE#<record-id>.\n"
    "\n"
    "Folders and batches:\n"
    "  A folder is walked recursively, in name order; its files are taken by\n"
    "  content (HTML pages and the containers newsift reads), skipping hidden\n"
    "  files and folders and the NAME_files folders browsers save beside pages.\n"
    "  Without -o, results go to standard output in input order (jsonl when\n"
    "  there are several inputs), whatever -j. With -o DIR, each input gets one\n"
    "  output file under DIR mirroring its path (a/b/page.html ->\n"
    "  DIR/a/b/page.txt, or .json with -f json), written whole or not at all;\n"
    "  inputs whose output is newer than they are skipped unless --force.\n"
    "  Progress shows on stderr when it is a terminal; a summary line ends\n"
    "  every batch (-q silences both). Ctrl-C stops cleanly: pages in progress\n"
    "  are finished, the summary is printed, exit status 130.\n"
    "\n"
    "Output formats:\n"
    "  text   headline, date, \"By\" line, \"- \" bullets, paragraphs separated by\n"
    "         blank lines, \"Caption: text (credit)\" lines. Several inputs are\n"
    "         each preceded by a \"==> FILE <==\" line.\n"
    "  json   one pretty-printed object (an array of them for several inputs)\n"
    "  jsonl  one object per line, in input order\n"
    "  JSON keys, always present and in this order: source, url, headline, date,\n"
    "  modified, authors, language, site_name, description, bullets, body,\n"
    "  captions ([{\"text\", \"credit\"}]); null or [] when unknown. Dates are\n"
    "  ISO 8601 as precise as the page states them (2019-10-10,\n"
    "  2019-10-10T07:51:00, 2019-10-10T07:51:00+05:30).\n"
    "\n"
    "Exit status:\n"
    "  0  every input was extracted\n"
    "  1  at least one input failed; each failure is one line on stderr,\n"
    "     \"newsift: FILE: reason\", and the other inputs are still processed\n"
    "     (a page without an article fails with \"no article content found\")\n"
    "  2  usage error\n"
    "  3  internal error (a bug; please report it)\n"
    "  130  interrupted (SIGINT/SIGTERM); outputs written so far are whole\n"
    "\n"
    "Examples:\n"
    "  newsift page.html\n"
    "  curl -s https://example.com/story | newsift --url https://example.com/story\n"
    "  newsift --body-only page.html | wc -w\n"
    "  newsift -f jsonl archive/*.html > articles.jsonl\n"
    "  newsift -o clean/ archive/        # clean/archive/..., nightly: only new pages\n"
    "  find archive -name '*.htm*' -print0 | newsift -0 --files-from - -o clean\n"
    "  newsift -o clean --failures failed.txt archive; newsift -o clean --files-from failed.txt\n"
    "  newsift --explain page.html     # why each block was kept or dropped";

int RealMain(int argc, char** argv) {
  newsift::cli::Options options;
  CLI::App app{kDescription, "newsift"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("newsift ") + newsift::kVersion);
  app.get_formatter()->column_width(26);

  app.add_option("INPUT", options.inputs, "HTML files or folders to read; - is standard input");
  std::string format = "auto";
  app.add_option("-f,--format", format,
                 "Output format: text, json or jsonl (default: text for one input, "
                 "jsonl for several)")
      ->check(CLI::IsMember({"auto", "text", "json", "jsonl"}))
      ->type_name("FORMAT");
  app.add_flag("--body-only", options.body_only, "Print only the body text");
  std::string url;
  app.add_option("--url", url,
                 "The page's address: resolves relative links and is the url when the "
                 "page names none")
      ->type_name("URL");
  std::string encoding;
  bool keep_mojibake = false;
  app.add_option("--encoding", encoding,
                 "Decode input with this encoding (e.g. windows-1252, shift_jis), "
                 "whatever the page declares")
      ->type_name("NAME");
  app.add_flag("--keep-mojibake", keep_mojibake,
               "Leave double-encoded UTF-8 as it is (by default \"letâ€™s\" becomes "
               "\"let’s\" on pages that show clear signs of it)");
  std::string now;
  app.add_option("--now", now,
                 "Treat this day as today: later publication dates are rejected "
                 "(default: today, UTC)")
      ->type_name("YYYY-MM-DD");
  std::string max_size = "64M";
  app.add_option("--max-size", max_size,
                 "Refuse pages larger than this, after decompression (bytes, or with "
                 "k/M/G suffix; default 64M)")
      ->type_name("SIZE");
  std::string output_dir;
  app.add_option("-o,--output", output_dir,
                 "Write one output file per input under DIR, mirroring the input paths")
      ->type_name("DIR");
  std::string files_from;
  app.add_option("--files-from", files_from,
                 "Also read the inputs named in FILE, one per line (- for standard input)")
      ->type_name("FILE");
  app.add_flag("-0,--null", options.null_separated,
               "--files-from and --failures lists are NUL-separated (find -print0)");
  app.add_option("-j,--jobs", options.jobs,
                 "Worker threads (default: one per core); output order does not change")
      ->check(CLI::Range(1u, 256u))
      ->type_name("N");
  app.add_flag("--force", options.force, "With -o, redo inputs whose output is up to date");
  std::string failures;
  app.add_option("--failures", failures,
                 "Write the inputs that failed to FILE, for a later --files-from")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", options.quiet,
               "No progress line and no summary (failures are still reported)");
  double time_limit = 10;
  app.add_option("--time-limit", time_limit,
                 "Give up on a page after this many seconds of CPU time (default 10; "
                 "0: no limit)")
      ->check(CLI::Range(0.0, 86400.0))
      ->type_name("SECONDS");
  app.add_flag("--explain", options.explain,
               "Instead of the article, print every text block with its score, "
               "the decision (KEEP/drop) and the reason");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "newsift: %s\nTry 'newsift --help' for more information.\n", e.what());
    return static_cast<int>(ExitStatus::kUsage);
  }

  auto usage_error = [](const std::string& message) {
    std::fprintf(stderr, "newsift: %s\nTry 'newsift --help' for more information.\n",
                 message.c_str());
    return static_cast<int>(ExitStatus::kUsage);
  };
  if (format != "auto") options.format = *newsift::cli::ParseFormat(format);
  if (!output_dir.empty()) options.output_dir = output_dir;
  if (!files_from.empty()) options.files_from = files_from;
  if (!failures.empty()) options.failures_path = failures;
  // A page typed or piped into standard input is no batch to show progress for.
  const bool stdin_only =
      !options.files_from &&
      (options.inputs.empty() || (options.inputs.size() == 1 && options.inputs[0] == "-"));
  options.progress = !options.quiet && !stdin_only && ::isatty(STDERR_FILENO) == 1;
  if (!url.empty()) options.extract.url = url;
  if (!encoding.empty()) options.extract.encoding = encoding;
  options.extract.repair_mojibake = !keep_mojibake;
  if (now.empty()) {
    options.extract.today = newsift::metadata::TodayUtc();
  } else if (auto day = newsift::metadata::ParseCivilDate(now)) {
    options.extract.today = *day;
  } else {
    return usage_error("--now: expected a date as YYYY-MM-DD, got '" + now + "'");
  }
  if (auto size = newsift::cli::ParseSize(max_size); size && *size > 0) {
    options.extract.max_input_bytes = *size;
  } else {
    return usage_error("--max-size: expected a size such as 64M, got '" + max_size + "'");
  }

  options.extract.time_limit =
      std::chrono::milliseconds(static_cast<int64_t>(std::ceil(time_limit * 1000)));

  // "newsift" typed alone at a prompt would wait silently for a page.
  if (options.inputs.empty() && !options.files_from && ::isatty(STDIN_FILENO) == 1 &&
      ::isatty(STDERR_FILENO) == 1) {
    std::fprintf(stderr,
                 "newsift: reading a page from standard input (end with Ctrl-D; "
                 "'newsift --help' for usage)\n");
  }

  const newsift::dom::LibXmlScope libxml;
  InstallStopHandlers();
  newsift::cli::RunContext context;
  context.stop = &g_stop;
  return static_cast<int>(newsift::cli::Run(options, context));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return RealMain(argc, argv);
  } catch (const std::exception& e) {  // a bug or bad_alloc, never a bad page
    std::fprintf(stderr, "newsift: internal error: %s\n", e.what());
  }
  return static_cast<int>(ExitStatus::kInternal);
}
