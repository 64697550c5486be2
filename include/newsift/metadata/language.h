// The page's language as a BCP 47 tag: declared (<html lang>, meta
// content-language, og:locale, JSON-LD inLanguage), else a cheap guess from
// the body text's script and most frequent function words.
#ifndef NEWSIFT_METADATA_LANGUAGE_H_
#define NEWSIFT_METADATA_LANGUAGE_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsift::metadata {

// "en_us" -> "en-US", "DE" -> "de"; nullopt when `tag` is not a
// plausible language tag.
std::optional<std::string> NormalizeLanguageTag(std::string_view tag);

// Guesses from text: script first (Han -> zh, kana -> ja, Hangul -> ko,
// Cyrillic -> ru, ...), then function words for Latin-script languages.
std::optional<std::string> GuessLanguage(std::string_view text);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_LANGUAGE_H_
