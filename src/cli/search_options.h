// Options that describe a search (filters, dates, facets, sort, bm25), shared by `query` and `batch`.
#pragma once

#include <string>

#include "cli/common_options.h"
#include "core/error.h"
#include "search/query_spec.h"
#include "search/search_params.h"

namespace newsdex::cli {

using SearchOptionValues = search::SearchParams;
void add_search_options(po::options_description& options, SearchOptionValues& values);
// Copies parsed search options into a spec (search::apply_search_params); throws Error(usage) for bad values.
void apply_search_options(const SearchOptionValues& values, search::QuerySpec& spec);

// Prints "newsdex: reason" and, for query errors with a column, the query with a caret under it.
void report_query_error(const std::string& query, const Error& error);

}  // namespace newsdex::cli
