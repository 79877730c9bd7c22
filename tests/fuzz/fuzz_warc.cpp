// libFuzzer target: bytes as a WARC file (framing, HTTP decoding, record -> article) and as an HTTP message.
#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/archive_articles.h"
#include "ingest/archive_reader.h"
#include "ingest/internal/http_message.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace newsdex::ingest;
    std::string bytes(reinterpret_cast<const char*>(data), size);
    (void)internal::parse_http_response(bytes, 1 << 20);
    // The reader streams from a file (it never holds one in memory): give it one.
    static const std::string path = "/tmp/newsdex-fuzz-warc-" + std::to_string(getpid());
    if (FILE* file = std::fopen(path.c_str(), "wb")) {
        std::fwrite(bytes.data(), 1, bytes.size(), file);
        std::fclose(file);
    }
    ArchiveLimits limits;
    limits.max_record_bytes = 1 << 20;
    read_archive(
        path, ArchiveFormat::warc, limits, record_may_hold_article,
        [](ArchiveRecord& record) {
            (void)article_from_record(record);
            return true;
        },
        [](const Diagnostic&) {});
    return 0;
}
