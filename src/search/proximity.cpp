// Proximity boost for plain multi-word queries (docs/quality.md, "Ranking").
#include "search/proximity.h"

#include <algorithm>

namespace newsdex::search {
namespace {

// Long natural-language questions would otherwise add a positional check per neighbouring pair: the boost
// reads the first this many pairs, which covers every news query (mostly two to four words).
constexpr std::size_t max_pairs = 8;

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool is_operator(std::string_view word) {
    return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" || word == "ADJ";
}

std::string lower(std::string_view word) { return Xapian::Unicode::tolower(std::string(word)); }

}  // namespace

std::vector<std::string> plain_query_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '.' || c == '?' || c == '!') {
            ++i;
            continue;
        }
        if (!is_word_byte(c)) return {};  // quotes, fields, brackets, signs, wildcards: structure was asked for
        std::size_t end = i;
        while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
        std::string_view word = text.substr(i, end - i);
        if (is_operator(word)) return {};
        words.push_back(lower(word));
        i = end;
    }
    return words;
}

Xapian::Query with_proximity(const Xapian::Query& query, const std::vector<std::string>& words,
                             const Xapian::Stopper* stopper, const ProximitySettings& settings) {
    if (settings.weight <= 0 || settings.window < 2) return query;
    std::vector<std::string> content;
    for (const auto& word : words) {
        if (stopper == nullptr || !(*stopper)(word)) content.push_back(word);
    }
    std::vector<Xapian::Query> pairs;
    for (std::size_t i = 1; i < content.size() && pairs.size() < max_pairs; ++i) {
        if (content[i] == content[i - 1]) continue;
        Xapian::Query pair[] = {Xapian::Query(content[i - 1]), Xapian::Query(content[i])};
        pairs.emplace_back(Xapian::Query::OP_NEAR, std::begin(pair), std::end(pair), settings.window);
    }
    if (pairs.empty()) return query;
    Xapian::Query boost(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, pairs.begin(), pairs.end()),
                        settings.weight);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, boost);
}

}  // namespace newsdex::search
