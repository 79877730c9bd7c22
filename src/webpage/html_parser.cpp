// libxml2's HTML parser -> Document: copies elements and text iteratively, so deep pages cannot exhaust the stack.
#include "webpage/internal/html_parser.h"

#include <libxml/HTMLparser.h>

#include <climits>
#include <memory>
#include <utility>

namespace newsdex::webpage {
namespace {

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

struct Copier {
    Document& doc;
    bool flattened = false;

    NodeId link(Node&& node, NodeId parent) {
        NodeId id = static_cast<NodeId>(doc.nodes.size());
        node.parent = parent;
        node.depth = parent == no_node ? 0 : doc[parent].depth + 1;
        doc.nodes.push_back(std::move(node));
        if (parent != no_node) doc[parent].children.push_back(id);
        return id;
    }

    NodeId add_element(const xmlNode* source, NodeId parent) {
        Node node;
        node.tag = chars(source->name);  // the HTML parser lower-cases names
        for (const xmlAttr* attr = source->properties; attr; attr = attr->next) {
            std::string value;
            for (const xmlNode* v = attr->children; v; v = v->next) {
                if (v->content) value += chars(v->content);
            }
            node.attributes.emplace_back(chars(attr->name), std::move(value));
        }
        return link(std::move(node), parent);
    }

    // Pre-order with an explicit stack, so Document ids are in document order (a subtree is an id range).
    void copy(const xmlNode* root) {
        std::vector<std::pair<const xmlNode*, NodeId>> stack{{root, no_node}};
        while (!stack.empty()) {
            auto [source, parent] = stack.back();
            stack.pop_back();
            if (source->type == XML_TEXT_NODE || source->type == XML_CDATA_SECTION_NODE) {
                if (parent == no_node || !source->content) continue;
                Node text;
                text.is_text = true;
                text.text = chars(source->content);
                text.text_chars = folded_code_points(text.text);
                text.text_commas = comma_count(text.text);
                link(std::move(text), parent);
                continue;
            }
            if (source->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions
            NodeId self = parent;
            if (parent != no_node && doc[parent].depth + 1 >= max_dom_depth) {
                flattened = true;  // deeper elements dissolve into their deepest allowed ancestor
            } else {
                self = add_element(source, parent);
            }
            std::vector<const xmlNode*> children;
            for (const xmlNode* child = source->children; child; child = child->next) children.push_back(child);
            for (auto it = children.rbegin(); it != children.rend(); ++it) stack.emplace_back(*it, self);
        }
    }
};

}  // namespace

Document parse_html(std::string_view utf8) {
    Document doc;
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) utf8 = utf8.substr(0, INT_MAX);
    // RECOVER repairs any markup; HUGE lifts the 256-level depth limit, past which libxml2 would stop reading
    // (and drop the rest of the page); NONET keeps it from fetching DTDs.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> parsed(
        htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options),
        [](xmlDoc* d) { xmlFreeDoc(d); });
    const xmlNode* root = parsed ? xmlDocGetRootElement(parsed.get()) : nullptr;
    if (!root) return doc;
    Copier copier{doc};
    copier.copy(root);
    if (copier.flattened) {
        doc.warnings.push_back("elements nested deeper than " + std::to_string(max_dom_depth) + " levels flattened");
    }
    return doc;
}

}  // namespace newsdex::webpage
