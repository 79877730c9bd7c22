// A short curated list of organisations that matter in current news but postdate or are rare in the
// 1996 CoNLL training text (ISIS, Hezbollah, news agencies). They join the gazetteer the model is trained with.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex::extract::ner {

// (name as usually written, type index into type_names). Multiword names are space-separated tokens.
const std::vector<std::pair<std::string_view, std::size_t>>& known_names();

}  // namespace newsdex::extract::ner
