// Where -o puts each input's result. The output path is built from the
// input path as the user gave it (or as the folder walk found it), never
// from names inside a container (WARC URIs, MHTML locations), and it can
// never leave the output folder:
//
//   a/b/page.html          -> DIR/a/b/page.txt   (.json with -f json)
//   ./a/../b/page.htm      -> DIR/b/page.txt
//   /srv/news/x.html       -> DIR/srv/news/x.txt (leading "/" dropped)
//   ../../x.html.gz        -> DIR/x.txt          (leading ".." dropped)
//
// Two inputs that would share an output (page.html and page.htm), or an
// output that would be an input of the same run, get the full input name
// instead (page.htm.txt), then a counter (page.htm~2.txt). Inputs are
// assigned in input order, so the names are the same on every run of the
// same command over the same tree.
#ifndef NEWSIFT_CLI_OUTPUT_PATH_H_
#define NEWSIFT_CLI_OUTPUT_PATH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "newsift/cli/options.h"

namespace newsift::cli {

// The input path made relative and clean: "." components and a leading
// "/" removed, "x/.." folded, ".." that would climb above the start
// dropped. Empty only for paths with no name left ("/", "..").
std::string MirrorPath(std::string_view input_path);

// The file name without its page extension: "page.html" -> "page",
// "page.html.gz" -> "page", "story" -> "story", ".hidden" -> ".hidden".
std::string_view StripPageExtension(std::string_view name);

// ".txt" for text (and kAuto), ".json", ".jsonl".
std::string_view OutputExtension(Format format);

// The same path spelled the same way: "./a//b/../c" -> "a/c". Lexical
// only (no symlinks resolved); used to compare inputs with outputs.
std::string LexicallyNormal(std::string_view path);

// Where one input's output goes: DIR, the mirrored path, and which
// spelling of the name (0: page.txt, 1: page.html.txt, n: page.html~n.txt).
struct OutputLayout {
  std::string dir;
  std::string_view extension;  // ".txt", ".json", ".jsonl"

  OutputLayout(std::string output_dir, Format format);
  std::string Path(std::string_view input_path, uint32_t variant) const;
};

// Assigns output paths to the inputs of one run. It remembers 64-bit
// hashes of paths, not the paths (a run over a million files must not
// hold them twice); two paths with the same hash only make the second
// take the next spelling. Not thread-safe.
class OutputNamer {
 public:
  OutputNamer(std::string dir, Format format);

  // Marks an input path of this run: no output will be given its name.
  void ReserveInput(std::string_view input_path);

  // The spelling of `input_path`'s output (for OutputLayout::Path) that
  // is distinct from every output assigned so far and every reserved
  // input.
  uint32_t AssignVariant(std::string_view input_path);
  // The same, as the path itself.
  std::string Assign(std::string_view input_path) {
    return layout_.Path(input_path, AssignVariant(input_path));
  }

  const OutputLayout& layout() const { return layout_; }

 private:
  bool Taken(uint64_t hash) const;

  OutputLayout layout_;
  std::unordered_set<uint64_t> inputs_;   // hashes of lexically normal paths
  std::unordered_set<uint64_t> outputs_;  // the same for outputs
};

// A 64-bit hash of the lexically normal spelling of `path`.
uint64_t PathHash(std::string_view path);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_OUTPUT_PATH_H_
