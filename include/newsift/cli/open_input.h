// How the reader thread of a batch run opens one input, before any of its
// pages is read: a folder that could not be read fails; an input whose
// output is up to date is skipped; a file found in a folder that is not a
// page by content (an image, a stylesheet, a video of gigabytes) is passed
// over after its first bytes; anything else yields its pages.
#ifndef NEWSIFT_CLI_OPEN_INPUT_H_
#define NEWSIFT_CLI_OPEN_INPUT_H_

#include <optional>
#include <string>

#include "newsift/cli/pipeline.h"
#include "newsift/cli/plan.h"
#include "newsift/cli/run.h"
#include "newsift/input/page_reader.h"

namespace newsift::cli {

// `output`: where the input's result would go, when an up-to-date output
// means the input is skipped (-o without --force). `opener`: opens the
// pages instead of input::OpenPages when set (tests).
InputOpening OpenInput(const RunInput& input, const std::optional<std::string>& output,
                       const PageOpener& opener, const input::ReadLimits& limits);

// An output is up to date when it is a non-empty file modified after its
// input (an empty one can only be a leftover of a power cut).
bool UpToDate(const char* input, const std::string& output);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_OPEN_INPUT_H_
