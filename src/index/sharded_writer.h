// The writer the ingest pipeline talks to: one IndexWriter for a plain index, or one IndexWriter per shard for a
// sharded index (see shard_router.h), whose commits run in parallel.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/index_writer.h"

namespace newsdex::index {

// All calls come from one thread (the pipeline's writing thread). Documents are routed to their shard on that
// thread: replace_document only buffers changes in memory, while commit() -- where Xapian merges the buffered
// postings into its B-trees, most of a writer's time -- runs on one thread per shard.
class ShardedWriter {
public:
    // Opens or creates the index at `path` with `shards` shards; 0 means "as the index is" (1 for a new
    // index). A one-shard index is a plain Xapian database at `path`, written exactly as IndexWriter does;
    // with N > 1, `path` holds shard0..N-1 and the stub file. Throws Error(usage) when `shards` disagrees
    // with an existing index, and what IndexWriter throws.
    ShardedWriter(const std::filesystem::path& path, const std::string& stemmer_language, unsigned shards);
    ~ShardedWriter();  // does not commit, like IndexWriter

    ShardedWriter(const ShardedWriter&) = delete;
    ShardedWriter& operator=(const ShardedWriter&) = delete;

    unsigned shards() const noexcept { return static_cast<unsigned>(writers_.size()); }
    const std::string& stemmer_language() const noexcept { return stemmer_language_; }

    // As IndexWriter's, on the article's shard.
    std::optional<std::string> stored_hash(const std::string& unique_term);

    // Id in database() of the article with this unique term (including uncommitted writes), 0 when none.
    Xapian::docid document_id(const std::string& unique_term);

    // Adds or replaces the article on its shard. The id returned is the document's id in database(), where
    // Xapian interleaves the shards: shard s's document d is (d - 1) * shards + s + 1.
    Written write(const std::string& unique_term, const Xapian::Document& document, bool exists);

    // Commits every shard, in parallel, and waits for them. Throws Error(index/io) on failure (the first one).
    void commit();

    Xapian::doccount document_count() const;

    // Every shard as one WritableDatabase (Xapian's multi-database): reads see all shards, including
    // uncommitted changes. Writes through it go where Xapian puts them (metadata, synonyms: the first shard), not
    // by shard_for(), so add documents through write() only.
    Xapian::WritableDatabase& database() noexcept { return combined_; }

private:
    std::vector<std::unique_ptr<IndexWriter>> writers_;
    Xapian::WritableDatabase combined_;
    std::string stemmer_language_;
};

}  // namespace newsdex::index
