// Search-box completions as JSON (/api/suggest).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/completion.h"

namespace newsdex::output {

// {"prefix": "...", "completions": [{"field", "value", "query", "articles"}]}; "field" is null for plain words.
nlohmann::json completions_to_json(const std::string& prefix, const std::vector<search::Completion>& completions);

}  // namespace newsdex::output
