// Error objects of the JSON API: the same reason and column the CLI prints.
#include "output/error_printer.h"

namespace newsdex::output {

const char* kind_name(ErrorKind kind) noexcept {
    switch (kind) {
        case ErrorKind::usage: return "usage";
        case ErrorKind::query: return "query";
        case ErrorKind::input: return "input";
        case ErrorKind::index: return "index";
        case ErrorKind::io: return "io";
    }
    return "error";
}

nlohmann::json error_to_json(const Error& error, const std::string& query) {
    nlohmann::json body = {{"kind", kind_name(error.kind())}, {"message", error.reason()}};
    if (error.column() > 0) body["column"] = error.column();
    if (!query.empty()) body["query"] = query;
    return {{"error", body}};
}

}  // namespace newsdex::output
