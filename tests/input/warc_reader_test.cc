#include "newsift/input/warc_reader.h"

#include <sys/resource.h>

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "input/gzip_util.h"
#include "input/page_reader_util.h"

namespace newsift::input {
namespace {

using testing::AllPages;
using testing::Outcome;
using testing::ReadTestdata;

constexpr const char kId[] = "urn:uuid:6e1f0c2a-3b4d-4e5f-8a9b-";

// Source, url and outcome of each page, for compact comparisons.
struct Seen {
  std::string source;
  std::string url;
  std::string outcome;
  bool operator==(const Seen&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << "{" << s.source << ", " << s.url << ", " << s.outcome << "}";
}
std::vector<Seen> Summary(const std::vector<SourcedPage>& pages) {
  std::vector<Seen> seen;
  for (const SourcedPage& p : pages) seen.push_back({p.source, p.url.value_or(""), Outcome(p)});
  return seen;
}

std::string Record(const std::string& type, const std::string& id, const std::string& block,
                   const std::string& eol = "\r\n") {
  return "WARC/1.0" + eol + "WARC-Type: " + type + eol + "WARC-Record-ID: <urn:x:" + id + ">" +
         eol + "WARC-Target-URI: https://example.org/" + id + eol +
         "Content-Length: " + std::to_string(block.size()) + eol + eol + block + eol + eol;
}

std::string HtmlResponse(const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body;
}

void ExpectCrawl(const std::string& file) {
  const std::vector<SourcedPage> pages = AllPages(ReadTestdata("containers/" + file), file);
  const std::string id = file + "#" + kId;
  EXPECT_EQ(Summary(pages),
            (std::vector<Seen>{
                {id + "000000000003",
                 "https://riverside-gazette.example/local/2024/11/late-night-reading-room", "ok"},
                {id + "000000000007",
                 "https://baycourier.example/news/2024/10/08/night-ferry-returns", "ok"},
                {id + "000000000008", "https://riverside-news.example/th/2024/11/saphan", "ok"},
                {id + "000000000010", "https://onega-vestnik.example/news/2024/02/led", "ok"},
                {id + "000000000013", "https://lahntal-bote.example/2024/06/fahrradbruecke", "ok"},
            }));
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0].bytes.value(), ReadTestdata("containers/library.html"));
  EXPECT_EQ(pages[0].charset, "utf-8");
  // Sent chunked and gzip-compressed.
  EXPECT_EQ(pages[1].bytes.value(), ReadTestdata("containers/ferry.html"));
  EXPECT_EQ(pages[2].charset, "windows-874");  // from the HTTP head
  EXPECT_EQ(pages[3].charset, "koi8-r");       // a resource record's Content-Type
  EXPECT_EQ(pages[4].charset, std::nullopt);   // no Content-Type: HTML by its bytes
}

TEST(WarcReaderTest, CrawlYieldsItsHtmlPagesOnly) { ExpectCrawl("crawl.warc"); }

TEST(WarcReaderTest, GzipMemberPerRecord) { ExpectCrawl("crawl.warc.gz"); }

TEST(WarcReaderTest, DamagedPlainWarcGoesOn) {
  const std::string id = std::string("damaged.warc#") + kId;
  EXPECT_EQ(Summary(AllPages(ReadTestdata("containers/damaged.warc"), "damaged.warc")),
            (std::vector<Seen>{
                {id + "000000000021",
                 "https://riverside-gazette.example/local/2024/11/late-night-reading-room", "ok"},
                // Claims more bytes than it has: reading resumes at record 23.
                {id + "000000000022", "", "truncated WARC record"},
                {id + "000000000023", "https://riverside-news.example/th/2024/11/saphan", "ok"},
                {"damaged.warc", "", "skipped 43 bytes that are not a WARC record at offset 5905"},
                {id + "000000000024", "https://lahntal-bote.example/2024/06/fahrradbruecke", "ok"},
                {id + "000000000025", "", "truncated WARC record"},
            }));
}

TEST(WarcReaderTest, DamagedGzipMemberAndUnsupportedCodingGoOn) {
  const std::string id = std::string("damaged.warc.gz#") + kId;
  EXPECT_EQ(Summary(AllPages(ReadTestdata("containers/damaged.warc.gz"), "damaged.warc.gz")),
            (std::vector<Seen>{
                {id + "000000000031",
                 "https://riverside-gazette.example/local/2024/11/late-night-reading-room", "ok"},
                {id + "000000000032", "", "truncated WARC record (corrupt gzip data)"},
                {id + "000000000033", "https://riverside-news.example/th/2024/11/saphan", "ok"},
                {id + "000000000034", "", "unsupported content encoding 'compress'"},
                {id + "000000000035", "https://lahntal-bote.example/2024/06/fahrradbruecke", "ok"},
            }));
}

TEST(WarcReaderTest, LfOnlyLineEndsAndRecordsWithoutIds) {
  std::string warc = Record("response", "a", HtmlResponse("<p>one</p>"), "\n");
  warc +=
      "WARC/1.1\nWARC-Type: resource\nContent-Type: text/html\nContent-Length: 10\n\n"
      "<p>two</p>\n\n";
  const std::vector<SourcedPage> pages = AllPages(warc, "lf.warc");
  EXPECT_EQ(Summary(pages), (std::vector<Seen>{{"lf.warc#urn:x:a", "https://example.org/a", "ok"},
                                               {"lf.warc#record-2", "", "ok"}}));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].bytes.value(), "<p>one</p>");
  EXPECT_EQ(pages[1].bytes.value(), "<p>two</p>");
}

TEST(WarcReaderTest, ResponseRecordsWithoutHttpHead) {
  // Some tools store the payload alone; the WARC Content-Type tells.
  const std::string warc =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:bare>\r\n"
      "Content-Type: text/html; charset=windows-1252\r\nContent-Length: 11\r\n\r\n"
      "<p>bare</p>\r\n\r\n" +
      Record("response", "dns", "20241118100000\r\nexample.org. 300 IN A 192.0.2.1\r\n");
  const std::vector<SourcedPage> pages = AllPages(warc, "w.warc");
  EXPECT_EQ(Summary(pages), (std::vector<Seen>{{"w.warc#urn:x:bare", "", "ok"}}));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].bytes.value(), "<p>bare</p>");
  EXPECT_EQ(pages[0].charset, "windows-1252");
}

TEST(WarcReaderTest, PageOverTheLimitIsReportedAndReadingGoesOn) {
  const std::string warc = Record("response", "big", HtmlResponse(std::string(5000, 'x'))) +
                           Record("response", "small", HtmlResponse("<p>small</p>"));
  EXPECT_EQ(Summary(AllPages(warc, "w.warc", 1000)),
            (std::vector<Seen>{
                {"w.warc#urn:x:big", "", "page larger than the 1000 bytes limit (see --max-size)"},
                {"w.warc#urn:x:small", "https://example.org/small", "ok"}}));
}

TEST(WarcReaderTest, MissingContentLengthAndHeaderCutShort) {
  const std::string warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:a>\r\n\r\n" +
                           Record("response", "b", HtmlResponse("<p>b</p>")) +
                           "WARC/1.0\r\nWARC-Type: response\r\nContent-Le";
  EXPECT_EQ(Summary(AllPages(warc, "w.warc")),
            (std::vector<Seen>{{"w.warc#urn:x:a", "", "WARC record without a valid Content-Length"},
                               {"w.warc#urn:x:b", "https://example.org/b", "ok"},
                               {"w.warc#record-3", "", "truncated WARC record"}}));
}

// A WARC whose first record is a huge image response, produced on the fly.
class HugeRecordSource : public ByteSource {
 public:
  explicit HugeRecordSource(uint64_t payload) : payload_(payload) {
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n";
    prefix_ =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:video>\r\n"
        "Content-Length: " +
        std::to_string(head.size() + payload) + "\r\n\r\n" + head;
    suffix_ = "\r\n\r\n" + Record("response", "after", HtmlResponse("<p>after</p>"));
  }

  size_t Read(char* buffer, size_t size) override {
    size_t n = 0;
    while (n < size) {
      if (pos_ < prefix_.size()) {
        buffer[n++] = prefix_[pos_++];
      } else if (pos_ < prefix_.size() + payload_) {
        const size_t take =
            static_cast<size_t>(std::min<uint64_t>(size - n, prefix_.size() + payload_ - pos_));
        std::memset(buffer + n, 'v', take);
        n += take;
        pos_ += take;
      } else if (pos_ < prefix_.size() + payload_ + suffix_.size()) {
        buffer[n++] = suffix_[pos_ - prefix_.size() - payload_];
        ++pos_;
      } else {
        break;
      }
    }
    return n;
  }

 private:
  uint64_t payload_;
  std::string prefix_;
  std::string suffix_;
  uint64_t pos_ = 0;
};

long MaxRssKib() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(WarcReaderTest, HugeRecordsAreStreamedNotStored) {
  const long before = MaxRssKib();
  ReadLimits limits;
  Result<std::unique_ptr<PageReader>> reader =
      OpenPages(std::make_unique<HugeRecordSource>(uint64_t{512} << 20), "huge.warc", limits);
  ASSERT_TRUE(reader.ok());
  EXPECT_TRUE(reader.value()->holds_many());
  const std::vector<SourcedPage> pages = testing::AllPages(reader.value().get());
  EXPECT_EQ(Summary(pages),
            (std::vector<Seen>{{"huge.warc#urn:x:after", "https://example.org/after", "ok"}}));
  // 512 MiB went through; far less than that was ever held.
  EXPECT_LT(MaxRssKib() - before, 64 * 1024);
}

}  // namespace
}  // namespace newsift::input
