// Tidying the recognizer's predicted spans in raw text: titles and roles out of names, one reading per
// multiword name throughout a document.
#include "extract/ner/internal/ner_spans.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "extract/ner/internal/ner_lexicon.h"

namespace newsdex::extract::ner {
namespace {

// Words that may start a predicted person span but are titles or roles, not part of the name
// ("President Vladimir Putin" -> "Vladimir Putin"). Compared in lower case.
constexpr std::array<std::string_view, 40> person_titles = {
    "president", "minister",   "secretary", "mr",         "mr.",   "mrs",     "mrs.",  "ms",    "ms.",     "dr",
    "dr.",       "prof.",      "senator",   "sen.",       "gen.",  "general", "king",  "queen", "prince",  "princess",
    "pope",      "chancellor", "premier",   "governor",   "gov.",  "mayor",   "judge", "coach", "captain", "sir",
    "lord",      "lady",       "rep.",      "ambassador", "prime", "foreign", "state", "vice",  "deputy",  "chairman"};

// Roles that, inside a predicted organisation or place span, separate it from a following person's name:
// "Apple CEO Tim Cook", "Bank of England Governor Mark Carney".
constexpr std::array<std::string_view, 14> inner_roles = {
    "ceo",        "chairman", "chairwoman", "president",   "governor", "minister", "secretary",
    "chancellor", "senator",  "spokesman",  "spokeswoman", "chief",    "founder",  "director"};

// Legal forms that end a company's name: a person's name right before such an organisation is the start of
// the company's name ("Hartley Quinn" + "Pemberton Inc").
constexpr std::array<std::string_view, 11> legal_forms = {"inc", "inc.", "corp", "corp.", "co",  "co.",
                                                          "ltd", "ltd.", "plc",  "llc",   "l.p."};

// Honorifics only people take, written as they precede a name ("Mr Cable", "Senator Ted Cruz"). A span the model
// reads as another type but which opens with one of these and one to three capitalised words is that person's name.
// Left out: "Dr" ("Dr Pepper"), "Miss" ("Miss World"), titles that open organisation names ("General Motors").
constexpr std::array<std::string_view, 8> honorifics = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Senator", "Sen."};

// Words that may start any predicted span but are never part of a name.
constexpr std::array<std::string_view, 3> never_leading = {"former", "ex", "then"};

template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
    const std::string lower = lower_word(word);
    return std::find(list.begin(), list.end(), lower) != list.end();
}

constexpr std::size_t person = 0;  // type index of PER

// "Senator Ted Cruz" read as an organisation, "Mr Cable" as one: the person after the honorific (case as written).
void honorific_to_person(Chunk& chunk, const std::vector<std::string_view>& words) {
    const std::size_t rest = chunk.last - chunk.first - 1;
    if (chunk.type == person || rest < 1 || rest > 3) return;
    if (std::find(honorifics.begin(), honorifics.end(), words[chunk.first]) == honorifics.end()) return;
    for (std::size_t i = chunk.first + 1; i < chunk.last; ++i) {
        if (!starts_upper(words[i]) || in_list(legal_forms, words[i])) return;
    }
    chunk = {chunk.first + 1, chunk.last, person};
}

// "ORG role Firstname Lastname" -> ORG part and person. Only when at least two capitalised, non-title
// words end the span, so "Secretary of State" stays whole.
void split_inner_role(const Chunk& chunk, const std::vector<std::string_view>& words, std::vector<Chunk>& out) {
    if (chunk.type != person && chunk.last - chunk.first >= 4) {
        for (std::size_t r = chunk.first + 1; r + 2 < chunk.last; ++r) {
            if (!in_list(inner_roles, words[r])) continue;
            std::size_t first_name = chunk.last;
            while (first_name > r + 1 && !is_person_title(words[first_name - 1]) &&
                   starts_upper(words[first_name - 1])) {
                --first_name;
            }
            if (chunk.last - first_name < 2) break;
            out.push_back({chunk.first, r, chunk.type});
            out.push_back({first_name, chunk.last, person});
            return;
        }
    }
    out.push_back(chunk);
}

// Joins a person span directly followed by an organisation that ends in a legal form into that organisation.
void join_company_names(std::vector<Chunk>& chunks, const std::vector<std::string_view>& words) {
    for (std::size_t c = 0; c + 1 < chunks.size(); ++c) {
        Chunk& name = chunks[c];
        const Chunk& company = chunks[c + 1];
        if (name.type != person || company.type == person || name.last != company.first ||
            !in_list(legal_forms, words[company.last - 1]) || company.last - company.first < 2)
            continue;
        name = {name.first, company.last, company.type};
        chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(c + 1));
    }
}

std::string joined_lower(const std::vector<std::string_view>& words, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) {
        if (i > first) out += ' ';
        out += lower_word(normalise_word(words[i]));
    }
    return out;
}

// Multiword names get one reading per document (majority type; ties to the first type in PER ORG LOC MISC).
void make_consistent(std::vector<std::vector<Chunk>>& chunks, const std::vector<std::vector<std::string_view>>& words) {
    std::map<std::string, std::array<std::size_t, type_count>> votes;
    for (std::size_t s = 0; s < chunks.size(); ++s) {
        for (const auto& c : chunks[s]) {
            if (c.last - c.first >= 2) ++votes[joined_lower(words[s], c.first, c.last)][c.type];
        }
    }
    if (votes.empty()) return;
    // Lower-cased words, made only for capitalised words and the few after them (most words start no name).
    std::vector<std::string> lowers;
    std::vector<char> made;
    std::string joined;
    for (std::size_t s = 0; s < chunks.size(); ++s) {
        const std::size_t n = words[s].size();
        lowers.assign(n, std::string());
        made.assign(n, 0);
        auto lower_at = [&](std::size_t k) -> const std::string& {
            if (!made[k]) {
                lowers[k] = lower_word(normalise_word(words[s][k]));
                made[k] = 1;
            }
            return lowers[k];
        };
        // Chunks are sorted and do not overlap: a span's chunks are found by binary search and the sentence is
        // rebuilt once, so a sentence of n words costs n log n, not n^2 (a 4 MB one-line article took 12 minutes).
        auto by_first = [](const Chunk& a, const Chunk& b) { return a.first < b.first; };
        if (!std::is_sorted(chunks[s].begin(), chunks[s].end(), by_first)) {
            std::sort(chunks[s].begin(), chunks[s].end(), by_first);
        }
        const std::vector<Chunk>& sentence = chunks[s];
        std::vector<Chunk> rebuilt;
        std::size_t copied = 0;  // chunks of `sentence` before this one are in `rebuilt`
        auto starting_from = [&](std::size_t word) {
            return static_cast<std::size_t>(
                std::partition_point(sentence.begin(), sentence.end(), [&](const Chunk& c) { return c.first < word; }) -
                sentence.begin());
        };
        for (std::size_t i = 0; i < n; ++i) {
            if (!starts_upper(words[s][i])) continue;
            // Every name here is this word, a space and more: skip words that start none (one search, not five).
            joined = lower_at(i);
            joined += ' ';
            if (const auto next = votes.lower_bound(joined); next == votes.end() || !next->first.starts_with(joined))
                continue;
            for (std::size_t len = std::min<std::size_t>(Gazetteer::max_words, n - i); len >= 2; --len) {
                joined = lower_at(i);
                for (std::size_t k = i + 1; k < i + len; ++k) {
                    joined += ' ';
                    joined += lower_at(k);
                }
                const auto it = votes.find(joined);
                if (it == votes.end()) continue;
                const std::size_t type = static_cast<std::size_t>(
                    std::max_element(it->second.begin(), it->second.end()) - it->second.begin());
                // Replace only chunks inside the span: never cut a longer name that contains it.
                const std::size_t from = starting_from(i), to = starting_from(i + len);
                const bool crosses =
                    (from > 0 && sentence[from - 1].last > i) || (to > from && sentence[to - 1].last > i + len);
                if (!crosses) {
                    rebuilt.insert(rebuilt.end(), sentence.begin() + copied, sentence.begin() + from);
                    rebuilt.push_back({i, i + len, type});
                    copied = to;
                }
                i += len - 1;
                break;
            }
        }
        if (copied > 0 || !rebuilt.empty()) {
            rebuilt.insert(rebuilt.end(), sentence.begin() + copied, sentence.end());
            chunks[s] = std::move(rebuilt);
        }
    }
}

}  // namespace

bool is_person_title(std::string_view word) { return in_list(person_titles, word); }

std::vector<std::vector<Chunk>> tidy_chunks(const std::vector<std::vector<Tag>>& tags,
                                            const std::vector<std::vector<std::string_view>>& words) {
    std::vector<std::vector<Chunk>> chunks(tags.size());
    for (std::size_t s = 0; s < tags.size(); ++s) {
        for (const auto& chunk : chunks_of(tags[s])) split_inner_role(chunk, words[s], chunks[s]);
        for (auto& c : chunks[s]) {
            while (c.last - c.first > 1 && in_list(never_leading, words[s][c.first])) ++c.first;
            honorific_to_person(c, words[s]);
            while (c.type == person && c.last - c.first > 1 && is_person_title(words[s][c.first])) ++c.first;
        }
        join_company_names(chunks[s], words[s]);
    }
    make_consistent(chunks, words);
    return chunks;
}

}  // namespace newsdex::extract::ner
