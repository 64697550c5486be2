#include "newsift/input/transfer_decoder.h"

namespace newsift::input {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet
  if (c == '/' || c == '_') return 63;
  return -1;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

}  // namespace

TransferEncoding ParseTransferEncoding(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (EqualsIgnoringCase(value, "quoted-printable")) return TransferEncoding::kQuotedPrintable;
  if (EqualsIgnoringCase(value, "base64")) return TransferEncoding::kBase64;
  return TransferEncoding::kIdentity;
}

void TransferDecoder::Decode(std::string_view piece, bool line_complete, std::string* out) {
  switch (encoding_) {
    case TransferEncoding::kIdentity:
      out->append(piece);
      break;
    case TransferEncoding::kQuotedPrintable:
      DecodeQuotedPrintable(piece, line_complete, out);
      break;
    case TransferEncoding::kBase64:
      DecodeBase64(piece, out);
      break;
  }
}

void TransferDecoder::Finish(std::string* out) {
  out->append(pending_);
  pending_.clear();
}

void TransferDecoder::DecodeQuotedPrintable(std::string_view piece, bool line_complete,
                                            std::string* out) {
  std::string joined;
  if (!pending_.empty()) {
    joined = pending_ + std::string(piece);
    piece = joined;
    pending_.clear();
  }
  bool hard_break = false;
  if (line_complete) {
    // Drop the line end and transport padding; a final "=" is a soft
    // line break, anything else a real one.
    if (!piece.empty() && piece.back() == '\n') {
      piece.remove_suffix(1);
      hard_break = true;
    }
    while (!piece.empty() &&
           (piece.back() == '\r' || piece.back() == ' ' || piece.back() == '\t')) {
      piece.remove_suffix(1);
    }
    if (!piece.empty() && piece.back() == '=') {
      piece.remove_suffix(1);
      hard_break = false;
    }
  } else {
    // Keep a split escape for the next piece.
    const size_t eq = piece.rfind('=');
    if (eq != std::string_view::npos && eq + 3 > piece.size()) {
      pending_ = std::string(piece.substr(eq));
      piece = piece.substr(0, eq);
    }
  }
  for (size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] == '=' && i + 2 < piece.size() && HexValue(piece[i + 1]) >= 0 &&
        HexValue(piece[i + 2]) >= 0) {
      out->push_back(static_cast<char>(HexValue(piece[i + 1]) * 16 + HexValue(piece[i + 2])));
      i += 2;
    } else {
      out->push_back(piece[i]);
    }
  }
  if (hard_break) out->push_back('\n');
}

void TransferDecoder::DecodeBase64(std::string_view piece, std::string* out) {
  for (char c : piece) {
    const int value = Base64Value(c);
    if (value < 0) continue;
    bits_ = (bits_ << 6) | static_cast<uint32_t>(value);
    bit_count_ += 6;
    if (bit_count_ >= 8) {
      bit_count_ -= 8;
      out->push_back(static_cast<char>((bits_ >> bit_count_) & 0xFF));
      bits_ &= (1u << bit_count_) - 1;
    }
  }
}

}  // namespace newsift::input
