// libFuzzer target: one JSONL line through the same steps as ingest (UTF-8 repair, JSON article parsing).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/json_article.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static newsdex::ingest::JsonArticleParser parser;
    std::string line(reinterpret_cast<const char*>(data), size);
    if (!newsdex::text::is_valid_utf8(line)) line = newsdex::text::repair_utf8(line);
    auto parsed = parser.parse(line);
    if (auto* article = std::get_if<newsdex::RawArticle>(&parsed)) {
        (void)newsdex::text::normalize(article->title);
        (void)newsdex::text::normalize(article->body);
    }
    return 0;
}
