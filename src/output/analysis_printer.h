// Printers for `newsdex analyze`: what the ingester extracts from one article.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/article_analyzer.h"

namespace newsdex::output {

struct AnalysisReport {
    std::string file;
    std::string headline;
    extract::TextAnalysis analysis;
};

nlohmann::json to_json(const AnalysisReport& report);
void print_text(std::ostream& out, const AnalysisReport& report);

}  // namespace newsdex::output
