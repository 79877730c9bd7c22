// After choosing the article: Readability's conditional cleaning of lists, tables and divs that read as clutter.

#include "webpage/internal/content.h"

namespace newsdex::webpage {
namespace {

// A table with headers, a caption or many cells holds data, which is article content, not layout.
bool is_data_table(const Extraction& x, NodeId table) {
    if (x.doc[table].attr("role") == "presentation") return false;
    if (x.count_tag(table, "th") > 0 || x.count_tag(table, "caption") > 0 || x.count_tag(table, "thead") > 0) {
        return true;
    }
    if (x.count_tag(table, "table") > 0) return false;
    std::size_t rows = x.count_tag(table, "tr"), cells = x.count_tag(table, "td");
    return rows >= 10 || cells > 4 * 10;
}

bool inside_data_table(const Extraction& x, NodeId id) {
    for (NodeId up = x.doc[id].parent; up != no_node; up = x.doc[up].parent) {
        if (x.doc[up].tag == "table") return is_data_table(x, up);
    }
    return false;
}

}  // namespace

// Readability's _cleanConditionally for one node: the reason to drop it, or "".
static std::string clutter_reason(const Extraction& x, NodeId id) {
    const Node& node = x.doc[id];
    if (node.tag == "table" && is_data_table(x, id)) return {};
    if (inside_data_table(x, id) || x.has_ancestor(id, "code", 0)) return {};
    int weight = x.class_weight(id);
    if (weight + (x.scored[id] ? x.score[id] : 0.0) < 0) return "negative class weight";
    if (x.commas[id] >= 10) return {};
    double p = static_cast<double>(x.count_tag(id, "p"));
    double img = static_cast<double>(x.count_tag(id, "img"));
    double li = static_cast<double>(x.count_tag(id, "li")) - 100;
    double input = static_cast<double>(x.count_tag(id, "input"));
    std::uint32_t length = x.chars[id];
    bool is_list = node.tag == "ul" || node.tag == "ol";
    double density = x.link_density(id);
    bool in_figure = x.has_ancestor(id, "figure", 3);
    if (img > 1 && p / img < 0.5 && !in_figure) return "more images than paragraphs";
    if (!is_list && li > p) return "more list items than paragraphs";
    if (input > p / 3) return "form inputs";
    if (!is_list && length < 25 && (img == 0 || img > 2) && !in_figure) return "too little text";
    if (!is_list && weight < 25 && density > 0.2) return "link density " + std::to_string(density).substr(0, 4);
    if (weight >= 25 && density > 0.5) return "link density " + std::to_string(density).substr(0, 4);
    return {};
}

void Extraction::clean(NodeId top) {
    for (NodeId id = end[top]; id-- > top + 1;) {
        const Node& node = doc[id];
        if (node.is_text || removed[id]) continue;
        std::string match = ascii_lower(std::string(node.attr("class")) + " " + std::string(node.attr("id")));
        if (match.size() > 1 && chars[id] < 500 && contains_any(match, {"share"})) {
            drop(id, "share buttons");
        } else if ((node.tag == "h1" || node.tag == "h2") && class_weight(id) < 0) {
            drop(id, "heading with a negative class");
        }
    }
    if (!flags.clean_conditionally) return;
    for (const char* tag : {"form", "fieldset", "table", "ul", "div"}) {
        // Backwards, as Readability does: inner clutter goes first, so its container is judged without it.
        for (NodeId id = end[top]; id-- > top;) {
            if (doc[id].is_text || doc[id].tag != tag || removed[id]) continue;
            std::string reason = clutter_reason(*this, id);
            if (!reason.empty()) drop(id, reason);
        }
    }
}

}  // namespace newsdex::webpage
