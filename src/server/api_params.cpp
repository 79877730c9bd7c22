// Parameter checks of the API; the search options themselves go through search::apply_search_params, as the
// query command's do, so both accept and reject the same values with the same messages.
#include "server/api_params.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"
#include "search/search_params.h"

namespace newsdex::server {
namespace {

std::vector<std::string> all_values(const Params& params, const std::string& name) {
    std::vector<std::string> out;
    auto [first, last] = params.equal_range(name);
    for (auto it = first; it != last; ++it) out.push_back(it->second);
    return out;
}

}  // namespace

void check_known(const Params& params, std::initializer_list<const char*> allowed) {
    for (const auto& [name, value] : params) {
        bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return name == a; });
        if (known) continue;
        std::string choices;
        for (const char* a : allowed) choices += (choices.empty() ? "" : ", ") + std::string(a);
        throw Error(ErrorKind::usage, "unknown parameter '" + name + "' (choose from " + choices + ")");
    }
}

std::string text_param(const Params& params, const std::string& name, const std::string& fallback) {
    auto [first, last] = params.equal_range(name);
    if (first == last) return fallback;
    return std::prev(last)->second;
}

std::size_t number_param(const Params& params, const std::string& name, std::size_t fallback, std::size_t min,
                         std::size_t max) {
    std::string text = text_param(params, name);
    if (text.empty()) return fallback;
    bool digits =
        text.size() <= 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::size_t value = digits ? std::stoul(text) : 0;
    if (!digits || value < min || value > max) {
        throw Error(ErrorKind::usage,
                    name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

bool flag_param(const Params& params, const std::string& name) {
    if (params.find(name) == params.end()) return false;
    std::string v = text_param(params, name);
    return v != "0" && v != "false" && v != "no";
}

search::QuerySpec search_spec(const Params& params, const ApiLimits& limits) {
    check_known(params, {"q",          "limit",    "offset",   "person",       "org",
                         "place",      "source",   "category", "language",     "from",
                         "to",         "mentions", "facet",    "facet-limit",  "exact-facets",
                         "facet-sort", "sort",     "collapse", "auto-correct", "bm25"});
    search::QuerySpec spec;
    spec.query = text_param(params, "q");
    if (spec.query.size() > limits.max_query_bytes) {
        throw Error(ErrorKind::query, "query longer than " + std::to_string(limits.max_query_bytes) + " bytes");
    }
    if (spec.query.find('\0') != std::string::npos) throw Error(ErrorKind::query, "query contains a NUL byte");
    spec.limit = number_param(params, "limit", spec.limit, 0, limits.max_limit);
    spec.offset = number_param(params, "offset", 0, 0, limits.max_offset);
    spec.facet_limit = number_param(params, "facet-limit", spec.facet_limit, 0, 1000);
    spec.collapse = flag_param(params, "collapse");
    spec.auto_correct = flag_param(params, "auto-correct");
    spec.time_limit_seconds = limits.search_seconds;
    search::SearchParams values;
    values.person = all_values(params, "person");
    values.org = all_values(params, "org");
    values.place = all_values(params, "place");
    values.source = all_values(params, "source");
    values.category = all_values(params, "category");
    values.language = all_values(params, "language");
    values.facets = all_values(params, "facet");
    values.from = text_param(params, "from");
    values.to = text_param(params, "to");
    values.mentions = text_param(params, "mentions");
    values.sort = text_param(params, "sort", "relevance");
    values.bm25 = text_param(params, "bm25");
    values.exact_facets = flag_param(params, "exact-facets");
    values.facet_sort = text_param(params, "facet-sort");
    search::apply_search_params(values, spec);
    return spec;
}

search::SimilarSpec similar_spec(const std::string& id, const Params& params, const ApiLimits& limits) {
    check_known(params, {"limit", "collapse"});
    search::SimilarSpec spec;
    spec.id = id;
    spec.limit = number_param(params, "limit", spec.limit, 0, limits.max_limit);
    spec.collapse = flag_param(params, "collapse");
    return spec;
}

}  // namespace newsdex::server
