// Layout of /api/suggest answers (docs/api.md).
#include "output/completion_printer.h"

namespace newsdex::output {

nlohmann::json completions_to_json(const std::string& prefix, const std::vector<search::Completion>& completions) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : completions) {
        list.push_back({{"field", c.field.empty() ? nlohmann::json() : nlohmann::json(c.field)},
                        {"value", c.value},
                        {"query", c.query},
                        {"articles", c.articles}});
    }
    return {{"prefix", prefix}, {"completions", list}};
}

}  // namespace newsdex::output
