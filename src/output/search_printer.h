// Printers for search results: readable text for people, JSON for programs. Printers never search.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "search/search_result.h"

namespace newsdex::output {

struct TextStyle {
    bool color = false;  // bold highlights; resolved from TTY and NO_COLOR by the CLI
};

// Ranked hits (rank, date, headline, id, snippet), then facets, then "did you mean".
void print_text(std::ostream& out, const search::SearchResult& result, const TextStyle& style);

// The result as a JSON object: query, total, hits[], facets{}, suggestion, elapsed_ms.
nlohmann::json to_json(const search::SearchResult& result);

}  // namespace newsdex::output
