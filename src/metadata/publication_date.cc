#include "newsift/metadata/publication_date.h"

#include <algorithm>
#include <chrono>
#include <string_view>
#include <utility>
#include <vector>

#include "date_meta_names_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/metadata/date_text.h"
#include "newsift/metadata/dateline.h"
#include "newsift/text/utf8.h"
#include "original_date_internal.h"
#include "self_link_date_internal.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// Subtrees whose dates belong to something else: comments, related
// stories, navigation.
constexpr uint32_t kForeignHints =
    classify::kHintComments | classify::kHintPromo | classify::kHintNavigation | classify::kHintAd;

class DateChooser {
 public:
  DateChooser(const dom::Document& doc, const classify::Content& content, const PageMeta& meta,
              const JsonLd& json_ld, const DateContext& context)
      : doc_(doc), content_(content), meta_(meta), json_ld_(json_ld), context_(context) {
    std::string_view tag = meta.html_lang;
    for (std::string_view key : {"content-language", "og:locale", "dc.language"}) {
      if (!tag.empty()) break;
      if (auto v = meta.Get(key)) tag = *v;
    }
    options_.locale = PageLocale::From(tag, context.url.value_or(""));
    const std::string& country = options_.locale.country;
    options_.month_first =
        options_.locale.language == "en" && (country.empty() || country == "US" || country == "PH");
  }

  PublicationDates Run() {
    CollectMachineDates();
    SkipPublicationAfterEveryUpdate();
    const std::vector<DatelineDate> dateline =
        FindDatelineDates(doc_, content_, context_.headline, options_);
    const DatelineDate* shown = nullptr;          // published or unlabelled
    const DatelineDate* shown_updated = nullptr;  // labelled as an update
    for (const DatelineDate& d : dateline) {
      if (!context_.bounds.Contains(d.value.date)) continue;
      if (d.role == DateRole::kModified) {
        // The latest update shown: a wiki's comparison of two revisions
        // shows the older one first.
        if (!shown_updated || shown_updated->value.date < d.value.date) shown_updated = &d;
      } else if (!shown) {
        shown = &d;
      }
    }

    // An unlabelled dateline later than the date the page says it was
    // first published, in a note that says it was updated since ("This
    // article was originally published on 26 Sep 2019 but has been
    // regularly updated"): the dateline shows the update.
    std::optional<DateTime> original;
    if (shown && shown->role == DateRole::kUnlabelled) {
      original = OriginalPublicationDate(doc_, content_, options_);
      if (original &&
          (!context_.bounds.Contains(original->date) || !(original->date < shown->value.date))) {
        original.reset();
      }
      if (original) {
        if (!shown_updated) shown_updated = shown;
        shown = nullptr;
      }
    }

    // Without a dateline or a machine date: a labelled date elsewhere.
    const DatelineDate* labelled = nullptr;
    const DatelineDate* labelled_updated = nullptr;
    std::vector<DatelineDate> elsewhere;
    const bool stamped = PublicationIsTheSaveStamp();
    if (!shown && !shown_updated && !original && (!published_ || stamped)) {
      elsewhere = FindLabelledDates(doc_, content_, context_.headline, options_);
      for (const DatelineDate& d : elsewhere) {
        if (!context_.bounds.Contains(d.value.date)) continue;
        if (d.role == DateRole::kModified) {
          if (!labelled_updated) labelled_updated = &d;
        } else if (!labelled) {
          labelled = &d;
        }
      }
    }

    PublicationDates out;
    if (shown) {
      out.published = Refine(*shown, false);
      Consume(*shown, dateline, &out);
    } else if (original) {
      out.published = original;
    } else if (published_ && shown_updated && shown_updated->value.date < published_->date) {
      // "Page updated: 12 November 2025" under a machine publication date
      // of the 13th: the page contradicts its metadata, and the reader's
      // date is the one to trust.
      out.published = Refine(*shown_updated, true);
    } else if (stamped && labelled && labelled->value.date < published_->date) {
      out.published = Refine(*labelled, false);
    } else if (published_) {
      out.published = published_;
    } else if (labelled) {
      out.published = Refine(*labelled, false);
    } else if (first_time_) {
      out.published = first_time_;
    } else if (auto from_url = UrlDate()) {
      out.published = from_url;
    } else if (context_.url) {
      out.published = SelfLinkDate(doc_, *context_.url, options_, context_.bounds);
    }

    if (shown_updated) {
      out.modified = Refine(*shown_updated, true);
      Consume(*shown_updated, dateline, &out);
    } else if (modified_) {
      out.modified = modified_;
    } else if (labelled_updated) {
      out.modified = Refine(*labelled_updated, true);
    }
    // A page that states only when it was updated: that is the best
    // publication date it gives.
    if (!out.published) out.published = out.modified;
    if (out.published && out.modified && IsBefore(*out.modified, *out.published)) {
      out.modified.reset();
    }
    return out;
  }

 private:
  // A machine publication date equal to the update date to the second
  // may be a stamp of the last save rather than of the first publication
  // (datePublished and dateModified "2025-11-29T12:28:31-05:00" over
  // "Published August 13, 2025" below the article): then a publication
  // date the reader sees labelled elsewhere, when earlier, wins.
  bool PublicationIsTheSaveStamp() const {
    return published_ && modified_ && published_->has_time && modified_->has_time &&
           published_->ToIso() == modified_->ToIso();
  }

  std::optional<DateTime> Parse(std::string_view value) const {
    std::optional<DateTime> dt = ParseIsoDateTime(value);
    if (!dt) dt = ParseTextDate(value, options_);
    if (!dt || !context_.bounds.Contains(dt->date)) return std::nullopt;
    return dt;
  }

  void Offer(std::optional<DateTime>* slot, std::string_view value) {
    if (auto dt = Parse(value)) {
      all_.emplace_back(*dt, slot == &modified_);
      if (!*slot) *slot = dt;
    }
  }

  // Machine-readable dates: JSON-LD, <meta>, itemprop, <time>.
  void CollectMachineDates() {
    if (const JsonLdArticle* article = json_ld_.Main()) {
      if (article->date_published) Offer(&published_, *article->date_published);
      if (article->date_modified) Offer(&modified_, *article->date_modified);
    }
    for (std::string_view key : PublishedMetaNames()) {
      for (const auto& [k, v] : meta_.tags) {
        if (k == key) Offer(&published_, v);
      }
    }
    for (std::string_view key : ModifiedMetaNames()) {
      for (const auto& [k, v] : meta_.tags) {
        if (k == key) Offer(&modified_, v);
      }
    }
    if (json_ld_.page_date_published) Offer(&published_, *json_ld_.page_date_published);
    if (json_ld_.page_date_modified) Offer(&modified_, *json_ld_.page_date_modified);
    for (const auto& [k, v] : meta_.tags) {
      if (IsListedDateName(k)) continue;
      const DateNameKind kind = KindOfDateName(k);
      if (kind == DateNameKind::kPublished) Offer(&published_, v);
      if (kind == DateNameKind::kModified) Offer(&modified_, v);
    }
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.data_size == 0) continue;
      if (content_.removal[id] == classify::Removal::kHint &&
          (content_.hints[id] & kForeignHints) != 0 &&
          (content_.hints[id] & classify::kHintByline) == 0) {
        id = node.end - 1;
        continue;
      }
      if (node.tag == dom::Tag::kMeta) continue;  // PageMeta has them
      const std::string_view itemprop = doc_.attr(id, "itemprop");
      const DateNameKind kind = itemprop.empty() ? DateNameKind::kOther : KindOfDateName(itemprop);
      const bool is_time = node.tag == dom::Tag::kTime;
      if (kind == DateNameKind::kPublished || (is_time && doc_.has_attr(id, "pubdate"))) {
        Offer(&published_, ElementValue(id));
      } else if (kind == DateNameKind::kModified) {
        Offer(&modified_, ElementValue(id));
      } else if (is_time && !first_time_) {
        first_time_ = Parse(doc_.attr(id, "datetime"));
      }
    }
  }

  // A publication date later than every update date contradicts them
  // (a "published-time" stamped at the last build beside "published-date"
  // 2021-02-16 and "modified-date" 2024-07-30): another publication
  // candidate that is not later wins.
  void SkipPublicationAfterEveryUpdate() {
    const DateTime* latest_update = nullptr;
    for (const auto& [dt, is_modified] : all_) {
      if (is_modified && (!latest_update || IsBefore(*latest_update, dt))) latest_update = &dt;
    }
    if (!latest_update || !published_ || !IsBefore(*latest_update, *published_)) return;
    for (const auto& [dt, is_modified] : all_) {
      if (!is_modified && !IsBefore(*latest_update, dt)) {
        published_ = dt;
        return;
      }
    }
  }

  std::string ElementValue(NodeId id) const {
    for (std::string_view attr : {"datetime", "content"}) {
      const std::string_view v = text::Trim(doc_.attr(id, attr));
      if (!v.empty()) return std::string(v);
    }
    return doc_.Text(id);
  }

  // The date in the page's address: the URL, else og:url (a page may name
  // a broken canonical link and a good og:url).
  std::optional<DateTime> UrlDate() const {
    std::optional<std::string_view> urls[] = {context_.url, meta_.Get("og:url")};
    for (const std::optional<std::string_view>& url : urls) {
      if (!url) continue;
      auto dt = DateFromUrl(*url);
      if (dt && context_.bounds.Contains(dt->date)) return dt;
    }
    return std::nullopt;
  }

  // The visible date made as precise as a machine-readable date of the
  // same day allows: "March 5, 2024" + "2024-03-05T15:45:00-05:00".
  std::optional<DateTime> Refine(const DatelineDate& dateline, bool modified) const {
    DateTime best = dateline.value;
    if (dateline.swappable) {
      // "09.10.2024" on a page whose metadata says 2024-09-10.
      CivilDate swapped = best.date;
      std::swap(swapped.month, swapped.day);
      bool confirmed = false;
      bool confirmed_swapped = false;
      for (const auto& [m, is_modified] : all_) {
        confirmed = confirmed || m.date == best.date;
        confirmed_swapped = confirmed_swapped || m.date == swapped;
      }
      // The URL's date counts too: "03/10/2023" under /2023/october/03/.
      if (const auto from_url = UrlDate()) {
        confirmed = confirmed || from_url->date == best.date;
        confirmed_swapped = confirmed_swapped || from_url->date == swapped;
      }
      // So do the page's other <time datetime> values: a "Recent posts"
      // box may list the article itself ("December 02, 2025" beside
      // "02-12-2025").
      if (!confirmed && !confirmed_swapped) {
        for (const CivilDate& d : TimeElementDates()) {
          confirmed = confirmed || d == best.date;
          confirmed_swapped = confirmed_swapped || d == swapped;
        }
      }
      if (confirmed_swapped && !confirmed) best.date = swapped;
    }
    const DateTime shown = best;
    // Machine dates of the same kind first: "Updated March 5" takes the
    // time of dateModified, not of a datePublished of the same day. When
    // the page gives a timed date of this kind, one of the other kind only
    // adds the offset of the same minute: "Published: 03 Dec" does not take
    // the time of an update on the 3rd when article:published_time is
    // "2025-12-02T23:00:55Z" (the 3rd where the page is).
    bool timed_same_kind = false;
    for (const auto& [m, is_modified] : all_) {
      timed_same_kind = timed_same_kind || (is_modified == modified && m.has_time);
    }
    for (const bool same_kind : {true, false}) {
      for (const auto& [m, is_modified] : all_) {
        if ((is_modified == modified) != same_kind) continue;
        if (m.date != shown.date || !m.has_time) continue;
        if (shown.has_time && (m.hour != shown.hour || m.minute != shown.minute)) continue;
        if (!same_kind && timed_same_kind &&
            !(best.has_time && m.hour == best.hour && m.minute == best.minute)) {
          continue;
        }
        if (!best.has_time || (!best.offset_minutes && m.offset_minutes)) best = m;
      }
    }
    if (best.has_time && !best.offset_minutes) {
      // A local time shown beside the same instant in another offset
      // ("6:47 p.m." and "2016-12-23T00:47:31Z") gives the local offset.
      // Only a date of the same kind, to same minute (and second when
      // shown), from UTC-12 to UTC+14 (no zone lies beyond).
      for (const auto& [m, is_modified] : all_) {
        if (is_modified != modified || !m.has_time || !m.offset_minutes ||
            m.minute != best.minute || (best.second != 0 && m.second != best.second)) {
          continue;
        }
        const long diff = MinutesSinceEpoch(best) - (MinutesSinceEpoch(m) - *m.offset_minutes);
        if (diff % 15 == 0 && diff >= -12 * 60 && diff <= 14 * 60) {
          best.second = m.second;
          best.offset_minutes = static_cast<int>(diff);
          break;
        }
      }
    }
    return best;
  }

  // The ISO 8601 datetime values of every <time> element on the page,
  // boilerplate included; only read to settle an ambiguous numeric date.
  std::vector<CivilDate> TimeElementDates() const {
    std::vector<CivilDate> out;
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.tag != dom::Tag::kTime) continue;
      if (auto dt = ParseIsoDateTime(doc_.attr(id, "datetime"))) out.push_back(dt->date);
    }
    return out;
  }

  static long MinutesSinceEpoch(const DateTime& dt) {
    const std::chrono::sys_days days{std::chrono::year_month_day(
        std::chrono::year(dt.date.year), std::chrono::month(static_cast<unsigned>(dt.date.month)),
        std::chrono::day(static_cast<unsigned>(dt.date.day)))};
    return static_cast<long>(days.time_since_epoch().count()) * 1440 + dt.hour * 60 + dt.minute;
  }

  // True when `a` is certainly earlier than `b`.
  static bool IsBefore(const DateTime& a, const DateTime& b) {
    if (a.has_time && b.has_time && a.offset_minutes && b.offset_minutes) {
      return MinutesSinceEpoch(a) - *a.offset_minutes < MinutesSinceEpoch(b) - *b.offset_minutes;
    }
    return a.date < b.date;
  }

  // The chosen dateline is not body text, nor are its copies (responsive
  // layouts repeat it): every line of the dateline's day that holds only
  // dates and labels.
  static void Consume(const DatelineDate& chosen, const std::vector<DatelineDate>& dateline,
                      PublicationDates* out) {
    for (const DatelineDate& d : dateline) {
      if (d.element == kNoNode || d.value.date != chosen.value.date) continue;
      if (std::find(out->consumed.begin(), out->consumed.end(), d.element) == out->consumed.end()) {
        out->consumed.push_back(d.element);
      }
    }
  }

  const dom::Document& doc_;
  const classify::Content& content_;
  const PageMeta& meta_;
  const JsonLd& json_ld_;
  const DateContext& context_;
  TextDateOptions options_;
  std::optional<DateTime> published_;   // the strongest machine publication date
  std::optional<DateTime> modified_;    // the strongest machine update date
  std::optional<DateTime> first_time_;  // the first <time datetime> outside boilerplate
  // Every machine date, for Refine(), and whether it is an update date.
  std::vector<std::pair<DateTime, bool>> all_;
};

}  // namespace

PublicationDates FindPublicationDates(const dom::Document& doc, const classify::Content& content,
                                      const PageMeta& meta, const JsonLd& json_ld,
                                      const DateContext& context) {
  return DateChooser(doc, content, meta, json_ld, context).Run();
}

}  // namespace newsift::metadata
