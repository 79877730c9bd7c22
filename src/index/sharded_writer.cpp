// Routing documents to shards on the writing thread, and committing the shards on one thread each.
#include "index/sharded_writer.h"

#include <exception>
#include <thread>

#include "core/error.h"
#include "index/shard_router.h"

namespace newsdex::index {

ShardedWriter::ShardedWriter(const std::filesystem::path& path, const std::string& stemmer_language,
                             unsigned shards) {
    unsigned existing = read_shard_count(path);
    bool plain_exists = !existing && std::filesystem::is_directory(path) && !std::filesystem::is_empty(path);
    if (shards == 0) shards = existing ? existing : 1;
    if (existing && existing != shards) {
        throw Error(ErrorKind::usage,
                    "index has " + std::to_string(existing) + " shards; ingest into it with --shards " +
                        std::to_string(existing) + " (or merge them with newsdex compact first)",
                    path.string());
    }
    if (plain_exists && shards > 1) {
        throw Error(ErrorKind::usage, "index is not sharded; ingest into it without --shards, or use a new --index",
                    path.string());
    }
    if (shards == 1 && !existing) {
        // The plain path: exactly IndexWriter, no stub.
        writers_.push_back(std::make_unique<IndexWriter>(path, stemmer_language));
    } else {
        std::error_code ec;
        std::filesystem::create_directories(path, ec);
        for (unsigned n = 0; n < shards; ++n) {
            writers_.push_back(std::make_unique<IndexWriter>(shard_path(path, n), stemmer_language));
        }
        if (!existing) write_stub(path, shards);
    }
    stemmer_language_ = writers_.front()->stemmer_language();
    if (writers_.size() == 1) {
        combined_ = writers_.front()->database();
    } else {
        for (auto& writer : writers_) combined_.add_database(writer->database());
    }
}

ShardedWriter::~ShardedWriter() = default;

std::optional<std::string> ShardedWriter::stored_hash(const std::string& unique_term) {
    return writers_[shard_for(unique_term, shards())]->stored_hash(unique_term);
}

Xapian::docid ShardedWriter::document_id(const std::string& unique_term) {
    try {
        Xapian::PostingIterator it = combined_.postlist_begin(unique_term);
        return it == combined_.postlist_end(unique_term) ? 0 : *it;
    } catch (const Xapian::Error& error) {
        throw Error(ErrorKind::index, "cannot read index: " + error.get_msg());
    }
}

Written ShardedWriter::write(const std::string& unique_term, const Xapian::Document& document, bool exists) {
    unsigned shard = shard_for(unique_term, shards());
    Written written = writers_[shard]->write(unique_term, document, exists);
    written.id = (written.id - 1) * shards() + shard + 1;
    return written;
}

void ShardedWriter::commit() {
    if (writers_.size() == 1) {
        writers_.front()->commit();
        return;
    }
    // Each shard's WritableDatabase is touched by exactly one thread here, and this thread waits for all.
    std::vector<std::exception_ptr> failures(writers_.size());
    std::vector<std::thread> threads;
    for (std::size_t n = 0; n < writers_.size(); ++n) {
        threads.emplace_back([&, n] {
            try {
                writers_[n]->commit();
            } catch (...) {
                failures[n] = std::current_exception();
            }
        });
    }
    for (auto& t : threads) t.join();
    for (auto& failure : failures) {
        if (failure) std::rethrow_exception(failure);
    }
}

Xapian::doccount ShardedWriter::document_count() const {
    Xapian::doccount total = 0;
    for (const auto& writer : writers_) total += writer->document_count();
    return total;
}

}  // namespace newsdex::index
