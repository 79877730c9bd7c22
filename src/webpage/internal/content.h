// Main-content extraction (boilerplate removal): Readability's paragraph and container scoring with its fallbacks.
#pragma once

#include <string>
#include <vector>

#include "webpage/internal/dom.h"
#include "webpage/web_page.h"

namespace newsdex::webpage {

struct ContentResult {
    std::string body;                   // blocks separated by "\n\n"
    std::vector<DroppedBlock> dropped;  // only when asked to explain
};

// `title` is the article's title (a heading repeating it is left out of the body).
ContentResult extract_content(const Document& doc, const std::string& title, bool explain);

// Which of Readability's cleaning steps an extraction attempt applies; later attempts relax them.
struct ExtractFlags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
};

// Per-node state of one extraction attempt over a Document whose ids are in document (pre-)order, so a node's
// subtree is the id range [id, id + subtree size).
class Extraction {
public:
    Extraction(const Document& doc, const std::string& title, ExtractFlags flags, bool explain);

    std::string run();  // the body of this attempt
    std::vector<DroppedBlock> dropped;

    // Used by the steps in content_*.cpp.
    const Document& doc;
    std::string title;
    ExtractFlags flags;
    bool explain;
    std::vector<char> removed;              // node (and so its subtree) is out
    std::vector<std::uint32_t> end;         // one past the subtree's last id
    std::vector<std::uint32_t> chars;       // code points of text in the subtree (removed parts excluded)
    std::vector<std::uint32_t> link_chars;  // of which inside <a>
    std::vector<std::uint32_t> commas;
    std::vector<double> score;
    std::vector<char> scored;

    void drop(NodeId id, const std::string& reason);  // removes `id` and updates its ancestors' counts
    void recount();                                   // rebuilds chars/link_chars/commas from `removed`
    double link_density(NodeId id) const;
    int class_weight(NodeId id) const;
    bool has_ancestor(NodeId id, std::string_view tag, int max_depth = 3) const;
    std::size_t count_tag(NodeId id, std::string_view tag) const;  // live descendants with this tag

    void prepare();  // content_prepare.cpp: hidden, unlikely, non-content tags
    NodeId grab();   // content_score.cpp: scores paragraphs; returns the top candidate
    NodeId climb(NodeId top, const std::vector<NodeId>& runners);  // content_score.cpp
    std::vector<NodeId> gather(NodeId top);  // content_score.cpp: top plus the siblings that belong with it
    void clean(NodeId top);                  // content_clean.cpp: conditional cleaning inside the article
    std::string render(const std::vector<NodeId>& parts) const;  // content_render.cpp
};

bool is_block_tag(std::string_view tag);

}  // namespace newsdex::webpage
