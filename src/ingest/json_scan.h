// Finding where a JSON object ends without parsing it, so that junk after it costs the junk only (issue 17).
#pragma once

#include <cstddef>
#include <string_view>

namespace newsdex::ingest {

// Offset just past the '}' closing the object that `text` starts with (after leading white space), honouring
// strings and escapes; npos when `text` does not start with '{' or the object is not closed. Braces are only
// counted, not checked against brackets: the parser validates the object afterwards.
std::size_t first_object_end(std::string_view text) noexcept;

// Offset of the first byte after `from` that is not JSON white space (text.size() when none).
std::size_t skip_json_space(std::string_view text, std::size_t from) noexcept;

}  // namespace newsdex::ingest
