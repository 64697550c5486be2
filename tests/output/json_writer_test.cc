#include "newsift/output/json_writer.h"

#include <gtest/gtest.h>

namespace newsift::output {
namespace {

TEST(RenderJsonTest, KeysAlwaysPresentInOrder) {
  Article a;
  a.source = "-";
  a.body = {{BlockKind::kParagraph, "One \"quoted\"."}, {BlockKind::kParagraph, "Two."}};
  EXPECT_EQ(RenderJson(a),
            "{\"source\":\"-\",\"url\":null,\"headline\":null,\"date\":null,\"modified\":null,"
            "\"authors\":[],\"language\":null,\"site_name\":null,\"description\":null,"
            "\"bullets\":[],\"body\":\"One \\\"quoted\\\".\\n\\nTwo.\",\"captions\":[]}\n");
}

TEST(RenderJsonTest, CaptionsAndUnicode) {
  Article a;
  a.source = "p.html";
  a.headline = "Caf\xC3\xA9";
  a.captions = {{"Harbour", "Jane"}, {"Beach", std::nullopt}};
  const std::string json = RenderJson(a);
  EXPECT_NE(json.find("\"headline\":\"Caf\xC3\xA9\""), std::string::npos);
  EXPECT_NE(json.find("\"captions\":[{\"text\":\"Harbour\",\"credit\":\"Jane\"},"
                      "{\"text\":\"Beach\",\"credit\":null}]"),
            std::string::npos);
}

TEST(RenderJsonTest, BodyOnlyAndPretty) {
  Article a;
  a.source = "p.html";
  a.body = {{BlockKind::kParagraph, "x"}};
  EXPECT_EQ(RenderJson(a, {.pretty = false, .body_only = true}),
            "{\"source\":\"p.html\",\"body\":\"x\"}\n");
  EXPECT_EQ(RenderJson(a, {.pretty = true, .body_only = true}),
            "{\n  \"source\": \"p.html\",\n  \"body\": \"x\"\n}\n");
}

TEST(RenderJsonTest, InvalidUtf8NeverBreaksTheOutput) {
  Article a;
  a.source = "bad\xFF.html";
  const std::string json = RenderJson(a);
  EXPECT_NE(json.find("bad\xEF\xBF\xBD.html"), std::string::npos);
}

}  // namespace
}  // namespace newsift::output
