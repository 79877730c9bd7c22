// Stats come from a MatchAll enquire with the facet spies (exact counts) and the all-terms list.
#include "search/index_stats.h"

#include <filesystem>
#include <map>
#include <memory>

#include "core/error.h"
#include "index/schema.h"
#include "search/facets.h"

namespace newsdex::search {
namespace {

// Oldest and newest publication dates and cluster sizes, read from value slots during the same pass as facets.
class DateAndClusterSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double) override {
        std::string date = doc.get_value(schema::slot::date);
        if (!date.empty()) {
            if (first_.empty() || date < first_) first_ = date;
            if (last_.empty() || date > last_) last_ = date;
        }
        std::string cluster = doc.get_value(schema::slot::cluster);
        if (!cluster.empty()) ++cluster_sizes_[cluster];
    }
    std::string name() const override { return "newsdex.DateAndClusterSpy"; }

    std::string first_, last_;
    std::map<std::string, Xapian::doccount> cluster_sizes_;
};

std::string iso(const std::string& compact) {
    if (compact.size() != 8) return compact;
    return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2);
}

std::uintmax_t size_on_disk(const std::string& location) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_regular_file(location, ec)) return fs::file_size(location, ec);  // a stub file
    std::uintmax_t total = 0;
    for (fs::recursive_directory_iterator it(location, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    return total;
}

// metadata::stemmers as recorded ("english,german"), names this build does not know included; without the key,
// the one stemmer of the whole index.
void read_stemmers(const Xapian::Database& db, IndexStats& stats) {
    const std::string recorded = db.get_metadata(std::string(schema::metadata::stemmers));
    stats.stems_by_language = !recorded.empty();
    if (!stats.stems_by_language) {
        if (!stats.stemmer.empty()) stats.stemmers.push_back(stats.stemmer);
        return;
    }
    for (std::size_t start = 0; start <= recorded.size();) {
        std::size_t end = recorded.find(',', start);
        if (end == std::string::npos) end = recorded.size();
        if (end > start) stats.stemmers.push_back(recorded.substr(start, end - start));
        start = end + 1;
    }
}

IndexStats collect(const Xapian::Database& db, const std::vector<std::string>& locations, std::size_t facet_limit) {
    IndexStats stats;
    stats.documents = db.get_doccount();
    stats.undated = db.get_termfreq(std::string(schema::prefix::no_date));
    stats.schema_version = db.get_metadata(std::string(schema::metadata::schema_version));
    stats.stemmer = db.get_metadata(std::string(schema::metadata::stemmer));
    read_stemmers(db, stats);
    stats.stored_text = db.get_metadata(std::string(schema::metadata::stored_text));
    for (const auto& location : locations) stats.size_bytes += size_on_disk(location);

    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
        ++stats.terms;
        const std::string& term = *it;
        if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) ++stats.words;
    }

    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<std::unique_ptr<FacetCounter>> counters;
    for (const char* name : stats_facets) {
        counters.push_back(std::make_unique<FacetCounter>(name));
        enquire.add_matchspy(counters.back().get());
    }
    DateAndClusterSpy spy;
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, stats.documents);
    for (const auto& counter : counters) stats.facets.push_back(counter->result(facet_limit));
    stats.first_date = iso(spy.first_);
    stats.last_date = iso(spy.last_);
    for (const auto& [cluster, size] : spy.cluster_sizes_) {
        if (size < 2) continue;
        ++stats.clusters;
        stats.clustered += size;
    }
    return stats;
}

}  // namespace

IndexStats collect_stats(const Xapian::Database& db, const std::vector<std::string>& locations,
                         std::size_t facet_limit) {
    try {
        return collect(db, locations, facet_limit);
    } catch (const Xapian::Error& error) {
        throw Error(ErrorKind::index, "cannot read index statistics: " + error.get_description());
    }
}

}  // namespace newsdex::search
