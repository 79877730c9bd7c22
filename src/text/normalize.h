// Text normalisation applied identically at index and query time, so both sides make the same terms.
#pragma once

#include <string>
#include <string_view>

namespace newsdex::text {

// NFKC, then folds typographic variants to ASCII: curly quotes to ' and ", dashes to -, non-breaking and
// other Unicode spaces to a plain space, ellipsis to "...", soft hyphens and zero-width characters removed.
// Invalid UTF-8 sequences become U+FFFD (call repair_utf8 first to guess an encoding instead).
std::string normalize(std::string_view utf8);

// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes) noexcept;

// Well-formed UTF-8 from text of unknown encoding: valid UTF-8 is returned as is (minus a BOM); UTF-16 with a
// BOM is converted; anything else is decoded as Windows-1252 (a superset of Latin-1 for printable text).
// `encoding_out`, if given, receives the encoding that was assumed ("UTF-8", "UTF-16LE", "windows-1252", ...).
std::string repair_utf8(std::string_view bytes, std::string* encoding_out = nullptr);

}  // namespace newsdex::text
