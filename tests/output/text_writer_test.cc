#include "newsift/output/text_writer.h"

#include <gtest/gtest.h>

namespace newsift::output {
namespace {

Article Sample() {
  Article a;
  a.source = "page.html";
  a.headline = "Storm hits coast";
  a.date = "2024-03-05T15:45:00-05:00";
  a.authors = {"Jane Doe", "John Roe"};
  a.bullets = {"Power is out for thousands.", "Schools are closed."};
  a.body = {{BlockKind::kParagraph, "First paragraph."},
            {BlockKind::kHeading, "A subheading"},
            {BlockKind::kListItem, "An item"}};
  a.captions = {{"The harbour.", "Jane Doe"}, {"The beach.", std::nullopt}};
  return a;
}

TEST(RenderTextTest, FullLayout) {
  EXPECT_EQ(RenderText(Sample()),
            "Storm hits coast\n"
            "2024-03-05T15:45:00-05:00\n"
            "By Jane Doe, John Roe\n"
            "\n"
            "- Power is out for thousands.\n"
            "- Schools are closed.\n"
            "\n"
            "First paragraph.\n"
            "\n"
            "A subheading\n"
            "\n"
            "- An item\n"
            "\n"
            "Caption: The harbour. (Jane Doe)\n"
            "Caption: The beach.\n");
}

TEST(RenderTextTest, EmptySectionsVanishWithTheirBlankLine) {
  Article a;
  a.body = {{BlockKind::kParagraph, "Only text."}};
  EXPECT_EQ(RenderText(a), "Only text.\n");
  a.headline = "Title";
  EXPECT_EQ(RenderText(a), "Title\n\nOnly text.\n");
}

TEST(RenderBodyTextTest, BodyOnly) {
  EXPECT_EQ(RenderBodyText(Sample()), "First paragraph.\n\nA subheading\n\n- An item\n");
}

}  // namespace
}  // namespace newsift::output
