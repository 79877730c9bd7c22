// Enquire + facet spies + snippets; the only place that talks to Xapian at query time.
#include "search/searcher.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "index/schema.h"
#include "search/facets.h"
#include "search/query_builder.h"
#include "search/snippet.h"

namespace newsdex::search {
namespace {

// A concurrent ingest can commit several times while one query runs; give up after this many reopens.
constexpr int max_reopen_attempts = 5;

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

}  // namespace

Xapian::Database open_index(const std::vector<std::string>& locations) {
    Xapian::Database db;
    for (const auto& location : locations) {
        try {
            db.add_database(Xapian::Database(location));
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw Error(ErrorKind::index,
                        "no index here; create one with: newsdex ingest corpus/ --index " + location, location);
        } catch (const Xapian::DatabaseOpeningError& error) {
            throw Error(ErrorKind::index, "cannot open index: " + error.get_msg() +
                                              " (create one with: newsdex ingest PATH --index " + location + ")",
                        location);
        } catch (const Xapian::Error& error) {
            throw Error(ErrorKind::index, "cannot open index: " + error.get_description(), location);
        }
    }
    return db;
}

Searcher::Searcher(Xapian::Database db, const extract::AliasTable* aliases)
    : db_(std::move(db)), aliases_(aliases) {
    stemmer_ = db_.get_metadata(std::string(schema::metadata::stemmer));
    if (stemmer_.empty()) stemmer_ = "english";
}

void Searcher::reopen() { db_.reopen(); }

SearchResult Searcher::search(const QuerySpec& spec) {
    auto started = std::chrono::steady_clock::now();
    for (int attempt = 0;; ++attempt) {
        try {
            SearchResult result = run(spec);
            result.elapsed_ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            return result;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt + 1 >= max_reopen_attempts) {
                throw Error(ErrorKind::index, "index kept changing during the search; try again");
            }
            db_.reopen();
        } catch (const Xapian::Error& error) {
            throw Error(ErrorKind::index, "search failed: " + error.get_description());
        }
    }
}

SearchResult Searcher::run(const QuerySpec& spec) {
    QueryBuilder builder(db_, aliases_);
    BuiltQuery built = builder.build(spec);
    SearchResult result;
    result.query = spec.query;
    if (!built.corrected.empty()) result.suggestion = built.corrected;

    auto execute = [&](const Xapian::Query& query) {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        if (spec.bm25) {
            enquire.set_weighting_scheme(Xapian::BM25Weight(spec.bm25->first, 0, 1, spec.bm25->second, 0.5));
        }
        if (spec.sort == SortOrder::date_descending) {
            enquire.set_sort_by_value_then_relevance(schema::slot::date, true);
        } else if (spec.sort == SortOrder::date_ascending) {
            enquire.set_sort_by_value_then_relevance(schema::slot::date, false);
        }
        if (spec.collapse) enquire.set_collapse_key(schema::slot::cluster);
        std::vector<std::unique_ptr<FacetCounter>> counters;
        for (const auto& name : spec.facets) {
            counters.push_back(std::make_unique<FacetCounter>(name));
            enquire.add_matchspy(counters.back().get());
        }
        // Facets count the whole match set, so the match must not stop early.
        Xapian::doccount check_at_least = counters.empty() ? 0 : db_.get_doccount();
        Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(spec.offset),
                                             static_cast<Xapian::doccount>(spec.limit), check_at_least);
        result.facets.clear();
        for (const auto& counter : counters) result.facets.push_back(counter->result(spec.facet_limit));
        result.parsed = query.get_description();
        return mset;
    };

    Xapian::MSet mset = execute(built.query);
    if (mset.empty() && spec.auto_correct && !result.suggestion.empty()) {
        QuerySpec corrected = spec;
        corrected.query = result.suggestion;
        mset = execute(builder.build(corrected).query);
        result.corrected = true;
    }
    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();

    Xapian::Stem stemmer(stemmer_ == "none" ? "none" : stemmer_);
    std::size_t rank = spec.offset;
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

}  // namespace newsdex::search
