// The walker's collecting end, shared by the per-format readers.
#include "ingest/internal/sink.h"

#include <filesystem>
#include <system_error>

#include "core/error.h"
#include "ingest/line_reader.h"
#include "ingest/text_article.h"

namespace newsdex::ingest::internal {

std::string real_path_of(const std::string& file) {
    if (file == "-") return {};
    std::error_code ec;
    auto real = std::filesystem::canonical(file, ec);
    return ec ? file : real.string();
}

std::string too_large_reason() {
    return "article larger than " + std::to_string(max_article_bytes >> 20) + " MB; skipped";
}

void Sink::article(RawArticle&& article, const std::string& file) {
    if (counts.stopped || (stop_ && stop_->load())) {
        counts.stopped = true;
        return;
    }
    // One canonical() per file, not per JSONL line or WARC record.
    if (file != last_file_) {
        last_file_ = file;
        last_real_path_ = real_path_of(file);
    }
    article.real_path = last_real_path_;
    // The one maximum article size, whatever the format: pages, archive records and feed items are checked
    // here, after extraction, as JSONL lines and text files are while they are read (issue 17).
    if (article.title.size() + article.body.size() > max_article_bytes) {
        std::string which = article.id.empty() || article.id == file || article.id == last_real_path_
                                ? ""
                                : article.id.substr(0, 200) + ": ";
        problem(file, 0, which + too_large_reason());
        return;
    }
    // Binary junk is no article in any format: a JSONL body of 100,000 escaped control characters was indexed as
    // one (issue 17). The text (the body, or the title when there is none) is judged as a text file is.
    const std::string& text = article.body.empty() ? article.title : article.body;
    if (auto reason = binary_reason(text, false)) {
        problem(file, article.line, "binary content" + reason->substr(reason->find(' ', 7)) + "; skipped");
        return;
    }
    ++counts.articles;
    try {
        on_article_(std::move(article));
    } catch (const Error&) {
        throw HandlerFailed{std::current_exception()};
    }
}

void Sink::problem(const std::string& file, std::size_t line, std::string reason) {
    ++counts.skipped;
    report_({file, line, std::move(reason), true});
}

void Sink::repaired(const std::string& file, std::size_t line, std::string reason) {
    report_({file, line, std::move(reason), false});
}

void Sink::passed_over(const std::string& file, const std::string& why, const std::string& detail) {
    ++counts.passed_over[why];
    Diagnostic diagnostic{file, 0, detail.empty() ? why : detail + ": " + why, false};
    diagnostic.passed_over = true;
    report_(diagnostic);
}

bool read_whole_file(const std::string& file, std::size_t limit, std::string& bytes, Sink& sink,
                     const std::string& too_large) {
    try {
        LineReader reader(file);
        if (!reader.read_all(bytes, limit)) {
            sink.problem(file, 0,
                         too_large.empty() ? "larger than " + std::to_string(limit >> 20) + " MB; skipped" : too_large);
            return false;
        }
    } catch (const Error& error) {
        sink.problem(file, 0, error.reason() + "; skipped");
        return false;
    }
    return true;
}

}  // namespace newsdex::ingest::internal
