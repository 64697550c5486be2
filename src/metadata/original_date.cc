#include <string>
#include <string_view>

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"
#include "original_date_internal.h"

namespace newsift::metadata {
namespace {

using dom::NodeId;

// Lower case; ASCII letters are folded before matching, so the accented
// letters here are already lower case.
constexpr std::string_view kOriginalPhrases[] = {
    "originally published",        "first published",         "originally posted",
    "ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht",
    "initialement publié",         "publié initialement",     "publié à l'origine",
    "publicado originalmente",     "originalmente publicado", "pubblicato originariamente",
    "oorspronkelijk gepubliceerd",
};
constexpr std::string_view kUpdateWords[] = {
    "updated", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt",
};

// The note is one sentence or two: an element holding more is body text
// that happens to quote the phrase.
constexpr size_t kMaxNoteBytes = 400;
// How many elements up from the phrase's text the note may end.
constexpr int kMaxNoteDepth = 3;
// Bytes between the phrase and the date: " on ", " on the ", " am ".
constexpr size_t kMaxGapBytes = 10;

constexpr uint32_t kForeignHints =
    classify::kHintComments | classify::kHintPromo | classify::kHintNavigation | classify::kHintAd;

// True when `s` may hold one of the phrases: a word of them in lower
// case ("published", "publié", "publicado", "gepubliceerd", "pubblicato",
// "posted", "veröffentlicht"), found without copying every text node of
// the page. A note in capitals is not read.
bool MayHoldPhrase(std::string_view s) {
  for (size_t at = s.find("ubli"); at != s.npos; at = s.find("ubli", at + 4)) {
    const std::string_view rest = s.substr(at + 4);
    if (rest.starts_with("sh") || rest.starts_with("é") || rest.starts_with("cado") ||
        rest.starts_with("ceerd")) {
      return true;
    }
  }
  return s.find("osted") != s.npos || s.find("ffentlicht") != s.npos ||
         s.find("ubblicato") != s.npos;
}

// The date the note `text` (ASCII-folded in `lower`) gives, if any.
std::optional<DateTime> DateOfNote(std::string_view text, std::string_view lower,
                                   const TextDateOptions& options) {
  bool updated = false;
  for (std::string_view word : kUpdateWords) updated = updated || lower.find(word) != lower.npos;
  if (!updated) return std::nullopt;
  for (std::string_view phrase : kOriginalPhrases) {
    const size_t at = lower.find(phrase);
    if (at == lower.npos) continue;
    const std::string_view rest = text.substr(at + phrase.size());
    const std::vector<TextDate> dates = FindTextDates(rest, options);
    if (!dates.empty() && dates.front().begin <= kMaxGapBytes) return dates.front().value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateTime> OriginalPublicationDate(const dom::Document& doc,
                                                const classify::Content& content,
                                                const TextDateOptions& options) {
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (node.is_element()) {
      if (content.removal[id] == classify::Removal::kHint &&
          (content.hints[id] & kForeignHints) != 0) {
        id = node.end - 1;
      }
      continue;
    }
    if (!node.is_text()) continue;
    // Cheap test first: most pages never name an original publication.
    if (!MayHoldPhrase(doc.text(id))) continue;
    // The date may sit in a child of the note's element ("Originally
    // published <span>November 9, 2022</span>"), the phrase in a child
    // of its own ("<p><em>Originally published on</em> 3 May 2019 ...").
    NodeId element = node.parent;
    for (int depth = 0; depth < kMaxNoteDepth && element != dom::kNoNode; ++depth) {
      const std::string note = doc.TextUpTo(element, kMaxNoteBytes + 1);
      if (note.size() > kMaxNoteBytes) break;
      if (auto date = DateOfNote(note, text::AsciiLower(note), options)) return date;
      element = doc.node(element).parent;
    }
  }
  return std::nullopt;
}

}  // namespace newsift::metadata
