// The id comes from its value slot, so ids-only result lists never read the document data (which holds
// the body); everything else comes from the stored JSON and the entity value slots.
#include "search/hit_reader.h"

#include <algorithm>
#include <cfloat>

#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "index/terms.h"
#include "search/snippet.h"

namespace newsdex::search {
namespace {

// The hit's score as a percentage of the best score of the whole match (Hit::percent), rounded down with
// Xapian's formula; a hit that scores above 0 shows at least 1, and a match of no weighted terms (only
// filters) shows 100 for every hit. MSet::get_percent is not used: it scales by the share of the query's
// subqueries the best hit matches, and a query parsed again per article language (QueryBuilder) holds one
// set of subqueries per language, of which an article can match only its own, so a perfect English match
// showed 50 % or less in an index that also holds German articles (docs/api.md, "percent").
int percent_of_best(double score, double best) {
    if (best <= 0) return 100;
    const int percent = static_cast<int>(score * 100.0 / best + 100.0 * DBL_EPSILON);
    return std::clamp(percent, score > 0 ? 1 : 0, 100);
}

}  // namespace

std::vector<Hit> read_hits(const Xapian::MSet& mset, index::Stemming& stemming, const HitOptions& options) {
    std::vector<Hit> hits;
    hits.reserve(mset.size());
    std::size_t rank = options.first_rank;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Xapian::Document doc = it.get_document();
        Hit hit;
        hit.rank = rank++;
        hit.score = it.get_weight();
        hit.percent = percent_of_best(hit.score, mset.get_max_attained());
        hit.id = doc.get_value(schema::slot::id);
        if (options.collapse) hit.duplicates = it.get_collapse_count();
        if (options.ids_only && !hit.id.empty()) {
            hits.push_back(std::move(hit));
            continue;
        }
        nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
        if (data.is_object()) {
            if (hit.id.empty()) hit.id = data.value("id", "");
            hit.title = data.value("title", "");
            hit.date = data.value("date", "");
            hit.source = data.value("source", "");
            hit.url = data.value("url", "");
            if (options.snippets && !options.ids_only) {
                std::string body = data.value("body", "");
                const Xapian::Stem& stemmer = stemming.stem_for(doc.get_value(schema::slot::language));
                make_snippet(options.snippet_words ? *options.snippet_words : mset, body.empty() ? hit.title : body,
                             stemmer, hit);
            }
        }
        hit.persons = index::split_slot_values(doc.get_value(schema::slot::persons));
        hit.orgs = index::split_slot_values(doc.get_value(schema::slot::orgs));
        hit.places = index::split_slot_values(doc.get_value(schema::slot::places));
        hit.sources = index::split_slot_values(doc.get_value(schema::slot::sources));
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace newsdex::search
