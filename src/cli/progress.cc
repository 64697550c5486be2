#include "newsift/cli/progress.h"

#include <cmath>

#include <fmt/format.h>

namespace newsift::cli {

std::string FormatCount(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string FormatDuration(double seconds) {
  if (!(seconds >= 0)) seconds = 0;
  if (seconds < 10) return fmt::format("{:.1f} s", seconds);
  const auto whole = static_cast<uint64_t>(std::llround(seconds));
  if (whole < 60) return fmt::format("{} s", whole);
  if (whole < 3600) return fmt::format("{} min {:02} s", whole / 60, whole % 60);
  return fmt::format("{} h {:02} min", whole / 3600, whole / 60 % 60);
}

std::string FormatEta(double seconds) {
  if (!(seconds >= 0)) seconds = 0;
  const auto whole = static_cast<uint64_t>(std::llround(seconds));
  if (whole < 3600) return fmt::format("ETA {}:{:02}", whole / 60, whole % 60);
  return fmt::format("ETA {}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
}

std::string FormatSummary(const RunCounts& counts, double seconds) {
  std::string line = fmt::format("{} {}, {} extracted, {} failed", FormatCount(counts.pages()),
                                 counts.pages() == 1 ? "page" : "pages",
                                 FormatCount(counts.extracted), FormatCount(counts.failed));
  if (counts.up_to_date > 0) line += fmt::format(", {} up to date", FormatCount(counts.up_to_date));
  if (counts.not_pages > 0) {
    line += fmt::format(", {} {}", FormatCount(counts.not_pages),
                        counts.not_pages == 1 ? "file not a page" : "files not pages");
  }
  if (counts.interrupted) line += ", interrupted";
  line += ", " + FormatDuration(seconds) + "\n";
  return line;
}

std::string FormatProgress(const RunCounts& counts, double seconds) {
  std::string line =
      fmt::format("{}/{}", FormatCount(counts.inputs_done), FormatCount(counts.inputs_total));
  const uint64_t pages = counts.pages();
  // A rate over less than a second or a handful of pages is noise.
  if (seconds >= 1 && pages >= 4) {
    const double rate = static_cast<double>(pages) / seconds;
    line += fmt::format("  {} pages/s", FormatCount(static_cast<uint64_t>(std::llround(rate))));
  }
  if (counts.failed > 0) line += fmt::format("  {} failed", FormatCount(counts.failed));
  // Inputs left, at the rate inputs have been finishing (skipped ones
  // included, which is what the person waits for).
  if (seconds >= 1 && counts.inputs_done > 0 && counts.inputs_done < counts.inputs_total) {
    const double per_input = seconds / static_cast<double>(counts.inputs_done);
    line +=
        "  " + FormatEta(per_input * static_cast<double>(counts.inputs_total - counts.inputs_done));
  }
  return line;
}

void ProgressLine::Show(const std::string& text) {
  std::fputs("\r", terminal_);
  std::fputs(text.c_str(), terminal_);
  std::fputs("\x1b[K", terminal_);
  std::fflush(terminal_);
  shown_ = true;
}

void ProgressLine::Clear() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", terminal_);
  std::fflush(terminal_);
  shown_ = false;
}

}  // namespace newsift::cli
