// Name-field clauses as queries over the index's name terms: see name_query.h.
#include "search/name_query.h"

#include <string_view>
#include <vector>

#include "index/terms.h"
#include "search/query_builder.h"

namespace newsdex::search {
namespace {

// Words of a name or a clause. A hyphen separates words too, so person:assad finds "Bashar al-Assad" and
// person:al-assad still needs both parts in order.
std::vector<std::string_view> split_words(std::string_view text) {
    auto separator = [](char c) { return c == ' ' || c == '-'; };
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && separator(text[at])) ++at;
        std::size_t end = at;
        while (end < text.size() && !separator(text[end])) ++end;
        if (end > at) words.push_back(text.substr(at, end - at));
        at = end;
    }
    return words;
}

bool word_matches(std::string_view name_word, std::string_view query_word, bool prefix) {
    if (prefix) return name_word.substr(0, query_word.size()) == query_word;
    return name_word == query_word;
}

// True if `query` (words, the last one a prefix if `last_is_prefix`) occurs in `name` as consecutive words.
bool contains_words(const std::vector<std::string_view>& name, const std::vector<std::string_view>& query,
                    bool last_is_prefix) {
    if (query.empty() || query.size() > name.size()) return false;
    for (std::size_t start = 0; start + query.size() <= name.size(); ++start) {
        bool all = true;
        for (std::size_t k = 0; k < query.size() && all; ++k) {
            all = word_matches(name[start + k], query[k], last_is_prefix && k + 1 == query.size());
        }
        if (all) return true;
    }
    return false;
}

}  // namespace

NameFieldProcessor::NameFieldProcessor(Xapian::Database db, std::string prefix, std::string field,
                                       std::shared_ptr<std::string> failure)
    : db_(std::move(db)), prefix_(std::move(prefix)), field_(std::move(field)), failure_(std::move(failure)) {}

Xapian::Query NameFieldProcessor::operator()(const std::string& text) {
    try {
        // Names are stored case-folded with spaces between words (index::canonical_term).
        std::string folded = index::fold_case(text);
        bool last_is_prefix = !folded.empty() && folded.back() == '*';
        if (last_is_prefix) folded.pop_back();
        const auto query = split_words(folded);
        if (query.empty()) return Xapian::Query::MatchNothing;
        const std::string term_prefix = index::canonical_prefix(prefix_);
        // The cheapest test first: a name holding none of the query's longest word as a substring cannot match.
        std::string_view probe = query.front();
        for (auto w : query)
            if (w.size() > probe.size()) probe = w;
        std::vector<std::string> terms;
        for (auto it = db_.allterms_begin(term_prefix); it != db_.allterms_end(term_prefix); ++it) {
            const std::string& term = *it;
            const std::string_view name = std::string_view(term).substr(term_prefix.size());
            if (name.find(probe) == std::string_view::npos) continue;
            if (!contains_words(split_words(name), query, last_is_prefix)) continue;
            if (terms.size() == max_wildcard_expansion) {
                if (failure_->empty()) {
                    *failure_ = field_ + ":" + text + " matches more than " + std::to_string(max_wildcard_expansion) +
                                " names; make it longer";
                }
                return Xapian::Query::MatchNothing;
            }
            terms.push_back(term);
        }
        if (terms.empty()) return Xapian::Query::MatchNothing;
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    } catch (const Xapian::Error& error) {
        if (failure_->empty()) *failure_ = field_ + ":" + text + ": " + error.get_msg();
        return Xapian::Query::MatchNothing;
    }
}

}  // namespace newsdex::search
