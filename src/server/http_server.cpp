// HTTP wiring: routes, the token check, security headers, limits, and the clean stop on a signal.
#include "server/http_server.h"

#include <pthread.h>
#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

#include <httplib.h>

#include "core/error.h"
#include "output/error_printer.h"
#include "server/web_assets.h"

namespace newsdex::server {
namespace {

// Threads that hold connections. cpp-httplib keeps a keep-alive connection on its thread, so fewer threads
// than clients would make clients queue for whole keep-alive periods; the CPU-bound part is bounded separately
// by the IndexPool's handles (--threads).
constexpr int connection_threads = 32;
// GET requests carry no body; anything bigger than this is not a request of ours.
constexpr std::size_t max_payload_bytes = 64 * 1024;
// A client that sends or reads this slowly is dropped (a slow client cannot hold a thread for long).
constexpr time_t socket_timeout_seconds = 5;
// Requests one connection may carry (httplib defaults to 5, which makes a busy client reconnect constantly).
constexpr std::size_t keep_alive_requests = 1000;
constexpr const char* token_cookie = "newsdex_token";

// Every response: no sniffing, no framing, no referrer, scripts and styles only from this server.
const httplib::Headers security_headers = {
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"X-Frame-Options", "DENY"},
    {"Content-Security-Policy",
     "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
};

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/json; charset=utf-8");
}

// Constant-time comparison, so response timing does not reveal how much of a guessed token was right.
bool same_token(const std::string& given, const std::string& token) {
    if (given.size() != token.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < token.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ token[i]);
    return diff == 0;
}

std::string cookie_value(const httplib::Request& req, const std::string& name) {
    std::string cookies = req.get_header_value("Cookie");
    std::string key = name + "=";
    for (std::size_t at = 0; at < cookies.size();) {
        while (at < cookies.size() && (cookies[at] == ' ' || cookies[at] == ';')) ++at;
        std::size_t end = cookies.find(';', at);
        if (end == std::string::npos) end = cookies.size();
        if (cookies.compare(at, key.size(), key) == 0) return cookies.substr(at + key.size(), end - at - key.size());
        at = end;
    }
    return "";
}

// With a token: "/?token=T" sets it as a cookie (so the page's own requests carry it) and every other request
// needs the cookie or "Authorization: Bearer T".
httplib::Server::HandlerResponse check_access(const std::string& token, const httplib::Request& req,
                                              httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
        send_json(res, 405, output::error_to_json(Error(ErrorKind::usage, "only GET requests (the API is read-only)")));
        return httplib::Server::HandlerResponse::Handled;
    }
    if (token.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string bearer = req.get_header_value("Authorization");
    if (same_token(cookie_value(req, token_cookie), token) ||
        (bearer.rfind("Bearer ", 0) == 0 && same_token(bearer.substr(7), token))) {
        return httplib::Server::HandlerResponse::Unhandled;
    }
    if (req.path == "/" && same_token(req.get_param_value("token"), token)) {
        res.set_header("Set-Cookie", std::string(token_cookie) + "=" + token + "; HttpOnly; SameSite=Strict; Path=/");
        res.set_redirect("/");
        return httplib::Server::HandlerResponse::Handled;
    }
    send_json(res, 401,
              output::error_to_json(Error(ErrorKind::usage,
                                          "this server needs its token: open /?token=TOKEN "
                                          "or send Authorization: Bearer TOKEN")));
    return httplib::Server::HandlerResponse::Handled;
}

void serve_asset(const httplib::Request& req, httplib::Response& res) {
    const WebAsset* asset = find_web_asset(req.path);
    if (asset == nullptr) {
        res.status = 404;
        res.set_content("not found\n", "text/plain; charset=utf-8");
        return;
    }
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(asset->data), std::string(asset->content_type));
}

void configure(httplib::Server& http, Api& api, const ServeSettings& settings) {
    http.new_task_queue = [] { return new httplib::ThreadPool(connection_threads); };
    http.set_tcp_nodelay(true);  // without it, small responses wait for delayed ACKs (~40 ms each; measured)
    http.set_payload_max_length(max_payload_bytes);
    http.set_read_timeout(socket_timeout_seconds);
    http.set_write_timeout(socket_timeout_seconds);
    http.set_keep_alive_timeout(socket_timeout_seconds);
    http.set_keep_alive_max_count(keep_alive_requests);
    http.set_default_headers(security_headers);
    http.set_pre_routing_handler([token = settings.token](const httplib::Request& req, httplib::Response& res) {
        return check_access(token, req, res);
    });
    http.Get(R"(/api/.*)", [&api](const httplib::Request& req, httplib::Response& res) {
        ApiResponse answer = api.handle(req.path, req.params);
        send_json(res, answer.status, answer.body);
    });
    http.Get(R"(/.*)", serve_asset);
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send_json(res, 500, output::error_to_json(Error(ErrorKind::io, "internal error")));
    });
}

// Waits for SIGINT/SIGTERM (blocked in every thread, so only this one sees them) and stops the server.
void wait_for_signal(httplib::Server& http, const std::atomic<bool>& done) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    timespec tick{0, 200'000'000};
    while (!done) {
        if (sigtimedwait(&set, nullptr, &tick) > 0) {
            http.stop();
            return;
        }
    }
}

}  // namespace

bool is_loopback(const std::string& address) {
    return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

void check_settings(const ServeSettings& settings) {
    if (settings.port < 0 || settings.port > 65535) throw Error(ErrorKind::usage, "--port must be 0..65535");
    if (settings.threads == 0) throw Error(ErrorKind::usage, "--threads must be at least 1");
    if (!is_loopback(settings.bind) && settings.token.empty()) {
        throw Error(ErrorKind::usage, "--bind " + settings.bind +
                                          " lets other machines read the index: give --token SECRET too (clients "
                                          "then open /?token=SECRET), or keep the default 127.0.0.1");
    }
}

int run_server(const ServeSettings& settings, std::ostream& out) {
    check_settings(settings);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);  // inherited by every thread made from here on

    text::AliasTable aliases = text::AliasTable::load_default();
    IndexPool pool(settings.index, settings.threads, &aliases);
    Api api(pool, settings.limits);
    try {
        pool.acquire(settings.limits.handle_wait)->fresh();  // open now: report a missing index at once
    } catch (const Error& error) {
        std::cerr << "newsdex: " << describe(error) << " (the API answers 503 until it can be opened)\n";
    }
    httplib::Server http;
    configure(http, api, settings);
    int port = settings.port;
    if (port == 0) {
        port = http.bind_to_any_port(settings.bind);
    } else if (!http.bind_to_port(settings.bind, port)) {
        port = -1;
    }
    if (port < 0) throw Error(ErrorKind::io, "cannot listen on " + settings.bind + ":" + std::to_string(settings.port));
    std::string host = settings.bind.find(':') != std::string::npos ? "[" + settings.bind + "]" : settings.bind;
    std::string where;
    for (const auto& location : settings.index) where += (where.empty() ? "" : ", ") + location;
    out << "newsdex: serving " << where << " at http://" << host << ":" << port << "/" << std::endl;

    std::atomic<bool> done{false};
    std::thread signals([&] { wait_for_signal(http, done); });
    http.listen_after_bind();
    done = true;
    signals.join();
    out << "newsdex: stopped" << std::endl;
    return 0;
}

}  // namespace newsdex::server
