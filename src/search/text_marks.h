// Finds where an article's indexed names and mentioned dates stand in its text, for highlighting them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "search/stored_article.h"

namespace newsdex::search {

// Every whole-word occurrence (ASCII case-insensitive, any run of white space where the name has a space) of
// each name in `text`; `names` maps a kind (person, org, place, source) to lower-cased names. Marks have no field.
std::vector<TextMark> find_name_marks(std::string_view text,
                                      const std::map<std::string, std::vector<std::string>>& names);

// Date expressions in `text` resolved against `anchor` whose calendar value (cut to the day) is in `allowed`.
std::vector<TextMark> find_date_marks(std::string_view text, std::optional<CivilDate> anchor,
                                      const std::vector<std::string>& allowed);

// Sorted by start, longer first on ties, with every mark that overlaps an earlier one dropped.
std::vector<TextMark> without_overlaps(std::vector<TextMark> marks);

}  // namespace newsdex::search
