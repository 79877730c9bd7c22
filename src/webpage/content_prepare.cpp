// Before scoring: drops what is never article text (scripts, hidden nodes, navigation, unlikely classes).
#include <algorithm>

#include "webpage/internal/content.h"
#include "webpage/internal/metadata.h"

namespace newsdex::webpage {
namespace {

bool never_content(std::string_view tag) {
    static const std::vector<std::string_view> tags = {
        "script", "style",  "noscript", "template", "iframe",   "svg", "object", "embed", "link",   "meta", "head",
        "title",  "button", "input",    "select",   "textarea", "nav", "footer", "aside", "canvas", "math", "dialog"};
    for (auto t : tags) {
        if (t == tag) return true;
    }
    return false;
}

bool is_hidden(const Node& node) {
    if (node.attribute("hidden")) return true;
    if (node.attr("aria-hidden") == "true" && node.attr("class").find("fallback-image") == std::string_view::npos) {
        return true;
    }
    std::string style(node.attr("style"));
    if (style.empty()) return false;
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool unlikely_role(std::string_view role) {
    for (std::string_view r : {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}) {
        if (r == role) return true;
    }
    return false;
}

// Readability's unlikelyCandidates and okMaybeItsACandidate, on a lower-cased "class id".
bool unlikely_class(std::string_view match) {
    return contains_any(
        match,
        {"-ad-",         "ai2html",  "banner",  "breadcrumbs", "combx",   "comment",    "community", "cover-wrap",
         "disqus",       "extra",    "footer",  "gdpr",        "header",  "legends",    "menu",      "related",
         "remark",       "replies",  "rss",     "shoutbox",    "sidebar", "skyscraper", "social",    "sponsor",
         "supplemental", "ad-break", "agegate", "pagination",  "pager",   "popup",      "yom-remote"});
}

bool maybe_content_class(std::string_view match) {
    return contains_any(match, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}

}  // namespace

void Extraction::prepare() {
    for (NodeId id = 0; id < doc.nodes.size(); ++id) {
        const Node& node = doc[id];
        if (removed[id]) {
            id = end[id] - 1;
            continue;
        }
        if (node.is_text) continue;
        std::string reason;
        if (never_content(node.tag)) {
            reason = "never article text";
        } else if (is_hidden(node)) {
            reason = "hidden";
        } else if (flags.strip_unlikely && unlikely_role(node.attr("role"))) {
            reason = "role '" + std::string(node.attr("role")) + "'";
        } else if (flags.strip_unlikely && node.tag != "body" && node.tag != "a" && node.tag != "html") {
            std::string match = ascii_lower(std::string(node.attr("class")) + " " + std::string(node.attr("id")));
            if (match.size() > 1 && unlikely_class(match) && !maybe_content_class(match) &&
                !has_ancestor(id, "table", 0) && !has_ancestor(id, "code", 0)) {
                reason = "unlikely class/id '" + fold_whitespace(match) + "'";
            }
        }
        if (reason.empty() && (node.tag == "h1" || node.tag == "h2") && !title.empty() &&
            title_similarity(title, fold_whitespace(text_content(doc, id))) > 0.75) {
            reason = "repeats the title";
        }
        if (!reason.empty()) {
            drop(id, reason);
            id = end[id] - 1;
        }
    }
}

}  // namespace newsdex::webpage
