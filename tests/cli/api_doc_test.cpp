// docs/api.md's examples run: each curl line against a server on the demo's kind of index (ids corpus/...),
// with the status after its '#' and the fields its JSON block shows (issue 19).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"
#include "support/serve_process.h"

using nlohmann::json;

namespace {

struct Example {
    std::string path;
    int status = 0;
    json shown;
};

std::vector<Example> read_examples(const std::string& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::string doc = text.str();
    // ```sh\ncurl -s 'http://127.0.0.1:8080PATH'  # STATUS\n```\n```json\nJSON```
    std::regex example(R"(```sh\ncurl -s 'http://127\.0\.0\.1:8080([^']*)' +# (\d+)\n```\n```json\n([\s\S]*?)```)");
    std::vector<Example> out;
    for (std::sregex_iterator it(doc.begin(), doc.end(), example), end; it != end; ++it) {
        out.push_back({(*it)[1], std::stoi((*it)[2]), json::parse((*it)[3].str())});
    }
    return out;
}

// Every field the doc shows is in the answer, with the same JSON type; objects' fields recursively, arrays by
// their first element. At the top level the answer has no field the doc leaves out.
void check_shape(const json& shown, const json& actual, const std::string& where, bool top) {
    INFO(where);
    if (shown.is_null() || actual.is_null()) return;  // null stands for "none" beside a value
    if (shown.is_number()) {
        CHECK(actual.is_number());
    } else {
        CHECK(std::string(shown.type_name()) == actual.type_name());
    }
    if (shown.is_object() && actual.is_object()) {
        for (const auto& [key, value] : shown.items()) {
            CHECK(actual.contains(key));
            if (actual.contains(key)) check_shape(value, actual[key], where + "." + key, false);
        }
        if (top) {
            for (const auto& [key, value] : actual.items()) {
                INFO("answer field not in docs/api.md: " << key);
                CHECK(shown.contains(key));
            }
        }
    } else if (shown.is_array() && actual.is_array() && !shown.empty() && !actual.empty()) {
        check_shape(shown[0], actual[0], where + "[0]", false);
    }
}

}  // namespace

TEST_CASE("docs/api.md examples answer as documented", "[integration]") {
    newsdex::test::TempDir dir;
    std::string index = dir / "index";
    // Ids as the demo makes them: paths relative to the source directory.
    std::string command = "cd '" + newsdex::test::source_dir().string() + "' && '" + NEWSDEX_BINARY +
                          "' ingest corpus --index '" + index + "' >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    auto examples = read_examples((newsdex::test::source_dir() / "docs" / "api.md").string());
    REQUIRE(examples.size() >= 7);
    newsdex::test::ServeProcess server({"--index", index});
    auto client = server.client();
    // Ids of files are their real paths (issue 18): the doc's "corpus%2F" stands for this checkout's corpus.
    std::string corpus = std::filesystem::canonical(newsdex::test::source_dir() / "corpus").string() + "/";
    std::string encoded;
    for (char c : corpus) encoded += c == '/' ? std::string("%2F") : std::string(1, c);
    for (auto example : examples) {
        std::size_t at = example.path.find("corpus%2F");
        if (at != std::string::npos) example.path.replace(at, 9, encoded);
        auto res = client.Get(example.path.c_str());
        REQUIRE(res);
        INFO(example.path << " -> " << res->body);
        CHECK(res->status == example.status);
        check_shape(example.shown, json::parse(res->body), example.path, true);
    }
}
