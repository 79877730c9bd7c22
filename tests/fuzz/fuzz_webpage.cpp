// libFuzzer target: bytes as a web page (charset, libxml2 parsing, metadata, extraction) and as a feed item's HTML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "webpage/web_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)newsdex::webpage::looks_like_html(bytes);
    (void)newsdex::webpage::read_web_page({bytes, "https://fuzz.example/2015/12/15/page", "", true});
    (void)newsdex::webpage::fragment_body(bytes, "Fuzz title");
    (void)newsdex::webpage::snippet_text(bytes);
    return 0;
}
