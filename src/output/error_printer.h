// Errors as JSON, for the HTTP API (the CLI prints them as text on stderr).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace newsdex::output {

// {"error": {"kind": "query", "message": "...", "column": 7, "query": "..."}}; "column" (1-based, in bytes,
// as the CLI's caret) only when the error has one, "query" only when given.
nlohmann::json error_to_json(const Error& error, const std::string& query = "");

// The name of an ErrorKind: usage, query, input, index, io.
const char* kind_name(ErrorKind kind) noexcept;

}  // namespace newsdex::output
