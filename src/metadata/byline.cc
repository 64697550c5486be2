#include "newsift/metadata/byline.h"

#include <algorithm>
#include <span>

#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// Prefixes that introduce authors, lower case, longest first where one is
// the start of another. A ":" after them is dropped too.
constexpr std::string_view kPrefixes[] = {"written and reported by",
                                          "written by",
                                          "posted by",
                                          "reported by",
                                          "story by",
                                          "words by",
                                          "text by",
                                          "article by",
                                          "authored by",
                                          "compiled by",
                                          "published by",
                                          "a guest post by",
                                          "guest post by",
                                          "authors",
                                          "author(s)",
                                          "author",
                                          "by",
                                          "verfasst von",
                                          "erstellt von",
                                          "geschrieben von",
                                          "veröffentlicht von",
                                          "eingestellt von",
                                          "ein beitrag von",
                                          "ein kommentar von",
                                          "ein gastbeitrag von",
                                          "autorinnen",
                                          "autorin",
                                          "autoren",
                                          "autor",
                                          "von",
                                          "publié par",
                                          "écrit par",
                                          "rédigé par",
                                          "par",
                                          "escrito por",
                                          "publicado por",
                                          "por",
                                          "scritto da",
                                          "di",
                                          "door",
                                          "av",
                                          "af",
                                          "przez",
                                          "text",
                                          "texto",
                                          "автор",
                                          "作者",
                                          "文",
                                          "記者",
                                          "撰文"};

// Words that end the names: what follows is a date, a role or a link.
constexpr std::string_view kStopWords[] = {"updated",
                                           "published",
                                           "posted",
                                           "last",
                                           "twitter",
                                           "email",
                                           "e-mail",
                                           "follow",
                                           "facebook",
                                           "linkedin",
                                           "instagram",
                                           "x.com",
                                           "read",
                                           "view",
                                           "veröffentlicht",
                                           "aktualisiert",
                                           "publié",
                                           "publicado",
                                           "says",
                                           "sagt",
                                           "wrote",
                                           "schreibt",
                                           "|",
                                           "•",
                                           "·",
                                           "—",
                                           "–",
                                           "-",
                                           "/"};

// Stop words only in lower case ("on 3 May", "am 8. Mai"; not "El Said").
constexpr std::string_view kLowerStopWords[] = {"on", "am", "um", "le", "el", "il", "at"};

// Month and day names end the names when a number follows ("Jane Doe
// December 17, 2025"), not otherwise ("Theresa May").
constexpr std::string_view kDateWords[] = {
    "january",  "february",  "march",    "april",     "may",        "june",    "july",
    "august",   "september", "october",  "november",  "december",   "jan",     "feb",
    "mar",      "apr",       "jun",      "jul",       "aug",        "sep",     "sept",
    "oct",      "nov",       "dec",      "januar",    "februar",    "märz",    "mai",
    "juni",     "juli",      "oktober",  "dezember",  "janvier",    "février", "mars",
    "avril",    "juin",      "juillet",  "août",      "septembre",  "octobre", "novembre",
    "décembre", "monday",    "tuesday",  "wednesday", "thursday",   "friday",  "saturday",
    "sunday",   "montag",    "dienstag", "mittwoch",  "donnerstag", "freitag", "samstag",
    "sonntag"};

// Words that are roles, credentials, or collective bylines, never part of
// a person's name (lower case).
constexpr std::string_view kRoleWords[] = {"staff",
                                           "writer",
                                           "writers",
                                           "reporter",
                                           "reporters",
                                           "editor",
                                           "editors",
                                           "editorial",
                                           "correspondent",
                                           "contributor",
                                           "contributors",
                                           "columnist",
                                           "producer",
                                           "journalist",
                                           "redakteur",
                                           "redakteurin",
                                           "chefredakteur",
                                           "redaktion",
                                           "team",
                                           "desk",
                                           "news",
                                           "newsroom",
                                           "agency",
                                           "press",
                                           "photos",
                                           "photo",
                                           "video",
                                           "opinion",
                                           "analysis",
                                           "senior",
                                           "chief",
                                           "bureau",
                                           "contributing",
                                           "special",
                                           "guest",
                                           "expert",
                                           "founder",
                                           "co-founder",
                                           "ceo",
                                           "cto",
                                           "director",
                                           "manager",
                                           "head",
                                           "lead",
                                           "reviewer",
                                           "author",
                                           "admin",
                                           "administrator",
                                           "coordinator",
                                           "marketing",
                                           "specialist",
                                           "consultant",
                                           "officer",
                                           "president",
                                           "associate",
                                           "assistant",
                                           "intern",
                                           "freelance",
                                           "freelancer",
                                           "host",
                                           "anchor",
                                           "presenter",
                                           "blogger",
                                           "moderator",
                                           "webmaster",
                                           "name",
                                           "phd",
                                           "md",
                                           "dvm",
                                           "rn",
                                           "bsn",
                                           "mba",
                                           "cfa",
                                           "cpa",
                                           "esq",
                                           "jr",
                                           "sr",
                                           "journalistin",
                                           "autor",
                                           "autorin",
                                           "fotograf",
                                           "fotografin",
                                           "rédaction",
                                           "rédacteur",
                                           "community",
                                           "development",
                                           "content",
                                           "digital",
                                           "security",
                                           "health",
                                           "sports",
                                           "politics",
                                           "business",
                                           "technology",
                                           "science",
                                           "culture",
                                           "entertainment",
                                           "lifestyle",
                                           "travel",
                                           "food",
                                           "features",
                                           "wire",
                                           "services",
                                           "service",
                                           "online",
                                           "media",
                                           "magazine",
                                           "partner",
                                           "sponsored",
                                           "promoted",
                                           "advertiser",
                                           "advertising",
                                           "comments",
                                           "comment",
                                           "share",
                                           "subscribe",
                                           "newsletter",
                                           "profile",
                                           "posts",
                                           "articles",
                                           "verified",
                                           "social",
                                           "stories",
                                           "recent",
                                           "archive",
                                           "bio",
                                           "learn",
                                           "more",
                                           "commons",
                                           "global",
                                           "about",
                                           "contact"};

// Words that make a name an organisation's (lower case).
constexpr std::string_view kOrganisationWords[] = {
    "inc",          "llc",         "ltd",        "gmbh",         "ag",          "e.v",
    "corp",         "corporation", "company",    "co",           "group",       "media",
    "news",         "newsroom",    "press",      "times",        "post",        "journal",
    "magazine",     "tribune",     "herald",     "daily",        "network",     "tv",
    "radio",        "agency",      "university", "institute",    "college",     "school",
    "association",  "society",     "council",    "department",   "center",      "centre",
    "foundation",   "committee",   "bureau",     "office",       "ministry",    "government",
    "services",     "team",        "staff",      "desk",         "redaktion",   "editorial",
    "online",       "blog",        "verlag",     "zeitung",      "rundschau",   "nachrichten",
    "review",       "gazette",     "chronicle",  "observer",     "telegraph",   "reuters",
    "bloomberg",    "associated",  "presse",     "agentur",      "club",        "verein",
    "bank",         "hospital",    "clinic",     "library",      "museum",      "store",
    "shop",         "studio",      "studios",    "labs",         "solutions",   "systems",
    "technologies", "partners",    "publishing", "publications", "productions", "channel"};

// Particles that stay lower case inside names ("Ludwig van Beethoven").
constexpr std::string_view kParticles[] = {"van", "von",   "de", "der", "den", "la",  "le",
                                           "da",  "di",    "du", "des", "del", "dos", "das",
                                           "bin", "binti", "al", "el",  "y",   "e",   "zu",
                                           "ten", "ter",   "af", "st",  "mc",  "dei", "degli"};

// Name separators between several authors.
constexpr std::string_view kWordSeparators[] = {" and ", " & ",    " und ", " et ", " y ",
                                                " e ",   " i ",    " og ",  " en ", " och ",
                                                " и ",   " oraz ", " ve ",  " és "};

bool Contains(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Letter case of a word's first character, for the scripts with case:
// 1 upper, -1 lower, 0 no case (digits, CJK, Arabic...).
int InitialCase(std::string_view word) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(word, &pos);
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 1;
    if (cp >= 'a' && cp <= 'z') return -1;
    return 0;
  }
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return 1;
  if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7)) return -1;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2 == 0) ? 1 : -1;  // Latin Extended-A
  if ((cp >= 0x400 && cp <= 0x42F)) return 1;                     // Cyrillic
  if ((cp >= 0x430 && cp <= 0x45F)) return -1;
  if (cp >= 0x391 && cp <= 0x3A9) return 1;  // Greek
  if (cp >= 0x3B1 && cp <= 0x3C9) return -1;
  return 0;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t stop = s.find(' ', start);
    if (stop == std::string_view::npos) stop = s.size();
    if (stop > start) words.push_back(s.substr(start, stop - start));
    start = stop + 1;
  }
  return words;
}

// The word lower-cased, without the punctuation around it: "(Writer)," ->
// "writer".
std::string Bare(std::string_view word) {
  while (!word.empty() &&
         std::string_view("(),.;:[]\"'").find(word.front()) != std::string_view::npos) {
    word.remove_prefix(1);
  }
  while (!word.empty() &&
         std::string_view("(),.;:[]\"'*").find(word.back()) != std::string_view::npos) {
    word.remove_suffix(1);
  }
  return text::AsciiLower(word);
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Removes one byline prefix from the front of `*s`; true when there was one.
bool StripOnePrefix(std::string_view* s) {
  for (std::string_view prefix : kPrefixes) {
    if (s->size() < prefix.size() || !text::StartsWithIgnoringAsciiCase(*s, prefix)) continue;
    std::string_view rest = s->substr(prefix.size());
    // "By Jane", "By: Jane", "Autor：王伟", and glued "ByJane" / "Byby".
    const bool glued =
        prefix == "by" && !rest.empty() &&
        (IsAsciiUpper(rest.front()) || text::StartsWithIgnoringAsciiCase(rest, "by"));
    const bool dense = text::IsDenseScript([&] {
      size_t pos = 0;
      return text::NextCodePoint(prefix, &pos);
    }());
    if (!glued && !dense && !rest.empty() && rest.front() != ' ' && rest.front() != ':' &&
        !rest.starts_with("\xEF\xBC\x9A")) {  // "："
      continue;
    }
    if (rest.starts_with("\xEF\xBC\x9A")) rest.remove_prefix(3);
    rest = text::Trim(rest);
    while (!rest.empty() && (rest.front() == ':' || rest.front() == '-')) {
      rest = text::Trim(rest.substr(1));
    }
    *s = rest;
    return true;
  }
  return false;
}

std::string_view StripPrefixes(std::string_view s) {
  s = text::Trim(s);
  for (int i = 0; i < 3 && StripOnePrefix(&s); ++i) {
  }
  return s;
}

// Cuts the text at the first word that cannot belong to the names: a
// date, a stop word, a number.
std::string CutAtStop(std::string_view s) {
  std::string out;
  const std::vector<std::string_view> words = Words(s);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    const std::string bare = Bare(word);
    if (HasDigit(word) || Contains(kStopWords, bare) || Contains(kStopWords, word) ||
        Contains(kLowerStopWords, word)) {
      break;
    }
    if (Contains(kDateWords, bare) && i + 1 < words.size() && HasDigit(words[i + 1])) break;
    if (!out.empty()) out.push_back(' ');
    out.append(word);
    // "Jane Doe, Updated": a comma closes a name; the next word decides.
  }
  return out;
}

std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&]() {
    const std::string_view t = text::Trim(current);
    if (!t.empty()) parts.emplace_back(t);
    current.clear();
  };
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ',' || c == ';' || c == '|' || c == '/' || c == '\n') {
      flush();
      ++i;
      continue;
    }
    if (s.substr(i).starts_with("、") || s.substr(i).starts_with("，")) {
      flush();
      i += 3;
      continue;
    }
    bool matched = false;
    for (std::string_view sep : kWordSeparators) {
      if (s.size() - i >= sep.size() &&
          text::EqualsIgnoringAsciiCase(s.substr(i, sep.size()), sep)) {
        flush();
        i += sep.size() - 1;  // keep the space for the next word's prefix check
        matched = true;
        break;
      }
    }
    if (matched) continue;
    current.push_back(c);
    ++i;
  }
  flush();
  return parts;
}

// One name candidate cleaned: prefixes, "(@handle)", "for Site", trailing
// role words and honorifics dropped.
std::string CleanName(std::string_view raw) {
  std::string_view s = StripPrefixes(raw);
  // "Jane Doe (@janedoe)", "Jane Doe (Berlin)".
  if (const size_t paren = s.find('('); paren != std::string_view::npos && paren > 0) {
    s = text::Trim(s.substr(0, paren));
  }
  std::vector<std::string_view> words = Words(s);
  // "Jane Doe for Daily Mail Australia".
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string bare = Bare(words[i]);
    if (bare == "for" || bare == "für" || bare == "pour" || bare == "para" || bare == "at" ||
        bare == "bei") {
      words.resize(i);
      break;
    }
  }
  // Honorifics before, roles and credentials after the name.
  while (!words.empty()) {
    const std::string bare = Bare(words.front());
    if (bare != "dr" && bare != "prof" && bare != "mr" && bare != "mrs" && bare != "ms" &&
        bare != "sir" && bare != "dame") {
      break;
    }
    words.erase(words.begin());
  }
  // "M.D.", "Ph.D." (not an initial: "R.").
  auto is_credential = [](std::string_view w) {
    const std::string bare = Bare(w);
    return bare.size() >= 2 && bare.size() <= 5 && InitialCase(w) == 1 &&
           w.find('.') != std::string_view::npos && w.find('.') + 1 < w.size();
  };
  // Words without a letter or digit ("●", "–") go anywhere.
  std::erase_if(words, [](std::string_view w) { return MatchKey(w).empty(); });
  bool popped_role = false;
  while (words.size() > 1 &&
         (Contains(kRoleWords, Bare(words.back())) || is_credential(words.back()))) {
    words.pop_back();
    popped_role = true;
  }
  // "Britannica Editors" is a team, not Mr Britannica.
  if (popped_role && words.size() == 1) return {};
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  while (!out.empty() && std::string_view(",.;:-").find(out.back()) != std::string_view::npos) {
    out.pop_back();
  }
  return out;
}

void AddUnique(std::vector<std::string>* names, std::string name) {
  const std::string key = MatchKey(name);
  for (const std::string& n : *names) {
    if (MatchKey(n) == key) return;
  }
  names->push_back(std::move(name));
}

}  // namespace

bool HasBylinePrefix(std::string_view text) {
  std::string_view s = text::Trim(text);
  const size_t before = s.size();
  return StripOnePrefix(&s) && s.size() < before && !s.empty();
}

bool LooksLikeOrganisation(std::string_view name) {
  name = text::Trim(name);
  if (name.empty()) return false;
  const std::vector<std::string_view> words = Words(name);
  if (text::StartsWithIgnoringAsciiCase(name, "the ")) return true;
  for (std::string_view w : words) {
    const std::string bare = Bare(w);
    if (Contains(kOrganisationWords, bare)) return true;
    // "example.com", "Spiegel.de"
    const size_t dot = bare.rfind('.');
    if (dot != std::string::npos && dot > 0 && bare.size() - dot >= 3 && bare.size() - dot <= 5 &&
        !HasDigit(bare)) {
      return true;
    }
  }
  // "AFP", "dpa", "TNN", "AP": one short acronym.
  if (words.size() == 1) {
    const std::string_view w = words.front();
    const bool all_upper = std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiUpper(c); });
    if (w.size() >= 2 && w.size() <= 5 && all_upper) return true;
    static constexpr std::string_view kAgencies[] = {"dpa", "afp", "apa", "sda",  "kna", "epd",
                                                     "ap",  "ani", "pti", "ians", "efe", "ansa"};
    if (Contains(kAgencies, text::AsciiLower(w))) return true;
  }
  return false;
}

bool LooksLikePersonName(std::string_view name, const BylineOptions& options) {
  name = text::Trim(name);
  if (name.empty() || name.size() > 80 || HasDigit(name)) return false;
  for (std::string_view bad : {"@", "://", "www.", "*", "?", "!", "(", ")", "[", "]", ":", "\"",
                               "=", "<", ">", "#", "+"}) {
    if (name.find(bad) != std::string_view::npos) return false;
  }
  if (LooksLikeOrganisation(name)) return false;
  const std::vector<std::string_view> words = Words(name);
  if (words.empty() || words.size() > 5) return false;
  if (words.size() == 1 && text::CountCodePoints(words.front()) < 2) return false;
  // "Jane Doe's Most Recent Stories".
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].ends_with("'s") || words[i].ends_with("\xE2\x80\x99s")) return false;
  }
  const text::TextStats stats = text::MeasureText(name);
  if (stats.dense > 0) {
    // Names in scripts without spaces: two to eight characters.
    return words.size() <= 2 && stats.dense >= 2 && stats.code_points <= 12;
  }
  bool any_upper = false;
  for (std::string_view w : words) {
    const std::string bare = Bare(w);
    if (bare.empty()) return false;
    if (Contains(kRoleWords, bare)) return false;
    const int initial = InitialCase(w);
    if (initial == 1) any_upper = true;
    if (initial == -1 && !Contains(kParticles, bare)) {
      // A blog's user name ("gizzmo", "jane.doe") stands alone.
      return options.allow_user_names && words.size() == 1 && bare.size() >= 3;
    }
  }
  return any_upper || (options.allow_user_names && words.size() == 1);
}

std::vector<std::string> ParseByline(std::string_view byline, const BylineOptions& options) {
  const std::string cleaned = CleanFieldText(byline);
  const std::string cut = CutAtStop(StripPrefixes(cleaned));
  std::vector<std::string> names;
  for (const std::string& part : SplitNames(cut)) {
    std::string name = CleanName(part);
    if (LooksLikePersonName(name, options)) AddUnique(&names, std::move(name));
  }
  return names;
}

}  // namespace newsift::metadata
