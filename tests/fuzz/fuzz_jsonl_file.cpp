// libFuzzer target: bytes as a whole .jsonl file through read_articles (issue 17's reader paths: byte-order marks,
// UTF-16 decoding across chunks, several objects on a line, junk after an object, empty files), and the UTF-16
// decoder on its own, whose output must always be valid UTF-8.
#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "ingest/article_reader.h"
#include "ingest/json_scan.h"
#include "ingest/utf16_decoder.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (bool big_endian : {false, true}) {
        std::string carry, out;
        std::size_t half = size / 2;
        newsdex::ingest::decode_utf16(bytes.substr(0, half), big_endian, false, carry, out);
        newsdex::ingest::decode_utf16(bytes.substr(half), big_endian, true, carry, out);
        if (!newsdex::text::is_valid_utf8(out) || !carry.empty()) __builtin_trap();
    }
    std::size_t end = newsdex::ingest::first_object_end(bytes);
    if (end != std::string_view::npos && end > size) __builtin_trap();

    static const std::string path = "/tmp/fuzz-jsonl-file-" + std::to_string(getpid()) + ".jsonl";
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(size));
    std::size_t articles = 0;
    auto counts = newsdex::ingest::read_articles(
        {path}, {},
        [&](newsdex::RawArticle&& article) {
            ++articles;
            if (!newsdex::text::is_valid_utf8(article.title) || !newsdex::text::is_valid_utf8(article.body)) {
                __builtin_trap();
            }
        },
        [](const newsdex::ingest::Diagnostic&) {});
    if (counts.articles != articles) __builtin_trap();
    return 0;
}
