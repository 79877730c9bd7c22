// The article itself is the one relevant document; its best expand terms, ORed, make the query.
#include "search/similar.h"

#include <chrono>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "index/document_builder.h"
#include "index/schema.h"
#include "search/snippet.h"

namespace newsdex::search {
namespace {

// Plain words only: prefixed terms (fields, filters, stemmed Z forms, band terms) and numbers describe metadata
// or one story's figures, not its topic. One- and two-letter words are initials and leftovers of acronyms.
class PlainWords : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override {
        if (term.size() < 3) return false;
        unsigned char first = static_cast<unsigned char>(term[0]);
        if (first >= 'A' && first <= 'Z') return false;
        bool has_letter = false;
        for (unsigned char c : term) has_letter = has_letter || (c >= 'a' && c <= 'z') || c >= 0x80;
        return has_letter;
    }
};

std::vector<std::string> split_values(const std::string& joined) {
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

SearchResult run(const Xapian::Database& db, const SimilarSpec& spec) {
    std::string unique = index::unique_term(spec.id);
    Xapian::PostingIterator posting = db.postlist_begin(unique);
    if (posting == db.postlist_end(unique)) {
        throw Error(ErrorKind::input, "no article with id '" + spec.id + "' in the index");
    }
    Xapian::docid self = *posting;

    Xapian::Enquire enquire(db);
    Xapian::RSet rset;
    rset.add_document(self);
    PlainWords decider;
    Xapian::ESet eset = enquire.get_eset(similar_expand_terms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);

    SearchResult result;
    result.query = spec.id;
    if (terms.empty()) return result;  // an article without words has nothing to be like
    Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    Xapian::Query exclude(unique);
    Xapian::Document own = db.get_document(self);
    std::string own_cluster = own.get_value(schema::slot::cluster);
    if (spec.collapse && !own_cluster.empty()) {
        // Copies of the article are not "more like it"; they are it.
        exclude = Xapian::Query(Xapian::Query::OP_OR, exclude,
                                Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::cluster, own_cluster,
                                              own_cluster));
    }
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, exclude);
    enquire.set_query(query);
    if (spec.collapse) enquire.set_collapse_key(schema::slot::cluster);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(spec.limit));
    result.parsed = query.get_description();
    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();

    std::string stemmer_name = db.get_metadata(std::string(schema::metadata::stemmer));
    Xapian::Stem stemmer(stemmer_name.empty() || stemmer_name == "none" ? "none" : stemmer_name);
    std::size_t rank = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Xapian::Document doc = it.get_document();
        Hit hit;
        hit.rank = ++rank;
        hit.score = it.get_weight();
        hit.percent = it.get_percent();
        nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
        if (data.is_object()) {
            hit.id = data.value("id", "");
            hit.title = data.value("title", "");
            hit.date = data.value("date", "");
            hit.source = data.value("source", "");
            hit.url = data.value("url", "");
            if (spec.snippets) {
                std::string body = data.value("body", "");
                make_snippet(mset, body.empty() ? hit.title : body, stemmer, hit);
            }
        }
        hit.persons = split_values(doc.get_value(schema::slot::persons));
        hit.orgs = split_values(doc.get_value(schema::slot::orgs));
        hit.places = split_values(doc.get_value(schema::slot::places));
        hit.sources = split_values(doc.get_value(schema::slot::sources));
        if (spec.collapse) hit.duplicates = it.get_collapse_count();
        result.hits.push_back(std::move(hit));
    }
    return result;
}

}  // namespace

SearchResult find_similar(const Xapian::Database& db, const SimilarSpec& spec) {
    auto started = std::chrono::steady_clock::now();
    try {
        SearchResult result = run(db, spec);
        result.elapsed_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        return result;
    } catch (const Xapian::Error& error) {
        throw Error(ErrorKind::index, "similar failed: " + error.get_description());
    }
}

}  // namespace newsdex::search
