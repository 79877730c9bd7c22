// Single metadata sources read from the page's elements: byline elements, <time>, canonical link, <html lang>.
#include <regex>

#include "webpage/internal/metadata.h"

namespace newsdex::webpage::detail {
namespace {

// Readability's byline test on class and id; "dateline" and "p-author" are microformat and newswire spellings.
bool byline_like(const Node& node) {
    static const std::regex byline(R"(byline|author|dateline|writtenby|p-author)", std::regex::icase);
    if (node.attr("rel") == "author") return true;
    if (node.attr("itemprop").find("author") != std::string_view::npos) return true;
    std::string match = std::string(node.attr("class")) + " " + std::string(node.attr("id"));
    return match.size() > 1 && std::regex_search(match, byline);
}

bool hidden(const Document& doc, NodeId id) {
    for (; id != no_node; id = doc[id].parent) {
        const Node& node = doc[id];
        if (node.attribute("hidden") || node.attr("aria-hidden") == "true") return true;
        std::string_view style = node.attr("style");
        if (style.find("display:none") != std::string_view::npos ||
            style.find("display: none") != std::string_view::npos) {
            return true;
        }
        if (node.tag == "head" || node.tag == "script" || node.tag == "noscript") return true;
    }
    return false;
}

// Scheme and host of an absolute URL ("https://example.com"); "" when `url` is not absolute.
std::string_view origin_of(std::string_view url) {
    std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    std::size_t path = url.find('/', scheme + 3);
    return url.substr(0, path);
}

}  // namespace

std::string content_byline(const Document& doc) {
    for (NodeId id = 0; id < doc.nodes.size(); ++id) {
        const Node& node = doc[id];
        if (node.is_text || !byline_like(node) || hidden(doc, id)) continue;
        // itemprop=author often wraps an itemprop=name: the name alone is the byline.
        std::string text;
        for (NodeId child = id + 1; child < doc.nodes.size() && doc[child].depth > node.depth; ++child) {
            if (doc[child].attr("itemprop") == "name") {
                text = fold_whitespace(text_content(doc, child));
                break;
            }
        }
        if (text.empty()) text = fold_whitespace(text_content(doc, id));
        if (!text.empty() && text.size() < 100) return text;
    }
    return {};
}

std::string time_element_date(const Document& doc) {
    std::string first;
    for (NodeId id : elements_by_tag(doc, "time")) {
        const Node& node = doc[id];
        std::string value = fold_whitespace(node.attr("datetime"));
        if (value.size() < 10) continue;
        if (node.attribute("pubdate") || node.attr("itemprop") == "datePublished") return value;
        if (first.empty()) first = value;
    }
    return first;
}

std::string canonical_link(const Document& doc, std::string_view url) {
    std::string href;
    for (NodeId id : elements_by_tag(doc, "link")) {
        if (doc[id].attr("rel") == "canonical") {
            href = fold_whitespace(doc[id].attr("href"));
            break;
        }
    }
    if (href.empty()) {
        for (NodeId id : elements_by_tag(doc, "meta")) {
            if (doc[id].attr("property") == "og:url") href = fold_whitespace(doc[id].attr("content"));
        }
    }
    if (href.empty() || href.find("://") != std::string::npos) return href;
    if (href.rfind("//", 0) == 0) return "https:" + href;
    std::string_view origin = origin_of(url);
    if (origin.empty() || href.front() != '/') return {};  // a relative link without a base says nothing stable
    return std::string(origin) + href;
}

std::string page_language(const Document& doc) {
    if (doc.nodes.empty()) return {};
    std::string_view lang = doc[0].attr("lang");
    if (lang.empty()) lang = doc[0].attr("xml:lang");
    return fold_whitespace(lang);
}

}  // namespace newsdex::webpage::detail
