// Web archives and feeds read into the walker's sink: records and items become articles or are accounted for.
#include <string>

#include "ingest/archive_articles.h"
#include "ingest/feed_reader.h"
#include "ingest/internal/sink.h"
#include "ingest/page_article.h"
#include "webpage/web_page.h"

namespace newsdex::ingest::internal {
namespace {

// Feeds are read whole (an XML tree); real feeds are well under a few MB.
constexpr std::size_t max_feed_bytes = 64u << 20;

std::string describe(const ArchiveRecord& record) {
    std::string uri = record.target_uri.empty() ? "" : " (" + record.target_uri.substr(0, 200) + ")";
    return "record " + std::to_string(record.number) + uri;
}

}  // namespace

void read_archive_file(const std::string& file, ArchiveFormat format, Sink& sink) {
    ArchiveLimits limits;
    Reporter report = [&](const Diagnostic& d) { sink.problem(d.file, d.line, d.reason); };
    auto on_record = [&](ArchiveRecord& record) {
        ++sink.counts.records[record.type];
        if (record.oversized && record_may_hold_article(record)) {
            sink.problem(file, 0,
                         describe(record) + ": " + std::to_string(record.length >> 20) + " MB, larger than the " +
                             std::to_string(limits.max_record_bytes >> 20) + " MB record limit; skipped unread");
            return true;
        }
        RecordArticle result = article_from_record(record);
        for (auto& warning : result.warnings) sink.repaired(file, 0, describe(record) + ": " + warning);
        if (!result.article) {
            sink.passed_over(file, result.passed_over, describe(record));
            return true;
        }
        ++sink.counts.record_articles[record.type];
        result.article->origin = file;
        sink.article(std::move(*result.article), file);
        return !sink.stopped();
    };
    read_archive(file, format, limits, record_may_hold_article, on_record, report);
}

void read_feed_file(const std::string& file, Sink& sink) {
    std::string bytes;
    if (!read_whole_file(file, max_feed_bytes, bytes, sink)) return;
    FeedItems feed = read_feed(bytes);
    if (!feed.error.empty()) {
        sink.problem(file, 0, feed.error + "; skipped");
        return;
    }
    for (auto& warning : feed.warnings) sink.repaired(file, 0, warning);
    if (feed.articles.empty()) sink.passed_over(file, "feed without items");
    std::size_t number = 0;
    for (auto& article : feed.articles) {
        if (sink.stopped()) return;
        ++number;
        article.origin = file;
        if (article.id.empty()) article.id = real_path_of(file) + "#" + std::to_string(number);
        sink.article(std::move(article), file);
    }
}

void read_html_file(const std::string& file, Sink& sink) {
    std::string bytes;
    if (!read_whole_file(file, webpage::max_page_file_bytes, bytes, sink)) return;
    PageArticle page = article_from_page(bytes, "", "");
    if (!page.article) {  // one diagnostic, not the page reader's "no article text found" as well
        sink.problem(file, 0, "HTML page without any text; skipped");
        return;
    }
    for (auto& warning : page.warnings) sink.repaired(file, 0, warning);
    page.article->origin = file;
    if (page.article->id.empty()) page.article->id = real_path_of(file);  // no canonical URL: the file names it
    sink.article(std::move(*page.article), file);
}

}  // namespace newsdex::ingest::internal
