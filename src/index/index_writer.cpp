// WritableDatabase wrapper translating Xapian's errors into newsdex errors that name the index.
#include "index/index_writer.h"

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::index {
namespace {

[[noreturn]] void rethrow(const Xapian::Error& error, const std::filesystem::path& path, const char* doing) {
    std::string type = error.get_type();
    if (type == "DatabaseLockError") {
        throw Error(ErrorKind::index, "index is locked by another ingest (wait for it to finish)", path.string());
    }
    ErrorKind kind =
        (type == "DatabaseError" && error.get_error_string() != nullptr) ? ErrorKind::io : ErrorKind::index;
    std::string reason = std::string(doing) + ": " + error.get_msg();
    if (error.get_error_string() != nullptr) reason += " (" + std::string(error.get_error_string()) + ")";
    throw Error(kind, reason, path.string());
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, const std::string& stemmer_language) : path_(path) {
    try {
        std::error_code ec;
        std::filesystem::create_directories(path, ec);
        db_ = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
        stemmer_language_ = db_.get_metadata(std::string(schema::metadata::stemmer));
        if (stemmer_language_.empty()) {
            stemmer_language_ = stemmer_language;
            db_.set_metadata(std::string(schema::metadata::stemmer), stemmer_language_);
            db_.set_metadata(std::string(schema::metadata::schema_version), std::to_string(schema::version));
        } else {
            std::string version = db_.get_metadata(std::string(schema::metadata::schema_version));
            if (version != std::to_string(schema::version)) {
                throw Error(ErrorKind::index,
                            "index has schema version " + version + ", this newsdex writes version " +
                                std::to_string(schema::version) + "; re-create it with a fresh --index",
                            path.string());
            }
        }
    } catch (const Xapian::Error& error) {
        rethrow(error, path, "cannot open index for writing");
    }
}

IndexWriter::~IndexWriter() = default;

std::optional<std::string> IndexWriter::stored_hash(const std::string& unique_term) {
    try {
        Xapian::PostingIterator it = db_.postlist_begin(unique_term);
        if (it == db_.postlist_end(unique_term)) return std::nullopt;
        return db_.get_document(*it, Xapian::DOC_ASSUME_VALID).get_value(schema::slot::content_hash);
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "cannot read index");
    }
}

Xapian::docid IndexWriter::document_id(const std::string& unique_term) {
    try {
        Xapian::PostingIterator it = db_.postlist_begin(unique_term);
        return it == db_.postlist_end(unique_term) ? 0 : *it;
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "cannot read index");
    }
}

Written IndexWriter::write(const std::string& unique_term, const Xapian::Document& document, bool exists) {
    try {
        Xapian::docid id = db_.replace_document(unique_term, document);
        return {exists ? WriteOutcome::updated : WriteOutcome::added, id};
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "cannot write document");
    }
}

void IndexWriter::commit() {
    try {
        db_.commit();
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "commit failed; the index is left at its previous commit");
    }
}

Xapian::doccount IndexWriter::document_count() const { return db_.get_doccount(); }

}  // namespace newsdex::index
