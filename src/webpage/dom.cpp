// Small read helpers over the Document arena.
#include "webpage/internal/dom.h"

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

std::uint32_t folded_code_points(std::string_view text) {
    std::uint32_t n = 0;
    bool space = true;  // folded: whitespace runs count as one
    for (char c : text) {
        auto b = static_cast<unsigned char>(c);
        bool is_space = b == ' ' || b == '\n' || b == '\t' || b == '\r';
        if (is_space) {
            if (!space) ++n;
            space = true;
            continue;
        }
        space = false;
        if ((b & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::uint32_t comma_count(std::string_view text) {
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b == ',') {
            ++n;
        } else if ((b == 0xEF && text.compare(i, 3, "\xEF\xBC\x8C") == 0) ||
                   (b == 0xE3 && text.compare(i, 3, "\xE3\x80\x81") == 0)) {
            ++n;
        }
    }
    return n;
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
