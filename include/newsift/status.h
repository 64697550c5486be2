// Expected failures as values: one page's failure is data the batch loop
// prints and counts, never an exception that could stop the other pages.
#ifndef NEWSIFT_STATUS_H_
#define NEWSIFT_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace newsift {

enum class ErrorCode {
  kIo,         // cannot open or read the input
  kTooLarge,   // input exceeds a configured limit
  kNotHtml,    // empty, binary, or otherwise not a page
  kDecode,     // bytes cannot be turned into UTF-8
  kParse,      // the HTML parser produced no tree
  kNoContent,  // parsed, but no article body was found
  kContainer,  // a gzip / MHTML / WARC container is malformed
  kTimeLimit,  // the page took longer than the per-page time limit
};

std::string_view ToString(ErrorCode code);

// `message` is the reason only ("no article content found"); the caller
// knows which input it was and prints "newsift: FILE: reason".
struct Error {
  ErrorCode code;
  std::string message;
};

// A value or an Error. std::expected<T, Error> once we are on C++23.
template <typename T>
class [[nodiscard]] Result {
 public:
  // NOLINTNEXTLINE(google-explicit-constructor): `return value;` must work
  Result(T value) : v_(std::move(value)) {}
  // NOLINTNEXTLINE(google-explicit-constructor): `return Error{...};` too
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace newsift

#endif  // NEWSIFT_STATUS_H_
