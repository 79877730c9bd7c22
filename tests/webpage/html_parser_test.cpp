// parse_html builds from SAX events the tree libxml2's own tree builder gave (checked node by node on the 130 dev
// pages when the copy from libxml2's tree was replaced); these are the rules that tree followed.
#include <catch2/catch.hpp>

#include <string>

#include "webpage/internal/html_parser.h"

using newsdex::webpage::Document;
using newsdex::webpage::NodeId;
using newsdex::webpage::parse_html;

namespace {

// tag attr=value(children), text in quotes.
std::string outline(const Document& doc, NodeId id) {
    const auto& node = doc[id];
    if (node.is_text) return "'" + node.text + "'";
    std::string out = node.tag;
    for (const auto& [name, value] : node.attributes) out += " " + name + "=" + value;
    out += "(";
    for (std::size_t i = 0; i < node.children.size(); ++i) out += (i ? " " : "") + outline(doc, node.children[i]);
    return out + ")";
}

std::string outline(const std::string& html) {
    Document doc = parse_html(html);
    return doc.nodes.empty() ? "" : outline(doc, 0);
}

}  // namespace

TEST_CASE("parse_html gives the tree libxml2's tree builder gave", "[unit]") {
    auto [html, expected] = GENERATE(table<std::string, std::string>({
        // A comment or processing instruction splits the text around it into two nodes.
        {"<p>a<!-- c -->b<?pi x?>c</p>", "html(body(p('a' 'b' 'c')))"},
        // After </html>, elements hang under the root when the root is the first top-level node ...
        {"<html><body><p>x</p></body></html>tt<p>after</p>", "html(body(p('x')) html(p('tt') p('after')))"},
        // ... and are lost when a doctype or a comment came first.
        {"<!DOCTYPE html><html><body><p>x</p></body></html><p>after</p>", "html(body(p('x')))"},
        {"<!-- c --><html><body><p>x</p></body></html><p>after</p>", "html(body(p('x')))"},
        // Prefixed element names keep their local part, unless a part would be empty.
        {"<body><g:plusone href=u></g:plusone><a0:nav>n</a0:nav><c:>z</c:></body>",
         "html(body(plusone href=u() nav('n') c:('z')))"},
        // A valueless boolean attribute has its name as value, another valueless one is empty; the first of two
        // equal names wins.
        {"<body><input disabled><p hidden class=a class=b>h</p></body>",
         "html(body(input disabled=disabled() p hidden= class=a('h')))"},
        {"<body><p>x &amp; y</p></body>", "html(body(p('x & y')))"},
    }));
    CAPTURE(html);
    CHECK(outline(html) == expected);
}

TEST_CASE("parse_html leaves out script and style text, but not JSON-LD", "[unit]") {
    auto [html, expected] = GENERATE(table<std::string, std::string>({
        {"<head><script>var a = '</p>';</script><script type=application/ld+json>{\"a\":1}</script>"
         "<style>p{}</style></head>",
         "html(head(script() script type=application/ld+json('{\"a\":1}') style()))"},
        // Where the text begins with a tag, libxml2 reads that tag first ("</p>" is dropped): left to libxml2.
        {"<body><script><p>a</p></script><script></p>b</script><script><!-- c --></script></body>",
         "html(body(script('<p>a</p>') script('b') script()))"},
        // The end tag in any case; an svg:style is no style element to libxml2, and its text is text.
        {"<body><SCRIPT>a</Script ><svg><svg:style>q</svg:style></svg></body>", "html(body(script() svg(style('q'))))"},
        // Text that is not valid UTF-8 is left to libxml2 (which switches its decoder for the rest of the page).
        {"<body><script>\xFF</script><p>x</p></body>", "html(body(script('\xFF') p('x')))"},
    }));
    CAPTURE(html);
    CHECK(outline(html) == expected);
}

TEST_CASE("parse_html keeps long text in one node and flattens deep nesting", "[unit]") {
    // The parser hands text over in chunks of about 1,000 bytes; the tree joined them.
    std::string words;
    for (int i = 0; i < 2000; ++i) words += "word ";
    std::string json = "[" + std::string(5000, '1') + "]";
    CHECK(outline("<p>" + words + "</p><script type=application/json>" + json + "</script>") ==
          "html(body(p('" + words + "') script type=application/json('" + json + "')))");

    std::string deep;
    for (int i = 0; i < 1000; ++i) deep += "<div>";
    Document doc = parse_html("<body>" + deep + "text</body>");
    REQUIRE(doc.warnings.size() == 1);
    std::uint32_t max_depth = 0;
    for (const auto& node : doc.nodes) max_depth = std::max(max_depth, node.depth);
    CHECK(max_depth == newsdex::webpage::max_dom_depth);
    CHECK(doc[static_cast<NodeId>(doc.nodes.size() - 1)].text == "text");
}
