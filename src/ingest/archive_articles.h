// Web-archive records as articles: HTML responses and resources through the page reader, text resources and
// WET conversion records as text; everything else passed over with a reason.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "ingest/archive_reader.h"

namespace newsdex::ingest {

struct RecordArticle {
    std::optional<RawArticle> article;  // unset when the record holds no article
    std::string passed_over;            // why not, when unset ("request record", "HTTP status 404", ...)
    std::vector<std::string> warnings;  // repairs made on the way (bad chunking, truncated gzip, charset)
};

// Whether a record's block is worth reading: response, resource and conversion records.
bool record_may_hold_article(const ArchiveRecord& record);

// The article in one record: id and url the target URI, `crawled` the record's date.
RecordArticle article_from_record(const ArchiveRecord& record);

}  // namespace newsdex::ingest
