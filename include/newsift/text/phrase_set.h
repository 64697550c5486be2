// A fixed set of phrases searched for in many short texts at once: "does
// any of these forty notices occur in this block?" in one pass over the
// block, instead of one search per phrase.
#ifndef NEWSIFT_TEXT_PHRASE_SET_H_
#define NEWSIFT_TEXT_PHRASE_SET_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace newsift::text {

class PhraseSet {
 public:
  // The phrases must outlive the set (string literals); empty ones are
  // ignored.
  explicit PhraseSet(std::span<const std::string_view> phrases);

  // Whether some phrase occurs in `s`, anywhere (byte-wise, as
  // std::string_view::find would find it).
  bool FoundIn(std::string_view s) const;

 private:
  // Which pairs of first two bytes start a phrase (65,536 bits), so that
  // most positions of a text are passed over after one lookup.
  std::array<uint64_t, 1024> starts_{};
  // Phrases by first byte; one-byte phrases in single_.
  std::array<std::vector<std::string_view>, 256> by_first_;
  std::array<bool, 256> single_{};
};

}  // namespace newsift::text

#endif  // NEWSIFT_TEXT_PHRASE_SET_H_
