// MSet::snippet returns HTML-escaped text with our markers around matches; markers become ranges here.
#include "search/snippet.h"

#include "text/normalize.h"

namespace newsdex::search {
namespace {
constexpr char mark_start = '\x01';
constexpr char mark_end = '\x02';
}  // namespace

void make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer, Hit& hit) {
    std::string marked = mset.snippet(text::normalize(text), snippet_length, stemmer,
                                      Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                      std::string(1, mark_start), std::string(1, mark_end), "...");
    std::string plain;
    plain.reserve(marked.size());
    std::size_t open = 0;
    for (std::size_t i = 0; i < marked.size(); ++i) {
        char c = marked[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            // One line per snippet: runs of white space (paragraph breaks too) become one space.
            if (!plain.empty() && plain.back() != ' ') plain += ' ';
        } else if (c == mark_start) {
            open = plain.size();
        } else if (c == mark_end) {
            hit.highlights.push_back({open, plain.size()});
        } else if (c == '&') {
            static const std::pair<const char*, char> entities[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
            bool replaced = false;
            for (const auto& [entity, ch] : entities) {
                std::string_view e(entity);
                if (marked.compare(i, e.size(), e) == 0) {
                    plain += ch;
                    i += e.size() - 1;
                    replaced = true;
                    break;
                }
            }
            if (!replaced) plain += c;
        } else {
            plain += c;
        }
    }
    hit.snippet = std::move(plain);
}

}  // namespace newsdex::search
