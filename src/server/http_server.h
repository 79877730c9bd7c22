// `newsdex serve`: the HTTP server (cpp-httplib) that answers the JSON API and serves the embedded page.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "server/api.h"

namespace newsdex::server {

struct ServeSettings {
    std::vector<std::string> index;  // --index locations
    std::string bind = "127.0.0.1";
    int port = 8080;       // 0: any free port (printed)
    unsigned threads = 2;  // searches at once (index handles)
    std::string token;     // required on every request when set (Authorization: Bearer, or cookie)
    ApiLimits limits;
};

// True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches.
bool is_loopback(const std::string& address);

// Throws Error(usage) for settings the server refuses: a non-loopback address without a token, a bad port.
void check_settings(const ServeSettings& settings);

// Binds, prints "newsdex: serving INDEX at http://HOST:PORT/" on `out`, and answers requests until SIGINT or
// SIGTERM, then stops accepting, finishes the requests under way and returns 0. Throws Error(io) when the
// address cannot be bound. Call it from a process's main thread before starting any other thread: it blocks
// SIGINT and SIGTERM in the threads it makes and waits for them on one.
int run_server(const ServeSettings& settings, std::ostream& out);

}  // namespace newsdex::server
