// libxml2's HTML parser -> Document, built from the parser's SAX events: no libxml2 tree is made, copied or freed.
#include "webpage/internal/html_parser.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <utility>

#include "text/normalize.h"

namespace newsdex::webpage {
namespace {

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// The element name libxml2's tree gave: its SAX2 handler splits a prefixed name ("g:plusone", "a0:nav") at the
// first colon and keeps the local part, unless either part would be empty.
std::string_view local_name(std::string_view name) {
    std::size_t colon = name.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 == name.size()) return name;
    return name.substr(colon + 1);
}

bool ascii_iequal(const char* text, std::string_view lower_word) {
    for (std::size_t i = 0; i < lower_word.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i]) return false;
    }
    return true;
}

// A script that is not JSON (JSON-LD is metadata) or a style sheet: text nothing reads (text_content, rendering,
// bylines and titles all leave it out), yet a third of a news page's bytes and more of libxml2's time, which reads
// it a character at a time looking for the end tag.
bool unused_raw_text(std::string_view tag, const xmlChar** atts) {
    if (tag == "style") return true;
    if (tag != "script") return false;
    for (const xmlChar** a = atts; a && a[0]; a += 2) {
        if (!a[1] || std::string_view(chars(a[0])) != "type") continue;
        std::string_view type = chars(a[1]);
        for (std::size_t i = 0; i + 4 <= type.size(); ++i) {
            if (ascii_iequal(type.data() + i, "json")) return false;
        }
    }
    return true;
}

// Called at the start tag of an unused_raw_text element, with the parser's input on the tag's closing '>': moves
// the input to just before the end tag, so libxml2 goes from the start tag to the end tag as it would have after
// reading the text, minus the text. Only where that is certain: libxml2's rule (in recovery mode the text ends at
// the first "</" + the tag name, any case) finds the end in the input at hand; the text does not begin with a tag
// (the content loop would read it as one before the raw text) and is valid UTF-8 without NUL (libxml2 stops at
// NUL, and a bad sequence would switch its decoder to Latin-1 for the rest of the page). The parser reads the '>'
// next: it is written over the last byte skipped, in libxml2's own decoded copy of the page (never the caller's).
void skip_raw_text(xmlParserCtxtPtr ctxt, std::string_view tag) {
    xmlParserInputPtr in = ctxt->input;
    if (!in || !in->cur || !in->end || in->cur >= in->end || *in->cur != '>') return;
    const char* begin = chars(in->cur) + 1;
    const char* end = chars(in->end);
    // The content loop reads an end tag or a start tag (which may close the element) where the text begins.
    if (begin >= end || (begin[0] == '<' && begin + 1 < end &&
                         (begin[1] == '/' || begin[1] == '_' || begin[1] == ':' ||
                          (begin[1] >= 'a' && begin[1] <= 'z') || (begin[1] >= 'A' && begin[1] <= 'Z')))) {
        return;
    }
    const char* close = begin;
    while (true) {
        close = static_cast<const char*>(std::memchr(close, '<', static_cast<std::size_t>(end - close)));
        if (!close || end - close < static_cast<std::ptrdiff_t>(tag.size() + 2)) return;
        if (close[1] == '/' && ascii_iequal(close + 2, tag)) break;
        ++close;
    }
    std::string_view text(begin, static_cast<std::size_t>(close - begin));
    if (text.find('\0') != std::string_view::npos || !text::is_valid_utf8(text)) return;
    auto* gt = const_cast<xmlChar*>(in->cur) + text.size();
    *gt = '>';
    in->cur = gt;
}

// What one start tag became: a Document element, nothing (nested too deep: its content goes to the deepest
// allowed ancestor), or nothing with its content (an element after the root closed, outside the page's tree).
enum class Opened : std::uint8_t { element, flattened, outside };

// The tree libxml2's own SAX2 handler would build and xmlDocGetRootElement would return, made straight into the
// arena. What the tree did and the builder must too: prefixed names lose their prefix; adjacent character events
// in one element are one text node (but not across a tag, a comment or a processing instruction, each of which was
// a node in the tree); script and style text (CDATA events) likewise; a valueless boolean attribute (`disabled`)
// has its own name as its value. One difference: script and style text is left out (skip_raw_text).
struct Builder {
    Document& doc;
    std::vector<std::pair<NodeId, Opened>> open;  // the parser's open elements
    NodeId last_text = no_node;                   // a text node the next character event may extend
    bool last_text_cdata = false;
    // Whether the tree's first top-level node is the root element. SAX2 hangs an element that starts with no
    // element open (the page goes on after </html>) under the tree's first top-level node: the root, unless a
    // doctype or a comment before the root came first, in which case it lies outside the root and is lost.
    bool root_first = true;
    bool flattened = false;

    NodeId link(Node&& node, NodeId parent) {
        NodeId id = static_cast<NodeId>(doc.nodes.size());
        node.parent = parent;
        node.depth = parent == no_node ? 0 : doc[parent].depth + 1;
        doc.nodes.push_back(std::move(node));
        if (parent != no_node) doc[parent].children.push_back(id);
        return id;
    }

    void start(xmlParserCtxtPtr ctxt, const xmlChar* name, const xmlChar** atts) {
        last_text = no_node;
        NodeId parent = open.empty() ? no_node : open.back().first;
        bool outside = open.empty() ? !doc.nodes.empty() && !root_first : open.back().second == Opened::outside;
        if (outside) {
            open.emplace_back(no_node, Opened::outside);
            return;
        }
        if (open.empty() && !doc.nodes.empty()) parent = 0;
        if (parent != no_node && doc[parent].depth + 1 >= max_dom_depth) {
            flattened = true;
            open.emplace_back(parent, Opened::flattened);
            return;
        }
        Node node;
        node.tag = local_name(chars(name));  // the HTML parser lower-cases names
        for (const xmlChar** a = atts; a && a[0]; a += 2) {
            const xmlChar* value = a[1];
            if (!value && htmlIsBooleanAttr(a[0])) value = a[0];
            node.attributes.emplace_back(chars(a[0]), value ? chars(value) : "");
        }
        // The parser's own name: libxml2 reads raw text only for "script" and "style" as such, not "svg:style".
        if (unused_raw_text(chars(name), atts)) skip_raw_text(ctxt, chars(name));
        open.emplace_back(link(std::move(node), parent), Opened::element);
    }

    void end() {
        last_text = no_node;
        if (open.empty()) return;
        open.pop_back();
    }

    // A comment or processing instruction: dropped, but before the root it is the tree's first top-level node.
    void other_node() {
        last_text = no_node;
        if (doc.nodes.empty()) root_first = false;
    }

    void text(const xmlChar* ch, int len, bool cdata) {
        if (open.empty() || open.back().second == Opened::outside || len <= 0) return;
        if (last_text != no_node && last_text_cdata == cdata) {
            doc[last_text].text.append(chars(ch), static_cast<std::size_t>(len));
            return;
        }
        Node node;
        node.is_text = true;
        node.text.assign(chars(ch), static_cast<std::size_t>(len));
        last_text = link(std::move(node), open.back().first);
        last_text_cdata = cdata;
    }
};

Builder& builder_of(void* ctx) { return *static_cast<Builder*>(static_cast<htmlParserCtxtPtr>(ctx)->_private); }

xmlSAXHandler document_handler() {
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = [](void* ctx, const xmlChar* name, const xmlChar** atts) {
        builder_of(ctx).start(static_cast<xmlParserCtxtPtr>(ctx), name, atts);
    };
    sax.endElement = [](void* ctx, const xmlChar*) { builder_of(ctx).end(); };
    sax.characters = [](void* ctx, const xmlChar* ch, int len) { builder_of(ctx).text(ch, len, false); };
    sax.cdataBlock = [](void* ctx, const xmlChar* ch, int len) { builder_of(ctx).text(ch, len, true); };
    // Comments and processing instructions are dropped, but they were nodes between text nodes in the tree.
    sax.comment = [](void* ctx, const xmlChar*) { builder_of(ctx).other_node(); };
    sax.processingInstruction = [](void* ctx, const xmlChar*, const xmlChar*) { builder_of(ctx).other_node(); };
    sax.internalSubset = [](void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
        builder_of(ctx).root_first = false;  // the doctype goes first among the top-level nodes, wherever it is
    };
    sax.initialized = 1;  // a SAX1 handler, as libxml2's HTML default is
    return sax;
}

}  // namespace

Document parse_html(std::string_view utf8) {
    Document doc;
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) utf8 = utf8.substr(0, INT_MAX);
    // RECOVER repairs any markup; HUGE lifts the 256-level depth limit, past which libxml2 would stop reading
    // (and drop the rest of the page); NONET keeps it from fetching DTDs.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(htmlNewParserCtxt(), htmlFreeParserCtxt);
    if (!ctxt || !ctxt->sax) throw std::bad_alloc();
    *ctxt->sax = document_handler();
    // About one node per 100 bytes of real pages; reserving saves the arena's regrowth (capped for huge pages).
    doc.nodes.reserve(std::min<std::size_t>(utf8.size() / 100, 1u << 16));
    Builder builder{doc, {}};
    ctxt->_private = &builder;
    // htmlCtxtReadMemory is htmlReadMemory on a given context: same input setup, options and UTF-8 decoder.
    // It returns no document, since the handler builds none.
    htmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options);
    for (Node& node : doc.nodes) {
        if (!node.is_text) continue;
        TextCounts counts = count_text(node.text);
        node.text_chars = counts.chars;
        node.text_commas = counts.commas;
    }
    if (builder.flattened) {
        doc.warnings.push_back("elements nested deeper than " + std::to_string(max_dom_depth) + " levels flattened");
    }
    return doc;
}

}  // namespace newsdex::webpage
