#include "newsift/metadata/metadata.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

Metadata MetadataOf(std::string_view head, std::optional<std::string> url = std::nullopt) {
  const std::string page = "<html><head>" + std::string(head) +
                           "</head><body><article><h1>Pier repairs begin</h1><p>The council "
                           "started work on the old pier on Monday, two years after the storm "
                           "that closed it to walkers and anglers.</p></article></body></html>";
  Result<dom::Document> doc = dom::ParseHtml(page);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  MetadataOptions options;
  options.url = std::move(url);
  return ExtractMetadata(doc.value(), content, options);
}

TEST(PageUrlTest, CanonicalFirst) {
  EXPECT_EQ(MetadataOf("<link rel=canonical href='https://lakeside.example/pier'>"
                       "<meta property=og:url content='https://lakeside.example/amp/pier'>")
                .url,
            "https://lakeside.example/pier");
}

TEST(PageUrlTest, CanonicalThatIsNoAddressGivesWayToOgUrl) {
  const char* head =
      "<link rel=canonical href='What are the pier repairs?'>"
      "<meta property=og:url content='https://lakeside.example/2024/pier-repairs'>";
  EXPECT_EQ(MetadataOf(head).url, "https://lakeside.example/2024/pier-repairs");
  EXPECT_EQ(MetadataOf(head, "https://lakeside.example/x").url,
            "https://lakeside.example/2024/pier-repairs");
}

TEST(PageUrlTest, RelativeLinksNeedTheGivenUrl) {
  const char* head = "<link rel=canonical href='/2024/pier-repairs'>";
  EXPECT_EQ(MetadataOf(head).url, std::nullopt);
  EXPECT_EQ(MetadataOf(head, "https://lakeside.example/news?id=4").url,
            "https://lakeside.example/2024/pier-repairs");
  EXPECT_EQ(MetadataOf("", "https://lakeside.example/news?id=4").url,
            "https://lakeside.example/news?id=4");
}

}  // namespace
}  // namespace newsift::metadata
