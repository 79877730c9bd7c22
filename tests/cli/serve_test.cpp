// `newsdex serve` over HTTP (issue 19): the API answers what the commands print, errors carry statuses, the
// server sees new commits, refuses what it should, and stops cleanly.
#include <cctype>
#include <csignal>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"
#include "support/serve_process.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;
using newsdex::test::ServeProcess;
using newsdex::test::source_dir;
using nlohmann::json;

namespace {

// Percent-encodes everything but unreserved characters (so '/' in an id becomes %2F).
std::string encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string corpus_id(const std::string& file) { return (source_dir() / "corpus" / file).string(); }
const std::string reference = "2015-12-15-putin-kerry-moscow.txt";

json get_json(httplib::Client& client, const std::string& path, int expected_status) {
    auto res = client.Get(path.c_str());
    REQUIRE(res);
    INFO(path << " -> " << res->status << " " << res->body);
    CHECK(res->status == expected_status);
    CHECK(res->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    return json::parse(res->body);
}

json cli_json(const std::vector<std::string>& args) {
    auto r = run_newsdex(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

// Timing differs run to run; everything else must be identical.
json without_elapsed(json j) {
    j.erase("elapsed_ms");
    return j;
}

}  // namespace

TEST_CASE("serve: the API answers what query and show and similar and stats print", "[integration]") {
    ServeProcess server({"--index", corpus_index()});
    auto client = server.client();
    json api = get_json(client, "/api/search?q=kerry%20moscow&facet=person,place&sort=-date&limit=3", 200);
    json cli = cli_json({"query", "kerry moscow", "--index", corpus_index(), "--facet", "person,place", "--sort",
                         "-date", "--limit", "3", "--format", "json"});
    INFO("difference: " << json::diff(without_elapsed(cli), without_elapsed(api)).dump());
    CHECK(without_elapsed(api) == without_elapsed(cli));
    REQUIRE(api["hits"].size() == 3);
    // cpp-httplib 0.11 keeps '+' in a parameter as '+': a space is %20 (the page writes it so).
    json plus = get_json(client, "/api/search?q=%2Bkerry%20moscow&limit=1", 200);
    CHECK(plus["query"] == "+kerry moscow");

    std::string id = corpus_id(reference);
    json article = get_json(client, "/api/article/" + encode(id), 200);
    CHECK(article == cli_json({"show", id, "--index", corpus_index(), "--format", "json"}));
    CHECK(article["title"].get<std::string>().find("Kerry") != std::string::npos);

    json similar = get_json(client, "/api/similar/" + encode(id) + "?limit=4", 200);
    CHECK(without_elapsed(similar) ==
          without_elapsed(cli_json({"similar", id, "--index", corpus_index(), "--limit", "4", "--format", "json"})));

    json stats = get_json(client, "/api/stats", 200);
    CHECK(stats == cli_json({"stats", "--index", corpus_index(), "--format", "json"}));
}

TEST_CASE("serve: a bad query is a 400 with the CLI's message and column", "[integration]") {
    ServeProcess server({"--index", corpus_index()});
    auto client = server.client();
    json error = get_json(client, "/api/search?q=" + encode("date:2015-13-45..x"), 400);
    auto r = run_newsdex({"query", "--index", corpus_index(), "date:2015-13-45..x"});
    REQUIRE(r.exit_code == 2);
    CHECK(error["error"]["kind"] == "query");
    std::string message = error["error"]["message"];
    CHECK(message.find("month 13") != std::string::npos);
    CHECK(r.err.find(message) != std::string::npos);
    // The CLI puts its caret under the column the API reports.
    std::size_t column = error["error"]["column"];
    std::string caret_line = "  " + std::string(column - 1, ' ') + "^";
    CHECK(r.err.find(caret_line) != std::string::npos);
    CHECK(error["error"]["query"] == "date:2015-13-45..x");

    get_json(client, "/api/search?q=kerry&sort=sideways", 400);
    get_json(client, "/api/search?q=kerry&limit=100000", 400);
    get_json(client, "/api/search?q=kerry&frobnicate=1", 400);
    get_json(client, "/api/search?q=" + std::string(3000, 'a'), 400);
    get_json(client, "/api/article/no-such-article", 404);
    get_json(client, "/api/similar/no-such-article", 404);
    get_json(client, "/api/nothing", 404);
}

TEST_CASE("serve: 503 while the index is missing, then the articles an ingest commits", "[integration]") {
    newsdex::test::TempDir dir;
    std::string index = dir / "index";
    ServeProcess server({"--index", index});
    auto client = server.client();
    CHECK(get_json(client, "/api/search?q=kerry", 503)["error"]["kind"] == "index");
    get_json(client, "/api/stats", 503);

    REQUIRE(run_newsdex({"ingest", (source_dir() / "corpus" / reference).string(), "--index", index}).exit_code == 0);
    CHECK(get_json(client, "/api/search?q=kerry", 200)["total"] == 1);
    CHECK(get_json(client, "/api/stats", 200)["documents"] == 1);
    // A second commit while the server runs is seen by the next request.
    REQUIRE(run_newsdex({"ingest", (source_dir() / "corpus").string(), "--index", index}).exit_code == 0);
    CHECK(get_json(client, "/api/search?q=kerry", 200)["total"].get<int>() > 1);
    CHECK(get_json(client, "/api/stats", 200)["documents"].get<int>() > 1);
}

// The server keeps facet columns in memory per index handle (as batch does); a commit must drop them.
TEST_CASE("serve: facet counts follow the articles an ingest commits", "[integration]") {
    newsdex::test::TempDir dir;
    std::string index = dir / "index";
    REQUIRE(run_newsdex({"ingest", (source_dir() / "corpus" / reference).string(), "--index", index}).exit_code == 0);
    ServeProcess server({"--index", index, "--threads", "1"});  // one handle: every request reuses its columns
    auto client = server.client();
    const std::string path = "/api/search?q=kerry&facet=person,place,year&facet-limit=5";
    auto cli = [&] {
        return cli_json({"query", "kerry", "--index", index, "--facet", "person,place,year", "--facet-limit", "5",
                         "--format", "json"});
    };
    json before = get_json(client, path, 200);
    CHECK(without_elapsed(before) == without_elapsed(cli()));
    REQUIRE(run_newsdex({"ingest", (source_dir() / "corpus").string(), "--index", index}).exit_code == 0);
    json after = get_json(client, path, 200);
    INFO("difference: " << json::diff(without_elapsed(cli()), without_elapsed(after)).dump());
    CHECK(without_elapsed(after) == without_elapsed(cli()));
    CHECK(after["facets"] != before["facets"]);
}

TEST_CASE("serve: the page and its security headers with no CORS and no traversal and read-only", "[integration]") {
    ServeProcess server({"--index", corpus_index()});
    auto client = server.client();
    auto page = client.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<!DOCTYPE html>") == 0);
    CHECK(page->get_header_value("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK_FALSE(page->has_header("Access-Control-Allow-Origin"));
    auto script = client.Get("/app.js");
    REQUIRE(script);
    CHECK(script->get_header_value("Content-Type").rfind("text/javascript", 0) == 0);
    for (const char* path : {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/web/index.html", "/etc/passwd"}) {
        auto res = client.Get(path);
        REQUIRE(res);
        INFO(path);
        CHECK(res->status == 404);
    }
    auto cors = client.Get("/api/stats", {{"Origin", "http://evil.example"}});
    REQUIRE(cors);
    CHECK_FALSE(cors->has_header("Access-Control-Allow-Origin"));
    auto post = client.Post("/api/search", "q=kerry", "application/x-www-form-urlencoded");
    REQUIRE(post);
    CHECK(post->status == 405);
}

TEST_CASE("serve: --token guards every request and other addresses need one", "[integration]") {
    auto r = run_newsdex({"serve", "--index", corpus_index(), "--bind", "0.0.0.0", "--port", "0"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--token") != std::string::npos);

    ServeProcess server({"--index", corpus_index(), "--token", "s3cret"});
    auto client = server.client();
    get_json(client, "/api/stats", 401);
    auto page = client.Get("/");
    REQUIRE(page);
    CHECK(page->status == 401);
    auto bearer = client.Get("/api/stats", {{"Authorization", "Bearer s3cret"}});
    REQUIRE(bearer);
    CHECK(bearer->status == 200);
    auto wrong = client.Get("/api/stats", {{"Authorization", "Bearer s3creT"}});
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
    auto login = client.Get("/?token=s3cret");
    REQUIRE(login);
    CHECK(login->status == 302);
    std::string cookie = login->get_header_value("Set-Cookie");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    auto with_cookie = client.Get("/api/stats", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
    REQUIRE(with_cookie);
    CHECK(with_cookie->status == 200);
}

TEST_CASE("serve: SIGINT and SIGTERM stop it cleanly with exit code 0", "[integration]") {
    for (int signal : {SIGINT, SIGTERM}) {
        ServeProcess server({"--index", corpus_index()});
        auto client = server.client();
        get_json(client, "/api/stats", 200);
        server.process().signal(signal);
        auto code = server.process().wait_for(std::chrono::seconds(10));
        REQUIRE(code);
        CHECK(*code == 0);
        CHECK(server.process().out().find("newsdex: stopped") != std::string::npos);
    }
}
