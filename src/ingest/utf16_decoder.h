// Streaming UTF-16 to UTF-8 decoding for files read in chunks (a chunk may end inside a code unit or pair).
#pragma once

#include <string>
#include <string_view>

namespace newsdex::ingest {

// Appends `bytes` (UTF-16, little- or big-endian) to `out` as UTF-8. `carry` holds the bytes of an unfinished
// code unit or surrogate pair between calls; `final` marks the last chunk, whose unfinished rest becomes U+FFFD.
// Unpaired surrogates become U+FFFD as well, so the output is always valid UTF-8.
void decode_utf16(std::string_view bytes, bool big_endian, bool final, std::string& carry, std::string& out);

}  // namespace newsdex::ingest
