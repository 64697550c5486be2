// The text of metadata fields: cleaning what pages put in <meta> values and
// JSON-LD strings, and comparing texts that say the same thing with
// different punctuation, case or quote marks.
//
// Pages often double-encode: a JSON-LD "headline" of "Traveler&#8217;s
// guide" or an og:title of "Q&amp;amp;A" is the HTML source, not the text,
// because CMSs escape once for HTML and once more for the template.
#ifndef NEWSIFT_METADATA_FIELD_TEXT_H_
#define NEWSIFT_METADATA_FIELD_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsift::metadata {

// Decodes HTML character references: numeric ("&#8217;", "&#x27;") and
// named ones (HTML 4's list and "&apos;": "&amp;", "&rsquo;", "&oacute;"...).
// Unknown names and malformed references are kept as written.
// "&amp;#8217;" decodes in two rounds.
std::string DecodeEntities(std::string_view s);

// A description as users should see it: a value that is HTML source
// ("<p>We are <strong>excited</strong>…", often escaped as "&lt;p&gt;")
// loses its tags, as a browser would show it, then CleanFieldText.
std::string CleanDescription(std::string_view s);

// A field value as users should see it: entities decoded, soft hyphens,
// zero-width characters and byte-order marks removed, white space
// collapsed and trimmed.
std::string CleanFieldText(std::string_view s);

// What two texts must share to say the same thing: their words (letters
// and digits), Unicode case-folded (NFKC), joined by single spaces.
// "Budget Traveler’s Guide!" and "budget traveler's guide" give the same
// key, "budget traveler s guide". Empty when `s` has no word.
std::string MatchKey(std::string_view s);

// The number of words of `text` as MatchKey counts them (runs of letters
// and digits), without building the key.
size_t CountWords(std::string_view text);

// The number of words of a MatchKey.
size_t KeyWords(std::string_view key);

// True when `key` (a MatchKey) is `inner` (a MatchKey) with whole words
// before and/or after it; the sizes of those are returned in `*before` and
// `*after` (words). False when `inner` does not occur on word boundaries.
bool KeyContains(std::string_view key, std::string_view inner, size_t* before, size_t* after);

// The part of `text` whose words are the `count` words starting at word
// `first` (0-based, counted as MatchKey counts them), with the quote
// marks, brackets and closing punctuation that touch those words. Empty
// when `text` has fewer words.
std::string SliceWords(std::string_view text, size_t first, size_t count);

// The characters between word `word - 1` and word `word` of `text` (from
// the start for word 0, to the end for word == the number of words).
std::string_view GapBeforeWord(std::string_view text, size_t word);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_FIELD_TEXT_H_
