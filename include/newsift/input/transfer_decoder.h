// MIME Content-Transfer-Encoding decoding (RFC 2045), a line at a time,
// for the parts of an MHTML file: quoted-printable, base64, or none
// (7bit, 8bit, binary). Lenient as mail readers are: characters outside
// the base64 alphabet are skipped, "=" not followed by two hex digits in
// quoted-printable stays as it is.
#ifndef NEWSIFT_INPUT_TRANSFER_DECODER_H_
#define NEWSIFT_INPUT_TRANSFER_DECODER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsift::input {

enum class TransferEncoding { kIdentity, kQuotedPrintable, kBase64 };

// The encoding a Content-Transfer-Encoding value names; unknown values
// (and none) mean kIdentity.
TransferEncoding ParseTransferEncoding(std::string_view value);

class TransferDecoder {
 public:
  explicit TransferDecoder(TransferEncoding encoding) : encoding_(encoding) {}

  // Decodes `piece`, a whole line with its line end or (`line_complete`
  // false) the first part of a longer one, and appends the bytes to `out`.
  void Decode(std::string_view piece, bool line_complete, std::string* out);

  // Flushes what a last piece left pending.
  void Finish(std::string* out);

 private:
  void DecodeQuotedPrintable(std::string_view piece, bool line_complete, std::string* out);
  void DecodeBase64(std::string_view piece, std::string* out);

  TransferEncoding encoding_;
  std::string pending_;  // quoted-printable: an "=" or "=X" split off a piece
  uint32_t bits_ = 0;    // base64: sextets not yet forming a byte
  int bit_count_ = 0;
};

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_TRANSFER_DECODER_H_
