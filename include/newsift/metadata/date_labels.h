// The words around a date that say which date it is: "Published",
// "Posted on", "Updated", "Last modified", "Veröffentlicht am", "Stand:",
// "Mis à jour le", "Publicado", "Opublikowano", "Обновлено", "公開日",
// "更新", "입력"... in the languages of date_words.h. Matching is on
// folded words (case and accents ignored, "veroffentlicht" = "Veröffent-
// licht"); CJK labels are found inside longer runs of characters.
#ifndef NEWSIFT_METADATA_DATE_LABELS_H_
#define NEWSIFT_METADATA_DATE_LABELS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsift::metadata {

// kOther: the date of something else the page talks about: an event
// ("Termin: 21.02.2020, 19 Uhr"), a book's release ("Erscheinungsdatum:
// 14.08.2017"), a deadline, a birth. Never the article's date.
enum class DateRole : uint8_t { kUnlabelled, kPublished, kModified, kOther };

// The role a label gives the date it stands next to: "Updated" ->
// kModified, "Published on" -> kPublished, "Event date" -> kOther,
// anything else -> kUnlabelled.
// When `text` holds several labels, the last one wins (it is the nearest
// to a date that follows).
DateRole RoleOfLabel(std::string_view text);

// The letters of `text` that are neither labels nor the small words
// around dates ("on", "am", "le", "at"): how much else a dateline says.
size_t LettersBesideLabels(std::string_view text);

// True when `text` is, alone, the heading of a list of dated changes:
// "Updates", "Changelog", "Aktualisierungen", "Mises à jour".
bool IsUpdateListHeading(std::string_view text);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_LABELS_H_
