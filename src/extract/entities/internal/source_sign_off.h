// A wire story's closing sign-off: the agency's name alone on the last line ("... midday on February 27.\n
// Reuter"), the way Reuters, and many papers' wire copy, end a story.
#pragma once

#include <optional>
#include <string_view>

#include "core/article.h"
#include "text/alias_table.h"

namespace newsdex::extract {

// The sign-off as a source mention (offsets: UTF-8 bytes into `text`, end exclusive), or nullopt when the last
// non-blank line is not, on its own, a name the alias table knows as a news source. Editing marks after the name
// ("REUTER...^M") and a desk code of up to three capitals ("REUTER E") are no part of the line; a name in
// capitals may also end a line after its last sentence or figure ("an ounce. REUTER"). A story of one line has
// no sign-off.
std::optional<SourceMention> find_sign_off(std::string_view text, const text::AliasTable& aliases);

}  // namespace newsdex::extract
