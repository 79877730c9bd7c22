// Query text for the name fields (person:, org:, place:, source:), before QueryParser reads it.
#pragma once

#include <string>

namespace newsdex::search {

// Rewrites a name-field group into one clause per word or phrase, which QueryParser ORs (it ORs filters
// of the same field): "org:(nato \"european union\")" -> "org:nato org:\"european union\"". QueryParser
// has no groups for fields with a FieldProcessor (search/name_query.h). The operators AND, OR and NOT inside
// a group are dropped: the clauses are ORed. Everything else is left as written.
std::string expand_name_groups(const std::string& text);

}  // namespace newsdex::search
