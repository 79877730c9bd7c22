// HTML fragments (feed items, titles): the page parser and extraction on a piece of markup without a page around it.
#include "webpage/internal/content.h"
#include "webpage/internal/html_parser.h"
#include "webpage/web_page.h"

namespace newsdex::webpage {
namespace {

// The body wrapper keeps the parser from reading leading text as something other than content.
Document parse_fragment(std::string_view html) {
    std::string wrapped;
    wrapped.reserve(html.size() + 32);
    wrapped.append("<html><body>").append(html).append("</body></html>");
    return parse_html(wrapped);
}

NodeId body_of(const Document& doc) {
    auto bodies = elements_by_tag(doc, "body");
    return bodies.empty() ? doc.root() : bodies[0];
}

bool has_markup(std::string_view html) { return html.find_first_of("<&") != std::string_view::npos; }

}  // namespace

std::string fragment_body(std::string_view html, const std::string& title) {
    if (!has_markup(html)) return fold_whitespace(html);
    Document doc = parse_fragment(html);
    if (doc.nodes.empty()) return {};
    return extract_content(doc, title, false).body;
}

std::string snippet_text(std::string_view html) {
    if (!has_markup(html)) return fold_whitespace(html);
    Document doc = parse_fragment(html);
    NodeId body = body_of(doc);
    if (body == no_node) return {};
    // No unlikely-class stripping and no title: only what is never text (script, style, hidden) goes.
    ExtractFlags flags;
    flags.strip_unlikely = false;
    Extraction extraction(doc, "", flags, false);
    extraction.recount();
    extraction.prepare();
    return extraction.render({body});
}

}  // namespace newsdex::webpage
