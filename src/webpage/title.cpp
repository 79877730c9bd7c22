// The page's <title> made a headline (Readability's separator rules) and similarity between two titles.
#include "webpage/internal/metadata.h"

#include <algorithm>
#include <vector>

namespace newsdex::webpage {
namespace {

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Offsets of " X " separators, X one of | - \ / > » – —, and whether any is hierarchical (\ / > »).
std::vector<std::pair<std::size_t, std::size_t>> separators(std::string_view title, bool& hierarchical) {
    static const std::vector<std::pair<std::string_view, bool>> marks = {
        {"|", false}, {"-", false}, {"\\", true}, {"/", true}, {">", true}, {"»", true}, {"–", false}, {"—", false}};
    std::vector<std::pair<std::size_t, std::size_t>> found;  // position of the leading space, length with spaces
    hierarchical = false;
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (title[i] != ' ') continue;
        for (const auto& [mark, is_hierarchical] : marks) {
            if (title.compare(i + 1, mark.size(), mark) == 0 && i + 1 + mark.size() < title.size() &&
                title[i + 1 + mark.size()] == ' ') {
                found.emplace_back(i, mark.size() + 2);
                hierarchical = hierarchical || is_hierarchical;
            }
        }
    }
    return found;
}

bool heading_equals(const Document& doc, std::string_view title) {
    for (const char* tag : {"h1", "h2"}) {
        for (NodeId id : elements_by_tag(doc, tag)) {
            if (fold_whitespace(text_content(doc, id)) == title) return true;
        }
    }
    return false;
}

std::string after_colon(std::string_view title, const Document& doc) {
    if (heading_equals(doc, title)) return std::string(title);
    std::string_view cut = title.substr(title.rfind(':') + 1);
    if (word_count(cut) < 3) return std::string(title.substr(title.find(':') + 1));
    if (word_count(title.substr(0, title.find(':'))) > 5) return std::string(title);
    return std::string(cut);
}

}  // namespace

std::string headline_from_title(const Document& doc, std::string_view raw_title) {
    std::string original = fold_whitespace(raw_title);
    std::string title = original;
    bool hierarchical = false;
    auto seps = separators(original, hierarchical);
    if (!seps.empty()) {
        title = original.substr(0, seps.back().first);
        if (word_count(title) < 3) title = original.substr(seps.front().first + seps.front().second);
    } else if (original.find(": ") != std::string::npos) {
        title = after_colon(original, doc);
    } else if (original.size() > 150 || original.size() < 15) {
        auto h1 = elements_by_tag(doc, "h1");
        if (h1.size() == 1) title = text_content(doc, h1[0]);
    }
    title = fold_whitespace(title);
    std::size_t words = word_count(title);
    if (words <= 4) {
        // The title with its separator marks taken out has one word fewer per mark: each " X " is a word of its
        // own between spaces (two separators may share a space, never a mark). Counted, not built: building it
        // with std::string::replace made GCC 12 at -O3 warn -Wrestrict about the memcpy it inlines, a false
        // positive (GCC bug 105329: a one-character literal into a std::string) that every Release build printed.
        const std::size_t without_marks = word_count(original) - seps.size();
        if (!hierarchical || words != without_marks - 1) title = original;
    }
    return title;
}

}  // namespace newsdex::webpage
