#include "newsift/input/mojibake.h"

#include <cstring>
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

// The byte a windows-1252 or ISO-8859-1 decoder turned into `cp`, when it
// is a UTF-8 continuation byte (0x80..0xBF); otherwise -1.
int ContinuationByte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return static_cast<int>(cp);  // ISO-8859-1, C1
  switch (cp) {  // windows-1252's 0x80..0x9F
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

// Quote marks, dashes, spaces and the like, which real text puts right
// after a word ("Gruß“", "CAFÉ »"): after a capital or ß they are
// ambiguous.
bool IsTypographic(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201C: case 0x201D: case 0x201E:
    case 0x2026: case 0x2013: case 0x2014: case 0x2022: case 0x2039: case 0x203A:
    case 0x00A0: case 0x00A1: case 0x00AB: case 0x00B7: case 0x00BB: case 0x00BF:
      return true;
    default:
      return false;
  }
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
  char32_t last = 0;
  for (int k = 1; k < length; ++k) {
    if (p >= s.size()) return c;
    last = text::NextCodePoint(s, &p);
    const int byte = ContinuationByte(last);
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
  c.ambiguous = length == 2 && lead != 0xC2 && lead != 0xC3 && IsTypographic(last);
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
