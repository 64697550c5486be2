#include "newsift/input/http_response.h"

#include <string>

#include <gtest/gtest.h>

#include "input/gzip_util.h"

namespace newsift::input {
namespace {

TEST(HeadersTest, FoldedLinesCaseAndContentTypeParameters) {
  Headers headers;
  headers.AddLine("Content-Type: multipart/related;\r\n");
  headers.AddLine("\ttype=\"text/html\";\r\n");
  headers.AddLine("\tboundary=\"----=_Part; 1\"\r\n");
  headers.AddLine("not a header line\r\n");
  headers.AddLine("X-Empty:\r\n");
  const std::optional<std::string_view> value = headers.Get("content-type");
  ASSERT_TRUE(value);
  const ContentType type = ParseContentType(*value);
  EXPECT_EQ(type.mime_type, "multipart/related");
  EXPECT_EQ(type.Parameter("type"), "text/html");
  EXPECT_EQ(type.Parameter("boundary"), "----=_Part; 1");
  EXPECT_EQ(headers.Get("x-empty"), "");
  EXPECT_EQ(headers.Get("missing"), std::nullopt);
  EXPECT_EQ(ParseContentType("Text/HTML; Charset=Shift_JIS").Parameter("charset"), "Shift_JIS");
}

TEST(HttpResponseTest, ParsesStatusHeadersAndBody) {
  const std::string response =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\r\n<p>body";
  const std::optional<HttpHead> head = ParseHttpHead(response);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(response.substr(head->body_offset), "<p>body");
  EXPECT_EQ(ResponseCharset(*head), "koi8-r");
  EXPECT_TRUE(IsHtmlResponse(*head, "<p>body"));
  EXPECT_FALSE(ParseHttpHead("HTTP/1.1 200 OK\r\nNo-Blank-Line: yet"));
  EXPECT_FALSE(ParseHttpHead("<html>"));
  const std::optional<HttpHead> h2 = ParseHttpHead("HTTP/2 404\nServer: x\n\n");
  ASSERT_TRUE(h2);
  EXPECT_EQ(h2->status, 404);
}

TEST(HttpResponseTest, HtmlByContentTypeOrByFirstBytes) {
  const std::optional<HttpHead> css =
      ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\n");
  EXPECT_FALSE(IsHtmlResponse(*css, "<!-- looks like markup -->"));
  const std::optional<HttpHead> none = ParseHttpHead("HTTP/1.1 200 OK\r\n\r\n");
  EXPECT_TRUE(IsHtmlResponse(*none, "\r\n  <!DOCTYPE html><html>"));
  EXPECT_FALSE(IsHtmlResponse(*none, "GIF89a"));
}

TEST(HttpResponseTest, UndoesChunkingAndCompression) {
  const std::string page = "<html><body><p>Chunked and compressed page.</p></body></html>";
  const std::string gz = testing::Compress(page);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 7) {
    const std::string piece = gz.substr(i, 7);
    char size[16];
    std::snprintf(size, sizeof(size), "%zx;ext=1\r\n", piece.size());
    chunked += size + piece + "\r\n";
  }
  chunked += "0\r\nTrailer: x\r\n\r\n";
  const std::optional<HttpHead> head = ParseHttpHead(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
  const Result<std::string> body = DecodeHttpBody(chunked, *head, 1u << 20);
  ASSERT_TRUE(body.ok()) << body.error().message;
  EXPECT_EQ(body.value(), page);
}

TEST(HttpResponseTest, BrotliAndZstdBodies) {
  // What a crawler driving a browser archives: bodies as the server sent
  // them to a browser that asks for "gzip, deflate, br, zstd".
  const std::string page = "<html><body><p>a page sent compressed</p></body></html>";
  for (const auto& [coding, body] :
       {std::pair<std::string, std::string>{"br", testing::CompressBrotli(page)},
        {"zstd", testing::CompressZstd(page)}}) {
    const std::optional<HttpHead> head = ParseHttpHead(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: " + coding + "\r\n\r\n");
    ASSERT_TRUE(head);
    const Result<std::string> decoded = DecodeHttpBody(body, *head, 1u << 20);
    ASSERT_TRUE(decoded.ok()) << coding;
    EXPECT_EQ(decoded.value(), page) << coding;
  }
}

TEST(HttpResponseTest, BodiesArchivedDecodedAreTakenAsTheyAre) {
  // Some archivers store the decoded body but keep the original headers.
  const std::optional<HttpHead> head = ParseHttpHead(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: br\r\n\r\n");
  const Result<std::string> body = DecodeHttpBody("<html><p>plain</p></html>", *head, 1u << 20);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body.value(), "<html><p>plain</p></html>");
}

TEST(HttpResponseTest, UnsupportedCodingAndLimit) {
  // Unix compress (LZW): a coding no browser asks for.
  const std::optional<HttpHead> lzw =
      ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Encoding: compress\r\n\r\n");
  const Result<std::string> body = DecodeHttpBody("\x1f\x9d\x90\x3c", *lzw, 1u << 20);
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.error().message, "unsupported content encoding 'compress'");
  const std::optional<HttpHead> gzip =
      ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n");
  const Result<std::string> bomb =
      DecodeHttpBody(testing::Compress(std::string(4u << 20, ' ')), *gzip, 1u << 20);
  ASSERT_FALSE(bomb.ok());
  EXPECT_EQ(bomb.error().code, ErrorCode::kTooLarge);
}

}  // namespace
}  // namespace newsift::input
