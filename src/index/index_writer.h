// The one owner of the WritableDatabase: upserts documents by unique id and commits in batches.
// Xapian commits are atomic, so after a crash the index holds exactly the last committed batch.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <xapian.h>

#include "index/stemming.h"

namespace newsdex::index {

enum class WriteOutcome { added, updated, unchanged };

// What write() did, and the document id the article now has (in the database the writer was asked about).
struct Written {
    WriteOutcome outcome;
    Xapian::docid id;
};

class IndexWriter {
public:
    // Opens or creates the index at `path`. A new index records `stemmer_language`, and stems each article by
    // its language when `by_language` (schema version 5, metadata::stemmers) or every article with that stemmer
    // (version 4); an existing one keeps its own (stemmer_language(), stemming()). Throws Error(index) with a
    // clear reason when the index is locked by another ingest, cannot be opened or has another schema version.
    IndexWriter(const std::filesystem::path& path, const std::string& stemmer_language, bool by_language = true);
    ~IndexWriter();  // does not commit: uncommitted work is dropped, as after a crash

    const std::string& stemmer_language() const noexcept { return stemmer_language_; }
    // How the index stems its articles, as its metadata says (uncommitted changes included).
    Stemming stemming() const { return Stemming::of_index(db_); }
    // Records `stemming` (its metadata_value()) in the index's metadata, to be committed with the next commit.
    void record_stemming(const Stemming& stemming);

    // Content hash stored for this unique term, or nullopt when no such article is indexed.
    std::optional<std::string> stored_hash(const std::string& unique_term);

    // Document id of the article with this unique term (including uncommitted writes), 0 when none.
    Xapian::docid document_id(const std::string& unique_term);

    // Adds or replaces the article with this unique term.
    Written write(const std::string& unique_term, const Xapian::Document& document, bool exists);

    // Makes everything written so far durable. Throws Error(index/io) on failure (e.g. disk full).
    void commit();

    Xapian::doccount document_count() const;
    Xapian::WritableDatabase& database() noexcept { return db_; }

private:
    std::filesystem::path path_;
    Xapian::WritableDatabase db_;
    std::string stemmer_language_;
};

}  // namespace newsdex::index
