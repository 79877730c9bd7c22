// The per-article stemming rule and its record in the index's metadata.
#include "index/stemming.h"

#include <algorithm>

#include "index/schema.h"
#include "text/language.h"

namespace newsdex::index {

Stemming::Stemming(std::string index_stemmer, bool by_language)
    : index_stemmer_(std::move(index_stemmer)), by_language_(by_language && index_stemmer_ != "none") {}

Stemming Stemming::of_index(const Xapian::Database& db) {
    std::string stemmer = db.get_metadata(std::string(schema::metadata::stemmer));
    if (stemmer.empty()) stemmer = "english";
    std::string recorded = db.get_metadata(std::string(schema::metadata::stemmers));
    Stemming stemming(stemmer, !recorded.empty());
    // "english,german,french": the index's own first, then the others. A name this build has no language for
    // (a later newsdex's) is left out: those articles are then searched as the index's own language.
    std::size_t start = recorded.find(',');
    while (start != std::string::npos) {
        std::size_t end = recorded.find(',', start + 1);
        std::string name = recorded.substr(start + 1, end == std::string::npos ? end : end - start - 1);
        std::string code = text::language_for_stemmer(name);
        if (!code.empty()) stemming.note_article(code);
        start = end;
    }
    return stemming;
}

std::string Stemming::stemmer_for(std::string_view language) const {
    if (!by_language_ || language.empty()) return index_stemmer_;
    std::string own = text::stemmer_for_language(language);
    return own.empty() ? index_stemmer_ : own;
}

const Xapian::Stem& Stemming::stem_for(std::string_view language) {
    std::string name = stemmer_for(language);
    auto it = stems_.find(name);
    if (it == stems_.end()) it = stems_.emplace(name, Xapian::Stem(name)).first;
    return it->second;
}

bool Stemming::stems_capitalised(std::string_view stemmer) const {
    return by_language_ && text::capitalises_nouns(text::language_for_stemmer(stemmer));
}

bool Stemming::note_article(std::string_view language) {
    std::string name = stemmer_for(language);
    if (name == index_stemmer_) return false;
    if (std::find(others_.begin(), others_.end(), language) != others_.end()) return false;
    others_.emplace_back(language);
    return true;
}

std::string Stemming::metadata_value() const {
    if (!by_language_) return {};
    std::string value = index_stemmer_;
    for (const auto& code : others_) value.append(",").append(text::stemmer_for_language(code));
    return value;
}

}  // namespace newsdex::index
