// The alias table: canonical names of places, organisations, people and news sources across articles.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/article.h"

namespace newsdex::text {

// The lookup key of a name: NFD without accents, case-folded, dots and apostrophes dropped, hyphens and dashes
// as spaces, "&" as "and", spaces collapsed and a leading "the" dropped. "U.S." and "us" share the key "us";
// "The Guardian" and "guardian" share "guardian". Returns "" for a name with no letters or digits.
std::string alias_key(std::string_view name);

// Loaded from TSV files (format documented at the top of data/aliases.tsv). Lookups are read-only and safe to
// share between threads once loading is done; loading is not.
class AliasTable {
public:
    // data_dir() / "aliases.tsv". Throws Error(io) if it is missing, Error(input) on a bad line.
    static AliasTable load_default();

    // Adds the entries of a user file (--aliases FILE); entries added later win when an alias is claimed twice
    // for the same type. Throws Error(io, file) if the file cannot be read and Error(input, reason, file, line)
    // on a malformed line, in which case the entries before that line stay added.
    void add_file(const std::filesystem::path& file);

    // Adds entries from TSV text; `origin` names it in errors. Same contract as add_file.
    void add_text(std::string_view tsv, const std::string& origin);

    // Canonical name for a mention of this type, or nullopt if the table does not know it. Organisation lookups
    // also see news sources ("AP" tagged ORG -> "Associated Press").
    std::optional<std::string> canonical(std::string_view name, EntityType type) const;

    // The country of an adjective or demonym: "Russian" -> "Russia", "Americans" -> "United States".
    std::optional<std::string> country_for_adjective(std::string_view word) const;

    // True if the name is a country's: the canonical name of a demonym entry, or an alias of that country
    // ("Russia", "U.S."; not "Moscow").
    bool is_country(std::string_view name) const;

    // Canonical name of a news agency or outlet: "AP" -> "Associated Press", "the Guardian" -> "The Guardian".
    std::optional<std::string> news_source(std::string_view name) const;

    // True if the name is any alias of any type (demonyms included).
    bool knows(std::string_view name) const;

    // Groups of equivalent surface forms for Xapian's synonym table: canonical first, then its aliases, each as
    // written in the file. Demonyms are left out (an adjective is not a synonym of its country); groups of one
    // are left out.
    std::vector<std::vector<std::string>> synonym_groups() const;

    std::size_t size() const noexcept { return entries_.size(); }

private:
    enum Kind : std::size_t { person, org, location, misc, source, demonym, kind_count };

    struct Entry {
        Kind kind;
        std::string canonical;
        std::vector<std::string> aliases;  // as written, canonical excluded
    };

    void add_entry(Kind kind, std::string canonical, const std::vector<std::string>& aliases);
    std::optional<std::string> find(Kind kind, const std::string& key) const;

    std::vector<Entry> entries_;
    // Per kind: alias key -> index into entries_.
    std::array<std::unordered_map<std::string, std::size_t>, kind_count> index_;
    // Per kind: canonical key -> index into entries_ (a repeated canonical extends its entry).
    std::array<std::unordered_map<std::string, std::size_t>, kind_count> canonical_index_;
};

}  // namespace newsdex::text
