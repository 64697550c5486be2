#include "newsift/input/transfer_decoder.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift::input {
namespace {

std::string DecodeLines(TransferEncoding encoding, const std::vector<std::string>& lines) {
  TransferDecoder decoder(encoding);
  std::string out;
  for (const std::string& line : lines) decoder.Decode(line, /*line_complete=*/true, &out);
  decoder.Finish(&out);
  return out;
}

TEST(TransferDecoderTest, Names) {
  EXPECT_EQ(ParseTransferEncoding(" Quoted-Printable "), TransferEncoding::kQuotedPrintable);
  EXPECT_EQ(ParseTransferEncoding("BASE64"), TransferEncoding::kBase64);
  EXPECT_EQ(ParseTransferEncoding("8bit"), TransferEncoding::kIdentity);
  EXPECT_EQ(ParseTransferEncoding("x-unknown"), TransferEncoding::kIdentity);
}

TEST(TransferDecoderTest, QuotedPrintableSoftAndHardBreaks) {
  EXPECT_EQ(
      DecodeLines(TransferEncoding::kQuotedPrintable,
                  {"<p class=3D\"a\">caf=C3=A9 =\r\n", "cr=C3=A8me</p>  \r\n", "=3D=ZZ end\r\n"}),
      "<p class=\"a\">caf\xC3\xA9 cr\xC3\xA8me</p>\n==ZZ end\n");
}

TEST(TransferDecoderTest, QuotedPrintableEscapeSplitAcrossPieces) {
  TransferDecoder decoder(TransferEncoding::kQuotedPrintable);
  std::string out;
  decoder.Decode("abc=C", /*line_complete=*/false, &out);
  decoder.Decode("3=A9\n", /*line_complete=*/true, &out);
  EXPECT_EQ(out, "abc\xC3\xA9\n");
}

TEST(TransferDecoderTest, Base64IgnoresLineBreaksAndJunk) {
  EXPECT_EQ(DecodeLines(TransferEncoding::kBase64,
                        {"PGh0bWw+PHA+\r\n", "SGVsbG8hPC9wPjwv\r\n", "aHRtbD4=\r\n", "\r\n"}),
            "<html><p>Hello!</p></html>");
  EXPECT_EQ(DecodeLines(TransferEncoding::kBase64, {"SGk*h\n"}), "Hi!");
}

TEST(TransferDecoderTest, IdentityKeepsBytes) {
  EXPECT_EQ(DecodeLines(TransferEncoding::kIdentity, {"a=3D\r\n", "\xFF\n"}), "a=3D\r\n\xFF\n");
}

}  // namespace
}  // namespace newsift::input
