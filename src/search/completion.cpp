// Completions from the term list: Xapian keeps terms sorted, so every term with a prefix is one range scan.
#include "search/completion.h"

#include <algorithm>

#include "core/error.h"
#include "index/schema.h"
#include "index/terms.h"

namespace newsdex::search {
namespace {

// Terms read per field before picking the most frequent: bounds the work of a one-letter-like prefix ("th").
constexpr std::size_t max_scanned_terms = 5000;

// Every term starting with `term_prefix` (up to max_scanned_terms), as completions holding the whole term.
void scan(const Xapian::Database& db, const std::string& term_prefix, const std::string& field,
          std::vector<Completion>& out) {
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(term_prefix); it != db.allterms_end(term_prefix); ++it) {
        if (++scanned > max_scanned_terms) break;
        out.push_back({field, *it, "", it.get_termfreq()});
    }
}

}  // namespace

std::vector<Completion> complete(const Xapian::Database& db, const std::string& prefix, std::size_t limit) {
    std::string folded = index::fold_case(prefix);
    folded.erase(0, folded.find_first_not_of(' '));
    folded.erase(folded.find_last_not_of(' ') + 1);
    std::vector<Completion> out;
    if (folded.size() < 2) return out;
    try {
        const std::pair<const char*, std::string_view> names[] = {{"person", schema::prefix::person_text},
                                                                  {"org", schema::prefix::org_text},
                                                                  {"place", schema::prefix::place_text},
                                                                  {"source", schema::prefix::source_text}};
        for (const auto& [field, text_prefix] : names) {
            std::string start = index::canonical_prefix(text_prefix);
            std::vector<Completion> found;
            scan(db, start + folded, field, found);
            for (auto& c : found) {
                c.value = c.value.substr(start.size());
                c.query = std::string(field) + ":\"" + c.value + "\"";
                out.push_back(std::move(c));
            }
        }
        // Plain words are unprefixed lower-case terms; folded text never starts with a capital (a prefix).
        if (folded.find(' ') == std::string::npos) {
            std::vector<Completion> words;
            scan(db, folded, "", words);
            for (auto& c : words) {
                if (c.value == folded) continue;
                c.query = c.value;
                out.push_back(std::move(c));
            }
        }
    } catch (const Xapian::Error& error) {
        throw Error(ErrorKind::index, "completion failed: " + error.get_description());
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Completion& a, const Completion& b) { return a.articles > b.articles; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace newsdex::search
