// The speed floor: libxml2's HTML parser alone, building and freeing its
// own tree, as any libxml2-based extractor must at least do.
#ifndef NEWSIFT_BENCH_PARSE_ONLY_H_
#define NEWSIFT_BENCH_PARSE_ONLY_H_

#include <cstddef>
#include <string_view>

namespace newsift::bench {

// Parses `html` with htmlReadMemory (libxml2 detects the encoding) and
// frees the tree; returns the number of nodes, so the work cannot be
// optimised away.
size_t ParseOnly(std::string_view html);

}  // namespace newsift::bench

#endif  // NEWSIFT_BENCH_PARSE_ONLY_H_
