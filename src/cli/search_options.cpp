// Search options shared by `query` and `batch`: one option table, parsed into search::SearchParams.
#include "cli/search_options.h"

#include <iostream>
#include <string>

#include "search/facet_layout.h"

namespace newsdex::cli {

void add_search_options(po::options_description& options, SearchOptionValues& v) {
    options.add_options()("person", po::value(&v.person)->composing(),
                          "only articles about this person (repeatable: any of them)")(
        "org", po::value(&v.org)->composing(), "only articles naming this organisation")(
        "place", po::value(&v.place)->composing(),
        "only articles naming this place (aliases apply: US = United States)")(
        "source", po::value(&v.source)->composing(), "only articles from/attributed to this news source")(
        "category", po::value(&v.category)->composing(), "only articles in this category")(
        "language", po::value(&v.language)->composing(), "only articles in this language (ISO 639-1)")(
        "from", po::value(&v.from), "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")(
        "to", po::value(&v.to), "published on or before (inclusive)")(
        "mentions", po::value(&v.mentions), "articles mentioning a date in A..B (or one date)")(
        "facet", po::value(&v.facets)->composing(),
        (std::string("count values over all matches (above ") + std::to_string(search::default_facet_exact_bound) +
         ", over a uniform sample, scaled and marked \u2248); comma-separated: " + search::facet_names())
            .c_str())("exact-facets", po::bool_switch(&v.exact_facets),
                      "count facets over every match, however many (slower)")(
        "facet-sort", po::value(&v.facet_sort),
        "order of the values shown (always the most frequent): count, or value (dates: chronological); "
        "default count, dates value")("sort", po::value(&v.sort),
                                      "relevance (default), date (oldest first) or -date (newest first)")(
        "bm25", po::value(&v.bm25), "rank by BM25 with parameters k1,b (default: DFR IneB2, docs/quality.md)");
}

void apply_search_options(const SearchOptionValues& v, search::QuerySpec& spec) {
    search::apply_search_params(v, spec);
}

void report_query_error(const std::string& query, const Error& error) {
    std::cerr << "newsdex: query error: " << error.reason() << "\n";
    if (error.column() > 0 && error.column() <= query.size() + 1) {
        std::cerr << "  " << query << "\n  " << std::string(error.column() - 1, ' ') << "^\n";
    }
}

}  // namespace newsdex::cli
