#include "dense_names_internal.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

enum class Script { kOther, kHan, kKana, kHangul, kThai };

Script ScriptOf(char32_t cp) {
  if (cp >= 0x3040 && cp <= 0x30FF) return Script::kKana;
  if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFF)) {
    return Script::kHan;
  }
  if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)) return Script::kHangul;
  if (cp >= 0x0E00 && cp <= 0x0E7F) return Script::kThai;
  return Script::kOther;
}

// What a word is written in: kana wins over Han (a Japanese name), then
// the first dense script found.
Script WordScript(std::string_view word) {
  Script found = Script::kOther;
  size_t pos = 0;
  while (pos < word.size()) {
    const Script s = ScriptOf(text::NextCodePoint(word, &pos));
    if (s == Script::kKana) return s;
    if (found == Script::kOther) found = s;
  }
  return found;
}

// Labels for the people who wrote or reported a story. The simplified
// Chinese ones also say that the page is Chinese.
constexpr std::string_view kChineseLabels[] = {"本报记者", "特约记者", "实习记者", "见习记者",
                                               "记者",     "通讯员",   "撰稿人",   "撰稿",
                                               "报道",     "编译"};
// clang-format off
constexpr std::string_view kOtherLabels[] = {
    // Chinese (traditional) and Japanese; Japanese puts "著" (written),
    // "訳" (translated) after the name: "Eric Freeman 著、嶋田 健志 監訳".
    "記者", "作者", "撰文", "文", "報導", "採訪", "著者", "著", "編著", "編", "監修", "監訳",
    "訳", "翻訳", "翻訳者", "執筆", "執筆者", "寄稿", "取材", "投稿者", "イラスト", "写真",
    "撮影",
    // Korean
    "기자", "특파원", "통신원", "객원기자", "선임기자", "수습기자", "논설위원", "편집위원",
    // Thai
    "เขียนโดย", "ผู้เขียน", "รายงานโดย", "โดย"};

// Ends of the names of newsrooms, papers and agencies: "ASCII編集部"
// (editorial department), "新华通讯社", "人民日报".
constexpr std::string_view kOrganisationEnds[] = {
    "編集部", "编辑部", "編輯部", "新聞社", "新闻社", "通信社", "通讯社", "报社", "報社",
    "日报", "日報", "电视台", "電視台", "新聞", "新闻网", "취재팀", "편집국"};
// clang-format on

bool IsLabel(std::string_view word, bool* chinese) {
  for (std::string_view label : kChineseLabels) {
    if (word == label) {
      *chinese = true;
      return true;
    }
  }
  for (std::string_view label : kOtherLabels) {
    if (word == label) return true;
  }
  return false;
}

// A word that is an organisation's reporter label, "新华社记者" (Xinhua
// reporter), "央视记者", or an organisation: "ASCII編集部". Neither is a
// name.
bool EndsWithHanLabel(std::string_view word, bool* chinese) {
  for (std::string_view label : {std::string_view("记者"), std::string_view("通讯员")}) {
    if (word.size() > label.size() && word.ends_with(label)) {
      *chinese = true;
      return true;
    }
  }
  if (word.size() > 6 && word.ends_with("記者")) return true;
  for (std::string_view end : kOrganisationEnds) {
    if (word.ends_with(end)) return true;
  }
  return false;
}

// "记者李䶮": a label of two or more characters glued to the name.
std::string_view WithoutGluedLabel(std::string_view word, bool* chinese) {
  for (std::string_view label : kChineseLabels) {
    if (label.size() >= 6 && word.size() > label.size() && word.starts_with(label)) {
      *chinese = true;
      return word.substr(label.size());
    }
  }
  for (std::string_view label : {std::string_view("記者"), std::string_view("作者")}) {
    if (word.size() > label.size() && word.starts_with(label)) return word.substr(label.size());
  }
  // Korean puts the role after the name, sometimes without a space.
  for (std::string_view role : {std::string_view("기자"), std::string_view("특파원")}) {
    if (word.size() >= role.size() + 6 && word.ends_with(role)) {
      return word.substr(0, word.size() - role.size());
    }
  }
  return word;
}

// Brackets and punctuation, ASCII or CJK ("（", "）", "【", "：", "●").
// (Not Thai marks: a name may end in one, "ประยุทธ์".)
bool IsPunctuation(char32_t cp) {
  if (cp < 0x80) {
    return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
  }
  return (cp >= 0x2000 && cp <= 0x27BF) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

// `word` without the brackets and punctuation around it: "（李䶮）" -> "李䶮".
std::string_view TrimPunctuation(std::string_view word) {
  size_t begin = 0;
  while (begin < word.size()) {
    size_t pos = begin;
    if (!IsPunctuation(text::NextCodePoint(word, &pos))) break;
    begin = pos;
  }
  size_t end = begin;
  size_t pos = begin;
  while (pos < word.size()) {
    if (!IsPunctuation(text::NextCodePoint(word, &pos))) end = pos;
  }
  return word.substr(begin, end - begin);
}

std::vector<std::string_view> SpaceSeparated(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t stop = s.find(' ', start);
    if (stop == std::string_view::npos) stop = s.size();
    const std::string_view word = TrimPunctuation(s.substr(start, stop - start));
    if (!word.empty()) words.push_back(word);
    start = stop + 1;
  }
  return words;
}

std::string Join(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

// The names in a run of words with no label between them.
void ReadGroup(const std::vector<std::string_view>& words, bool chinese,
               std::vector<std::string>* names) {
  size_t i = 0;
  while (i < words.size()) {
    const Script script = WordScript(words[i]);
    size_t j = i + 1;
    while (j < words.size() && WordScript(words[j]) == script) ++j;
    // Each Korean word, and each Han word on a Chinese page, is a
    // person; a Japanese, Thai or Latin run is one.
    if (script == Script::kHangul || (script == Script::kHan && chinese)) {
      for (size_t k = i; k < j; ++k) names->emplace_back(words[k]);
    } else {
      names->push_back(Join(words, i, j));
    }
    i = j;
  }
}

}  // namespace

bool HasDenseScript(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (text::IsDenseScript(text::NextCodePoint(s, &pos))) return true;
  }
  return false;
}

bool HasChineseReporterLabel(std::string_view text) {
  return text.find("记者") != std::string_view::npos ||
         text.find("通讯员") != std::string_view::npos;
}

std::vector<std::string> DenseNames(std::string_view segment, std::string_view language) {
  bool chinese = language.starts_with("zh");
  std::vector<std::vector<std::string_view>> groups(1);
  for (std::string_view word : SpaceSeparated(segment)) {
    if (IsLabel(word, &chinese) || EndsWithHanLabel(word, &chinese)) {
      if (!groups.back().empty()) groups.emplace_back();
      continue;
    }
    groups.back().push_back(WithoutGluedLabel(word, &chinese));
  }
  std::vector<std::string> names;
  for (const auto& group : groups) ReadGroup(group, chinese, &names);
  return names;
}

}  // namespace newsift::metadata
