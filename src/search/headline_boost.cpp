// Headline field weight (docs/quality.md, "Ranking").
#include "search/headline_boost.h"

#include <set>
#include <string>
#include <vector>

#include "index/schema.h"

namespace newsdex::search {
namespace {

bool is_prefix_char(char c) { return c >= 'A' && c <= 'Z'; }

// The headline copy of a free-text term, or "" for a prefixed (field or boolean) term.
std::string headline_term(const std::string& term) {
    const std::string title(schema::prefix::title);
    if (term.empty()) return {};
    if (term[0] == schema::prefix::stemmed[0] && term.size() > 1 && !is_prefix_char(term[1])) {
        return std::string(schema::prefix::stemmed) + title + term.substr(1);
    }
    if (is_prefix_char(term[0])) return {};
    return title + term;
}

}  // namespace

Xapian::Query with_headline_boost(const Xapian::Query& query, double weight) {
    if (weight <= 0 || query.empty()) return query;
    std::set<std::string> copies;
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
        std::string copy = headline_term(*it);
        if (!copy.empty()) copies.insert(std::move(copy));
    }
    if (copies.empty()) return query;
    std::vector<Xapian::Query> terms;
    for (const auto& copy : copies) terms.emplace_back(copy);
    Xapian::Query boost(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                        weight);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, boost);
}

}  // namespace newsdex::search
