// libFuzzer target: bytes as an RSS/Atom/RDF feed (libxml2 parsing, item fields, item HTML through the page extractor).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)newsdex::ingest::looks_like_feed(bytes);
    (void)newsdex::ingest::read_feed(bytes);
    return 0;
}
