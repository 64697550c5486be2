#include "newsift/status.h"

namespace newsift {

std::string_view ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kTooLarge:
      return "too-large";
    case ErrorCode::kNotHtml:
      return "not-html";
    case ErrorCode::kDecode:
      return "decode";
    case ErrorCode::kParse:
      return "parse";
    case ErrorCode::kNoContent:
      return "no-content";
    case ErrorCode::kContainer:
      return "container";
    case ErrorCode::kTimeLimit:
      return "time-limit";
  }
  return "";
}

}  // namespace newsift
