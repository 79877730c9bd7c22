// The writer the ingest pipeline talks to: one IndexWriter for a plain index, one per shard for a sharded index
// (see shard_router.h), whose commits run in parallel, or one per segment for a segmented index.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/index_writer.h"
#include "index/shard_router.h"
#include "index/stemming.h"

namespace newsdex::index {

// A document's place in the index that stays put while the index grows: part (shard or segment) << 32 | its
// document id in that part. (Ids in the combined database change whenever a segment is added.) 0 is no document.
using DocumentKey = std::uint64_t;
inline DocumentKey document_key(unsigned part, Xapian::docid id) { return (DocumentKey{part} << 32) | id; }

// Articles per segment of a new unsharded index before the next segment starts. Xapian merges each commit into
// its B-trees, so the cost of a commit grows with the database it goes into: ingesting into a 1M-article
// database ran at 61 % of the rate into a 100k one, while a 300k one still ran at 90 % (docs/performance.md).
// Segments no larger than this keep every commit as cheap as in a small index; `newsdex compact` merges them.
constexpr std::uint64_t default_segment_size = 200000;

struct Stored {
    WriteOutcome outcome;
    DocumentKey key;
};

// All calls come from one thread (the pipeline's writing thread). Documents are routed to their part on that
// thread: replace_document only buffers changes in memory, while commit() -- where Xapian merges the buffered
// postings into its B-trees, most of a writer's time -- runs on one thread per shard.
class ShardedWriter {
public:
    // Opens or creates the index at `path`. `shards` > 1 makes a new index sharded; 0 means "as the index is".
    // A new unsharded index is segmented when `segment_size` > 0 (a new segment once the last one holds that many
    // articles), else plain, as is an existing plain index (it never grows a second part). Throws Error(usage)
    // when `shards` disagrees with an existing index, and what IndexWriter throws. `by_language`: how a new index
    // stems (IndexWriter); an existing one stems as it always has.
    ShardedWriter(const std::filesystem::path& path, const std::string& stemmer_language, unsigned shards,
                  std::uint64_t segment_size = 0, bool by_language = true);
    ~ShardedWriter();  // does not commit, like IndexWriter

    ShardedWriter(const ShardedWriter&) = delete;
    ShardedWriter& operator=(const ShardedWriter&) = delete;

    Layout layout() const noexcept { return layout_; }
    unsigned parts() const noexcept { return static_cast<unsigned>(writers_.size()); }
    const std::string& stemmer_language() const noexcept { return stemmer_language_; }
    // How the index stems articles (index/stemming.h): what DocumentBuilder is to build documents with.
    const Stemming& stemming() const noexcept { return stemming_; }

    // As IndexWriter's, in the part holding the article (a segmented index asks each, newest first).
    std::optional<std::string> stored_hash(const std::string& unique_term);

    // Where the article with this unique term is (including uncommitted writes), 0 when nowhere.
    DocumentKey find(const std::string& unique_term);

    // Adds or replaces the article: in its shard; in a segmented index where it is already, else in the last
    // segment. An article in a language the index has not stemmed before is recorded (metadata::stemmers) in
    // every part at the next commit, so each part's metadata names every language.
    Stored write(const std::string& unique_term, const Xapian::Document& document, bool exists);

    // Commits every part with changes (shards in parallel) and waits for them; then, in a segmented index whose
    // last segment is full, starts the next one: created and committed empty first, then listed in the stub, so
    // a crash at any point leaves an index Xapian opens. Throws Error(index/io) on failure (the first one).
    void commit();

    Xapian::doccount document_count() const;

    // Deletes every document indexed by `term`, in every part (uncommitted until commit()). Returns how many.
    std::size_t remove(const std::string& term);

    // Every part, for reading each on its own (index i is part i of document keys).
    std::vector<Xapian::Database> part_databases() const;

    // Every part as one WritableDatabase (Xapian's multi-database): reads see all parts, including
    // uncommitted changes. Writes through it go where Xapian puts them (metadata, synonyms: the first part), not
    // by the routing above, so add documents through write() only.
    Xapian::WritableDatabase& database() noexcept { return combined_; }

private:
    unsigned part_for_new(const std::string& unique_term) const;
    void note_language(const Xapian::Document& document);
    void record_stemming();
    void add_part();

    std::filesystem::path path_;
    std::string stemmer_language_;
    Stemming stemming_{"english"};
    bool stemming_changed_ = false;  // a language new to the index written since the last commit
    Layout layout_ = Layout::plain;
    std::uint64_t segment_size_ = 0;
    std::vector<std::unique_ptr<IndexWriter>> writers_;
    std::vector<bool> dirty_;  // written since the last commit
    Xapian::WritableDatabase combined_;
};

}  // namespace newsdex::index
