// read_web_page: decode, parse, read metadata, extract the main content; looks_like_html for sniffing.
#include "webpage/web_page.h"

#include <algorithm>
#include <cctype>

#include "webpage/internal/charset.h"
#include "webpage/internal/content.h"
#include "webpage/internal/html_parser.h"
#include "webpage/internal/metadata.h"

namespace newsdex::webpage {

WebPage read_web_page(const PageInput& input) {
    WebPage page;
    std::string_view bytes = input.bytes;
    if (bytes.size() > max_page_bytes) {
        bytes = bytes.substr(0, max_page_bytes);
        page.warnings.push_back("page larger than " + std::to_string(max_page_bytes >> 20) +
                                " MB; only its first part read");
    }
    std::string utf8 = decode_page(bytes, input.content_type, page.warnings);
    // libxml2 stops reading at a NUL byte; browsers drop them too.
    if (utf8.find('\0') != std::string::npos) {
        utf8.erase(std::remove(utf8.begin(), utf8.end(), '\0'), utf8.end());
        page.warnings.push_back("NUL bytes removed");
    }
    Document doc = parse_html(utf8);
    page.warnings.insert(page.warnings.end(), doc.warnings.begin(), doc.warnings.end());
    MetadataResult meta = read_metadata(doc, input.url);
    page.metadata = std::move(meta.metadata);
    ContentResult content = extract_content(doc, page.metadata.title, input.explain);
    page.body = std::move(content.body);
    page.dropped = std::move(content.dropped);
    // JSON-LD's articleBody is the publisher's own text: better than a scrap when extraction found little.
    std::string ld_body = fold_whitespace(meta.json_ld_body);
    if (page.body.size() < 200 && ld_body.size() > 2 * page.body.size()) {
        page.body = std::move(ld_body);
        page.warnings.push_back("little text found in the page; JSON-LD articleBody used");
    }
    if (page.body.empty()) page.warnings.push_back("no article text found");
    return page;
}

bool looks_like_html(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    std::size_t start = 0;
    while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start]))) ++start;
    std::string lower(head.substr(start, 256));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    // Comments before the doctype are common in generated pages: skip them.
    while (lower.rfind("<!--", 0) == 0) {
        std::size_t end = lower.find("-->");
        if (end == std::string::npos) return false;
        lower.erase(0, lower.find_first_not_of(" \t\r\n", end + 3));
    }
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml"}) {
        if (lower.rfind(tag, 0) == 0) {
            return std::string_view(tag) != "<?xml" || lower.find("<html") != std::string::npos ||
                   lower.find("xhtml") != std::string::npos;
        }
    }
    return false;
}

}  // namespace newsdex::webpage
