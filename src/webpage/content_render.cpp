// The chosen article as plain text: one block per paragraph-level element, blocks separated by a blank line.
#include "webpage/internal/content.h"

namespace newsdex::webpage {
namespace {

struct Renderer {
    const Extraction& x;
    std::string out;
    std::string block;

    void flush() {
        std::string text = fold_whitespace(block);
        block.clear();
        if (text.empty()) return;
        if (!out.empty()) out += "\n\n";
        out += text;
    }

    // Iterative pre-order walk; a block element flushes the current block before and after its content.
    void walk(NodeId start) {
        std::vector<std::pair<NodeId, bool>> stack{{start, false}};  // (node, closing)
        while (!stack.empty()) {
            auto [id, closing] = stack.back();
            stack.pop_back();
            const Node& node = x.doc[id];
            if (closing) {
                flush();
                continue;
            }
            if (x.removed[id]) continue;
            if (node.is_text) {
                block += node.text;
                continue;
            }
            bool block_level = is_block_tag(node.tag);
            if (block_level) {
                flush();
                stack.emplace_back(id, true);
            } else if (node.tag == "img") {
                block += ' ';
            }
            for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.emplace_back(*it, false);
        }
    }
};

}  // namespace

std::string Extraction::render(const std::vector<NodeId>& parts) const {
    Renderer renderer{*this, {}, {}};
    for (NodeId part : parts) {
        renderer.walk(part);
        renderer.flush();
    }
    return renderer.out;
}

}  // namespace newsdex::webpage
