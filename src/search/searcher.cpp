// Enquire + facet spies + snippets; the only place that talks to Xapian at query time.
#include "search/searcher.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "core/error.h"
#include "index/schema.h"
#include "search/dense_lengths.h"
#include "search/facet_counting.h"
#include "search/hit_reader.h"
#include "search/query_builder.h"
#include "search/stopwords.h"
#include "search/weighting.h"

namespace newsdex::search {
namespace {

// A concurrent ingest can commit several times while one query runs; give up after this many reopens.
constexpr int max_reopen_attempts = 5;

// Pseudo-relevance feedback: expansion terms are weighted against the original query by this factor
// times their expansion weight relative to the best one. 0.2 measured better than 0.35 and 0.5 on the
// rank-eval collections (0.5 drifts: ADI MAP -.045); docs/quality.md has the figures.
constexpr double expansion_weight = 0.2;

// Expansion terms: stemmed free-text terms (Z prefix, no field prefix) that are not stop words.
class ExpansionTerms : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override {
        if (term.size() < 3 || term[0] != 'Z' || !(term[1] >= 'a' && term[1] <= 'z')) return false;
        return !english_stopper()(term.substr(1));
    }
};

// Adds pseudo-relevance feedback to `query`: the top `spec.feedback_docs` hits are taken as relevant and
// the best `spec.expand_terms` terms of them are added, weighted below the original terms. A plain OR
// query gets them ORed in (so they can find more documents); anything else (AND, phrases, filters)
// keeps its match set and the terms only reorder it.
Xapian::Query expand_query(Xapian::Enquire& enquire, const Xapian::Query& query, const QuerySpec& spec) {
    Xapian::MSet top = enquire.get_mset(0, static_cast<Xapian::doccount>(spec.feedback_docs));
    if (top.empty()) return query;
    Xapian::RSet rset;
    for (auto it = top.begin(); it != top.end(); ++it) rset.add_document(*it);
    ExpansionTerms decider;
    Xapian::ESet eset = enquire.get_eset(static_cast<Xapian::termcount>(spec.expand_terms), rset, &decider);
    if (eset.empty()) return query;
    double best = eset.begin().get_weight();
    std::vector<Xapian::Query> extra;
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        double scale = best > 0 ? expansion_weight * it.get_weight() / best : expansion_weight;
        extra.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), scale);
    }
    Xapian::Query expansion(Xapian::Query::OP_OR, extra.begin(), extra.end());
    bool plain_or = query.get_type() == Xapian::Query::OP_OR || query.get_type() == Xapian::Query::LEAF_TERM;
    bool filtered = !spec.filters.empty() || !spec.from.empty() || !spec.to.empty() || !spec.mentions.empty();
    auto op = plain_or && !filtered ? Xapian::Query::OP_OR : Xapian::Query::OP_AND_MAYBE;
    return Xapian::Query(op, query, expansion);
}

// Opens one database, retrying when a concurrent ingest commits twice while it is being opened (issue 7).
Xapian::Database open_retrying(const std::string& location) {
    for (int attempt = 0;; ++attempt) {
        try {
            return Xapian::Database(location);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt + 1 >= max_reopen_attempts) throw;
        }
    }
}

// Whether `weighting` is IneB2 with default_ineb2_c, the scheme with_dense_lengths reproduces (dense_lengths.h).
bool weighs_default_ineb2(const Xapian::Weight& weighting) {
    static const std::string ineb2 = Xapian::IneB2Weight(default_ineb2_c).serialise();
    return weighting.name() == "Xapian::IneB2Weight" && weighting.serialise() == ineb2;
}

// Whether the query has a phrase or NEAR anywhere in it (its candidates are tested by reading their positions).
bool has_positions(const Xapian::Query& query) {
    auto type = query.get_type();
    if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (has_positions(query.get_subquery(i))) return true;
    }
    return false;
}

// Whether the match count comes from its own boolean pass rather than the ranked one. Counting matches in the
// ranked pass (check_at_least) makes Xapian weigh every one of the first count_bound matches, which stops its
// max-weight pruning; a pruned ranked pass plus a pass that only walks the postings costs less (on Reuters, 37 %
// fewer instructions over the bench queries: docs/performance.md, "Exact counts, profiled"). Not with facets
// (their counters ride on the ranked pass, which then sees every match), sorting by date (that pass sees every
// match anyway), collapsing (the count is of clusters) or positions (reading a candidate's positions is most of
// its cost, and two passes would read many twice).
bool count_separately(const QuerySpec& spec, const Xapian::Query& query) {
    return spec.count_bound > 0 && spec.facets.empty() && spec.sort == SortOrder::relevance && !spec.collapse &&
           !has_positions(query);
}

// Narrows the ranked pass's bounds in `result` with a boolean pass looking at up to count_bound matches: below the
// bound they meet. Nothing to do when the ranked pass already saw every match or more than the bound.
void count_matches(const Xapian::Database& db, const Xapian::Query& query, const QuerySpec& spec,
                   SearchResult& result) {
    if (result.total_exact || result.total_lower >= spec.count_bound) return;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (spec.time_limit_seconds > 0) enquire.set_time_limit(spec.time_limit_seconds);
    Xapian::MSet counted = enquire.get_mset(0, 0, static_cast<Xapian::doccount>(spec.count_bound));
    set_match_bounds(result, std::max<std::size_t>(result.total_lower, counted.get_matches_lower_bound()),
                     std::min<std::size_t>(result.total_upper, counted.get_matches_upper_bound()));
}

}  // namespace

namespace {
constexpr std::string_view tcp_scheme = "tcp://";
}  // namespace

bool is_remote_location(const std::string& location) { return location.rfind(tcp_scheme, 0) == 0; }

Xapian::Database open_index(const std::vector<std::string>& locations) {
    Xapian::Database db;
    for (const auto& location : locations) {
        try {
            // tcp://HOST:PORT is a shard served by xapian-tcpsrv (Xapian's remote backend); anything else is a
            // database directory, a sharded index or a stub file, which Xapian opens itself.
            if (is_remote_location(location)) {
                std::string address = location.substr(tcp_scheme.size());
                std::size_t colon = address.rfind(':');
                unsigned long port = 0;
                if (colon != std::string::npos) port = std::strtoul(address.c_str() + colon + 1, nullptr, 10);
                if (colon == std::string::npos || colon == 0 || port == 0 || port > 65535) {
                    throw Error(ErrorKind::usage, "remote index must be tcp://HOST:PORT", location);
                }
                // Timeouts (ms): a dead shard fails the query after 10 s instead of hanging it.
                db.add_database(
                    Xapian::Remote::open(address.substr(0, colon), static_cast<unsigned>(port), 10000, 10000));
                continue;
            }
            db.add_database(open_retrying(location));
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw Error(ErrorKind::index, "no index here; create one with: newsdex ingest corpus/ --index " + location,
                        location);
        } catch (const Xapian::DatabaseOpeningError& error) {
            // Suggest ingesting only where an index could be made: never into a file or someone's folder (issue 17).
            std::error_code ec;
            bool empty_folder = std::filesystem::is_directory(location, ec) && std::filesystem::is_empty(location, ec);
            throw Error(ErrorKind::index,
                        "cannot open index: " + error.get_msg() +
                            (empty_folder ? " (create one with: newsdex ingest PATH --index " + location + ")"
                                          : " (not a newsdex index)"),
                        location);
        } catch (const Xapian::Error& error) {
            throw Error(ErrorKind::index, "cannot open index: " + error.get_description(), location);
        }
    }
    return db;
}

Searcher::Searcher(Xapian::Database db, const text::AliasTable* aliases) : db_(std::move(db)), aliases_(aliases) {
    // A concurrent ingest may have committed twice since the index was opened (issue 7): reopen and retry.
    for (int attempt = 0;; ++attempt) {
        try {
            stemming_ = index::Stemming::of_index(db_);
            break;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt + 1 >= max_reopen_attempts) throw;
            db_.reopen();
        }
    }
}

Searcher::~Searcher() = default;

void Searcher::reopen() {
    db_.reopen();
    facet_columns_.clear();
    if (lengths_) lengths_->clear();
    builder_.reset();
    // A commit may have brought articles of a language new to the index (metadata::stemmers).
    stemming_ = index::Stemming::of_index(db_);
}

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
            reopen();
        } catch (const Xapian::WildcardError& error) {
            // With WILDCARD_LIMIT_ERROR, Xapian expands wildcards (and throws) while matching, not parsing.
            throw Error(ErrorKind::query, "a wildcard matches more than " + std::to_string(max_wildcard_expansion) +
                                              " terms; make it longer (" + error.get_msg() + ")");
        } catch (const Xapian::Error& error) {
            throw Error(ErrorKind::index, "search failed: " + error.get_description());
        }
    }
}

bool Searcher::suggestion_matches_much_more(const Xapian::Query& corrected, std::size_t count_bound,
                                            std::size_t matches_at_most) const {
    Xapian::Enquire enquire(db_);
    enquire.set_query(corrected);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet counted = enquire.get_mset(0, 0, static_cast<Xapian::doccount>(std::max<std::size_t>(count_bound, 1)));
    // "Much more": at least twice as many matches as the query as typed can have, and at least one.
    std::size_t corrected_at_least = counted.get_matches_lower_bound();
    return corrected_at_least > 0 && corrected_at_least >= 2 * matches_at_most;
}

std::optional<Xapian::MSet> Searcher::weigh_from_memory(Xapian::Enquire& enquire, const Xapian::Weight& weighting,
                                                        const QuerySpec& spec) {
    if (!lengths_ || !weighs_default_ineb2(weighting)) return std::nullopt;
    const Xapian::Query terms = enquire.get_query();
    enquire.set_query(with_dense_lengths(terms, db_, default_ineb2_c, *lengths_));
    if (!spec.snippets || spec.ids_only) return std::nullopt;
    Xapian::Enquire words(db_);  // MSet::snippet marks the terms of its MSet's query: the terms themselves
    words.set_query(terms);
    words.set_weighting_scheme(weighting);
    return words.get_mset(0, 0);
}

SearchResult Searcher::run(const QuerySpec& spec) {
    // One builder (and so one configured QueryParser) for all the queries this Searcher runs.
    if (!builder_) builder_ = std::make_unique<QueryBuilder>(db_, aliases_, stemming_);
    QueryBuilder& builder = *builder_;
    BuiltQuery built = builder.build(spec);
    SearchResult result;
    result.query = spec.query;
    if (!built.corrected.empty()) result.suggestion = built.corrected;

    std::optional<Xapian::MSet> snippet_words;  // set when the ranked pass's query is not the terms themselves
    auto execute = [&](const Xapian::Query& query) {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        const std::unique_ptr<Xapian::Weight> weighting =
            make_weighting(spec.weighting, spec.bm25, spec.bm25_min_normlen);
        enquire.set_weighting_scheme(*weighting);
        if (spec.expand_terms > 0 && spec.sort == SortOrder::relevance) {
            enquire.set_query(expand_query(enquire, query, spec));
        }
        const Xapian::Query matched = enquire.get_query();  // counting, facets and snippets keep its terms
        snippet_words = weigh_from_memory(enquire, *weighting, spec);
        if (spec.sort == SortOrder::date_descending) {
            enquire.set_sort_by_value_then_relevance(schema::slot::date, true);
        } else if (spec.sort == SortOrder::date_ascending) {
            enquire.set_sort_by_value_then_relevance(schema::slot::date, false);
        }
        if (spec.collapse) enquire.set_collapse_key(schema::slot::cluster);
        if (spec.time_limit_seconds > 0) enquire.set_time_limit(spec.time_limit_seconds);
        FacetColumnCache* columns = keep_columns_ ? &facet_columns_ : nullptr;
        RankedPassFacets early(db_, spec, columns);
        early.attach(enquire);
        // check_at_least: Xapian looks at up to count_bound matches, so below it the bounds meet (exact count).
        // Without facets the ranked pass prunes instead and a boolean pass counts (count_separately).
        bool separately = count_separately(spec, matched);
        Xapian::MSet mset =
            enquire.get_mset(static_cast<Xapian::doccount>(spec.offset), static_cast<Xapian::doccount>(spec.limit),
                             static_cast<Xapian::doccount>(separately ? 0 : spec.count_bound));
        result.facets.clear();
        result.facet_sample_rate = 1;
        set_match_bounds(result, mset.get_matches_lower_bound(), mset.get_matches_upper_bound());
        if (separately) count_matches(db_, matched, spec, result);
        if (!spec.facets.empty()) {
            // A second pass, unless the ranked one saw every match: counting must see the whole match set (or a
            // sample), ranking need not.
            std::optional<FacetCounts> seen = early.complete(mset);
            FacetCounts counts = seen ? std::move(*seen)
                                      : count_facets(db_, matched, spec, mset.get_matches_estimated(),
                                                     mset.get_matches_upper_bound(), columns);
            result.facets = std::move(counts.facets);
            result.facet_sample_rate = counts.sample_rate;
            // Counters that saw every match know the exact total (a sample's count scaled up is no bound, so
            // it is never used). With collapsing, the total counts clusters, which they do not.
            if (!spec.collapse && counts.sample_rate == 1)
                set_match_bounds(result, counts.matches_counted, counts.matches_counted);
        }
        return mset;
    };

    Xapian::MSet mset = execute(built.query);
    if (!result.suggestion.empty()) {
        QuerySpec corrected = spec;
        corrected.query = result.suggestion;
        corrected.suggest = false;
        Xapian::Query corrected_query = builder.build(corrected).query;
        if (mset.empty() && spec.auto_correct) {
            mset = execute(corrected_query);
            result.corrected = true;
        } else if (!suggestion_matches_much_more(corrected_query, spec.count_bound, result.total_upper)) {
            result.suggestion.clear();
        }
    }

    result.hits = read_hits(
        mset, stemming_,
        {spec.offset + 1, spec.ids_only, spec.snippets, spec.collapse, snippet_words ? &*snippet_words : nullptr});
    return result;
}

}  // namespace newsdex::search
