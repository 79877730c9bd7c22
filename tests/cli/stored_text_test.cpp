// `ingest --store none`: the same terms and values as a full index, no stored body, snippets from the
// headline, and the mode fixed for the index's life.
#include <catch2/catch.hpp>

#include <fstream>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "support/cli_harness.h"
#include "support/index_dump.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

void ingest(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"ingest", "--quiet"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_newsdex(all);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

nlohmann::json first_hit(const std::string& index, const std::string& query) {
    auto r = run_newsdex({"query", "--index", index, "--format", "json", query});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto hits = nlohmann::json::parse(r.out)["hits"];
    REQUIRE(!hits.empty());
    return hits[0];
}

}  // namespace

TEST_CASE("ingest --store none indexes the same terms and values and stores no body", "[integration]") {
    TempDir dir;
    std::string corpus = (newsdex::test::source_dir() / "corpus").string();
    ingest({corpus, "--index", dir / "full"});
    ingest({corpus, "--index", dir / "bare", "--store", "none"});
    Xapian::Database full(dir / "full");
    Xapian::Database bare(dir / "bare");
    REQUIRE(full.get_doccount() > 10);
    CHECK(newsdex::test::dump(full, false) == newsdex::test::dump(bare, false));

    std::size_t bodies_full = 0, bodies_bare = 0, titled = 0;
    for (auto id = bare.postlist_begin(""); id != bare.postlist_end(""); ++id) {
        auto data = nlohmann::json::parse(bare.get_document(*id).get_data());
        bodies_bare += data.contains("body");
        titled += !data.value("title", "").empty();
    }
    for (auto id = full.postlist_begin(""); id != full.postlist_end(""); ++id) {
        bodies_full += nlohmann::json::parse(full.get_document(*id).get_data()).contains("body");
    }
    CHECK(bodies_bare == 0);
    CHECK(bodies_full == full.get_doccount());
    CHECK(titled == bare.get_doccount());
    CHECK(bare.get_metadata(std::string(newsdex::schema::metadata::stored_text)) == "none");
    CHECK(full.get_metadata(std::string(newsdex::schema::metadata::stored_text)) == "full");
    auto stats = run_newsdex({"stats", "--index", dir / "bare", "--format", "json"});
    REQUIRE(stats.exit_code == 0);
    CHECK(nlohmann::json::parse(stats.out)["stored_text"] == "none");

    // Body words still find the reference article ("Karry" is only in its body); the snippet is the headline.
    auto hit = first_hit(dir / "bare", "karry");
    CHECK(hit["id"].get<std::string>().find("putin-kerry-moscow") != std::string::npos);
    CHECK(hit["snippet"]["text"] == hit["title"]);
    auto full_hit = first_hit(dir / "full", "karry");
    CHECK(full_hit["id"] == hit["id"]);
    CHECK(full_hit["snippet"]["text"] != full_hit["title"]);
}

TEST_CASE("an index keeps the --store mode it was made with", "[integration]") {
    TempDir dir;
    std::string file = dir / "wire.jsonl";
    std::ofstream(file) << R"({"id":"a1","title":"Grain exports rise","body":"Wheat shipments grew in May."})"
                           "\n";
    ingest({file, "--index", dir / "bare", "--store", "none"});
    ingest({file, "--index", dir / "full"});

    auto clash = run_newsdex({"ingest", file, "--index", dir / "bare", "--store", "full"});
    CHECK(clash.exit_code == 2);
    CHECK(clash.err.find("--store none") != std::string::npos);
    CHECK(run_newsdex({"ingest", file, "--index", dir / "full", "--store", "none"}).exit_code == 2);
    CHECK(run_newsdex({"ingest", file, "--index", dir / "new", "--store", "some"}).exit_code == 2);

    // A later ingest without --store follows the index: a changed article is still stored without its body.
    std::ofstream(file) << R"({"id":"a1","title":"Grain exports fall","body":"Wheat shipments shrank in May."})"
                           "\n";
    ingest({file, "--index", dir / "bare"});
    Xapian::Database bare(dir / "bare");
    REQUIRE(bare.get_doccount() == 1);
    auto data = nlohmann::json::parse(bare.get_document(*bare.postlist_begin("")).get_data());
    CHECK(data["title"] == "Grain exports fall");
    CHECK_FALSE(data.contains("body"));
    CHECK(first_hit(dir / "bare", "shrank")["title"] == "Grain exports fall");
}
