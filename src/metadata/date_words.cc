#include "newsift/metadata/date_words.h"

#include <algorithm>

#include "date_words_table_internal.h"

namespace newsift::metadata {

using internal::DateWordEntry;
using internal::kDateWordEntries;
using internal::kDateWordEntryCount;
using internal::kDateWordLanguages;

DateWord LookupDateWord(std::string_view word, std::string_view language) {
  return LookupFoldedDateWord(FoldDateWord(word), language);
}

DateWord LookupFoldedDateWord(const std::string& folded, std::string_view language) {
  const DateWordEntry* begin = kDateWordEntries;
  const DateWordEntry* end = kDateWordEntries + kDateWordEntryCount;
  const std::string_view key = folded;
  const DateWordEntry* first = std::lower_bound(
      begin, end, key, [](const DateWordEntry& e, std::string_view k) { return e.folded < k; });
  if (first == end || first->folded != key) return {};
  const DateWordEntry* chosen = first;
  for (const DateWordEntry* e = first; e != end && e->folded == key; ++e) {
    if (kDateWordLanguages[e->language] == language) {
      chosen = e;
      break;
    }
  }
  DateWord out;
  if (chosen->value < 0) {
    out.weekday = true;
  } else if (chosen->value > 12) {
    out.month = chosen->value - 12;
    out.persian = true;
  } else {
    out.month = chosen->value;
  }
  return out;
}

}  // namespace newsift::metadata
