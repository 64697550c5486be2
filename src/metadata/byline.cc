#include "newsift/metadata/byline.h"

#include <algorithm>

#include "byline_prefixes_internal.h"
#include "byline_text_internal.h"
#include "clean_name_internal.h"
#include "dense_names_internal.h"
#include "name_words_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using byline_prefixes::StripPrefixes;
using byline_text::Bare;
using byline_text::HasDigit;
using byline_text::InitialCase;
using byline_text::IsAsciiUpper;
using byline_text::Words;
using name_words::Contains;

// A word starting with a letter of a script without case: Arabic "سلمى".
bool IsCaselessLetter(std::string_view word) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(word, &pos);
  return cp >= 0x370 && text::IsWordChar(cp) && !(cp >= '0' && cp <= '9');
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

// A word closing a sentence: a period after two letters or more that are
// not an honorific or a credential ("Doe.", not "J.", "Dr.", "Jr.").
bool EndsSentence(std::string_view word) {
  if (!word.ends_with('.')) return false;
  const std::string bare = Bare(word);
  if (text::CountCodePoints(bare) < 2 || bare.find('.') != std::string::npos) return false;
  return !Contains(name_words::kHonorifics, bare) && !Contains(name_words::kCredentials, bare) &&
         bare != "st";
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
    // "Jane Doe. Photos by John Roe": a sentence ends the names.
    if (EndsSentence(word) && i + 1 < words.size() && InitialCase(words[i + 1]) == 1) {
      out.append(word.substr(0, word.size() - 1));
      break;
    }
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
    for (std::string_view sep : name_words::kLowerNameSeparators) {
      if (!matched && s.substr(i).starts_with(sep)) {
        parts.emplace_back(text::Trim(s.substr(start, i - start)));
        i += sep.size();
        start = i;
        matched = true;
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
    // One word after a list of full names is the place they write from,
    // not a person: "Von Lena Hoffmann und Markus Weber, Berlin". (Not
    // after one name: "Jane Doe, Dietitian" is truth on the corpus, where
    // the credential stays beside the name.)
    if (i > 0 && names.size() >= 2 && Words(segments[i]).size() == 1 &&
        !HasDenseScript(segments[i]) &&
        std::all_of(names.begin(), names.end(),
                    [](const std::string& n) { return Words(n).size() >= 2; })) {
      return names;
    }
    const size_t before_segment = names.size();
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
        // MD, gastroenterologist, Parkview Health". The rest too, and
        // the segment's other parts ("Content" of "Content & Marketing").
        if (before_segment > 0) names.resize(before_segment);
        return names;
      }
    }
  }
  return names;
}

}  // namespace

bool LooksLikeOrganisation(std::string_view name) {
  name = text::Trim(name);
  if (name.empty()) return false;
  const std::vector<std::string_view> words = Words(name);
  if (text::StartsWithIgnoringAsciiCase(name, "the ")) return true;
  for (std::string_view w : words) {
    const std::string bare = Bare(w);
    if (Contains(name_words::kOrganisationWords, bare)) return true;
    // "JuraForum.de-Redaktion", "TVT-Redaktion": one compound ending in one.
    const size_t hyphen = words.size() == 1 ? bare.rfind('-') : std::string::npos;
    if (hyphen != std::string::npos &&
        Contains(name_words::kOrganisationWords, std::string_view(bare).substr(hyphen + 1))) {
      return true;
    }
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
    // ("E-RYT", a credential, too.)
    const bool all_upper =
        std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiUpper(c) || c == '-'; }) &&
        IsAsciiUpper(w.front()) && IsAsciiUpper(w.back());
    if (w.size() >= 2 && all_upper) return true;
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
  // A lower-case word before capitalised ones that is no particle, or a
  // "by" among them: a phrase, not a name ("deinen Hochzeitsbloggern",
  // "your wedding bloggers"; "Photograph by Tyrone Turner"); "kirstin
  // boatto" and "Jane de Souza" are names.
  if (lower_words && any_upper &&
      ((InitialCase(words.front()) == -1 &&
        !Contains(name_words::kParticles, Bare(words.front()))) ||
       std::find(words.begin(), words.end(), "by") != words.end())) {
    return false;
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
