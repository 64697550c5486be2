#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "date_matcher_internal.h"
#include "newsift/metadata/date_words.h"
#include "newsift/metadata/time_zones.h"

namespace newsift::metadata {

size_t DateMatcher::MatchDate(size_t i, CivilDate* date, bool* persian, bool* swappable) const {
  *persian = false;
  *swappable = false;
  size_t j = 0;
  if ((j = NumericDate(i, date, swappable)) != i) return j;
  if ((j = CjkDate(i, date)) != i) return j;
  if ((j = DayMonthYear(i, date, persian)) != i) return j;
  if ((j = MonthDayYear(i, date, persian)) != i) return j;
  if ((j = YearMonthDay(i, date, persian)) != i) return j;
  return i;
}

size_t DateMatcher::MatchTime(size_t first, DateTime* dt, const CivilDate& date) const {
  // Korean, Chinese and Japanese write AM and PM before the time: "오후
  // 3:45", "下午3:45", "午後3時45分".
  int leading_ampm = -1;
  size_t i = first;
  if (i < t_.size() && t_[i].kind == Tok::kWord) {
    // (Ideographs are tokens of one character each: "下午" is two.)
    const bool pair = i + 1 < t_.size() && t_[i + 1].kind == Tok::kWord && !t_[i + 1].space_before;
    const std::string_view word = TokenText(i);
    const std::string_view two =
        pair ? text_.substr(t_[i].begin, t_[i + 1].end - t_[i].begin) : std::string_view();
    if (word == "오전") leading_ampm = 0;
    if (word == "오후") leading_ampm = 12;
    if (leading_ampm >= 0) ++i;
    if (two == "上午" || two == "午前") leading_ampm = 0;
    if (two == "下午" || two == "午後") leading_ampm = 12;
    if (leading_ampm >= 0 && i == first) i += 2;
  }
  if (!Num(i, 1, 2)) return first;
  const int hour = t_[i].value;
  int minute = 0;
  int second = 0;
  size_t j = i + 1;
  bool minutes = false;
  if (Punct(j, ':') && !t_[j].space_before && Num(j + 1, 2, 2) && !t_[j + 1].space_before) {
    minute = t_[j + 1].value;
    j += 2;
    minutes = true;
    if (Punct(j, ':') && !t_[j].space_before && Num(j + 1, 2, 2)) {
      second = t_[j + 1].value;
      j += 2;
      if ((Punct(j, '.') || Punct(j, ',')) && Num(j + 1, 1, 9) && !t_[j].space_before) j += 2;
    }
  } else if (Is(j, Tok::kHourMark) && Num(j + 1, 2, 2)) {
    // "19h18", "16 h 37", "08時00分".
    minute = t_[j + 1].value;
    j += 2;
    minutes = true;
    if (Is(j, Tok::kMinuteMark)) ++j;
  } else if (int probe = -1; Punct(j, '.') && !t_[j].space_before && Num(j + 1, 2, 2) &&
                             !t_[j + 1].space_before &&
                             (Is(j + 2, Tok::kHourMark) || Is(j + 2, Tok::kZone) ||
                              AmPm(j + 2, &probe) != j + 2 || AfterTimeWord(i))) {
    minute = t_[j + 1].value;  // "15.07 Uhr", "8.30am", "07.51 BST", "kl. 15.45"
    j += 2;
    minutes = true;
  }
  int ampm = -1;
  const size_t after_ampm = AmPm(j, &ampm);
  if (!minutes && after_ampm == j) return first;  // a bare number is not a time
  j = after_ampm;
  if (ampm < 0) ampm = leading_ampm;
  if (ampm >= 0) {
    if (hour < 1 || hour > 12) return first;
  }
  const int h24 = ampm < 0 ? hour : hour % 12 + ampm;
  if (h24 > 24 || minute > 59 || second > 60) return first;
  dt->has_time = true;
  dt->hour = h24 == 24 ? 0 : h24;
  dt->minute = minute;
  dt->second = second == 60 ? 59 : second;
  if (Is(j, Tok::kHourMark)) ++j;  // "15:07 Uhr"
  return Zone(j, dt, date);
}

bool DateMatcher::AfterTimeWord(size_t i) const {
  if (i > 0 && Punct(i - 1, '.')) --i;  // "kl. 15.45"
  if (i == 0 || !Is(i - 1, Tok::kFiller)) return false;
  const std::string word = FoldDateWord(TokenText(i - 1));
  static constexpr std::string_view kWords[] = {"kl", "klo", "um", "om", "ore", "at", "a", "as"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

size_t DateMatcher::MatchMonthDayTimeYear(size_t i, DateTime* dt) const {
  if (!Is(i, Tok::kMonth) || t_[i].persian || !Day(i + 1)) return i;
  DateTime probe;
  const size_t time_end = MatchTime(i + 2, &probe, CivilDate{2000, 1, 1});
  if (time_end == i + 2 || !Year(time_end) || !Bounded(i, time_end + 1)) return i;
  dt->date = {t_[time_end].value, t_[i].value, t_[i + 1].value};
  if (!IsValidCivilDate(dt->date)) return i;
  MatchTime(i + 2, dt, dt->date);  // again, for the zone's offset on that day
  return time_end + 1;
}

bool DateMatcher::ReadDayFirst(size_t i, const CivilDate& date) const {
  return Num(i, 1, 2) && !Punct(i + 1, '.') && date.day == t_[i].value && date.month != t_[i].value;
}

bool DateMatcher::HasUsZone(size_t from, size_t to, const PageLocale& locale) const {
  static constexpr std::string_view kNames[] = {"EST", "EDT", "CST", "CDT",  "MST",
                                                "MDT", "PST", "PDT", "AKST", "AKDT",
                                                "HST", "ET",  "CT",  "MT",   "PT"};
  if (!locale.language.empty() && locale.language != "en") return false;
  for (size_t k = from; k < to; ++k) {
    if (!Is(k, Tok::kZone)) continue;
    const std::string_view name = TokenText(k);
    for (std::string_view us : kNames) {
      if (name != us) continue;
      const std::optional<int> offset = ZoneOffset(name, locale, CivilDate{2000, 1, 1}, 12, 0);
      if (offset && *offset < 0) return true;
    }
  }
  return false;
}

size_t DateMatcher::SkipJoiners(size_t i, int max) const {
  for (int n = 0; n < max && i < t_.size(); ++n) {
    if (Punct(i, ',') || Punct(i, '.') || Is(i, Tok::kFiller)) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool DateMatcher::Bounded(size_t first, size_t end) const {
  if (first > 0 && !t_[first].space_before) {
    if (t_[first - 1].kind == Tok::kNumber) return false;
    const std::string_view before = TokenText(first - 1);
    const char last = before.empty() ? ' ' : before.back();
    if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) return false;
  }
  if (end < t_.size() && t_[end].kind == Tok::kNumber && !t_[end].space_before) return false;
  return true;
}

size_t DateMatcher::NumericDate(size_t i, CivilDate* date, bool* swappable) const {
  if (!Num(i, 1, 4) || !Sep(i + 1) || !Num(i + 2, 1, 2) || !Sep(i + 3)) return i;
  const int sep = t_[i + 1].value;
  if (t_[i + 3].value != sep) return i;
  // Czech and Slovak put a space after each dot: "5. 3. 2024" (a
  // four-digit year only, so that no list of numbers reads as a date).
  const bool spaced = sep == '.' && Num(i, 1, 2) && Year(i + 4) && !t_[i + 1].space_before &&
                      !t_[i + 3].space_before && t_[i + 2].space_before && t_[i + 4].space_before;
  // The fifth token may be missing ("10.10." ending the text).
  for (size_t k = i + 1; k <= i + 4 && k < t_.size() && !spaced; ++k) {
    if (t_[k].space_before) return i;
  }
  if (Year(i)) {
    if (!Num(i + 4, 1, 2)) return i;
    *date = {t_[i].value, t_[i + 2].value, t_[i + 4].value};
  } else if (sep == '.' && Num(i, 1, 2) && Num(i + 4, 2, 2)) {
    // "06.11.23": two-digit years only in the dotted day-first form.
    const int yy = t_[i + 4].value;
    *date = {yy < 70 ? 2000 + yy : 1900 + yy, t_[i + 2].value, t_[i].value};
    *swappable = t_[i].value != t_[i + 2].value && t_[i].value <= 12 && t_[i + 2].value <= 12;
  } else {
    if (!Num(i, 1, 2) || !Year(i + 4)) return i;
    const int a = t_[i].value;
    const int b = t_[i + 2].value;
    bool month_first = options_.month_first && sep != '.';
    if (a > 12) month_first = false;
    if (b > 12) month_first = true;
    *date = month_first ? CivilDate{t_[i + 4].value, a, b} : CivilDate{t_[i + 4].value, b, a};
    *swappable = a != b && a <= 12 && b <= 12;
  }
  if (!Bounded(i, i + 5)) return i;
  // "1.2.2019.5", "2019-10-10-3": part of a longer number.
  if (Punct(i + 5, sep) && !t_[i + 5].space_before && Is(i + 6, Tok::kNumber) &&
      !t_[i + 6].space_before) {
    return i;
  }
  return i + 5;
}

size_t DateMatcher::CjkDate(size_t i, CivilDate* date) const {
  if (!Year(i) || !Is(i + 1, Tok::kYearMark) || !Num(i + 2, 1, 2) || !Is(i + 3, Tok::kMonthMark) ||
      !Day(i + 4) || !Is(i + 5, Tok::kDayMark)) {
    return i;
  }
  *date = {t_[i].value, t_[i + 2].value, t_[i + 4].value};
  return i + 6;
}

size_t DateMatcher::DayMonthYear(size_t i, CivilDate* date, bool* persian) const {
  if (!Day(i)) return i;
  // "12-Jan-2008", "12/Jan/2008": one separator glued between the parts.
  if ((Punct(i + 1, '-') || Punct(i + 1, '/')) && Is(i + 2, Tok::kMonth) &&
      Punct(i + 3, t_[i + 1].value) && Year(i + 4) && Bounded(i, i + 5)) {
    bool glued = true;
    for (size_t k = i + 1; k <= i + 4; ++k) glued = glued && !t_[k].space_before;
    if (glued) {
      *date = {t_[i + 4].value, t_[i + 2].value, t_[i].value};
      *persian = t_[i + 2].persian;
      return i + 5;
    }
  }
  size_t j = i + 1;
  if (Is(j, Tok::kOrdinal) && !t_[j].space_before) ++j;
  j = SkipJoiners(j, 2);
  if (!Is(j, Tok::kMonth)) return i;
  const Token& month = t_[j];
  if (const size_t short_end = ShortYearAtEnd(j + 1); short_end != j + 1) {
    *date = {2000 + t_[j + 1].value, month.value, t_[i].value};
    *persian = month.persian;
    return short_end;
  }
  j = SkipJoiners(j + 1, 3);
  if (!Year(j)) return i;
  if (!Bounded(i, j + 1)) return i;
  *date = {t_[j].value, month.value, t_[i].value};
  *persian = month.persian;
  return j + 1;
}

size_t DateMatcher::ShortYearAtEnd(size_t j) const {
  if (!Num(j, 2, 2) || !t_[j].space_before || t_[j - 1].persian) return j;
  return Punct(j + 1, ')') || Punct(j + 1, ']') ? j + 1 : j;
}

size_t DateMatcher::MonthDayYear(size_t i, CivilDate* date, bool* persian) const {
  if (!Is(i, Tok::kMonth)) return i;
  size_t j = i + 1;
  if (Punct(j, '.')) ++j;
  if (!Day(j)) return i;
  const int day = t_[j].value;
  ++j;
  if (Is(j, Tok::kOrdinal) && !t_[j].space_before) ++j;
  j = SkipJoiners(j, 2);
  if (!Year(j) || !Bounded(i, j + 1)) return i;
  *date = {t_[j].value, t_[i].value, day};
  *persian = t_[i].persian;
  return j + 1;
}

size_t DateMatcher::YearMonthDay(size_t i, CivilDate* date, bool* persian) const {
  if (!Year(i)) return i;
  size_t j = SkipJoiners(i + 1, 2);
  if (!Is(j, Tok::kMonth)) return i;
  const Token& month = t_[j];
  j = SkipJoiners(j + 1, 1);
  if (!Day(j) || !Bounded(i, j + 1)) return i;
  *date = {t_[i].value, month.value, t_[j].value};
  *persian = month.persian;
  size_t end = j + 1;
  if (Punct(end, '.') && !t_[end].space_before) ++end;
  return end;
}

size_t DateMatcher::AmPm(size_t i, int* ampm) const {
  if (Is(i, Tok::kAmPm)) {
    *ampm = t_[i].value;
    return Punct(i + 1, '.') ? i + 2 : i + 1;
  }
  // "a.m." is tokenized as "a" "." "m" ".".
  if (i + 2 < t_.size() && Punct(i + 1, '.') && t_[i].kind != Tok::kPunct) {
    const std::string_view first = TokenText(i);
    const std::string_view second = TokenText(i + 2);
    if ((second == "m" || second == "M") && first.size() == 1) {
      const char c = first[0];
      if (c == 'a' || c == 'A' || c == 'p' || c == 'P') {
        *ampm = c == 'p' || c == 'P' ? 12 : 0;
        return Punct(i + 3, '.') ? i + 4 : i + 3;
      }
    }
  }
  return i;
}

size_t DateMatcher::Zone(size_t j, DateTime* dt, const CivilDate& date) const {
  const size_t start = j;
  const bool paren = Punct(j, '(');
  if (paren) ++j;
  std::optional<int> offset;
  if (Is(j, Tok::kZone)) {
    const std::string_view name = TokenText(j);
    offset = ZoneOffset(name, options_.locale, date, dt->hour, dt->minute);
    ++j;
    const bool utc_like = name == "GMT" || name == "UTC" || name == "UT";
    if (utc_like && (Punct(j, '+') || Punct(j, '-')) && !t_[j].space_before) {
      int numeric = 0;
      const size_t k = NumericOffset(j, &numeric, /*short_hours=*/true);
      if (k != j) {
        offset = numeric;
        j = k;
      }
    }
  } else {
    int numeric = 0;
    const size_t k = NumericOffset(j, &numeric, /*short_hours=*/false);
    if (k != j) {
      offset = numeric;
      j = k;
    }
  }
  if (!offset) return start;
  if (paren) {
    if (!Punct(j, ')')) return start;
    ++j;
  }
  dt->offset_minutes = offset;
  return j;
}

size_t DateMatcher::NumericOffset(size_t j, int* minutes, bool short_hours) const {
  if (!(Punct(j, '+') || Punct(j, '-') || Punct(j, 0x2212))) return j;
  const int sign = Punct(j, '+') ? 1 : -1;
  if (!Is(j + 1, Tok::kNumber) || t_[j + 1].space_before) return j;
  const Token& n = t_[j + 1];
  int hours = 0;
  int mins = 0;
  size_t k = j + 2;
  if (n.digits == 4) {
    hours = n.value / 100;
    mins = n.value % 100;
  } else if (n.digits == 2 || (short_hours && n.digits == 1)) {
    hours = n.value;
    if (Punct(k, ':') && Num(k + 1, 2, 2) && !t_[k].space_before) {
      mins = t_[k + 1].value;
      k += 2;
    }
  } else {
    return j;
  }
  if (hours > 14 || mins > 59) return j;
  *minutes = sign * (hours * 60 + mins);
  return k;
}

}  // namespace newsift::metadata
