// WritableDatabase wrapper translating Xapian's errors into newsdex errors that name the index.
#include "index/index_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <mutex>

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

// Xapian 1.4.22 can end the process through std::terminate from inside WritableDatabase::commit() when the
// disk fills at the wrong moment: a DatabaseError ("No space left on device") is thrown where it cannot propagate,
// or terminate is called with none (on 3 and 4 MB tmpfs, found by scripts/torture's disk-full trials). A commit is
// atomic on disk, so the index is then at its previous commit: the thread that was committing says so and exits 3,
// as any other failed commit does, instead of "terminate called" and SIGABRT. Any other terminate goes to the
// handler that was there before.
thread_local const std::filesystem::path* committing = nullptr;
std::terminate_handler previous_terminate = nullptr;

[[noreturn]] void on_terminate() {
    if (committing != nullptr) {
        std::string why = std::strerror(errno);
        if (std::exception_ptr current = std::current_exception()) {
            try {
                std::rethrow_exception(current);
            } catch (const Xapian::Error& e) {
                why = e.get_msg() + (e.get_error_string() ? " (" + std::string(e.get_error_string()) + ")" : "");
            } catch (...) {}
        }
        Error error(ErrorKind::io, "commit failed inside Xapian: " + why + "; the index is left at its previous commit",
                    committing->string());
        const std::string message = "newsdex: " + describe(error) + "\n";
        [[maybe_unused]] auto written = ::write(STDERR_FILENO, message.data(), message.size());
        ::_exit(exit_code::failure);
    }
    if (previous_terminate != nullptr) previous_terminate();
    std::abort();
}

class Committing {
public:
    explicit Committing(const std::filesystem::path& path) {
        static std::once_flag installed;
        std::call_once(installed, [] { previous_terminate = std::set_terminate(on_terminate); });
        committing = &path;
    }
    ~Committing() { committing = nullptr; }
    Committing(const Committing&) = delete;
    Committing& operator=(const Committing&) = delete;
};

}  // namespace

namespace {

// Xapian creates a glass database's tables before its version file iamglass, and a SIGKILL in between leaves tables
// that no Xapian opens ("Failed to open glass revision file"). They hold nothing: iamglass exists from creation on
// and every commit replaces it by a rename. So tables without it are an unfinished creation of newsdex's own, and
// only those table files are removed before the database is created afresh (issue 17).
void remove_unfinished_creation(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec) || std::filesystem::exists(path / "iamglass", ec)) return;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 6 && name.ends_with(".glass")) std::filesystem::remove(entry.path(), ec);
    }
}

// Ingest writes into indexes of the current schema version, and into version 4 ones as they are (one stemmer
// for every article: no metadata::stemmers, so Stemming::of_index says so).
void check_version(const Xapian::WritableDatabase& db, const std::filesystem::path& path) {
    std::string version = db.get_metadata(std::string(schema::metadata::schema_version));
    bool one_stemmer = version == std::to_string(schema::version_one_stemmer) &&
                       db.get_metadata(std::string(schema::metadata::stemmers)).empty();
    if (version == std::to_string(schema::version) || one_stemmer) return;
    throw Error(ErrorKind::index,
                "index has schema version " + version + ", this newsdex writes version " +
                    std::to_string(schema::version) + "; re-create it with a fresh --index",
                path.string());
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, const std::string& stemmer_language, bool by_language)
    : path_(path) {
    try {
        std::error_code ec;
        std::filesystem::create_directories(path, ec);
        remove_unfinished_creation(path);
        db_ = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
        stemmer_language_ = db_.get_metadata(std::string(schema::metadata::stemmer));
        if (stemmer_language_.empty()) {
            stemmer_language_ = stemmer_language;
            Stemming stemming(stemmer_language_, by_language);
            db_.set_metadata(std::string(schema::metadata::stemmer), stemmer_language_);
            db_.set_metadata(std::string(schema::metadata::schema_version),
                             std::to_string(by_language ? schema::version : schema::version_one_stemmer));
            record_stemming(stemming);
        } else {
            check_version(db_, path);
        }
    } catch (const Xapian::Error& error) {
        rethrow(error, path, "cannot open index for writing");
    }
}

void IndexWriter::record_stemming(const Stemming& stemming) {
    std::string value = stemming.metadata_value();
    if (value.empty()) return;  // stemmed one way: no key (an empty value would delete it anyway)
    try {
        db_.set_metadata(std::string(schema::metadata::stemmers), value);
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "cannot write index metadata");
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
        Committing guard(path_);
        db_.commit();
    } catch (const Xapian::Error& error) {
        rethrow(error, path_, "commit failed; the index is left at its previous commit");
    }
}

Xapian::doccount IndexWriter::document_count() const { return db_.get_doccount(); }

}  // namespace newsdex::index
