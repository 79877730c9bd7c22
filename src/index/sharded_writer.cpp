// Routing documents to shards or segments on the writing thread, committing shards on one thread each, and
// starting a new segment when the last one is full.
#include "index/sharded_writer.h"

#include <exception>
#include <thread>

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::index {

ShardedWriter::ShardedWriter(const std::filesystem::path& path, const std::string& stemmer_language, unsigned shards,
                             std::uint64_t segment_size, bool by_language)
    : path_(path), segment_size_(segment_size) {
    StubParts existing = read_stub(path);
    bool plain_exists = existing.layout == Layout::plain && std::filesystem::exists(path / "iamglass");
    if (existing.layout == Layout::shards && shards != 0 && existing.count != shards) {
        throw Error(ErrorKind::usage,
                    "index has " + std::to_string(existing.count) + " shards; ingest into it with --shards " +
                        std::to_string(existing.count) + " (or merge them with newsdex compact first)",
                    path.string());
    }
    if ((plain_exists || existing.layout == Layout::segments) && shards > 1) {
        throw Error(ErrorKind::usage, "index is not sharded; ingest into it without --shards, or use a new --index",
                    path.string());
    }
    unsigned count = existing.count;
    if (existing.layout != Layout::plain) {
        layout_ = existing.layout;
    } else if (plain_exists) {
        layout_ = Layout::plain;
    } else if (shards > 1) {
        layout_ = Layout::shards;
        count = shards;
    } else if (segment_size > 0) {
        layout_ = Layout::segments;
        count = 1;
    }
    if (layout_ == Layout::plain) {
        writers_.push_back(std::make_unique<IndexWriter>(path, stemmer_language, by_language));
    } else {
        std::error_code ec;
        std::filesystem::create_directories(path, ec);
        for (unsigned n = 0; n < count; ++n) {
            writers_.push_back(
                std::make_unique<IndexWriter>(part_path(path, layout_, n), stemmer_language, by_language));
        }
        if (existing.layout == Layout::plain) {
            // A new index: its parts exist (committed, so Xapian opens them) before the stub names them.
            for (auto& writer : writers_) writer->commit();
            write_stub(path, layout_, count);
        }
    }
    dirty_.assign(writers_.size(), false);
    // Synonyms and metadata written through database() land in the first part: its first commit must not be
    // skipped (committing an unchanged database costs next to nothing).
    dirty_.front() = true;
    stemmer_language_ = writers_.front()->stemmer_language();
    // Every part records every language, but a crash between two parts' commits may leave one behind: the union.
    stemming_ = writers_.front()->stemming();
    for (const auto& writer : writers_) {
        const Stemming part = writer->stemming();
        for (const auto& language : part.other_languages()) stemming_changed_ |= stemming_.note_article(language);
    }
    if (writers_.size() == 1) {
        combined_ = writers_.front()->database();
    } else {
        for (auto& writer : writers_) combined_.add_database(writer->database());
    }
    // After a compaction the one segment holds everything: new articles start the next one.
    if (layout_ == Layout::segments && segment_size_ > 0 && writers_.back()->document_count() >= segment_size_) {
        add_part();
    }
}

ShardedWriter::~ShardedWriter() = default;

unsigned ShardedWriter::part_for_new(const std::string& unique_term) const {
    switch (layout_) {
        case Layout::plain: return 0;
        case Layout::shards: return shard_for(unique_term, parts());
        case Layout::segments: return parts() - 1;
    }
    return 0;
}

std::optional<std::string> ShardedWriter::stored_hash(const std::string& unique_term) {
    if (layout_ != Layout::segments) return writers_[part_for_new(unique_term)]->stored_hash(unique_term);
    // Re-ingests mostly touch recent articles: newest segment first.
    for (std::size_t n = writers_.size(); n-- > 0;) {
        if (auto hash = writers_[n]->stored_hash(unique_term)) return hash;
    }
    return std::nullopt;
}

DocumentKey ShardedWriter::find(const std::string& unique_term) {
    if (layout_ != Layout::segments) {
        unsigned part = part_for_new(unique_term);
        Xapian::docid id = writers_[part]->document_id(unique_term);
        return id == 0 ? 0 : document_key(part, id);
    }
    for (std::size_t n = writers_.size(); n-- > 0;) {
        if (Xapian::docid id = writers_[n]->document_id(unique_term)) return document_key(static_cast<unsigned>(n), id);
    }
    return 0;
}

Stored ShardedWriter::write(const std::string& unique_term, const Xapian::Document& document, bool exists) {
    unsigned part = part_for_new(unique_term);
    if (exists && layout_ == Layout::segments) {
        // An article already in an older segment is replaced there, so it never has two copies.
        if (DocumentKey key = find(unique_term)) part = static_cast<unsigned>(key >> 32);
    }
    Written written = writers_[part]->write(unique_term, document, exists);
    dirty_[part] = true;
    note_language(document);
    return {written.outcome, document_key(part, written.id)};
}

std::size_t ShardedWriter::remove(const std::string& term) {
    std::size_t removed = 0;
    for (std::size_t n = 0; n < writers_.size(); ++n) {
        Xapian::WritableDatabase& db = writers_[n]->database();
        std::size_t here = 0;
        for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ++here;
        if (here == 0) continue;
        db.delete_document(term);
        dirty_[n] = true;
        removed += here;
    }
    return removed;
}

void ShardedWriter::note_language(const Xapian::Document& document) {
    if (!stemming_.by_language()) return;
    stemming_changed_ |= stemming_.note_article(document.get_value(schema::slot::language));
}

// Writes the stemmers seen so far into every part's metadata (committed by the commit that follows).
void ShardedWriter::record_stemming() {
    if (!stemming_changed_) return;
    for (std::size_t n = 0; n < writers_.size(); ++n) {
        writers_[n]->record_stemming(stemming_);
        dirty_[n] = true;
    }
    stemming_changed_ = false;
}

void ShardedWriter::commit() {
    record_stemming();
    if (layout_ != Layout::shards) {
        for (std::size_t n = 0; n < writers_.size(); ++n) {
            // The last part always commits: it is where a run's first commit makes a new index durable.
            if (dirty_[n] || n + 1 == writers_.size()) writers_[n]->commit();
            dirty_[n] = false;
        }
        if (layout_ == Layout::segments && writers_.back()->document_count() >= segment_size_ && segment_size_ > 0) {
            add_part();
        }
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

void ShardedWriter::add_part() {
    auto n = static_cast<unsigned>(writers_.size());
    // A crash after this commit and before the stub is rewritten leaves an empty, unlisted seg<n>: the next run
    // opens it again here.
    auto writer =
        std::make_unique<IndexWriter>(part_path(path_, layout_, n), stemmer_language_, stemming_.by_language());
    writer->record_stemming(stemming_);
    writer->commit();
    write_stub(path_, layout_, n + 1);
    if (writers_.size() == 1) {
        // combined_ was the one segment's own handle: make it a multi-database of both.
        combined_ = Xapian::WritableDatabase();
        combined_.add_database(writers_.front()->database());
    }
    combined_.add_database(writer->database());
    writers_.push_back(std::move(writer));
    dirty_.push_back(false);
}

Xapian::doccount ShardedWriter::document_count() const {
    Xapian::doccount total = 0;
    for (const auto& writer : writers_) total += writer->document_count();
    return total;
}

std::vector<Xapian::Database> ShardedWriter::part_databases() const {
    std::vector<Xapian::Database> parts;
    for (const auto& writer : writers_) parts.push_back(writer->database());
    return parts;
}

}  // namespace newsdex::index
