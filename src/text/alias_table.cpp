// Loads alias TSV files and answers canonical-name lookups by normalised key.
#include "text/alias_table.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/data_dir.h"
#include "core/error.h"

namespace newsdex::text {

namespace {

constexpr std::string_view default_file_name = "aliases.tsv";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    while (true) {
        std::size_t at = s.find(sep, from);
        parts.push_back(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) break;
        from = at + 1;
    }
    return parts;
}

}  // namespace

namespace {

// alias_key for pure ASCII, which is most of news text: the same rules without ICU's per-call cost, and without
// the C library's locale lookups (every byte here is ASCII, where isalnum, isspace and tolower are these tests).
std::string ascii_alias_key(std::string_view name) {
    std::string key;
    key.reserve(name.size() + 3);
    bool pending_space = false;
    for (const char c : name) {
        const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
        if (lower || upper || digit) {
            if (pending_space && !key.empty()) key += ' ';
            pending_space = false;
            key += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (c == '&') {
            if (!key.empty()) key += ' ';
            key += "and";
            pending_space = true;
        } else if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == '_') {
            pending_space = true;
        }
    }
    if (key.starts_with("the ")) key.erase(0, 4);
    return key;
}

}  // namespace

std::string alias_key(std::string_view name) {
    if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return ascii_alias_key(name);
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString in =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    // NFD first so accents become separate marks that the loop below drops ("Côte" == "Cote").
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_SUCCESS(status)) in = nfd->normalize(in, status);
    in.foldCase();

    icu::UnicodeString out;
    bool pending_space = false;
    auto emit = [&](UChar32 c) {
        if (pending_space && !out.isEmpty()) out.append(static_cast<UChar32>(' '));
        pending_space = false;
        out.append(c);
    };
    for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
        UChar32 c = in.char32At(i);
        if (u_isalnum(c)) {
            emit(c);
        } else if (c == '&') {
            pending_space = true;
            emit('a');
            out.append(icu::UnicodeString(u"nd"));
            pending_space = true;
        } else if (u_isUWhiteSpace(c) || u_charType(c) == U_DASH_PUNCTUATION || c == '/' || c == '_') {
            pending_space = true;
        }
        // Everything else (dots, apostrophes, marks, brackets) is dropped: "U.S." == "US", "Kerry's" == "Kerrys".
    }
    std::string key;
    out.toUTF8String(key);
    if (key.rfind("the ", 0) == 0) key.erase(0, 4);
    return key;
}

AliasTable AliasTable::load_default() {
    AliasTable table;
    table.add_file(data_dir() / default_file_name);
    return table;
}

void AliasTable::add_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorKind::io, "cannot read alias file", file.string());
    std::ostringstream text;
    text << in.rdbuf();
    add_text(text.str(), file.string());
}

void AliasTable::add_text(std::string_view tsv, const std::string& origin) {
    static constexpr std::array<std::pair<std::string_view, Kind>, kind_count> kind_names{{
        {"person", person},
        {"org", org},
        {"location", location},
        {"misc", misc},
        {"source", source},
        {"demonym", demonym},
    }};
    std::size_t line_number = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || trim(line).front() == '#') continue;

        auto fail = [&](const std::string& reason) { throw Error(ErrorKind::input, reason, origin, line_number); };
        std::vector<std::string_view> columns = split(line, '\t');
        if (columns.size() < 2 || columns.size() > 3) {
            fail("expected type<TAB>canonical<TAB>aliases, found " + std::to_string(columns.size()) + " column(s)");
        }
        std::string_view type = trim(columns[0]);
        std::optional<Kind> kind;
        for (const auto& [name, k] : kind_names) {
            if (name == type) kind = k;
        }
        if (!kind) {
            fail("unknown type '" + std::string(type) + "' (expected person, org, location, misc, source or demonym)");
        }
        std::string_view canonical = trim(columns[1]);
        if (alias_key(canonical).empty()) fail("canonical name has no letters or digits");
        std::vector<std::string> aliases;
        if (columns.size() == 3) {
            for (std::string_view alias : split(columns[2], '|')) {
                alias = trim(alias);
                if (alias.empty()) continue;
                if (alias_key(alias).empty()) fail("alias '" + std::string(alias) + "' has no letters or digits");
                aliases.emplace_back(alias);
            }
        }
        add_entry(*kind, std::string(canonical), aliases);
    }
}

void AliasTable::add_entry(Kind kind, std::string canonical, const std::vector<std::string>& aliases) {
    auto& index = index_[kind];
    const std::string canonical_key = alias_key(canonical);
    std::size_t at = entries_.size();
    // A second line with the same canonical name extends the first entry rather than competing with it.
    if (auto same = canonical_index_[kind].find(canonical_key); same != canonical_index_[kind].end()) {
        at = same->second;
    } else {
        canonical_index_[kind][canonical_key] = at;
        entries_.push_back(Entry{kind, std::move(canonical), {}});
    }
    // A demonym entry's canonical is the country, not one of its adjectives.
    if (kind != demonym) index[canonical_key] = at;
    for (const std::string& alias : aliases) {
        index[alias_key(alias)] = at;
        entries_[at].aliases.push_back(alias);
    }
}

std::optional<std::string> AliasTable::find(Kind kind, const std::string& key) const {
    if (key.empty()) return std::nullopt;
    const auto& index = index_[kind];
    if (auto it = index.find(key); it != index.end()) return entries_[it->second].canonical;
    return std::nullopt;
}

std::optional<std::string> AliasTable::canonical(std::string_view name, EntityType type) const {
    const std::string key = alias_key(name);
    switch (type) {
        case EntityType::person: return find(person, key);
        case EntityType::location: return find(location, key);
        case EntityType::misc: return find(misc, key);
        case EntityType::org:
            if (auto found = find(org, key)) return found;
            return find(source, key);
    }
    return std::nullopt;
}

std::optional<std::string> AliasTable::country_for_adjective(std::string_view word) const {
    return find(demonym, alias_key(word));
}

bool AliasTable::is_country(std::string_view name) const {
    const std::string key = alias_key(name);
    if (key.empty()) return false;
    if (canonical_index_[demonym].count(key) != 0) return true;
    const auto place = find(location, key);
    return place && canonical_index_[demonym].count(alias_key(*place)) != 0;
}

std::optional<std::string> AliasTable::news_source(std::string_view name) const {
    return find(source, alias_key(name));
}

bool AliasTable::knows(std::string_view name) const {
    const std::string key = alias_key(name);
    if (key.empty()) return false;
    for (const auto& index : index_) {
        if (index.count(key) != 0) return true;
    }
    return false;
}

std::vector<std::vector<std::string>> AliasTable::synonym_groups() const {
    std::vector<std::vector<std::string>> groups;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const Entry& entry = entries_[i];
        if (entry.kind == demonym) continue;
        const auto& index = index_[entry.kind];
        std::vector<std::string> group{entry.canonical};
        for (const std::string& alias : entry.aliases) {
            // Skip aliases a later entry claimed, and repeats of a form already in the group.
            auto it = index.find(alias_key(alias));
            if (it == index.end() || it->second != i) continue;
            bool repeated = false;
            for (const std::string& g : group) repeated = repeated || g == alias;
            if (!repeated) group.push_back(alias);
        }
        if (group.size() > 1) groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace newsdex::text
