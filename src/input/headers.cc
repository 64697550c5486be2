#include "newsift/input/headers.h"

namespace newsift::input {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

}  // namespace

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& [field, value] : fields_) {
    if (EqualsIgnoringCase(field, name)) return std::string_view(value);
  }
  return std::nullopt;
}

void Headers::AddLine(std::string_view line) {
  if (line.empty() || IsBlankLine(line)) return;
  if ((line.front() == ' ' || line.front() == '\t')) {
    if (fields_.empty()) return;
    std::string& value = fields_.back().second;
    const std::string_view more = TrimSpace(line);
    if (!more.empty()) {
      if (!value.empty()) value.push_back(' ');
      value.append(more);
    }
    return;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return;
  fields_.emplace_back(std::string(TrimSpace(line.substr(0, colon))),
                       std::string(TrimSpace(line.substr(colon + 1))));
}

bool IsBlankLine(std::string_view line) {
  return line.empty() || line == "\n" || line == "\r\n" || line == "\r";
}

HeaderStatus ReadHeaders(BufferedReader* reader, size_t max_bytes, Headers* headers,
                         uint64_t* consumed) {
  std::string line;
  uint64_t total = 0;
  bool complete = false;
  bool first = true;
  HeaderStatus status = HeaderStatus::kTruncated;
  while (reader->ReadLine(&line, max_bytes, &complete)) {
    total += line.size();
    first = false;
    if (total > max_bytes || !complete) {
      status = HeaderStatus::kTooLarge;
      break;
    }
    if (IsBlankLine(line)) {
      status = HeaderStatus::kOk;
      break;
    }
    headers->AddLine(line);
  }
  if (consumed != nullptr) *consumed = total;
  return first ? HeaderStatus::kEnd : status;
}

std::optional<size_t> ParseHeaders(std::string_view data, Headers* headers) {
  size_t pos = 0;
  while (pos < data.size()) {
    const size_t newline = data.find('\n', pos);
    if (newline == std::string_view::npos) return std::nullopt;
    const std::string_view line = data.substr(pos, newline + 1 - pos);
    pos = newline + 1;
    if (IsBlankLine(line)) return pos;
    headers->AddLine(line);
  }
  return std::nullopt;
}

std::optional<std::string_view> ContentType::Parameter(std::string_view name) const {
  for (const auto& [key, value] : parameters) {
    if (key == name) return std::string_view(value);
  }
  return std::nullopt;
}

ContentType ParseContentType(std::string_view value) {
  ContentType type;
  size_t semicolon = value.find(';');
  type.mime_type = ToLower(TrimSpace(value.substr(0, semicolon)));
  while (semicolon != std::string_view::npos) {
    size_t pos = semicolon + 1;
    const size_t equals = value.find('=', pos);
    if (equals == std::string_view::npos) break;
    std::string name = ToLower(TrimSpace(value.substr(pos, equals - pos)));
    pos = equals + 1;
    while (pos < value.size() && IsSpace(value[pos])) ++pos;
    std::string parameter;
    if (pos < value.size() && value[pos] == '"') {
      // A quoted string; backslash escapes the next character.
      for (++pos; pos < value.size() && value[pos] != '"'; ++pos) {
        if (value[pos] == '\\' && pos + 1 < value.size()) ++pos;
        parameter.push_back(value[pos]);
      }
      semicolon = value.find(';', pos);
    } else {
      semicolon = value.find(';', pos);
      parameter = std::string(TrimSpace(value.substr(pos, semicolon - pos)));
    }
    if (!name.empty()) type.parameters.emplace_back(std::move(name), std::move(parameter));
  }
  return type;
}

bool IsHtmlType(std::string_view mime_type) {
  return mime_type == "text/html" || mime_type == "application/xhtml+xml";
}

}  // namespace newsift::input
