#include "newsift/input/encoding.h"

#include <string>

#include <gtest/gtest.h>

#include "input/encoding_internal.h"

namespace newsift::input {
namespace {

Decoded Decode(std::string_view bytes, DecodeOptions options = {}) {
  Result<Decoded> d = DecodeToUtf8(bytes, options);
  EXPECT_TRUE(d.ok());
  return std::move(d).value();
}

TEST(EncodingLabelsTest, TableIsSortedForBinarySearch) {
  EXPECT_TRUE(internal::LabelTableIsSorted());
}

TEST(EncodingLabelsTest, WhatwgMappings) {
  EXPECT_EQ(CanonicalEncoding("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalEncoding(" ascii "), "windows-1252");
  EXPECT_EQ(CanonicalEncoding("gb2312"), "gbk");
  EXPECT_EQ(CanonicalEncoding("Shift_JIS"), "shift_jis");
  EXPECT_EQ(CanonicalEncoding("utf8"), "utf-8");
  EXPECT_EQ(CanonicalEncoding("koi8-r"), "koi8-r");
  EXPECT_EQ(CanonicalEncoding("latin9"), std::nullopt);
  EXPECT_EQ(CanonicalEncoding("no-such-encoding"), std::nullopt);
}

TEST(MetaPrescanTest, FindsCharsetAndHttpEquiv) {
  EXPECT_EQ(PrescanMetaCharset("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(PrescanMetaCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            "Shift_JIS");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET=koi8-r>"), "koi8-r");
}

TEST(MetaPrescanTest, IgnoresContentWithoutHttpEquivAndComments) {
  EXPECT_EQ(PrescanMetaCharset("<meta name=x content=\"charset=gbk\">"), std::nullopt);
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=gbk> --><p>"), std::nullopt);
  EXPECT_EQ(PrescanMetaCharset("<div title='<meta charset=gbk>'>"), std::nullopt);
  EXPECT_EQ(PrescanMetaCharset("<body><meta charset=gbk>"), std::nullopt);
}

TEST(DecodeTest, PlainUtf8) {
  const Decoded d = Decode("<p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.utf8, "<p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.encoding, "utf-8");
}

TEST(DecodeTest, ByteOrderMarksWin) {
  const Decoded d = Decode("\xEF\xBB\xBF<meta charset=gbk><p>x");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.source, EncodingSource::kByteOrderMark);
  EXPECT_EQ(d.utf8, "<meta charset=gbk><p>x");
  const std::string utf16le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  const Decoded le = Decode(utf16le);
  EXPECT_EQ(le.encoding, "utf-16le");
  EXPECT_EQ(le.utf8, "<p>\xC3\xA9");
}

TEST(DecodeTest, DeclaredLegacyEncoding) {
  const Decoded d = Decode("<meta charset=\"windows-1252\"><p>na\xEFve \x93quoted\x94</p>");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.source, EncodingSource::kMeta);
  EXPECT_EQ(d.utf8,
            "<meta charset=\"windows-1252\"><p>na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D</p>");
}

TEST(DecodeTest, Latin1DeclarationOfUtf8BytesIsOverruled) {
  const Decoded d = Decode("<meta charset=iso-8859-1><p>M\xC3\xBCnchen und K\xC3\xB6ln</p>");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_NE(d.utf8.find("M\xC3\xBCnchen"), std::string::npos);
}

TEST(DecodeTest, TransportCharsetBeatsMeta) {
  DecodeOptions options;
  options.transport_label = "koi8-r";
  const Decoded d = Decode("<meta charset=windows-1251><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>", options);
  EXPECT_EQ(d.encoding, "koi8-r");
  EXPECT_NE(d.utf8.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"),
            std::string::npos);  // Привет
}

TEST(DecodeTest, OverrideBeatsEverythingAndRejectsUnknownNames) {
  DecodeOptions options;
  options.override_label = "windows-1251";
  const Decoded d = Decode("<meta charset=utf-8><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>", options);
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_EQ(d.source, EncodingSource::kOverride);
  EXPECT_NE(d.utf8.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), std::string::npos);
  options.override_label = "klingon";
  const Result<Decoded> bad = DecodeToUtf8("x", options);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kDecode);
}

TEST(DecodeTest, OverrideBeatsEvenAByteOrderMark) {
  DecodeOptions options;
  options.override_label = "windows-1251";
  // The user says windows-1251: the BOM bytes are text in it, as asked.
  const Decoded d = Decode("\xEF\xBB\xBF<p>\xCF\xF0</p>", options);
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_EQ(d.source, EncodingSource::kOverride);
  EXPECT_EQ(d.utf8, "\xD0\xBF\xC2\xBB\xD1\x97<p>\xD0\x9F\xD1\x80</p>");
  // A BOM of the encoding asked for is dropped.
  options.override_label = "utf-8";
  EXPECT_EQ(Decode("\xEF\xBB\xBF<p>x</p>", options).utf8, "<p>x</p>");
  options.override_label = "utf-16le";
  EXPECT_EQ(Decode(std::string("\xFF\xFE<\0p\0>\0", 8), options).utf8, "<p>");
}

TEST(DecodeTest, ShiftJisWithDeclaration) {
  // 日本語 in Shift_JIS.
  const Decoded d = Decode("<meta charset=shift_jis><p>\x93\xFA\x96\x7B\x8C\xEA</p>");
  EXPECT_EQ(d.encoding, "shift_jis");
  EXPECT_NE(d.utf8.find("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), std::string::npos);
}

TEST(DecodeTest, InvalidUtf8BecomesReplacementAndNulsVanish) {
  const Decoded d = Decode(
      std::string("<meta charset=utf-8><p>ok \xC3\xA9 and \xC3\xA9 and \xC3\xA9 \xFF x\0y</p>"
                  "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                  "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                  "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
                  78));
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_NE(d.utf8.find("\xEF\xBF\xBD x"), std::string::npos);
  EXPECT_EQ(d.utf8.find('\0'), std::string::npos);
  EXPECT_NE(d.utf8.find("xy"), std::string::npos);
}

TEST(DecodeTest, NulsInValidUtf8VanishAtAnyAlignment) {
  // Long ASCII runs go through the 8-bytes-at-a-time loops; the NUL and
  // the multi-byte characters fall at every offset within a word.
  for (size_t offset = 0; offset < 17; ++offset) {
    std::string page = "<p>" + std::string(offset, 'a') + "caf\xC3\xA9" + std::string(20, 'b');
    std::string expected = page;
    page.insert(3 + offset / 2, 1, '\0');
    const Decoded d = Decode(page);
    EXPECT_EQ(d.encoding, "utf-8");
    EXPECT_EQ(d.utf8, expected) << offset;
    EXPECT_EQ(Decode(expected).utf8, expected);
  }
}

TEST(DecodeTest, AFewStrayBytesAreNotEvidenceOfUtf16OrCjk) {
  // ICU scores such pages 10 for UTF-16, Shift_JIS, GB18030...: no
  // evidence, so the default (windows-1252) keeps the ASCII text intact.
  for (const std::string page :
       {"<html><body><p>\x81\x8D</p></body></html>", "<p>ab\xFE\xFF\xFE\xFF cd</p>"}) {
    const Decoded d = Decode(page);
    EXPECT_EQ(d.encoding, "windows-1252") << page;
    EXPECT_NE(d.utf8.find("</p>"), std::string::npos) << page;
  }
}

TEST(Utf8ScanTest, CountsWellAndIllFormedSequences) {
  const internal::Utf8Stats stats =
      internal::ScanUtf8("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xC0\xAF\xED\xA0\x80");
  EXPECT_EQ(stats.multibyte, 3u);
  EXPECT_EQ(stats.invalid, 5u);  // C0, AF, ED (no surrogates), A0, 80
  EXPECT_FALSE(stats.nul);
  EXPECT_TRUE(internal::ScanUtf8(std::string("0123456789\0abcdef", 17)).nul);
  // An invalid byte after a long ASCII run is still seen.
  EXPECT_EQ(internal::ScanUtf8(std::string(64, 'x') + "\xFF" + std::string(64, 'y')).invalid, 1u);
}

}  // namespace
}  // namespace newsift::input
