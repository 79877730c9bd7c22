// Which archive records are articles, and how their payloads become RawArticles.
#include "ingest/archive_articles.h"

#include "ingest/internal/http_message.h"
#include "ingest/page_article.h"
#include "ingest/text_article.h"
#include "text/normalize.h"

namespace newsdex::ingest {
namespace {

// Decoded payloads larger than this are cut (a gzip bomb inflates without bound otherwise).
constexpr std::size_t max_payload_bytes = 64u << 20;

bool is_html_type(const std::string& media_type) {
    return media_type == "text/html" || media_type == "application/xhtml+xml";
}

// A WET conversion or text resource: first paragraph the headline, as for .txt files.
RecordArticle text_record(const std::string& payload, RecordArticle out) {
    std::string encoding;
    std::string utf8 = text::repair_utf8(payload, &encoding);
    if (encoding != "UTF-8") out.warnings.push_back("not UTF-8; decoded as " + encoding);
    auto parsed = parse_text_article(utf8);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
        out.passed_over = "text record: " + *reason;
        return out;
    }
    out.article = std::move(std::get<RawArticle>(parsed));
    return out;
}

RecordArticle payload_article(const std::string& payload, const std::string& content_type, const ArchiveRecord& record,
                              RecordArticle out) {
    std::string media = internal::media_type_of(content_type);
    if (is_html_type(media) || (media.empty() && looks_like_html_page(payload))) {
        PageArticle page = article_from_page(payload, record.target_uri, content_type);
        for (auto& warning : page.warnings) out.warnings.push_back(std::move(warning));
        if (!page.article) {
            out.passed_over = "HTML page without text";
            return out;
        }
        out.article = std::move(page.article);
        return out;
    }
    if (media == "text/plain" && record.type != "response") return text_record(payload, std::move(out));
    out.passed_over = record.type + " record of type " + (media.empty() ? "(none)" : media);
    return out;
}

}  // namespace

bool record_may_hold_article(const ArchiveRecord& record) {
    return record.type == "response" || record.type == "resource" || record.type == "conversion";
}

RecordArticle article_from_record(const ArchiveRecord& record) {
    RecordArticle out;
    if (!record_may_hold_article(record)) {
        out.passed_over = record.type + " record";
        return out;
    }
    if (record.oversized) {
        out.passed_over = "record larger than the size limit";
        return out;
    }
    if (record.type == "response" && record.block.rfind("HTTP/", 0) == 0) {
        auto parsed = internal::parse_http_response(record.block, max_payload_bytes);
        if (auto* reason = std::get_if<std::string>(&parsed)) {
            out.passed_over = "response record: " + *reason;
            return out;
        }
        auto& http = std::get<internal::HttpResponse>(parsed);
        out.warnings = std::move(http.warnings);
        if (http.status < 200 || http.status > 299) {
            out.passed_over = "response with HTTP status " + std::to_string(http.status);
            return out;
        }
        out = payload_article(http.body, http.content_type, record, std::move(out));
    } else {
        out = payload_article(record.block, record.content_type, record, std::move(out));
    }
    if (out.article) {
        // A page's canonical URL names it best; else the URI it was fetched from (WARC 1.0 §5.6).
        if (out.article->id.empty()) out.article->id = record.target_uri;
        if (record.target_uri.rfind("http", 0) == 0 && out.article->url.empty()) out.article->url = record.target_uri;
        out.article->crawled = record.date;
    }
    return out;
}

}  // namespace newsdex::ingest
