// Term spelling rules shared by the document builder and the query side.
#include "index/terms.h"

#include <unicode/unistr.h>
#include <cstdio>

#include "core/date.h"
#include "index/schema.h"

namespace newsdex::index {

std::string stable_hash(std::string_view data) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

std::uint64_t fnv1a(std::string_view data) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string make_term(std::string_view prefix, std::string_view value) {
    std::string term;
    term.reserve(prefix.size() + value.size());
    term.append(prefix);
    term.append(value);
    if (term.size() <= max_term_bytes) return term;
    std::string hash = stable_hash(value);
    std::size_t keep = max_term_bytes - hash.size() - 1;
    // Do not cut inside a UTF-8 sequence.
    while (keep > prefix.size() && (static_cast<unsigned char>(term[keep]) & 0xC0) == 0x80) --keep;
    term.resize(keep);
    term += '#';
    term += hash;
    return term;
}

std::string fold_case(std::string_view utf8) {
    icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    s.foldCase();
    std::string out;
    s.toUTF8String(out);
    return out;
}

std::string canonical_prefix(std::string_view text_prefix) { return std::string(text_prefix) + ':'; }

std::string canonical_term(std::string_view text_prefix, std::string_view canonical) {
    // A name as written may span a line break or a table's padding ("Bank\n    of Spain"): one space between
    // words, so it is the same term as the name on one line.
    std::string folded = fold_case(canonical);
    std::string spaced;
    spaced.reserve(folded.size());
    for (char c : folded) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
        if (!space) {
            spaced += c;
        } else if (!spaced.empty() && spaced.back() != ' ') {
            spaced += ' ';
        }
    }
    if (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
    return make_term(canonical_prefix(text_prefix), spaced);
}

std::vector<std::string> split_slot_values(const std::string& joined) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find(schema::value_separator, start);
        if (end == std::string::npos) end = joined.size();
        out.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace newsdex::index
