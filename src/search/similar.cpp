// The article itself is the one relevant document; its best expand terms, ORed, make the query.
#include "search/similar.h"

#include <chrono>
#include <vector>

#include "core/error.h"
#include "index/document_builder.h"
#include "index/schema.h"
#include "search/hit_reader.h"
#include "search/query_spec.h"

namespace newsdex::search {
namespace {

// Plain words only: prefixed terms (fields, filters, stemmed Z forms) and numbers describe metadata
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
        exclude = Xapian::Query(
            Xapian::Query::OP_OR, exclude,
            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::cluster, own_cluster, own_cluster));
    }
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, exclude);
    enquire.set_query(query);
    if (spec.collapse) enquire.set_collapse_key(schema::slot::cluster);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(spec.limit),
                                         static_cast<Xapian::doccount>(default_count_bound));
    set_match_bounds(result, mset.get_matches_lower_bound(), mset.get_matches_upper_bound());

    index::Stemming stemming = index::Stemming::of_index(db);
    result.hits = read_hits(mset, stemming, {1, false, spec.snippets, spec.collapse});
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
