// The JSON API, apart from HTTP: a path and its parameters in, a status and a JSON body out. Each endpoint
// runs the code of its command (query, show, similar, stats) and prints with the same output:: functions.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "server/index_pool.h"

namespace newsdex::server {

using Params = std::multimap<std::string, std::string>;  // URL parameters, decoded (httplib::Params)

struct ApiResponse {
    int status = 200;
    nlohmann::json body;
};

// Limits of one request, each with its reason.
struct ApiLimits {
    // Longer queries are typing accidents or attacks; the CLI has no such limit.
    std::size_t max_query_bytes = 2048;
    // A page of 100 hits with snippets is ~100 KB; more is a bulk export, which `query`/`batch` are for.
    std::size_t max_limit = 100;
    // Deep paging costs Xapian offset+limit candidates per request.
    std::size_t max_offset = 10000;
    // Ranking-pass wall-clock limit (QuerySpec::time_limit_seconds): a slow query holds a search handle no longer.
    double search_seconds = 2.0;
    // How long a request waits for a free search handle before answering 503 (busy).
    std::chrono::milliseconds handle_wait{10000};
};

class Api {
public:
    Api(IndexPool& pool, ApiLimits limits) : pool_(pool), limits_(limits) {}

    // Paths: /api/search, /api/article/ID, /api/similar/ID, /api/stats, /api/suggest (ID as decoded from the
    // URL; it may hold slashes). Status 200, 400 (bad parameter or query: the CLI's message and column), 404
    // (unknown endpoint or article), 503 (index missing or unreadable, or every handle busy). Never throws
    // Error; the body is always a JSON object.
    ApiResponse handle(const std::string& path, const Params& params);

private:
    ApiResponse search(const Params& params);
    ApiResponse article(const std::string& id, const Params& params);
    ApiResponse similar(const std::string& id, const Params& params);
    ApiResponse stats(const Params& params);
    ApiResponse suggest(const Params& params);
    IndexPool::Lease lease();

    IndexPool& pool_;
    ApiLimits limits_;
};

}  // namespace newsdex::server
