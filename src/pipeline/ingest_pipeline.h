// Ingest: read articles, analyse them on worker threads, write them through one IndexWriter in input
// order, commit in batches, and count what happened.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/article_analyzer.h"
#include "extract/timex/publication_date.h"
#include "index/document_builder.h"
#include "index/sharded_writer.h"
#include "ingest/article_reader.h"

namespace newsdex::pipeline {

struct IngestOptions {
    std::filesystem::path index;
    std::vector<std::string> inputs;
    ingest::ReadOptions read;
    extract::AnalyzerOptions analysis;
    std::string stemmer_language = "english";  // used when the index is new
    bool stem_by_language = true;              // a new index: each article by its language (index/stemming.h)
    std::size_t batch_size = 2000;             // articles per commit
    unsigned threads = 1;                      // analysis workers
    unsigned shards = 0;                       // writers/shards (sharded_writer.h); 0: as the index is, 1 if new
    std::uint64_t segment_size =
        index::default_segment_size;               // a new unsharded index: articles per segment; 0: one database
    std::optional<index::StoredText> stored_text;  // unset: as the index is, full if new; set: must match the index
    DateOrder date_order = DateOrder::mdy;         // metadata dates like 02/03/2021 (--date-order)
};

struct IngestSummary {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t skipped = 0;                             // reported and not indexed
    std::size_t repaired = 0;                            // reported, then indexed (e.g. re-decoded text)
    std::size_t undated = 0;                             // indexed without a publication date
    std::size_t dates_not_used = 0;                      // of the repaired: a metadata date that is not one
    std::size_t documents = 0;                           // in the index at the end
    bool interrupted = false;                            // stopped early by a signal, after committing
    std::map<std::string, std::size_t> records;          // web-archive records read, by WARC-Type
    std::map<std::string, std::size_t> record_articles;  // of those, the ones that gave an article
    std::map<std::string, std::size_t> passed_over;      // inputs holding no article, by reason
};

// Progress callback: articles seen so far. Called from the writing thread.
using ProgressCallback = std::function<void(const IngestSummary&)>;

// Runs the ingest, holding the index's lock (index_folder.h) throughout. Creates an index only in an empty or
// missing folder (Error(usage) otherwise, with nothing created). Throws Error(index/io) for index failures (locked,
// disk full): the index is then at its last commit. `stop` is polled between articles: when set, what was done is committed and the run ends.
IngestSummary run_ingest(const IngestOptions& options, const ingest::Reporter& report, const ProgressCallback& progress,
                         const std::atomic<bool>& stop);

}  // namespace newsdex::pipeline
