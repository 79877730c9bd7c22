// URL parameters of the API turned into the specs the commands use, with the API's limits applied.
#pragma once

#include <initializer_list>
#include <string>

#include "search/query_spec.h"
#include "search/similar.h"
#include "server/api.h"

namespace newsdex::server {

// Throws Error(usage) naming a parameter that is not in `allowed`.
void check_known(const Params& params, std::initializer_list<const char*> allowed);

// The last value of `name`, or `fallback`.
std::string text_param(const Params& params, const std::string& name, const std::string& fallback = "");

// A whole number in [min, max], or `fallback` when absent. Throws Error(usage) otherwise.
std::size_t number_param(const Params& params, const std::string& name, std::size_t fallback, std::size_t min,
                         std::size_t max);

// Present and not "0"/"false"/"no".
bool flag_param(const Params& params, const std::string& name);

// /api/search parameters (the query command's options, same names: q, limit, offset, person, ..., sort) as a
// QuerySpec. Throws Error(usage) for bad values and Error(query) for a query over the length limit.
search::QuerySpec search_spec(const Params& params, const ApiLimits& limits);

// /api/similar/ID parameters (limit, collapse).
search::SimilarSpec similar_spec(const std::string& id, const Params& params, const ApiLimits& limits);

}  // namespace newsdex::server
