// Turns the articles of one output stream (standard output, or one -o
// file) into text in the chosen format:
//   text   articles one after another; when there are several, each gets a
//          "==> SOURCE <==" line (as head(1) does)
//   json   one pretty object, or one JSON array when there are several
//   jsonl  one object per line
// Whether there are several may be known up front (several inputs) or
// only once a second page arrives (a container input): then the first
// article is held back until the second one or Finish() decides.
#ifndef NEWSIFT_CLI_WRITER_H_
#define NEWSIFT_CLI_WRITER_H_

#include <optional>
#include <string>

#include "newsift/article.h"
#include "newsift/cli/options.h"

namespace newsift::cli {

enum class Several { kNo, kYes, kUnknown };

class Writer {
 public:
  // `format` kAuto is text for one article and jsonl for several.
  Writer(Format format, bool body_only, Several several);

  // The text to write for `article` (may be empty while undecided).
  std::string Write(Article article);
  // The text that ends the stream: a held-back article, the closing "]".
  std::string Finish();

  size_t count() const { return count_; }

 private:
  std::string Render(const Article& article);

  Format format_;
  bool body_only_;
  Several several_;
  std::optional<Article> held_;
  size_t count_ = 0;  // articles rendered
};

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_WRITER_H_
