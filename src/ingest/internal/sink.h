// Where the per-format file readers put what they find: articles, problems, and inputs holding no article.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <string>

#include "core/article.h"
#include "ingest/archive_reader.h"
#include "ingest/article_reader.h"

namespace newsdex::ingest::internal {

// Thrown through the readers when the article handler fails (the index's disk is full): not a problem of the
// file being read, so it must stop the run instead of being reported as one (issue 7).
struct HandlerFailed {
    std::exception_ptr error;
};

class Sink {
public:
    Sink(const ArticleHandler& on_article, const Reporter& report, const std::atomic<bool>* stop = nullptr)
        : on_article_(on_article), report_(report), stop_(stop) {}

    // Passes an article on; its `real_path` is set from `file` here. An article whose text is larger than
    // max_article_bytes is skipped here instead, whatever format it came from (issue 17). Once a stop is asked
    // for, the article is dropped and stopped() turns true: the readers check it and end their loops.
    void article(RawArticle&& article, const std::string& file);
    bool stopped() const { return counts.stopped; }
    // A bad input that was skipped: reported, counted as skipped.
    void problem(const std::string& file, std::size_t line, std::string reason);
    // A repair made before indexing: reported, not counted as skipped.
    void repaired(const std::string& file, std::size_t line, std::string reason);
    // An input that holds no article (an image in a folder, a WARC request record): counted under `why`,
    // reported as a passed-over diagnostic with `detail` appended.
    void passed_over(const std::string& file, const std::string& why, const std::string& detail = {});

    ReadCounts counts;

private:
    const ArticleHandler& on_article_;
    const Reporter& report_;
    const std::atomic<bool>* stop_;
    std::string last_file_, last_real_path_;
};

// The one skip reason for an article over max_article_bytes: "article larger than 1 MB; skipped".
std::string too_large_reason();

// The file's real path (symbolic links and ".." resolved), or `file` itself when it cannot be resolved.
std::string real_path_of(const std::string& file);

// Reads a whole file (plain or gzip) of at most `limit` bytes; false after reporting why not (`too_large`, when
// given, is the reason for a file over the limit).
bool read_whole_file(const std::string& file, std::size_t limit, std::string& bytes, Sink& sink,
                     const std::string& too_large = {});

// The per-format readers (article_reader.cpp dispatches to them).
void read_archive_file(const std::string& file, ArchiveFormat format, Sink& sink);
void read_feed_file(const std::string& file, Sink& sink);
void read_html_file(const std::string& file, Sink& sink);

}  // namespace newsdex::ingest::internal
