// libFuzzer entry point for FuzzTarget "decode" (see fuzz_targets.h and
// README.md, "Fuzzing").
#include <cstddef>
#include <cstdint>

#include "fuzz_targets.h"
#include "newsift/dom/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsift::dom::LibXmlScope* const libxml = new newsift::dom::LibXmlScope();
  (void)libxml;
  newsift::fuzz::FuzzDecode(data, size);
  return 0;
}
