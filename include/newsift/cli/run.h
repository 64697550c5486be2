// The command's work, apart from argument parsing: read every input,
// extract, write results to `out` in input order and one line per failure
// to `err` ("newsift: FILE: reason"). One bad input never stops the others.
#ifndef NEWSIFT_CLI_RUN_H_
#define NEWSIFT_CLI_RUN_H_

#include <cstdio>

#include "newsift/cli/options.h"

namespace newsift::cli {

ExitStatus Run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_RUN_H_
