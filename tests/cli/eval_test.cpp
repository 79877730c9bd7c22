// End-to-end: newsdex eval prints trec_eval's figures, equal to the bench's ireval.py (issue 5).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// Hand case (tests/search/trec_eval_test.cpp works the figures out): MAP 1/6, nDCG@10 0.27029, P@10 0.1,
// Recall@100 1/3, MRR 0.25 over two topics.
const char* qrels = "t1 0 d1 2\nt1 0 d2 1\nt1 0 d3 0\nt1 0 d4 1\nt2 0 d9 1\nt3 0 d1 0\n";
const char* run = "t1 Q0 d3 1 4.0 hand\nt1 Q0 d1 2 3.0 hand\nt1 Q0 d5 3 2.0 hand\nt1 Q0 d2 4 1.0 hand\n";

std::string capture(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
    return out;
}

}  // namespace

TEST_CASE("eval prints the hand-computed figures", "[integration]") {
    TempDir dir;
    write(dir / "qrels", qrels);
    write(dir / "run", run);
    auto r = run_newsdex({"eval", "--qrels", dir / "qrels", dir / "run", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["topics"] == 2);
    CHECK(j["map"].get<double>() == Approx(1.0 / 6));
    CHECK(j["ndcg@10"].get<double>() == Approx(0.27029).margin(1e-5));
    CHECK(j["p@10"].get<double>() == Approx(0.1));
    CHECK(j["recall@100"].get<double>() == Approx(1.0 / 3));
    CHECK(j["mrr"].get<double>() == Approx(0.25));

    auto text = run_newsdex({"eval", "--qrels", dir / "qrels", dir / "run", "--per-topic"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("0.1667") != std::string::npos);
    CHECK(text.out.find("t1") != std::string::npos);
}

TEST_CASE("eval agrees with the bench's ireval.py on a generated run", "[integration]") {
    auto ireval = newsdex::test::shared_dir() / "bench" / "lib" / "ireval.py";
    newsdex::test::skip_unless_exists(ireval);
    if (std::system("python3 -c 'import sys' > /dev/null 2>&1") != 0) {
        std::printf("skipped: no python3\n");
        std::exit(newsdex::test::skip_code);
    }
    // 30 topics x 50 docs with graded judgements, distinct scores, some topics unanswered.
    TempDir dir;
    std::string q, r;
    unsigned seed = 7;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) % 1000; };
    for (int t = 1; t <= 30; ++t) {
        for (int d = 0; d < 40; ++d) {
            if (next() < 250)
                q +=
                    "t" + std::to_string(t) + " 0 d" + std::to_string(next()) + " " + std::to_string(next() % 4) + "\n";
        }
        if (t % 7 == 0) continue;  // unanswered topic
        for (int rank = 1; rank <= 50; ++rank) {
            r += "t" + std::to_string(t) + " Q0 d" + std::to_string(next()) + " " + std::to_string(rank) + " " +
                 std::to_string(100 - rank) + ".5 gen\n";
        }
    }
    write(dir / "qrels", q);
    write(dir / "run", r);
    auto ours = run_newsdex({"eval", "--qrels", dir / "qrels", dir / "run", "--format", "json"});
    REQUIRE(ours.exit_code == 0);
    auto mine = nlohmann::json::parse(ours.out);
    std::string script = "import sys; sys.path.insert(0, '" + ireval.parent_path().string() +
                         "'); import ireval, json\n"
                         "run = {}\n"
                         "for line in open('" +
                         (dir / "run") +
                         "'):\n"
                         "    f = line.split(); run.setdefault(f[0], []).append(f[2])\n"
                         "means, _ = ireval.evaluate(run, ireval.read_qrels('" +
                         (dir / "qrels") +
                         "'))\n"
                         "print(json.dumps(means))\n";
    write(dir / "ref.py", script);
    std::string reference_text = capture("python3 " + (dir / "ref.py"));
    INFO(reference_text);
    auto reference = nlohmann::json::parse(reference_text);
    CHECK(mine["topics"] == reference["queries"]);
    CHECK(mine["map"].get<double>() == Approx(reference["map"].get<double>()).margin(1e-12));
    CHECK(mine["ndcg@10"].get<double>() == Approx(reference["ndcg@10"].get<double>()).margin(1e-12));
    CHECK(mine["p@10"].get<double>() == Approx(reference["p@10"].get<double>()).margin(1e-12));
    CHECK(mine["recall@100"].get<double>() == Approx(reference["r@100"].get<double>()).margin(1e-12));
    CHECK(mine["mrr"].get<double>() == Approx(reference["mrr"].get<double>()).margin(1e-12));
}

TEST_CASE("eval errors: missing files, malformed lines", "[integration]") {
    TempDir dir;
    write(dir / "qrels", qrels);
    write(dir / "bad", "t1 Q0 d1 1 high hand\n");
    CHECK(run_newsdex({"eval", "--qrels", dir / "missing", dir / "bad"}).exit_code == 3);
    auto r = run_newsdex({"eval", "--qrels", dir / "qrels", dir / "bad"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(":1:") != std::string::npos);
    CHECK(run_newsdex({"eval", dir / "bad"}).exit_code == 2);
}
