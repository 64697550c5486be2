#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/uchar.h>

#include "dateline_line_internal.h"
#include "newsift/metadata/date_words.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// A dateline opening a paragraph: the date starts within this many bytes.
constexpr size_t kLeadBytes = 100;
constexpr size_t kMaxLeadOffset = 40;
constexpr size_t kMaxAgencyName = 24;
// Lines longer than this, or at least kMinProseCodePoints long and ending
// like a sentence, are body prose.
constexpr size_t kMaxLineCodePoints = 200;
constexpr size_t kMinProseCodePoints = 60;

// What an element's class and itemprop say about the date inside it.
// WordPress marks its date "entry-date published updated": both, which
// says nothing by itself (*both is set).
DateRole RoleOfAttributes(const dom::Document& doc, NodeId id, bool* both) {
  for (std::string_view name : {"itemprop", "class"}) {
    const std::string value = text::AsciiLower(doc.attr(id, name));
    if (value.empty()) continue;
    const bool published = value.find("publish") != std::string::npos ||
                           value.find("pubdate") != std::string::npos ||
                           value.find("posted") != std::string::npos;
    const bool updated =
        value.find("updat") != std::string::npos || value.find("modif") != std::string::npos;
    if (published && updated) {
      *both = true;
      continue;
    }
    if (published) return DateRole::kPublished;
    if (updated) return DateRole::kModified;
  }
  return DateRole::kUnlabelled;
}

// True when the text before a date is an opening bracket and the text
// after it starts with the closing one: "(21. November 2022) Die ...".
bool IsBracketed(std::string_view before, std::string_view after) {
  before = text::Trim(before);
  return (before == "(" && after.starts_with(")")) || (before == "[" && after.starts_with("]"));
}

}  // namespace

// "© 19.12.2019 Example GmbH": a copyright line dates the site, not
// the article.
bool IsCopyrightLine(std::string_view s) {
  if (s.find("©") != std::string_view::npos) return true;
  for (size_t at = s.find_first_of("Cc"); at != std::string_view::npos;
       at = s.find_first_of("Cc", at + 1)) {
    if (text::StartsWithIgnoringAsciiCase(s.substr(at), "copyright")) return true;
  }
  return false;
}

// Digits of any script are multi-byte: let those through too.
bool HasDigit(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    const char c = s[pos];
    if (c >= '0' && c <= '9') return true;
    if (static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = text::NextCodePoint(s, &pos);
    if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) return true;
  }
  return false;
}

// The dates of one short line, in order, with <time> values merged in.
std::vector<LineDate> DatesOfLine(const dom::Document& doc, const Line& line,
                                  const TextDateOptions& options) {
  std::vector<LineDate> found;
  for (const TextDate& d : FindTextDates(line.text, options)) {
    LineDate f{};
    f.date.value = d.value;
    f.date.swappable = d.swappable;
    f.begin = d.begin;
    f.end = d.end;
    f.label_end = d.begin;
    f.node = line.NodeAt(d.begin);
    found.push_back(f);
  }
  for (const TimeSpan& span : line.times) {
    const std::string_view attr = doc.attr(span.element, "datetime");
    std::optional<DateTime> value = ParseIsoDateTime(attr);
    bool swappable = false;  // datetime="02-12-2025" reads both ways
    if (!value) {
      const std::vector<TextDate> dates = FindTextDates(attr, options);
      if (dates.empty()) continue;
      value = dates.front().value;
      swappable = dates.front().swappable;
    }
    bool shown_otherwise = false;
    size_t begin = span.begin;
    size_t end = span.end;
    size_t label_end = span.begin;
    for (auto it = found.begin(); it != found.end();) {
      const bool overlaps = it->begin < span.end && it->end > span.begin;
      if (!overlaps) {
        ++it;
        continue;
      }
      // The visible text wins when it names another day.
      if (it->date.value.date != value->date) {
        shown_otherwise = true;
        break;
      }
      // ... and is more precise when the attribute has no time
      // (datetime="2022-01-21" around "21.01.2022 - 13:30").
      if (!value->has_time && it->date.value.has_time) value = it->date.value;
      begin = std::min(begin, it->begin);
      end = std::max(end, it->end);
      label_end = std::max(label_end, it->begin);
      it = found.erase(it);
    }
    if (shown_otherwise) continue;
    LineDate f{};
    f.date.value = *value;
    f.date.swappable = swappable;
    f.begin = begin;
    f.end = end;
    f.label_end = label_end;
    f.node = span.element;
    found.push_back(f);
  }
  std::sort(found.begin(), found.end(),
            [](const LineDate& a, const LineDate& b) { return a.begin < b.begin; });
  return found;
}

DateRole RoleOfElement(const dom::Document& doc, NodeId node, NodeId block) {
  bool both = false;
  for (NodeId id = node; id != kNoNode; id = doc.node(id).parent) {
    if (doc.node(id).is_element()) {
      const DateRole role = RoleOfAttributes(doc, id, &both);
      if (role != DateRole::kUnlabelled) return role;
    }
    if (id == block) break;
  }
  return both ? DateRole::kPublished : DateRole::kUnlabelled;
}

// Letters the line holds besides its dates and labels.
size_t LeftoverLetters(const Line& line, const std::vector<LineDate>& found) {
  std::string rest;
  size_t at = 0;
  for (const LineDate& f : found) {
    rest.append(line.text, at, f.begin - at);
    rest.push_back(' ');
    at = f.end;
  }
  rest.append(line.text, at);
  return LettersBesideLabels(rest);
}

// A news-agency dateline opening the first paragraph: "27.1.2022 - Bei
// der ...", "WASHINGTON, March 5, 2024 — The ...": a date near the start
// followed by a dash; or the date alone in brackets before the first
// sentence: "(21. November 2022) Die ..." (testdata/pages/
// stromspiegel-2022-netzentgelte.html).
std::optional<DatelineDate> LeadingDate(std::string_view text, const TextDateOptions& options) {
  size_t cut = std::min(text.size(), kLeadBytes);
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  const std::vector<TextDate> dates = FindTextDates(text.substr(0, cut), options);
  if (dates.empty() || dates[0].begin > kMaxLeadOffset) return std::nullopt;
  std::string_view after = text::Trim(text.substr(dates[0].end));
  if (!IsBracketed(text.substr(0, dates[0].begin), after)) {
    // "Dec 20, 2025 (BSS) - ...": an agency's name may come first.
    if (after.starts_with("(")) {
      const size_t close = after.find(')');
      if (close == std::string_view::npos || close > kMaxAgencyName) return std::nullopt;
      after = text::Trim(after.substr(close + 1));
    }
    if (!(after.starts_with("-") || after.starts_with("–") || after.starts_with("—"))) {
      return std::nullopt;
    }
  }
  DatelineDate d;
  d.value = dates[0].value;
  d.swappable = dates[0].swappable;
  return d;
}

// Lines too long to be a dateline cut at their <br>s: a standfirst, the
// author and the date set apart by <br> in one element
// (testdata/pages/fairground-2008-arena-vote.html). A short line keeps
// its <br>s ("July 19, 2012<br>03:40 PM EDT" is one date).
std::vector<Line> CutLongLinesAtBreaks(const std::vector<Line>& lines) {
  std::vector<Line> out;
  for (const Line& line : lines) {
    if (line.breaks.empty() || !IsProseLine(line, text::CountCodePoints(line.text))) {
      out.push_back(line);
      continue;
    }
    for (Line& part : line.SplitAtBreaks()) out.push_back(std::move(part));
  }
  return out;
}

// A sentence of the body rather than a dateline: long and ending like
// a sentence ("The tax season ends on April 15, 2025.").
bool IsProseLine(const Line& line, size_t code_points) {
  if (code_points > kMaxLineCodePoints) return true;
  if (code_points < kMinProseCodePoints) return false;
  const std::string_view t = text::Trim(line.text);
  return t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("。") ||
         t.ends_with("！") || t.ends_with("？");
}

}  // namespace newsift::metadata
