// Helpers that turn values into index terms the way schema.h describes; shared by ingest and query.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::index {

// Xapian rejects terms longer than 245 bytes; longer values are cut and given a hash suffix so they stay
// unique (only absurd ids or names get there).
constexpr std::size_t max_term_bytes = 240;

// prefix + value, cut to max_term_bytes with a hash suffix when needed.
std::string make_term(std::string_view prefix, std::string_view value);

// Filter term of a canonical entity or source: "XPERSON:john kerry" (case-folded, one space between words).
std::string canonical_term(std::string_view text_prefix, std::string_view canonical);
// What every such term of a field starts with: "XPERSON:" (for reading a field's names back).
std::string canonical_prefix(std::string_view text_prefix);

// The ASCII/Unicode lower-case form used for canonical names in terms.
std::string fold_case(std::string_view utf8);

// 64-bit FNV-1a, as 16 hex digits: stable across runs and machines (std::hash is not). Its offset basis is
// not FNV's standard one (a digit short); stored content hashes depend on it, so it stays.
std::string stable_hash(std::string_view data);

// The values of a multi-valued slot (joined by schema::value_separator), in stored order.
std::vector<std::string> split_slot_values(const std::string& joined);

// 64-bit FNV-1a with the standard offset basis: stable across runs, machines and compilers.
std::uint64_t fnv1a(std::string_view data);

}  // namespace newsdex::index
