// The one owner of the WritableDatabase: upserts documents by unique id and commits in batches.
// Xapian commits are atomic, so after a crash the index holds exactly the last committed batch.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <xapian.h>

namespace newsdex::index {

enum class WriteOutcome { added, updated, unchanged };

// What write() did, and the document id the article now has (in the database the writer was asked about).
struct Written {
    WriteOutcome outcome;
    Xapian::docid id;
};

class IndexWriter {
public:
    // Opens or creates the index at `path`. A new index records `stemmer_language`; an existing one keeps
    // its own (returned by stemmer_language()). Throws Error(index) with a clear reason when the index is
    // locked by another ingest or cannot be opened.
    IndexWriter(const std::filesystem::path& path, const std::string& stemmer_language);
    ~IndexWriter();  // does not commit: uncommitted work is dropped, as after a crash

    const std::string& stemmer_language() const noexcept { return stemmer_language_; }

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
