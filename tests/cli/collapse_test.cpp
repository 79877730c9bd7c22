// --collapse folds Reuters-21578's exact and near duplicates into one hit per cluster (issue 5, acceptance 5).
// The pairs were found by hand: identical bodies, and bodies that differ in a word or a spelling.
#include <fstream>
#include <set>

#include <zlib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

struct Pair {
    const char* first;
    const char* second;
    const char* why;
};

const Pair duplicates[] = {
    {"reuters-32", "reuters-55", "identical story (SENATORS INTRODUCE EXPORT LICENSING REFORM BILL)"},
    {"reuters-230", "reuters-240", "identical story (MANILA SAID TO OFFER DEBT BONDS TO BANKS)"},
    {"reuters-4", "reuters-16", "identical body under two headlines (TALKING POINT / ECONOMIC SPOTLIGHT)"},
    {"reuters-5167", "reuters-5273", "stabilise -> stabilize, REUTER dropped"},
    {"reuters-5973", "reuters-6099", "(OECD) added, REUTER -> Reuter"},
    {"reuters-8077", "reuters-8202", "IABD -> IADB, 'on Monday' -> 'today (Monday)'"},
    {"reuters-3007", "reuters-3043", "'that' dropped, REUTER -> Reuter"},
    {"reuters-1300", "reuters-1332", "(Alcan ... Ltd) unbracketed, 'metric tons' -> 'tonnes'"},
};

// Different stories on the same subjects and days, which must stay apart.
const Pair distinct[] = {
    {"reuters-1", "reuters-2", "cocoa review vs. standard oil"},
    {"reuters-5973", "reuters-8077", "two debt stories"},
    {"reuters-3007", "reuters-1300", "base rate vs. smelter"},
};

// The first `decoys` articles plus every article named above, as JSONL.
std::string reuters_subset(const std::filesystem::path& gz, std::size_t decoys) {
    std::set<std::string> wanted;
    for (const auto& p : duplicates) wanted.insert({p.first, p.second});
    gzFile in = gzopen(gz.string().c_str(), "rb");
    REQUIRE(in != nullptr);
    std::string out, line;
    char buffer[1 << 16];
    std::size_t seen = 0;
    while (gzgets(in, buffer, sizeof buffer) != nullptr) {
        line += buffer;
        if (line.empty() || line.back() != '\n') continue;
        auto article = nlohmann::json::parse(line, nullptr, false);
        if (article.is_object() && (seen++ < decoys || wanted.count(article.value("id", "")))) out += line;
        line.clear();
    }
    gzclose(in);
    return out;
}

nlohmann::json query(const std::string& index, const std::string& text, bool collapse) {
    std::vector<std::string> args{"query", "--index", index, "--format", "json", "--limit", "50", text};
    if (collapse) args.push_back("--collapse");
    auto r = run_newsdex(args);
    INFO(text << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
}

std::string ids(const Pair& p) { return std::string("id:") + p.first + " OR id:" + p.second; }

}  // namespace

TEST_CASE("collapse folds Reuters-21578 duplicates found by hand", "[integration]") {
    auto gz = newsdex::test::shared_dir() / "data" / "reuters21578.jsonl.gz";
    newsdex::test::skip_unless_exists(gz);
    TempDir dir;
    std::ofstream(dir / "subset.jsonl") << reuters_subset(gz, 400);
    // --threads 1 and --threads 3 must assign the same clusters: articles are written in input order.
    for (const char* threads : {"1", "3"}) {
        std::string index = dir / (std::string("index-") + threads);
        auto r = run_newsdex(
            {"ingest", dir / "subset.jsonl", "--index", index, "--no-entities", "--quiet", "--threads", threads});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        for (const auto& pair : duplicates) {
            INFO(threads << " threads: " << pair.first << " / " << pair.second << ": " << pair.why);
            CHECK(query(index, ids(pair), false)["hits"].size() == 2);
            auto folded = query(index, ids(pair), true);
            REQUIRE(folded["hits"].size() == 1);
            CHECK(folded["hits"][0]["id"] == pair.first);  // the earlier article represents its cluster
            CHECK(folded["hits"][0]["duplicates"] == 1);
        }
        for (const auto& pair : distinct) {
            INFO(threads << " threads: " << pair.first << " / " << pair.second << ": " << pair.why);
            CHECK(query(index, ids(pair), true)["hits"].size() == 2);
        }
        // Among the first 400 articles and the pairs, only the duplicates fold.
        auto stats = nlohmann::json::parse(run_newsdex({"stats", "--index", index, "--format", "json"}).out);
        INFO(stats.dump());
        CHECK(stats["duplicates"]["clusters"].get<int>() >= 8);
        CHECK(stats["duplicates"]["clusters"].get<int>() <= 12);
    }
}
