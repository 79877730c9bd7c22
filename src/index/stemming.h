// Which Snowball stemmer made an article's stemmed (Z) terms: its own language's, or the index's (issue 16).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace newsdex::index {

// An index stems each article with the Snowball stemmer of its guessed language (schema::slot::language) when
// Xapian has one, else with the index's own (schema::metadata::stemmer, for articles of no guessed language).
// An index made before this (no schema::metadata::stemmers) stems every article with its own: by_language() is
// false, and stays so for everything later ingested into it, so each index is stemmed one way throughout. An
// index stemmed "none" stems nothing, whatever the language. Copyable; not thread-safe (it caches stemmers):
// one per thread.
class Stemming {
public:
    // `index_stemmer`: Snowball name ("english") or "none".
    explicit Stemming(std::string index_stemmer, bool by_language = true);

    // The index's, from its metadata: a database without any reads as english, stemmed one way.
    static Stemming of_index(const Xapian::Database& db);

    const std::string& index_stemmer() const noexcept { return index_stemmer_; }
    bool by_language() const noexcept { return by_language_; }

    // Snowball name an article in `language` (ISO 639-1, "" unknown) is stemmed with; "none" for none.
    std::string stemmer_for(std::string_view language) const;
    // The same, as a Xapian::Stem (cached).
    const Xapian::Stem& stem_for(std::string_view language);

    // Whether the query side stems capitalised words too for articles stemmed with `stemmer`: German writes every
    // noun with a capital, and Xapian's STEM_SOME leaves capitalised words unstemmed (taking them for names), so
    // "Flüchtlinge" would not find "Flüchtlingen". The index has Z terms of capitalised words either way. Only in
    // an index stemmed by language (an older German index is searched as it always was).
    bool stems_capitalised(std::string_view stemmer) const;

    // Languages (ISO 639-1) whose articles the index has stemmed with their own stemmer rather than the
    // index's, in the order first met: what the query side parses each query again for (search/query_builder.h).
    const std::vector<std::string>& other_languages() const noexcept { return others_; }
    // Notes an article in `language` was stemmed; true when that makes it a new entry of other_languages().
    bool note_article(std::string_view language);

    // The metadata value recording this (schema::metadata::stemmers): "english,german" for an english index with
    // German articles. Empty when !by_language() (no key).
    std::string metadata_value() const;

private:
    std::string index_stemmer_;
    bool by_language_;
    std::vector<std::string> others_;
    std::map<std::string, Xapian::Stem, std::less<>> stems_;
};

}  // namespace newsdex::index
