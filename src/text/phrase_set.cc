#include "newsift/text/phrase_set.h"

namespace newsift::text {
namespace {

uint32_t Pair(unsigned char a, unsigned char b) { return (static_cast<uint32_t>(a) << 8) | b; }

}  // namespace

PhraseSet::PhraseSet(std::span<const std::string_view> phrases) {
  for (std::string_view phrase : phrases) {
    if (phrase.empty()) continue;
    const auto first = static_cast<unsigned char>(phrase[0]);
    if (phrase.size() == 1) {
      single_[first] = true;
      continue;
    }
    const uint32_t pair = Pair(first, static_cast<unsigned char>(phrase[1]));
    starts_[pair >> 6] |= uint64_t{1} << (pair & 63);
    by_first_[first].push_back(phrase);
  }
}

bool PhraseSet::FoundIn(std::string_view s) const {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto first = static_cast<unsigned char>(s[i]);
    if (single_[first]) return true;
    if (i + 1 == s.size()) break;
    const uint32_t pair = Pair(first, static_cast<unsigned char>(s[i + 1]));
    if ((starts_[pair >> 6] & (uint64_t{1} << (pair & 63))) == 0) continue;
    const std::string_view rest = s.substr(i);
    for (std::string_view phrase : by_first_[first]) {
      if (rest.starts_with(phrase)) return true;
    }
  }
  return false;
}

}  // namespace newsift::text
