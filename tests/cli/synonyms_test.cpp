// Entity aliases feed Xapian's synonym table: a query for one name finds articles using another (issue 5).
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

std::vector<std::string> hit_ids(const std::string& index, const std::string& query) {
    auto r = run_newsdex({"query", "--index", index, "--format", "json", query});
    INFO(query << ": " << r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    std::vector<std::string> ids;
    auto result = nlohmann::json::parse(r.out);
    for (const auto& hit : result["hits"]) {
        std::string id = hit["id"];
        ids.push_back(id.substr(id.find_last_of('/') + 1));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("usa finds articles that only say United States or U.S.", "[integration]") {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "in");
    write(dir / "in/states.txt",
          "Trade talks resume\n\nOfficials from the United States and Canada resumed trade talks on Monday.\n");
    write(dir / "in/dots.txt", "Tariffs ease\n\nU.S. negotiators said tariffs on steel would ease next year.\n");
    write(dir / "in/weather.txt", "Rain again\n\nRain fell across Britain for a third day, forecasters said.\n");
    auto r = run_newsdex({"ingest", dir / "in", "--index", dir / "index", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    const std::vector<std::string> both{"dots.txt", "states.txt"};
    CHECK(hit_ids(dir / "index", "usa") == both);
    CHECK(hit_ids(dir / "index", "america") == both);
    CHECK(hit_ids(dir / "index", "united states") == both);  // a multi-word synonym key
    CHECK(hit_ids(dir / "index", "britain") == std::vector<std::string>{"weather.txt"});
    CHECK(hit_ids(dir / "index", "U.S.") == both);  // "us" is a key (acronym), never a value

    // A second ingest with the same aliases leaves the synonym table alone and keeps it working.
    r = run_newsdex({"ingest", dir / "in", "--index", dir / "index", "--quiet"});
    REQUIRE(r.exit_code == 0);
    CHECK(hit_ids(dir / "index", "usa") == both);
}
