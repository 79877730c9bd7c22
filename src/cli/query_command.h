// `newsdex query 'QUERY'`: ranked, faceted search from the command line.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "cli/common_options.h"
#include "search/query_spec.h"

namespace newsdex::cli {

struct QuerySettings {
    search::QuerySpec spec;
    std::vector<std::string> index;
    OutputFormat format = OutputFormat::text;
    std::vector<std::string> alias_files;
};

std::variant<QuerySettings, int> parse_query(const std::vector<std::string>& args);

}  // namespace newsdex::cli
