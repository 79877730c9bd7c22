// Runs a list of batch queries on one index, on N threads, handing results back in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "search/batch_input.h"
#include "search/search_result.h"
#include "text/alias_table.h"

namespace newsdex::search {

// What one batch line produced: a result, or an error saying why not.
struct BatchOutcome {
    std::size_t line = 0;
    std::string id;
    std::optional<SearchResult> result;
    std::string error;       // "" on success
    std::size_t column = 0;  // for query errors: 1-based column in the query, 0 when unknown
};

struct BatchRunOptions {
    std::vector<std::string> index;  // locations as given to open_index
    unsigned threads = 1;
    const text::AliasTable* aliases = nullptr;  // shared read-only by all threads; may be null
};

// Runs `queries` and calls `sink` once per query, in input order, on the calling thread, as soon as that
// query and all before it are done (so output streams). Each worker thread opens its own Xapian::Database
// and Searcher: Xapian objects must not be shared between threads. Query and input errors become
// outcomes; only a failure to open the index throws (Error(index)), before any query runs.
void run_batch(const std::vector<BatchQuery>& queries, const BatchRunOptions& options,
               const std::function<void(const BatchOutcome&)>& sink);

// One query on an existing searcher, errors turned into an outcome.
class Searcher;
BatchOutcome run_one(Searcher& searcher, const BatchQuery& query);

}  // namespace newsdex::search
