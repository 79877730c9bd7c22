// Readability's scoring: paragraphs score their ancestors; the best container and its related siblings win.
#include <algorithm>
#include <cstring>

#include "webpage/internal/content.h"

namespace newsdex::webpage {
namespace {

// Readability walks five ancestors up from each paragraph.
constexpr int ancestor_levels = 5;
constexpr std::size_t min_paragraph_chars = 25;

bool scored_tag(std::string_view tag) {
    for (std::string_view t : {"p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6"}) {
        if (t == tag) return true;
    }
    return false;
}

bool paragraph_block(std::string_view tag) {
    for (std::string_view t : {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"}) {
        if (t == tag) return true;
    }
    return false;
}

int tag_score(std::string_view tag) {
    if (tag == "div") return 5;
    if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
    for (std::string_view t : {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}) {
        if (t == tag) return -3;
    }
    for (std::string_view t : {"h1", "h2", "h3", "h4", "h5", "h6", "th"}) {
        if (t == tag) return -5;
    }
    return 0;
}

}  // namespace

// A div with no block-level descendants reads as one paragraph (Readability turns it into a <p>).
static bool div_is_paragraph(const Extraction& x, NodeId id) {
    for (NodeId i = id + 1; i < x.end[id]; ++i) {
        if (x.removed[i]) {
            i = x.end[i] - 1;
            continue;
        }
        if (!x.doc[i].is_text && paragraph_block(x.doc[i].tag)) return false;
    }
    return true;
}

static void add_score(Extraction& x, NodeId first_ancestor, std::uint32_t chars, std::uint32_t commas,
                      std::vector<NodeId>& candidates) {
    if (chars < min_paragraph_chars || first_ancestor == no_node) return;
    double points = 1.0 + commas + std::min(chars / 100u, 3u);
    NodeId up = first_ancestor;
    for (int level = 0; level < ancestor_levels && up != no_node; ++level, up = x.doc[up].parent) {
        if (x.doc[up].parent == no_node) break;  // <html> is never a candidate
        if (!x.scored[up]) {
            x.scored[up] = 1;
            x.score[up] = tag_score(x.doc[up].tag) + x.class_weight(up);
            candidates.push_back(up);
        }
        double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        x.score[up] += points / divider;
    }
}

// The inline runs of a div that also holds blocks: each run is a paragraph of its own, child of the div.
static void score_inline_runs(Extraction& x, NodeId div, std::vector<NodeId>& candidates) {
    std::uint32_t chars = 0, commas = 0;
    for (NodeId child : x.doc[div].children) {
        if (x.removed[child]) continue;
        const Node& node = x.doc[child];
        if (node.is_text || !is_block_tag(node.tag)) {
            chars += x.chars[child];
            commas += x.commas[child];
            continue;
        }
        add_score(x, div, chars, commas, candidates);
        chars = commas = 0;
    }
    add_score(x, div, chars, commas, candidates);
}

NodeId Extraction::grab() {
    std::vector<NodeId> candidates;
    for (NodeId id = 0; id < doc.nodes.size(); ++id) {
        if (removed[id]) {
            id = end[id] - 1;
            continue;
        }
        const Node& node = doc[id];
        if (node.is_text) continue;
        if (scored_tag(node.tag) || (node.tag == "div" && div_is_paragraph(*this, id))) {
            add_score(*this, node.parent, chars[id], commas[id], candidates);
        } else if (node.tag == "div") {
            score_inline_runs(*this, id, candidates);
        }
    }
    for (NodeId id : candidates) score[id] *= 1.0 - link_density(id);
    std::sort(candidates.begin(), candidates.end(), [&](NodeId a, NodeId b) { return score[a] > score[b]; });
    NodeId top = candidates.empty() ? no_node : candidates[0];
    if (top == no_node || doc[top].tag == "body") {
        auto bodies = elements_by_tag(doc, "body");
        return bodies.empty() ? no_node : bodies[0];
    }
    std::vector<NodeId> runners;
    for (std::size_t i = 1; i < std::min<std::size_t>(candidates.size(), 5); ++i) {
        if (score[candidates[i]] / score[top] >= 0.75) runners.push_back(candidates[i]);
    }
    return climb(top, runners);
}

NodeId Extraction::climb(NodeId top, const std::vector<NodeId>& runners) {
    // Several strong candidates under one ancestor: the article is that ancestor.
    if (runners.size() >= 3) {
        for (NodeId up = doc[top].parent; up != no_node && doc[up].tag != "body"; up = doc[up].parent) {
            std::size_t inside = 0;
            for (NodeId r : runners) inside += (r > up && r < end[up]) ? 1 : 0;
            if (inside >= 3) {
                top = up;
                break;
            }
        }
    }
    if (!scored[top]) {
        scored[top] = 1;
        score[top] = tag_score(doc[top].tag) + class_weight(top);
    }
    double last = score[top];
    for (NodeId up = doc[top].parent; up != no_node && doc[up].tag != "body"; up = doc[up].parent) {
        if (!scored[up]) continue;
        if (score[up] < last / 3) break;
        if (score[up] > last) {
            top = up;
            break;
        }
        last = score[up];
    }
    for (NodeId up = doc[top].parent; up != no_node && doc[up].tag != "body"; up = doc[up].parent) {
        std::size_t elements = 0;
        for (NodeId child : doc[up].children) elements += (!doc[child].is_text && !removed[child]) ? 1 : 0;
        if (elements != 1) break;
        top = up;
    }
    return top;
}

std::vector<NodeId> Extraction::gather(NodeId top) {
    NodeId parent = doc[top].parent;
    if (parent == no_node || doc[top].tag == "body") return {top};
    double threshold = std::max(10.0, score[top] * 0.2);
    std::string_view top_class = doc[top].attr("class");
    std::vector<NodeId> parts;
    for (NodeId sibling : doc[parent].children) {
        if (removed[sibling] || doc[sibling].is_text) continue;
        bool take = sibling == top;
        double bonus = !top_class.empty() && doc[sibling].attr("class") == top_class ? score[top] * 0.2 : 0.0;
        if (!take && scored[sibling] && score[sibling] + bonus >= threshold) take = true;
        bool paragraph = doc[sibling].tag == "p" || (doc[sibling].tag == "div" && div_is_paragraph(*this, sibling));
        if (!take && paragraph) {
            double density = link_density(sibling);
            std::string text = fold_whitespace(text_content(doc, sibling));
            std::uint32_t length = chars[sibling];
            bool sentence = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
            take = (length > 80 && density < 0.25) || (length < 80 && length > 0 && density == 0 && sentence);
        }
        if (take) parts.push_back(sibling);
    }
    return parts;
}

}  // namespace newsdex::webpage
