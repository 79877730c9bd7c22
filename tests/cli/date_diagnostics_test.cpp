// Issue 17 case 6: a metadata date that is not a date is reported with file and line, counted in the summary, and
// the article is indexed without it (-0001-01-01 was stored as 0001-01-01, a time of 25:61:61 ignored, 2016-02-30
// dropped, all without a word).
#include <catch2/catch.hpp>

#include <fstream>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

TEST_CASE("issue 17 case 6: dates that are not dates are reported per line and counted", "[integration]") {
    TempDir dir;
    std::string file = dir / "dates.jsonl";
    std::ofstream(file) << R"({"id":"neg","title":"Negative year","body":"Grain.","date":"-0001-01-01"})"
                           "\n"
                        << R"({"id":"late","title":"Late hour","body":"Ships.","date":"1987-03-01T25:61:61"})"
                           "\n"
                        << R"({"id":"feb","title":"No such day","body":"Ports.","date":"2016-02-30"})"
                           "\n"
                        << R"({"id":"ok","title":"Leap day","body":"Cranes.","date":"2016-02-29"})"
                           "\n";
    auto r = run_newsdex({"ingest", file, "--index", dir / "ix"});
    INFO(r.err);
    CHECK(r.exit_code == 0);  // every article indexed
    CHECK(r.err.find(file + ":1: date \"-0001-01-01\": a year with a sign") != std::string::npos);
    CHECK(r.err.find(file + ":2: date \"1987-03-01T25:61:61\": time 25:61:61 is not a time of day") !=
          std::string::npos);
    CHECK(r.err.find(file + ":3: date \"2016-02-30\": no such day") != std::string::npos);
    CHECK(r.err.find(":4:") == std::string::npos);
    CHECK(r.out.find("repaired 3, undated 3;") != std::string::npos);
    CHECK(r.out.find("dates not used: 3") != std::string::npos);

    // Indexed, and without the date it did not have (not 0001-01-01, not 1987-03-01).
    for (const char* id : {"neg", "late", "feb"}) {
        auto q = run_newsdex({"query", "--index", dir / "ix", "--format", "json", std::string("id:") + id});
        CAPTURE(id, q.out);
        CHECK(q.exit_code == 0);
        CHECK(q.out.find("\"date\": null") != std::string::npos);
    }
    auto ok = run_newsdex({"query", "--index", dir / "ix", "--format", "json", "id:ok"});
    CHECK(ok.out.find("\"date\": \"2016-02-29\"") != std::string::npos);
}
