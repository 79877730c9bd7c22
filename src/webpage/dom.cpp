// Small read helpers over the Document arena.
#include "webpage/internal/dom.h"

#include <array>

namespace newsdex::webpage {

const std::string* Node::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes) {
        if (key == name) return &value;
    }
    return nullptr;
}

std::string_view Node::attr(std::string_view name) const {
    const std::string* value = attribute(name);
    return value ? std::string_view(*value) : std::string_view();
}

std::vector<NodeId> elements_by_tag(const Document& doc, std::string_view tag) {
    std::vector<NodeId> out;
    for (NodeId id = 0; id < doc.nodes.size(); ++id) {
        if (!doc.nodes[id].is_text && doc.nodes[id].tag == tag) out.push_back(id);
    }
    return out;
}

namespace {

void append_text(const Document& doc, NodeId id, std::string& out) {
    const Node& node = doc[id];
    if (node.is_text) {
        out += node.text;
        return;
    }
    if (node.tag == "script" || node.tag == "style" || node.tag == "noscript" || node.tag == "template") return;
    for (NodeId child : node.children) append_text(doc, child, out);
}

}  // namespace

std::string text_content(const Document& doc, NodeId id) {
    std::string out;
    if (id != no_node) append_text(doc, id, out);
    return out;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool contains_any(std::string_view lowered, std::initializer_list<std::string_view> needles) {
    for (std::string_view needle : needles) {
        if (lowered.find(needle) != std::string_view::npos) return true;
    }
    return false;
}

namespace {

// Byte classes for count_text, one table lookup per byte.
enum ByteClass : std::uint8_t { continuation, letter, space, comma, maybe_cjk_comma };

constexpr std::array<std::uint8_t, 256> byte_classes() {
    std::array<std::uint8_t, 256> table{};
    for (int b = 0; b < 256; ++b) table[b] = (b & 0xC0) == 0x80 ? continuation : letter;
    for (int b : {' ', '\n', '\t', '\r'}) table[b] = space;
    table[','] = comma;
    table[0xEF] = table[0xE3] = maybe_cjk_comma;
    return table;
}

constexpr std::array<std::uint8_t, 256> byte_class = byte_classes();

}  // namespace

TextCounts count_text(std::string_view text) {
    TextCounts counts;
    bool after_space = true;  // leading whitespace counts nothing; a later run counts as one
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::uint8_t kind = byte_class[bytes[i]];
        if (kind == space) {
            counts.chars += after_space ? 0 : 1;
            after_space = true;
            continue;
        }
        after_space = false;
        counts.chars += kind == continuation ? 0 : 1;
        if (kind == comma) {
            ++counts.commas;
        } else if (kind == maybe_cjk_comma &&
                   (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0)) {
            ++counts.commas;
        }
    }
    return counts;
}

std::string fold_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        // U+00A0 no-break space folds too: pages use it as ordinary spacing.
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            is_space = true;
            ++i;
        }
        if (is_space) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

}  // namespace newsdex::webpage
