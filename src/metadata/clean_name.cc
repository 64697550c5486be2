#include <algorithm>
#include <vector>

#include "byline_prefixes_internal.h"
#include "byline_text_internal.h"
#include "clean_name_internal.h"
#include "name_words_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {

using byline_prefixes::StripPrefixes;
using byline_text::Bare;
using byline_text::InitialCase;
using byline_text::IsAsciiUpper;
using byline_text::Words;
using name_words::Contains;

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
  // (Two capitals at least: "C." is an initial, "Juan Carlos Muñoz C.".)
  auto all_caps = [](std::string_view w) {
    return w.size() >= 2 &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::count_if(w.begin(), w.end(), [](char c) { return IsAsciiUpper(c); }) >= 2;
  };
  if (!words.empty() && !all_caps(words.front())) {
    while (words.size() > 2 && all_caps(words.back())) {
      words.pop_back();
      *described = true;
    }
  } else if (words.size() > 2 && all_caps(words[1])) {
    // And the other way round: "BARBARA VANCHERI Pittsburgh Post-Gazette",
    // "MIRJAM SWANSON THE PRESS-ENTERPRISE" (an article starts the paper's
    // name).
    for (size_t i = 2; i < words.size(); ++i) {
      if (!all_caps(words[i]) || Bare(words[i]) == "the") {
        words.resize(i);
        *described = true;
        break;
      }
    }
  }
  // "Kristen Falc'hon Kristen Falc'hon": a name read twice (shown and
  // screen-reader text).
  if (words.size() >= 4 && words.size() % 2 == 0 &&
      std::equal(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(words.size() / 2),
                 words.begin() + static_cast<std::ptrdiff_t>(words.size() / 2))) {
    words.resize(words.size() / 2);
  }
  if (!words.empty() && Contains(name_words::kCollectiveWords, Bare(words.back()))) return {};
  // "Rui Ma": a credential's letters written as a word after a lone
  // given name are a family name ("Jane Doe Ma" and "Rui MA" stay
  // credentials).
  auto family_name = [&](std::string_view w) {
    return words.size() == 2 && w.size() >= 2 && IsAsciiUpper(w.front()) &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  bool popped_role = false;
  while (words.size() > 1 && (Contains(name_words::kRoleWords, Bare(words.back())) ||
                              ((Contains(name_words::kCredentials, Bare(words.back())) ||
                                is_credential(words.back())) &&
                               !family_name(words.back())))) {
    // (A credential describes the person, and what follows it too; "Jr."
    // and "Sr." are part of the name, and another name may follow.)
    const std::string last = Bare(words.back());
    if (!Contains(name_words::kRoleWords, last) && last != "jr" && last != "sr") {
      *described = true;
    }
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
  // "Luxury Travel Expert": what is left ends in a word of the role.
  if (popped_role && Contains(name_words::kRoleModifiers, Bare(words.back()))) return {};
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  while (!out.empty() && std::string_view(",.;:-").find(out.back()) != std::string_view::npos) {
    // (An initial keeps its dot: "Juan Carlos Muñoz C.".)
    const size_t n = out.size();
    if (n >= 3 && out[n - 1] == '.' && out[n - 3] == ' ' && IsAsciiUpper(out[n - 2])) break;
    out.pop_back();
  }
  return out;
}

}  // namespace newsift::metadata
