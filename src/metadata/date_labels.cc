#include "newsift/metadata/date_labels.h"

#include <algorithm>
#include <string>
#include <vector>

#include "newsift/metadata/date_words.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

struct Label {
  std::string_view word;  // folded: lower case, no accents
  DateRole role;
  bool prefix;  // also matches words starting with it
};

// Labels that say which date follows. Checked against folded words; CJK
// labels are found inside longer runs ("公開日", "最終更新日"). The
// kOther rows label the dates of events, releases ("Erscheinungsdatum"
// of a reviewed book), deadlines and lives.
constexpr Label kLabels[] = {
    {"published", DateRole::kPublished, false},   {"publication", DateRole::kPublished, false},
    {"posted", DateRole::kPublished, false},      {"created", DateRole::kPublished, false},
    {"publie", DateRole::kPublished, true},       {"publicad", DateRole::kPublished, true},
    {"publicac", DateRole::kPublished, true},     {"publicat", DateRole::kPublished, true},
    {"pubblicat", DateRole::kPublished, true},    {"publiziert", DateRole::kPublished, false},
    {"publicer", DateRole::kPublished, true},     {"gepubliceerd", DateRole::kPublished, false},
    {"geplaatst", DateRole::kPublished, false},   {"opublikowan", DateRole::kPublished, true},
    {"publikovan", DateRole::kPublished, true},   {"veroffentlich", DateRole::kPublished, true},
    {"erschienen", DateRole::kPublished, false},  {"erstellt", DateRole::kPublished, false},
    {"julkaistu", DateRole::kPublished, false},   {"опубликован", DateRole::kPublished, true},
    {"опублікован", DateRole::kPublished, true},  {"objavljen", DateRole::kPublished, true},
    {"yayınlan", DateRole::kPublished, true},     {"yayinlan", DateRole::kPublished, true},
    {"公開", DateRole::kPublished, true},         {"发布", DateRole::kPublished, true},
    {"發佈", DateRole::kPublished, true},         {"发表", DateRole::kPublished, true},
    {"發表", DateRole::kPublished, true},         {"掲載", DateRole::kPublished, true},
    {"게재", DateRole::kPublished, true},         {"입력", DateRole::kPublished, true},
    {"配信", DateRole::kPublished, true},         {"revision", DateRole::kModified, false},
    {"updated", DateRole::kModified, false},      {"lastupdat", DateRole::kModified, true},
    {"update", DateRole::kModified, false},       {"modified", DateRole::kModified, false},
    {"revised", DateRole::kModified, false},      {"aktualisiert", DateRole::kModified, false},
    {"geandert", DateRole::kModified, false},     {"stand", DateRole::kModified, false},
    {"actualizad", DateRole::kModified, true},    {"actualizac", DateRole::kModified, true},
    {"atualizad", DateRole::kModified, true},     {"aggiornat", DateRole::kModified, true},
    {"bijgewerkt", DateRole::kModified, false},   {"gewijzigd", DateRole::kModified, false},
    {"zaktualizowan", DateRole::kModified, true}, {"uppdaterad", DateRole::kModified, false},
    {"opdateret", DateRole::kModified, false},    {"oppdatert", DateRole::kModified, false},
    {"paivitetty", DateRole::kModified, false},   {"aktualizovan", DateRole::kModified, true},
    {"обновлен", DateRole::kModified, true},      {"оновлен", DateRole::kModified, true},
    {"guncellen", DateRole::kModified, true},     {"actualitzat", DateRole::kModified, false},
    {"更新", DateRole::kModified, true},          {"修正", DateRole::kModified, true},
    {"수정", DateRole::kModified, true},          {"업데이트", DateRole::kModified, true},
    {"aktualizac", DateRole::kModified, true},    {"guncelleme", DateRole::kModified, false},
    {"diterbitkan", DateRole::kPublished, false}, {"dipublikasikan", DateRole::kPublished, false},
    {"diperbarui", DateRole::kModified, false},   {"פורסם", DateRole::kPublished, false},
    {"עודכן", DateRole::kModified, false},        {"نشر", DateRole::kPublished, false},
    {"تحدیث", DateRole::kModified, false},        {"परकाशित", DateRole::kPublished, false},
    {"अपडट", DateRole::kModified, true},          {"δημοσιευ", DateRole::kPublished, true},
    {"ενημερωθηκε", DateRole::kModified, false},  {"ενημερωση", DateRole::kModified, false},
    {"written", DateRole::kPublished, false},     {"geschrieben", DateRole::kPublished, false},
    {"escrito", DateRole::kPublished, false},     {"scritto", DateRole::kPublished, false},
    {"anderung", DateRole::kModified, false},     {"anderungsdatum", DateRole::kModified, false},
    {"termin", DateRole::kOther, false},          {"termine", DateRole::kOther, false},
    {"veranstaltung", DateRole::kOther, true},    {"erscheinungs", DateRole::kOther, true},
    {"event", DateRole::kOther, false},           {"deadline", DateRole::kOther, false},
    {"expires", DateRole::kOther, false},         {"geboren", DateRole::kOther, false},
    {"since", DateRole::kOther, false},           {"depuis", DateRole::kOther, false},
    {"desde", DateRole::kOther, false},           {"gultig", DateRole::kOther, false},
};

constexpr size_t kShortestLabel = 5;

bool IsCjkLabel(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word[0]) >= 0xE3;
}

// Splits folded text into words of letters.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  size_t start = std::string_view::npos;
  while (pos < s.size()) {
    const size_t at = pos;
    const char32_t cp = text::NextCodePoint(s, &pos);
    const bool letter = text::IsWordChar(cp) && !(cp >= '0' && cp <= '9');
    if (letter && start == std::string_view::npos) start = at;
    if (!letter && start != std::string_view::npos) {
      words.push_back(s.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) words.push_back(s.substr(start));
  return words;
}

const Label* MatchLabel(std::string_view word) {
  // Every label is at least five bytes long; this check is most of the
  // work for ordinary words.
  if (word.size() < kShortestLabel) return nullptr;
  for (const Label& label : kLabels) {
    if (label.word[0] != word[0] && !IsCjkLabel(label.word)) continue;
    if (word == label.word) return &label;
    if (!label.prefix) continue;
    if (IsCjkLabel(label.word) ? word.find(label.word) != std::string_view::npos
                               : word.starts_with(label.word)) {
      return &label;
    }
  }
  return nullptr;
}

// French "mis en ligne" / "mis à jour", Vietnamese "cập nhật": labels of
// several words.
DateRole PhraseRole(const std::vector<std::string_view>& words, size_t i) {
  // Vietnamese "cập nhật" (updated).
  if (i + 1 < words.size() && words[i] == "cap" && words[i + 1] == "nhat") {
    return DateRole::kModified;
  }
  if (i + 2 >= words.size() || (words[i] != "mis" && words[i] != "mise")) {
    return DateRole::kUnlabelled;
  }
  if (words[i + 1] == "en" && words[i + 2] == "ligne") return DateRole::kPublished;
  if (words[i + 1] == "a" && words[i + 2] == "jour") return DateRole::kModified;
  return DateRole::kUnlabelled;
}

}  // namespace

DateRole RoleOfLabel(std::string_view text) {
  const std::string folded = FoldDateWord(text);
  const std::vector<std::string_view> words = Words(folded);
  DateRole role = DateRole::kUnlabelled;
  for (size_t i = 0; i < words.size(); ++i) {
    if (const DateRole phrase = PhraseRole(words, i); phrase != DateRole::kUnlabelled) {
      role = phrase;
      continue;
    }
    if (const Label* label = MatchLabel(words[i])) role = label->role;
  }
  return role;
}

bool IsUpdateListHeading(std::string_view text) {
  // "Updates" alone heads a change log; in a longer name ("M&A Updates",
  // "Live updates") it names a section.
  static constexpr std::string_view kHeadings[] = {
      "updates",      "update history",  "revision history", "revisions",
      "changelog",    "change log",      "aktualisierungen", "anderungen",
      "mises a jour", "actualizaciones", "aggiornamenti",    "atualizacoes"};
  const std::string folded = FoldDateWord(text);
  std::string joined;
  for (std::string_view word : Words(folded)) {
    if (!joined.empty()) joined.push_back(' ');
    joined.append(word);
  }
  return std::find(std::begin(kHeadings), std::end(kHeadings), joined) != std::end(kHeadings);
}

size_t LettersBesideLabels(std::string_view text) {
  const std::string folded = FoldDateWord(text);
  size_t letters = 0;
  for (std::string_view word : Words(folded)) {
    const Label* label = MatchLabel(word);
    if ((label && label->role != DateRole::kOther) || word == "on" || word == "am" ||
        word == "le" || word == "at") {
      continue;
    }
    letters += text::CountCodePoints(word);
  }
  return letters;
}

}  // namespace newsift::metadata
