// Reading batch query lines: plain queries, JSON objects and the bench's "qid<TAB>query" TSV form.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "search/query_spec.h"

namespace newsdex::search {

// One input line, parsed. A line that could not be parsed keeps its number and id (when one was found)
// and says why in `error`; it is reported in the output in its place, and the run goes on.
struct BatchQuery {
    std::size_t line = 0;  // 1-based line number in the input
    QuerySpec spec;        // spec.id is the query id: the JSON "id", the TSV first column, else the line number
    std::string error;     // "" when the line is good

    bool ok() const noexcept { return error.empty(); }
};

// JSON keys a batch line may use, for --help and error messages.
constexpr const char* batch_json_keys =
    "id, query, limit, offset, facets, facet_limit, exact_facets, from, to, mentions, person, org, place, "
    "source, category, language, sort";

// Parses one line. `defaults` supplies everything the line does not set (limit, snippets, bm25, ...).
// Never throws for bad input: the problem goes into BatchQuery::error.
//   {"id": "q7", "query": "oil prices", "limit": 20, "person": ["John Kerry"], "sort": "-date"}
//   q7<TAB>oil prices
//   oil prices
BatchQuery parse_batch_line(std::string_view text, std::size_t line, const QuerySpec& defaults);

// Reads every non-blank line of `in` (a trailing '\r' is dropped, so CRLF files work).
std::vector<BatchQuery> read_batch(std::istream& in, const QuerySpec& defaults);

// "relevance", "date", "-date" -> SortOrder; throws Error(usage) for anything else.
SortOrder parse_sort_order(const std::string& name);

}  // namespace newsdex::search
