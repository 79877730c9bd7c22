// The one place search parameters given as text are checked and copied into a QuerySpec.
#include "search/search_params.h"

#include <sstream>

#include "core/error.h"
#include "search/facet_layout.h"
#include "search/facets.h"

namespace newsdex::search {
namespace {

SortOrder parse_sort(const std::string& sort) {
    if (sort == "relevance") return SortOrder::relevance;
    if (sort == "date") return SortOrder::date_ascending;
    if (sort == "-date") return SortOrder::date_descending;
    throw Error(ErrorKind::usage, "unknown sort '" + sort + "' (choose from relevance, date, -date)");
}

FacetSort parse_facet_sort(const std::string& order) {
    if (order.empty()) return FacetSort::automatic;
    if (order == "count") return FacetSort::count;
    if (order == "value") return FacetSort::value;
    throw Error(ErrorKind::usage, "unknown facet-sort '" + order + "' (choose from count, value)");
}

std::pair<double, double> parse_bm25(const std::string& text) {
    double k1 = 0, b = 0;
    char comma = 0;
    std::istringstream in(text);
    if (!(in >> k1 >> comma >> b) || comma != ',' || k1 < 0 || b < 0 || b > 1) {
        throw Error(ErrorKind::usage, "bm25 wants k1,b with k1 >= 0 and 0 <= b <= 1, e.g. 1.2,0.75");
    }
    return {k1, b};
}

}  // namespace

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        std::size_t start = 0;
        while (start <= v.size()) {
            std::size_t comma = v.find(',', start);
            if (comma == std::string::npos) comma = v.size();
            std::string item = v.substr(start, comma - start);
            if (!item.empty()) out.push_back(item);
            start = comma + 1;
        }
    }
    return out;
}

void apply_search_params(const SearchParams& params, QuerySpec& spec) {
    auto add = [&](const char* field, const std::vector<std::string>& values) {
        if (!values.empty()) spec.filters[field] = values;
    };
    add("person", params.person);
    add("org", params.org);
    add("place", params.place);
    add("source", params.source);
    add("category", params.category);
    add("language", params.language);
    spec.from = params.from;
    spec.to = params.to;
    spec.mentions = params.mentions;
    spec.facets = split_commas(params.facets);
    for (const auto& given : params.facets) {
        // "--facet ," named no facet and was silently ignored (issue 17).
        if (split_commas({given}).empty()) {
            throw Error(ErrorKind::usage, "--facet '" + given + "' names no facet (choose from " + facet_names() + ")");
        }
    }
    spec.exact_facets = params.exact_facets;
    spec.facet_sort = parse_facet_sort(params.facet_sort);
    for (const auto& name : spec.facets) FacetCounter check(name);  // validates the name
    spec.sort = parse_sort(params.sort);
    if (!params.bm25.empty()) spec.bm25 = parse_bm25(params.bm25);
}

}  // namespace newsdex::search
