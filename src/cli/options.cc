#include "newsift/cli/options.h"

#include <charconv>
#include <limits>

namespace newsift::cli {

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  return std::nullopt;
}

std::optional<size_t> ParseSize(std::string_view text) {
  size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data()) return std::nullopt;
  std::string_view unit(end, static_cast<size_t>(text.data() + text.size() - end));
  size_t multiplier = 1;
  if (!unit.empty()) {
    switch (unit.front()) {
      case 'k':
      case 'K':
        multiplier = size_t{1} << 10;
        break;
      case 'm':
      case 'M':
        multiplier = size_t{1} << 20;
        break;
      case 'g':
      case 'G':
        multiplier = size_t{1} << 30;
        break;
      default:
        return std::nullopt;
    }
    unit.remove_prefix(1);
    if (unit == "iB" || unit == "ib" || unit == "B" || unit == "b") unit = {};
    if (!unit.empty()) return std::nullopt;
  }
  if (value > std::numeric_limits<size_t>::max() / multiplier) return std::nullopt;
  return value * multiplier;
}

}  // namespace newsift::cli
