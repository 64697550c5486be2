#include "newsift/input/mojibake.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

#include "newsift/text/utf8.h"

namespace newsift::input {
namespace {

// A page needs this many unambiguous candidates before any is repaired:
// one or two can be a deliberate example ("you see Ã© instead of é") or
// a stray in a language menu; a damaged page has them in every paragraph.
constexpr size_t kMinEvidence = 3;
// Text encoded twice over ("Ã¢â‚¬â„¢") comes back one layer per round.
constexpr int kMaxRounds = 3;

// What windows-1252 decodes 0x80..0x9F to; 0 where it keeps the byte as a
// C1 control (0x81, 0x8D, 0x8F, 0x90, 0x9D), as browsers do.
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a windows-1252 or ISO-8859-1 decoder turned into `cp`, when it
// is a UTF-8 continuation byte (0x80..0xBF); otherwise -1.
int ContinuationByte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return static_cast<int>(cp);  // ISO-8859-1, C1
  if (cp < 0x100) return -1;
  for (int i = 0; i < 32; ++i) {
    if (kWindows1252High[i] == cp) return 0x80 + i;
  }
  return -1;
}

// Quote marks, dashes, spaces and the like, which real text puts right
// after a word: a candidate whose first continuation is one of them may be
// a word's last letter and what follows it.
bool IsTypographic(char32_t cp) {
  static constexpr char32_t kTypographic[] = {0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E,
                                              0x2026, 0x2013, 0x2014, 0x2022, 0x2039, 0x203A,
                                              0x00A0, 0x00A1, 0x00AB, 0x00B7, 0x00BB, 0x00BF};
  return std::find(std::begin(kTypographic), std::end(kTypographic), cp) != std::end(kTypographic);
}

struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  char bytes[4] = {};
  int length = 0;  // of the repaired UTF-8 sequence
  bool ambiguous = false;
};

// The candidate whose lead character's UTF-8 (C3 82..C3 B4) is at `pos`,
// or a candidate with length 0.
Candidate ReadCandidate(std::string_view s, size_t pos) {
  Candidate c;
  const auto lead = static_cast<unsigned char>(static_cast<unsigned char>(s[pos + 1]) + 0x40);
  const int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  c.bytes[0] = static_cast<char>(lead);
  size_t p = pos + 2;
  char32_t first = 0;
  for (int k = 1; k < length; ++k) {
    if (p >= s.size()) return c;
    const char32_t cp = text::NextCodePoint(s, &p);
    if (k == 1) first = cp;
    const int byte = ContinuationByte(cp);
    if (byte < 0) return c;
    c.bytes[k] = static_cast<char>(byte);
  }
  // The second byte's range that UTF-8 allows after some leads (no
  // overlong forms, no surrogates, nothing past U+10FFFF).
  const auto second = static_cast<unsigned char>(c.bytes[1]);
  if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
      (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
    return c;
  }
  c.begin = pos;
  c.end = p;
  c.length = length;
  // "Gruß“", "CAFÉ »" and "nécessité »" (é, NBSP, » is the UTF-8 of
  // U+983B) may well be text; "Â ", "Ã”" and "â‚¬" are damage: words
  // hardly ever end in Â, Ã or â, the commonest leads of damaged text.
  const bool damage_lead = lead == 0xC2 || lead == 0xC3 || lead == 0xE2;
  c.ambiguous = IsTypographic(first) && !damage_lead;
  return c;
}

std::vector<Candidate> FindCandidates(std::string_view s) {
  std::vector<Candidate> found;
  size_t pos = 0;
  while (pos + 1 < s.size()) {
    const void* hit = std::memchr(s.data() + pos, 0xC3, s.size() - pos - 1);
    if (hit == nullptr) break;
    pos = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    const auto next = static_cast<unsigned char>(s[pos + 1]);
    if (next < 0x82 || next > 0xB4) {
      pos += 1;
      continue;
    }
    const Candidate c = ReadCandidate(s, pos);
    if (c.length == 0) {
      pos += 2;
      continue;
    }
    found.push_back(c);
    pos = c.end;
  }
  return found;
}

// One layer of repair; returns the number of sequences repaired.
size_t RepairOnce(std::string* utf8) {
  std::vector<Candidate> found = FindCandidates(*utf8);
  size_t clear = 0;
  for (const Candidate& c : found) clear += c.ambiguous ? 0 : 1;
  if (clear < kMinEvidence) return 0;
  // An ambiguous candidate inside a run of damaged characters is damage
  // too: "Ñ‚" is the "т" of "ÐŸÑ€Ð¸Ð²ÐµÑ‚", and "Gruß“" has no run.
  for (size_t i = 0; i < found.size(); ++i) {
    const bool after_one = i > 0 && found[i - 1].end == found[i].begin;
    const bool before_one = i + 1 < found.size() && found[i].end == found[i + 1].begin;
    if (after_one || before_one) found[i].ambiguous = false;
  }
  std::string out;
  out.reserve(utf8->size());
  size_t copied = 0;
  size_t repaired = 0;
  for (const Candidate& c : found) {
    if (c.ambiguous) continue;
    out.append(*utf8, copied, c.begin - copied);
    out.append(c.bytes, static_cast<size_t>(c.length));
    copied = c.end;
    ++repaired;
  }
  out.append(*utf8, copied);
  *utf8 = std::move(out);
  return repaired;
}

}  // namespace

size_t RepairMojibake(std::string* utf8) {
  size_t repaired = 0;
  for (int round = 0; round < kMaxRounds; ++round) {
    const size_t n = RepairOnce(utf8);
    if (n == 0) break;
    repaired += n;
  }
  return repaired;
}

}  // namespace newsift::input
