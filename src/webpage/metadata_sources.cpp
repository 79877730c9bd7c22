// Single metadata sources read from the page's elements: byline elements, <time>, canonical link, <html lang>.
#include <algorithm>
#include <regex>
#include <vector>

#include "webpage/internal/metadata.h"

namespace newsdex::webpage::detail {
namespace {

// Readability's byline test on class and id; "dateline" and "p-author" are microformat and newswire spellings.
// "authorization" and "authority" (login boxes, "health authority" widgets) are not bylines.
bool byline_like(const Node& node) {
    if (node.attr("rel") == "author") return true;
    if (node.attr("itemprop").find("author") != std::string_view::npos) return true;
    std::string match = ascii_lower(std::string(node.attr("class")) + " " + std::string(node.attr("id")));
    if (match.size() <= 1) return false;
    if (contains_any(match, {"byline", "dateline", "writtenby"})) return true;  // "p-author" contains "author"
    for (std::size_t at = match.find("author"); at != std::string::npos; at = match.find("author", at + 1)) {
        std::string_view next = std::string_view(match).substr(at + 6, 2);
        if (next != "is" && next != "iz" && next != "it") return true;
    }
    return false;
}

// Inside a byline block (which often holds the author's name, a date, an avatar and a job title), the parts that
// are not the name, by their class or id.
bool other_part(const Node& node) {
    static const std::regex other(R"(date|time|bio|avatar|photo|image|title|role|job|position|desc|label|follow|)"
                                  R"(social|share|twitter|email|more)",
                                  std::regex::icase);
    std::string match = std::string(node.attr("class")) + " " + std::string(node.attr("id"));
    return node.tag == "time" || (match.size() > 1 && std::regex_search(match, other));
}

// An element naming the author: rel=author, itemprop=name/author, or a byline-like or "name" class.
bool name_part(const Node& node) {
    static const std::regex name(R"((^|[-_ ])name|fn( |$))", std::regex::icase);
    if (node.is_text || other_part(node)) return false;
    std::string match = std::string(node.attr("class")) + " " + std::string(node.attr("id"));
    return byline_like(node) || node.attr("itemprop") == "name" || std::regex_search(match, name);
}

// Subtrees are id ranges (document order); a block's subtree is small, but a bad match could be a whole page.
constexpr NodeId max_byline_nodes = 2000;

NodeId subtree_end(const Document& doc, NodeId id) {
    NodeId end = id + 1;
    while (end < doc.nodes.size() && end - id < max_byline_nodes && doc[end].depth > doc[id].depth) ++end;
    return end;
}

// The text under `id` without the parts that are not the name (a job title inside the author link).
std::string name_text(const Document& doc, NodeId id) {
    std::string text;
    NodeId end = subtree_end(doc, id);
    for (NodeId i = id + 1; i < end; ++i) {
        if (!doc[i].is_text && (other_part(doc[i]) || doc[i].tag == "script" || doc[i].tag == "style")) {
            i = subtree_end(doc, i) - 1;
            continue;
        }
        if (doc[i].is_text) text += doc[i].text + " ";
    }
    return clean_byline(text);
}

// The author names inside byline block `block`: its innermost name parts, joined with ", "; "" when it has none.
std::string names_in(const Document& doc, NodeId block) {
    std::vector<std::string> names;
    NodeId end = subtree_end(doc, block);
    for (NodeId id = block + 1; id < end; ++id) {
        if (!name_part(doc[id])) continue;
        std::string text = name_text(doc, id);
        if (text.empty()) continue;
        bool inner_name = false;  // a name part inside this one is more precise
        for (NodeId inner = id + 1, inner_end = subtree_end(doc, id); inner < inner_end && !inner_name; ++inner) {
            inner_name = name_part(doc[inner]) && !name_text(doc, inner).empty();
        }
        if (inner_name) continue;
        if (std::find(names.begin(), names.end(), text) == names.end()) names.push_back(text);
        id = subtree_end(doc, id) - 1;
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
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
        std::string text = names_in(doc, id);
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
