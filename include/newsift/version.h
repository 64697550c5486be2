// The library's version, from CMake's project(VERSION).
#ifndef NEWSIFT_VERSION_H_
#define NEWSIFT_VERSION_H_

namespace newsift {

extern const char* const kVersion;  // "0.1.0"

}  // namespace newsift

#endif  // NEWSIFT_VERSION_H_
