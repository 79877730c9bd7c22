// Canonical forms of organisation names that the alias table does not know.
#pragma once

#include <string>
#include <string_view>

namespace newsdex::extract {

// The name without a trailing legal form, so one company is one facet value whether a story writes
// "Chrysler Corp", "Chrysler Corp." or "Chrysler": "American Express Co" -> "American Express",
// "Merrill Lynch & Co Inc" -> "Merrill Lynch", "Rollins, Inc." -> "Rollins". Legal forms are the usual
// English and European ones (Inc, Corp, Corporation, Co, Ltd, Limited, PLC, LLC, LP, AG, SA, NV, GmbH, SpA).
// Returns the name unchanged when nothing precedes the legal form ("Co") or no legal form ends it.
std::string without_legal_form(std::string_view name);

}  // namespace newsdex::extract
