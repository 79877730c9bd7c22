// Streams the records of a web archive, WARC or ARC: plain, one gzip member per record, or whole-file gzip.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "ingest/diagnostic.h"

namespace newsdex::ingest {

enum class ArchiveFormat { warc, arc };

// One record. ARC records have no type: "filedesc" for the version block, else "response".
struct ArchiveRecord {
    std::string type;          // WARC-Type, lower-cased: response, resource, conversion, request, ...
    std::string target_uri;    // WARC-Target-URI (ARC: the URL field)
    std::string date;          // WARC-Date as written (ISO 8601); ARC's 14-digit date made ISO 8601
    std::string content_type;  // the record's Content-Type ("application/http; msgtype=response", "text/plain")
    std::string block;         // the record's content; empty when not wanted or oversized
    std::size_t number = 0;    // 1-based position in the file
    std::uint64_t length = 0;  // the declared Content-Length (ARC: the length field)
    bool oversized = false;    // longer than the record limit: its block was skipped, never held in memory
};

struct ArchiveLimits {
    // Blocks longer than this are skipped unread (a page of a few MB is large; a 1 GB video is not news).
    std::size_t max_record_bytes = 16u << 20;
};

// Decides, from the header alone, whether a record's block is worth reading (others are skipped unread).
using RecordFilter = std::function<bool(const ArchiveRecord&)>;
// Returns whether to go on reading (false: the caller wants no more records).
using RecordHandler = std::function<bool(ArchiveRecord&)>;

// Reads the records of `path` in order, one in memory at a time, calling `on_record` for each (with its
// block when `wanted` said so and it fits the limit). A malformed header is reported and reading resumes at
// the next record header; a truncated file or corrupt gzip is reported and ends the file, as does `on_record`
// returning false. Does not throw for bad input; exceptions from `on_record` propagate. Returns the number of records seen.
std::size_t read_archive(const std::string& path, ArchiveFormat format, const ArchiveLimits& limits,
                         const RecordFilter& wanted, const RecordHandler& on_record, const Reporter& report);

}  // namespace newsdex::ingest
