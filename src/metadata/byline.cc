#include "newsift/metadata/byline.h"

#include <algorithm>
#include <array>
#include <span>

#include "dense_names_internal.h"
#include "name_words_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using name_words::Contains;

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

// A word starting with a letter of a script without case: Arabic "سلمى".
bool IsCaselessLetter(std::string_view word) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(word, &pos);
  return cp >= 0x370 && text::IsWordChar(cp) && !(cp >= '0' && cp <= '9');
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

// The first bytes byline prefixes start with (ASCII lower-cased): a
// cheap test before comparing a text with every prefix.
const std::array<bool, 256>& PrefixFirstBytes() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    for (std::string_view prefix : name_words::kPrefixes) {
      const auto c = static_cast<unsigned char>(prefix.front());
      t[c] = true;
      if (c >= 'a' && c <= 'z') t[c - 'a' + 'A'] = true;
    }
    return t;
  }();
  return table;
}

bool MayStartWithPrefix(std::string_view s) {
  return !s.empty() && PrefixFirstBytes()[static_cast<unsigned char>(s.front())];
}

// A prefix in Han characters ("作者", "记者").
bool IsHanLabel(std::string_view prefix) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(prefix, &pos);
  return cp >= 0x3400 && cp <= 0x9FFF;
}

// "：", "／", "●": what CJK bylines put after a label ("文／王伟", "文●
// オカモト"); three bytes each.
bool StartsWithWideSeparator(std::string_view s) {
  return s.starts_with("\xEF\xBC\x9A") || s.starts_with("\xEF\xBC\x8F") ||
         s.starts_with("\xE2\x97\x8F");
}

// Prefixes that are nouns naming a field rather than words introducing
// names ("Author", "Text", "Autor").
bool IsLabelNoun(std::string_view prefix) {
  for (std::string_view noun : {"text", "texto", "author", "authors", "author(s)", "autor",
                                "autorin", "autoren", "autorinnen", "автор"}) {
    if (prefix == noun) return true;
  }
  return false;
}

bool StartsWithTwoNameWords(std::string_view s) {
  const std::vector<std::string_view> words = Words(s);
  return words.size() >= 2 && !HasDigit(words[0]) && !HasDigit(words[1]) &&
         InitialCase(words[0]) == 1 && InitialCase(words[1]) == 1;
}

// Removes one byline prefix from the front of `*s`; true when there was one.
bool StripOnePrefix(std::string_view* s) {
  if (!MayStartWithPrefix(*s)) return false;
  for (std::string_view prefix : name_words::kPrefixes) {
    if (s->size() < prefix.size() || !text::StartsWithIgnoringAsciiCase(*s, prefix)) continue;
    std::string_view rest = s->substr(prefix.size());
    // "By Jane", "By: Jane", "Autor：王伟", "文／王伟", and glued "ByJane"
    // / "Byby" / "记者李䶮" (Han labels of two characters or more: "文化"
    // and Thai "โดยเฉพาะ", "especially", are words, not bylines).
    const bool glued =
        (prefix == "by" && !rest.empty() &&
         (IsAsciiUpper(rest.front()) || text::StartsWithIgnoringAsciiCase(rest, "by"))) ||
        (IsHanLabel(prefix) && text::CountCodePoints(prefix) >= 2);
    if (!glued && !rest.empty() && rest.front() != ' ' && rest.front() != ':' &&
        !StartsWithWideSeparator(rest)) {
      continue;
    }
    // Label nouns without their colon introduce two capitalised words at
    // least: "Author Lisa Ellis" (the label in an element of its own), not
    // "Text Link", "Author Spotlight", "Text Analytics 101".
    if (!glued && !rest.empty() && IsLabelNoun(prefix) && text::Trim(rest).front() != ':' &&
        !StartsWithWideSeparator(text::Trim(rest)) && !StartsWithTwoNameWords(rest)) {
      continue;
    }
    rest = text::Trim(rest);
    while (!rest.empty() &&
           (rest.front() == ':' || rest.front() == '-' || StartsWithWideSeparator(rest))) {
      rest = text::Trim(rest.substr(rest.front() == ':' || rest.front() == '-' ? 1 : 3));
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
// A word of a date or time: "Dec", "17,", "2025", "10:44", "pm", "·".
bool IsDateToken(std::string_view word) {
  const std::string bare = Bare(word);
  return HasDigit(word) || Contains(name_words::kDateWords, bare) || bare == "am" || bare == "pm" ||
         bare == "uhr" || bare.empty() || word == "·" || word == "•" || word == "|" ||
         word == "-" || word == "–" || word == "—";
}

std::string CutAtStop(std::string_view s) {
  std::string out;
  const std::vector<std::string_view> words = Words(s);
  // "Dec 17, 2025 Julian K. Arni": a date before the names is skipped.
  size_t start = 0;
  while (start < words.size() && IsDateToken(words[start])) ++start;
  if (start == 0 || !std::any_of(words.begin(), words.begin() + static_cast<long>(start),
                                 [](std::string_view w) { return HasDigit(w); })) {
    start = 0;
  }
  for (size_t i = start; i < words.size(); ++i) {
    const std::string_view word = words[i];
    const std::string bare = Bare(word);
    if (HasDigit(word) || Contains(name_words::kStopWords, bare) ||
        Contains(name_words::kStopWords, word) || Contains(name_words::kLowerStopWords, word)) {
      break;
    }
    // "Wednesday January 18, 2017": a day before a month is a date too.
    if (Contains(name_words::kDateWords, bare) && i + 1 < words.size() &&
        (HasDigit(words[i + 1]) || (i + 2 < words.size() && HasDigit(words[i + 2]) &&
                                    Contains(name_words::kDateWords, Bare(words[i + 1]))))) {
      break;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(word);
    // "Jane Doe, Updated": a comma closes a name; the next word decides.
  }
  return out;
}

// Cuts at "," ";" "|" "/" and their CJK forms: each segment is a name, a
// list of names joined by "and", or a role ("Privacy and Security Expert").
std::vector<std::string> Segments(std::string_view s) {
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
    } else if (s.substr(i).starts_with("、") || s.substr(i).starts_with("，") ||
               s.substr(i).starts_with("／") || s.substr(i).starts_with("；")) {
      flush();
      i += 3;
    } else {
      current.push_back(c);
      ++i;
    }
  }
  flush();
  return parts;
}

// Cuts one segment at "and", "&", "und", "et"...
std::vector<std::string> SplitAtConjunctions(std::string_view s) {
  std::vector<std::string> parts;
  size_t start = 0;
  size_t i = 0;
  while (i < s.size()) {
    bool matched = false;
    for (std::string_view sep : name_words::kNameSeparators) {
      if (s.size() - i >= sep.size() &&
          text::EqualsIgnoringAsciiCase(s.substr(i, sep.size()), sep)) {
        parts.emplace_back(text::Trim(s.substr(start, i - start)));
        i += sep.size();
        start = i;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  parts.emplace_back(text::Trim(s.substr(start)));
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  return parts;
}

// "and Tom Oakes" after "Ruth Mayer, MD," -> "Tom Oakes" (lower case only:
// "E Jean Carroll" is a name).
std::string_view WithoutLeadingConjunction(std::string_view segment) {
  for (std::string_view sep : name_words::kNameSeparators) {
    const std::string_view word = text::Trim(sep);
    if (segment.size() > word.size() + 1 && segment.starts_with(word) &&
        segment[word.size()] == ' ') {
      return text::Trim(segment.substr(word.size()));
    }
  }
  return segment;
}

// True when every word of the segment is a credential: "MD", "MS, RD".
bool IsCredentials(std::string_view segment) {
  const std::vector<std::string_view> words = Words(segment);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return Contains(name_words::kCredentials, Bare(w));
  });
}

// True when the segment's last word is a role: the segment describes
// the name before it ("Jane Doe, Home and Digital Security Expert").
bool EndsWithRole(std::string_view segment) {
  const std::vector<std::string_view> words = Words(segment);
  return !words.empty() && Contains(name_words::kRoleWords, Bare(words.back()));
}

// One name candidate cleaned: prefixes, "(@handle)", "for Site", trailing
// role words and honorifics dropped.
// `*described` is set when words describing the person followed the name
// (a credential or an organisation in capitals: "Vera Molina MD").
std::string CleanName(std::string_view raw, bool* described) {
  std::string_view s = StripPrefixes(raw);
  // "Jane Doe (@janedoe)", "Jane (Ann) Doe": without what is in brackets.
  std::string unbracketed;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '[') ++depth;
    if (depth == 0) unbracketed.push_back(c);
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  std::vector<std::string_view> words = Words(unbracketed);
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
  while (!words.empty() && Contains(name_words::kHonorifics, Bare(words.front()))) {
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
  // "Brian Truitt USA TODAY": capitals after a mixed-case name are an
  // organisation or a dateline ("RAJSHAHI").
  auto all_caps = [](std::string_view w) {
    return w.size() >= 2 &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::any_of(w.begin(), w.end(), [](char c) { return IsAsciiUpper(c); });
  };
  if (!words.empty() && !all_caps(words.front())) {
    while (words.size() > 2 && all_caps(words.back())) {
      words.pop_back();
      *described = true;
    }
  }
  if (!words.empty() && Contains(name_words::kCollectiveWords, Bare(words.back()))) return {};
  bool popped_role = false;
  while (words.size() > 1 &&
         (Contains(name_words::kRoleWords, Bare(words.back())) ||
          Contains(name_words::kCredentials, Bare(words.back())) || is_credential(words.back()))) {
    if (!Contains(name_words::kRoleWords, Bare(words.back()))) *described = true;
    words.pop_back();
    popped_role = true;
    // (An acronym before a role belongs to it too: "AI Writer", "SEO
    // Specialist".)
    while (words.size() > 2 &&
           (Contains(name_words::kRoleModifiers, Bare(words.back())) || all_caps(words.back()))) {
      if (all_caps(words.back())) *described = true;  // a job title: its employer follows
      words.pop_back();
    }
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

// The names in one chunk of a byline: prefixes stripped, cut at what
// ends the names, split into segments and at conjunctions.
std::vector<std::string> NamesIn(std::string_view text, const BylineOptions& options) {
  const std::string cut = CutAtStop(StripPrefixes(text));
  std::vector<std::string> names;
  const std::vector<std::string> segments = Segments(cut);
  const std::string_view language = HasChineseReporterLabel(text) ? "zh" : options.language;
  for (size_t i = 0; i < segments.size(); ++i) {
    // A role after a name describes it ("Jane Doe, Print Managing
    // Editor"); a credential too ("Jane Doe, MD, FACP").
    if (i > 0 && (EndsWithRole(segments[i]) || IsCredentials(segments[i]))) continue;
    for (const std::string& part : SplitAtConjunctions(WithoutLeadingConjunction(segments[i]))) {
      if (HasDenseScript(part)) {
        for (std::string& name : DenseNames(part, language)) {
          if (LooksLikePersonName(name, options)) AddUnique(&names, std::move(name));
        }
        continue;
      }
      bool described = false;
      std::string name = CleanName(part, &described);
      if (LooksLikePersonName(name, options)) {
        AddUnique(&names, std::move(name));
        // "Vera Molina MD, Gastroenterologist, Lakeview Health": what
        // follows the credential describes her.
        if (described) return names;
      } else if (i > 0 && !name.empty() && !names.empty()) {
        // What follows a name and is none describes that person: "Jane
        // Doe, Head of Marketing and Community Development", "Jane Doe,
        // MD, gastroenterologist, Parkview Health". The rest too.
        return names;
      }
    }
  }
  return names;
}

}  // namespace

bool HasBylinePrefix(std::string_view text) {
  std::string_view s = text::Trim(text);
  const size_t before = s.size();
  return StripOnePrefix(&s) && s.size() < before && !s.empty();
}

bool IsBylineLabel(std::string_view text) {
  if (text.size() > 40) return false;
  std::string_view s = text::Trim(text);
  // "| By " in a screen-reader span between the section and the name.
  while (!s.empty() && (s.front() == '|' || s.front() == '-')) s = text::Trim(s.substr(1));
  if (s.empty() || s.size() > 30 || !MayStartWithPrefix(s)) return false;
  if (s.back() == ':') s = text::Trim(s.substr(0, s.size() - 1));
  for (std::string_view prefix : name_words::kPrefixes) {
    if (prefix.size() >= 2 && text::EqualsIgnoringAsciiCase(s, prefix)) return true;
  }
  return false;
}

bool LooksLikeOrganisation(std::string_view name) {
  name = text::Trim(name);
  if (name.empty()) return false;
  const std::vector<std::string_view> words = Words(name);
  if (text::StartsWithIgnoringAsciiCase(name, "the ")) return true;
  for (std::string_view w : words) {
    const std::string bare = Bare(w);
    if (Contains(name_words::kOrganisationWords, bare)) return true;
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
    if (Contains(name_words::kAgencies, text::AsciiLower(w))) return true;
  }
  return false;
}

bool LooksLikePersonName(std::string_view name, const BylineOptions& options) {
  name = text::Trim(name);
  if (name.empty() || name.size() > 80 || HasDigit(name)) return false;
  for (std::string_view bad : {"@", "://", "www.", "*", "?", "!", "(", ")", "[", "]", ":", "\"",
                               "=", "<", ">", "#", "+", "&"}) {
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
    // Names in scripts without spaces: two to twelve characters, a
    // family and a given name at most; Thai names are longer ("ประยุทธ์
    // จันทร์โอชา").
    const bool thai = name.find("\xE0\xB8") != std::string_view::npos ||
                      name.find("\xE0\xB9") != std::string_view::npos;
    const size_t longest = thai ? (words.size() == 2 ? 40 : 15) : 12;
    return words.size() <= 2 && stats.dense >= 2 && stats.code_points <= longest;
  }
  bool any_upper = false;
  bool lower_words = false;
  for (std::string_view w : words) {
    const std::string bare = Bare(w);
    if (bare.empty()) return false;
    if (Contains(name_words::kRoleWords, bare) || Contains(name_words::kNonNameWords, bare) ||
        (words.size() == 1 && Contains(name_words::kCredentials, bare))) {
      return false;
    }
    const int initial = InitialCase(w);
    // Letters of a script without case (Arabic, Hebrew, Devanagari...)
    // count as capitals.
    if (initial == 1 || (initial == 0 && IsCaselessLetter(w))) any_upper = true;
    if (initial == -1 && !Contains(name_words::kParticles, bare)) {
      // A blog's user name ("gizzmo", "jane.doe"), or a name its owner
      // writes in lower case ("kirstin boatto"), from a source that says
      // it is the author.
      if (!options.allow_user_names || bare.size() < 2) return false;
      lower_words = true;
    }
  }
  return any_upper || lower_words || (options.allow_user_names && words.size() == 1);
}

std::vector<std::string> ParseByline(std::string_view byline, const BylineOptions& options) {
  const std::string cleaned = CleanFieldText(byline);
  // "Dec. 19, 2025 · Jane Doe": when what comes before a strong separator
  // names nobody, the names may follow it. A chunk saying "By" wins over
  // an unprefixed first one ("Politics | By Jane Doe | May 3").
  std::string_view chunks[4];
  size_t count = 0;
  std::string_view rest = cleaned;
  while (count < 4) {
    size_t at = std::string_view::npos;
    size_t size = 0;
    for (std::string_view mark : {" · ", " • ", " | ", " — "}) {
      const size_t found = rest.find(mark);
      if (found < at) {
        at = found;
        size = mark.size();
      }
    }
    chunks[count++] = rest.substr(0, at);
    if (at == std::string_view::npos) break;
    rest = rest.substr(at + size);
  }
  if (count > 1 && !HasBylinePrefix(chunks[0])) {
    for (size_t i = 1; i < count; ++i) {
      if (!HasBylinePrefix(chunks[i])) continue;
      std::vector<std::string> names = NamesIn(chunks[i], options);
      if (!names.empty()) return names;
    }
  }
  for (size_t i = 0; i < count; ++i) {
    std::vector<std::string> names = NamesIn(chunks[i], options);
    if (!names.empty()) return names;
  }
  return {};
}

}  // namespace newsift::metadata
