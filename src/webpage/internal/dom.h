// A parsed HTML page as a flat arena of nodes: what extraction and metadata read, independent of the parser.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex::webpage {

using NodeId = std::uint32_t;
constexpr NodeId no_node = 0xFFFFFFFFu;

struct Node {
    bool is_text = false;
    std::string tag;   // lower case element name ("" for text)
    std::string text;  // text nodes only, UTF-8, as in the page (entities decoded)
    // Text nodes only, counted once at parse (extraction sums them per subtree on every attempt): code points with
    // each whitespace run counted as one, and commas (ASCII, fullwidth U+FF0C, ideographic U+3001).
    std::uint32_t text_chars = 0;
    std::uint32_t text_commas = 0;
    std::vector<std::pair<std::string, std::string>> attributes;  // names lower case
    std::vector<NodeId> children;
    NodeId parent = no_node;
    std::uint32_t depth = 0;

    const std::string* attribute(std::string_view name) const;  // nullptr when absent
    std::string_view attr(std::string_view name) const;         // "" when absent
};

// Node 0 is the root (<html>). Nesting deeper than max_dom_depth is flattened into the deepest allowed element
// by the parser, so every recursive walk over a Document is bounded.
struct Document {
    std::vector<Node> nodes;
    std::vector<std::string> warnings;

    const Node& operator[](NodeId id) const { return nodes[id]; }
    Node& operator[](NodeId id) { return nodes[id]; }
    NodeId root() const { return nodes.empty() ? no_node : 0; }
};

constexpr std::uint32_t max_dom_depth = 400;

// Every element with this tag, in document order.
std::vector<NodeId> elements_by_tag(const Document& doc, std::string_view tag);

// Concatenated text under `id` (whitespace as in the page); script/style/template content excluded.
std::string text_content(const Document& doc, NodeId id);

// ASCII lower case (class and id values; std::regex::icase in the C locale folded only ASCII too).
std::string ascii_lower(std::string_view text);

// True when lower-cased `text` contains one of `needles` (given in lower case). Plain substring search: the
// class/id tests run on every node of every extraction attempt, where std::regex cost most of the time.
bool contains_any(std::string_view lowered, std::initializer_list<std::string_view> needles);

// Node::text_chars and Node::text_commas of a text: code points with each run of ASCII whitespace counted as one
// (leading whitespace not at all), and commas (ASCII, fullwidth U+FF0C, ideographic U+3001: CJK pages' commas).
struct TextCounts {
    std::uint32_t chars = 0;
    std::uint32_t commas = 0;
};
TextCounts count_text(std::string_view text);

// Whitespace runs folded to one space, trimmed.
std::string fold_whitespace(std::string_view text);

}  // namespace newsdex::webpage
