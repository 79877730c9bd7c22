// `newsdex serve`: options -> ServeSettings -> the HTTP server (src/server/).
#include <iostream>
#include <thread>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "server/http_server.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex serve [--index DIR|tcp://HOST:PORT] [--bind 127.0.0.1] [--port 8080] [--threads N]\n"
    "                     [--token SECRET]\n\n"
    "Search and browse the index in a web page (open the printed URL) and over a JSON API (docs/api.md):\n"
    "/api/search, /api/article/ID, /api/similar/ID, /api/stats, /api/suggest. Read-only; sees what an ingest\n"
    "commits while it runs. Listens on 127.0.0.1 only unless --bind says otherwise, and then needs --token.\n"
    "Ctrl-C or SIGTERM stops it cleanly.\n"
    "Exit codes: 0 stopped by a signal, 2 bad usage, 3 the address cannot be bound.";

}  // namespace

int run_serve_command(const std::vector<std::string>& args) {
    server::ServeSettings settings;
    settings.threads = std::max(1U, std::thread::hardware_concurrency());
    po::options_description options("serve options");
    add_index_option(options, settings.index);
    options.add_options()("bind", po::value(&settings.bind), "address to listen on (default 127.0.0.1)")(
        "port,p", po::value(&settings.port), "port (default 8080; 0 = any free port, printed)")(
        "threads,j", po::value(&settings.threads), "searches at once, each with its own index handle (default: cores)")(
        "token", po::value(&settings.token),
        "secret every request must carry (cookie set by /?token=SECRET, or Authorization: Bearer); "
        "required with a --bind other than loopback");
    auto parsed = parse_command_line(args, options, po::positional_options_description(), usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    settings.index = resolve_index(settings.index);
    return server::run_server(settings, std::cout);
}

}  // namespace newsdex::cli
