// Xapian's QueryParser would also "correct" words that are in the index when a rarer neighbour exists
// ("kerry" -> "karry"), so newsdex only asks about words with no postings at all.
//
// Candidates come from the index's own word list (unprefixed terms) rather than Xapian's spelling table:
// building that table was 14% of ingest CPU and 2 MB per 21k articles, while the term list already holds
// every indexed word with its document frequency, and it also answers over remote shards.
#include "search/spelling.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "index/terms.h"

namespace newsdex::search {
namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

bool is_operator(const std::string& word) {
    return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "ADJ" || word == "XOR";
}

// Optimal-string-alignment distance (edits plus adjacent transpositions) over bytes, giving up above `limit`.
// Bytes rather than code points: a wrong accented letter counts two edits, which only makes such
// suggestions rarer.
std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
    std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<std::size_t> two_back(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], two_back[j - 2] + 1);
            }
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > limit) return limit + 1;
        std::swap(two_back, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

// Words scanned per query word at most: a bound on the work for a pathological index, far above the
// distinct words under one first letter of a million news articles.
constexpr std::size_t max_candidates = 500000;

}  // namespace

std::string closest_indexed_word(const Xapian::Database& db, const std::string& word) {
    if (word.empty()) return {};
    // Typos rarely hit the first letter, and a shared first letter keeps the scan to one slice of the term
    // list. Words of up to four letters may differ by one edit, longer ones by two.
    std::size_t limit = word.size() <= 4 ? 1 : 2;
    std::size_t first = 1;
    while (first < word.size() && (static_cast<unsigned char>(word[first]) & 0xC0) == 0x80) ++first;
    std::string prefix = word.substr(0, first);
    std::string best;
    std::size_t best_distance = limit + 1;
    Xapian::doccount best_frequency = 0;
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && scanned < max_candidates;
         ++it, ++scanned) {
        const std::string& term = *it;
        std::size_t d = edit_distance(word, term, std::min(limit, best_distance));
        if (d == 0 || d > limit) continue;
        Xapian::doccount frequency = it.get_termfreq();
        if (d < best_distance || (d == best_distance && frequency > best_frequency)) {
            best = term;
            best_distance = d;
            best_frequency = frequency;
        }
    }
    return best;
}

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
            std::string suggestion = closest_indexed_word(db, lower);
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
