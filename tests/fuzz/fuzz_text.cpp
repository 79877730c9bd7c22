// libFuzzer target: a whole text file through the same steps as ingest (encoding repair, headline/body split,
// normalisation).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/text_article.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string encoding;
    std::string utf8 = newsdex::text::repair_utf8(bytes, &encoding);
    if (!newsdex::text::is_valid_utf8(utf8)) __builtin_trap();  // repair must always give valid UTF-8
    auto parsed = newsdex::ingest::parse_text_article(utf8);
    if (auto* article = std::get_if<newsdex::RawArticle>(&parsed)) {
        (void)newsdex::text::normalize(article->title);
        (void)newsdex::text::normalize(article->body);
    }
    return 0;
}
