// Xapian's QueryParser would also "correct" words that are in the index when a rarer neighbour exists
// ("kerry" -> "karry"), so newsdex only asks about words with no postings at all.
#include "search/spelling.h"

#include <cctype>

#include "index/terms.h"

namespace newsdex::search {
namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

bool is_operator(const std::string& word) {
    return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "ADJ" || word == "XOR";
}

}  // namespace

std::string suggest_spelling(const Xapian::Database& db, const std::string& query) {
    std::string out;
    bool changed = false;
    std::size_t i = 0;
    while (i < query.size()) {
        unsigned char c = static_cast<unsigned char>(query[i]);
        if (!is_word_byte(c)) {
            out += query[i++];
            continue;
        }
        std::size_t start = i;
        while (i < query.size() && is_word_byte(static_cast<unsigned char>(query[i]))) ++i;
        std::string word = query.substr(start, i - start);
        bool field_name = i < query.size() && query[i] == ':';
        bool wildcard = i < query.size() && query[i] == '*';
        bool has_digit = false;
        for (char ch : word) has_digit = has_digit || std::isdigit(static_cast<unsigned char>(ch));
        if (field_name || wildcard || has_digit || is_operator(word) || word.size() < 3) {
            out += word;
            continue;
        }
        std::string lower = index::fold_case(word);
        if (db.get_termfreq(lower) == 0) {
            std::string suggestion = db.get_spelling_suggestion(lower);
            if (!suggestion.empty() && suggestion != lower) {
                out += suggestion;
                changed = true;
                continue;
            }
        }
        out += word;
    }
    return changed ? out : std::string();
}

}  // namespace newsdex::search
