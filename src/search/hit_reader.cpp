// The id comes from its value slot, so ids-only result lists never read the document data (which holds
// the body); everything else comes from the stored JSON and the entity value slots.
#include "search/hit_reader.h"

#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "index/terms.h"
#include "search/snippet.h"

namespace newsdex::search {
namespace {}  // namespace

std::vector<Hit> read_hits(const Xapian::MSet& mset, index::Stemming& stemming, const HitOptions& options) {
    std::vector<Hit> hits;
    hits.reserve(mset.size());
    std::size_t rank = options.first_rank;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Xapian::Document doc = it.get_document();
        Hit hit;
        hit.rank = rank++;
        hit.score = it.get_weight();
        hit.percent = it.get_percent();
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
                make_snippet(mset, body.empty() ? hit.title : body, stemmer, hit);
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
