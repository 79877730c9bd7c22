// An HTML page -> an article: charset, parsing, main-content extraction and metadata, in one call.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex::webpage {

struct PageMetadata {
    std::string title, byline, site_name, language, canonical_url, description;
    std::string published;  // ISO 8601 date or date-time as found; empty when unknown
    std::string modified;
    std::vector<std::string> categories;
};

// One block of the page that extraction left out, for `newsdex extract --explain`.
struct DroppedBlock {
    std::string reason;  // "unlikely class/id 'sidebar'", "link density 0.72", "hidden", ...
    std::string text;    // the block's text, shortened
};

struct WebPage {
    PageMetadata metadata;
    std::string body;                   // main content, UTF-8, paragraphs separated by "\n\n"
    std::vector<std::string> warnings;  // e.g. "no charset declared; windows-1252 assumed"
    std::vector<DroppedBlock> dropped;  // filled only when PageInput::explain is set
};

struct PageInput {
    std::string_view bytes;    // raw page bytes, any charset
    std::string url;           // where the page came from, if known (WARC target URI, feed link, file)
    std::string content_type;  // HTTP Content-Type, if known (charset hint)
    bool explain = false;      // record the blocks extraction dropped in WebPage::dropped
};

// Never throws on malformed HTML: any byte string gives a WebPage (possibly with an empty body and a warning).
// May throw std::bad_alloc. Pages larger than max_page_bytes are cut there, with a warning.
WebPage read_web_page(const PageInput& input);

// A fragment of HTML that is an article's own text (a feed item's content:encoded, Atom content, description):
// the page's parser and main-content extraction run on it, so share bars, related links and scripts inside the
// item go as they would from a page. `title` is the item's title (a heading repeating it is left out). The
// fragment is UTF-8 (a feed's XML parser has decoded it); page metadata is not read. Never throws on malformed
// HTML; may throw std::bad_alloc.
std::string fragment_body(std::string_view html, const std::string& title);

// The text of a short HTML snippet (a feed title, a channel name): tags dropped, entities decoded, script and
// style left out, whitespace folded, block elements separated by "\n\n". No extraction.
std::string snippet_text(std::string_view html);

// Content sniffing for files without an .html name: true when the first bytes (after a BOM and whitespace) are
// a doctype, <html>, <head>, <body> or another common top-of-page tag.
bool looks_like_html(std::string_view head);

// Pages are cut at this size: real news pages are a few MB at most (inline images and scripts included), and a
// bigger "page" is a dump or an attack. Reading costs about 10 times the bytes read (parser tree, node arena), so
// this bounds a page at about 200 MB; WARC records have the same 16 MB limit.
constexpr std::size_t max_page_bytes = 16u << 20;
// A saved page file larger than this is refused unread (ingest and `newsdex extract` alike); up to it, the file is
// read and cut at max_page_bytes.
constexpr std::size_t max_page_file_bytes = 64u << 20;

}  // namespace newsdex::webpage
