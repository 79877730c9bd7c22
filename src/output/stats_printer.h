// Printers for `newsdex stats`: aligned text for people, a JSON object for programs.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "search/index_stats.h"

namespace newsdex::output {

// "documents  21578" lines, then each facet's top values.
void print_stats_text(std::ostream& out, const search::IndexStats& stats);

// {"documents", "words", "terms", "dates": {"first", "last", "undated"}, "size_bytes", "schema_version",
//  "stemmer", "stemmers" (the index's first), "stemming" ("language": each article by its language's stemmer;
//  "index": every article by "stemmer"), "duplicates": {"clusters", "articles"}, "facets": {name: [{"value", "count"}]}}.
nlohmann::json stats_to_json(const search::IndexStats& stats);

}  // namespace newsdex::output
