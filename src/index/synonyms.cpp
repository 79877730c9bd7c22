// Alias groups -> synonym keys and values, and the change check that keeps re-ingests from rewriting them.
#include "index/synonyms.h"

#include <algorithm>
#include <array>
#include <vector>

#include "index/schema.h"
#include "index/terms.h"
#include "text/normalize.h"

namespace newsdex::index {
namespace {

// Terms too common to be a name: an alias spelt like one of these would match ordinary prose.
constexpr std::array<std::string_view, 40> common_words = {
    "a",  "an",  "and", "are", "as", "at",  "be", "but", "by",  "can", "do", "for", "from",
    "he", "her", "his", "i",   "if", "in",  "is", "it",  "its", "me",  "my", "no",  "not",
    "of", "on",  "one", "or",  "so", "the", "to", "up",  "us",  "was", "we", "who"};

bool is_common(const std::string& term) {
    return std::find(common_words.begin(), common_words.end(), term) != common_words.end();
}

// "US", "U.S.", "UK": two or more capitals, no lower-case letters.
bool is_acronym(const std::string& form) {
    int capitals = 0;
    for (unsigned char c : form) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++capitals;
    }
    return capitals >= 2;
}

// The unstemmed terms of `form` in order, joined by spaces: what QueryParser looks up for a word sequence.
std::string synonym_key(Xapian::TermGenerator& generator, const std::string& form) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(text::normalize(form));
    std::vector<std::pair<Xapian::termpos, std::string>> words;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos) words.emplace_back(*pos, *it);
    }
    std::sort(words.begin(), words.end());
    std::string key;
    for (const auto& [pos, word] : words) {
        if (!key.empty()) key += ' ';
        key += word;
    }
    return key;
}

}  // namespace

SynonymTable synonym_table(const text::AliasTable& aliases) {
    Xapian::TermGenerator generator;  // no stemmer: keys are unstemmed
    SynonymTable table;
    for (const auto& group : aliases.synonym_groups()) {
        const std::string& canonical = group.front();
        std::set<std::string> entity_terms;
        struct Kind {
            EntityType type;
            std::string_view prefix;
        };
        for (const Kind kind :
             {Kind{EntityType::person, schema::prefix::person_text}, Kind{EntityType::org, schema::prefix::org_text},
              Kind{EntityType::location, schema::prefix::place_text}}) {
            if (aliases.canonical(canonical, kind.type) == canonical) {
                entity_terms.insert(canonical_term(kind.prefix, canonical));
            }
        }
        if (aliases.news_source(canonical) == canonical) {
            entity_terms.insert(canonical_term(schema::prefix::source_text, canonical));
        }
        // A form spelt like a common word ("US", "U.S." give the term "us") may still be a key when it was
        // written as an acronym: a query for U.S. should find "United States". It is never a value, or every
        // "us" in prose would match a query for America.
        std::set<std::string> keys, values_ok;
        for (const auto& form : group) {
            std::string key = synonym_key(generator, form);
            if (key.empty() || key.size() > max_term_bytes) continue;
            if (!is_common(key)) {
                keys.insert(key);
                values_ok.insert(key);
            } else if (is_acronym(form)) {
                keys.insert(key);
            }
        }
        for (const auto& key : keys) {
            std::set<std::string>& values = table[key];
            for (const auto& other : values_ok) {
                if (other != key && other.find(' ') == std::string::npos) values.insert(other);
            }
            values.insert(entity_terms.begin(), entity_terms.end());
            if (values.empty()) table.erase(key);
        }
    }
    return table;
}

bool update_synonyms(Xapian::WritableDatabase& db, const text::AliasTable& aliases) {
    SynonymTable table = synonym_table(aliases);
    std::string all;
    for (const auto& [key, values] : table) {
        all += key;
        for (const auto& value : values) {
            all += '\x1f';
            all += value;
        }
        all += '\n';
    }
    std::string hash = stable_hash(all);
    if (db.get_metadata(std::string(synonyms_hash_key)) == hash) return false;
    std::vector<std::string> old_keys(db.synonym_keys_begin(), db.synonym_keys_end());
    for (const auto& key : old_keys) db.clear_synonyms(key);
    for (const auto& [key, values] : table) {
        for (const auto& value : values) db.add_synonym(key, value);
    }
    db.set_metadata(std::string(synonyms_hash_key), hash);
    return true;
}

}  // namespace newsdex::index
