// trec_eval's measures against figures worked out by hand (issue 5).
#include <cmath>
#include <sstream>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "search/trec_eval.h"

using namespace newsdex::search;

namespace {

Qrels parse_qrels(const std::string& text) {
    std::istringstream in(text);
    return read_qrels(in);
}

Run parse_run(const std::string& text) {
    std::istringstream in(text);
    return read_run(in);
}

// t1: relevant d1 (gain 2), d2, d4 (gain 1); d3 judged not relevant. t2: one relevant doc, not in the run.
// t3: judged, nothing relevant, so it is not a topic of the mean.
const char* hand_qrels =
    "t1 0 d1 2\n"
    "t1 0 d2 1\n"
    "t1 0 d3 0\n"
    "t1 0 d4 1\n"
    "t2 0 d9 1\n"
    "t3 0 d1 0\n";

// t1 ranks d3 (not relevant), d1 (relevant), d5 (unjudged), d2 (relevant); d4 is never retrieved.
const char* hand_run =
    "t1 Q0 d3 1 4.0 hand\n"
    "t1 Q0 d1 2 3.0 hand\n"
    "t1 Q0 d5 3 2.0 hand\n"
    "t1 Q0 d2 4 1.0 hand\n"
    "t3 Q0 d1 1 1.0 hand\n";

}  // namespace

TEST_CASE("one topic's measures match a hand computation", "[unit]") {
    Evaluation e = evaluate(parse_run(hand_run), parse_qrels(hand_qrels));
    REQUIRE(e.topics == 2);
    const Metrics& t1 = e.per_topic.at("t1");
    // AP: relevant at ranks 2 and 4 -> (1/2 + 2/4) / 3 relevant = 1/3.
    CHECK(t1.map == Approx(1.0 / 3));
    // DCG@10 = 2/log2(3) + 1/log2(5) = 1.26186 + 0.43068 = 1.69254;
    // ideal = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093; nDCG = 0.54059.
    CHECK(t1.ndcg10 == Approx(0.54059).margin(1e-5));
    CHECK(t1.p10 == Approx(0.2));       // 2 relevant in the top 10
    CHECK(t1.r100 == Approx(2.0 / 3));  // 2 of 3 relevant in the top 100
    CHECK(t1.mrr == Approx(0.5));       // first relevant at rank 2
    const Metrics& t2 = e.per_topic.at("t2");
    CHECK(t2.map == 0);
    CHECK(t2.ndcg10 == 0);
    CHECK(t2.mrr == 0);
    CHECK(e.per_topic.count("t3") == 0);
}

TEST_CASE("means are over topics with a relevant document, unanswered ones counting 0", "[unit]") {
    Evaluation e = evaluate(parse_run(hand_run), parse_qrels(hand_qrels));
    CHECK(e.mean.map == Approx(1.0 / 6));
    CHECK(e.mean.ndcg10 == Approx(0.27029).margin(1e-5));
    CHECK(e.mean.p10 == Approx(0.1));
    CHECK(e.mean.r100 == Approx(1.0 / 3));
    CHECK(e.mean.mrr == Approx(0.25));
}

TEST_CASE("ireval.py's own selftest figures", "[unit]") {
    // lib/ireval.py selftest(): q1 ranks a b c d against relevant a c x; q2 ranks g f e f against e (2), f (1).
    Qrels qrels = parse_qrels("q1 0 a 1\nq1 0 c 1\nq1 0 x 1\nq2 0 e 2\nq2 0 f 1\nq3 0 h 1\nq4 0 z 0\n");
    Run run = {{"q1", {"a", "b", "c", "d"}}, {"q2", {"g", "f", "e", "f"}}};
    Evaluation e = evaluate(run, qrels);
    REQUIRE(e.topics == 3);
    CHECK(e.per_topic.at("q1").map == Approx(0.55556).margin(1e-5));
    CHECK(e.per_topic.at("q1").ndcg10 == Approx(0.70392).margin(1e-5));
    CHECK(e.per_topic.at("q2").map == Approx(0.58333).margin(1e-5));
    CHECK(e.per_topic.at("q2").ndcg10 == Approx(0.61990).margin(1e-5));
    CHECK(e.mean.map == Approx(0.37963).margin(1e-5));
    CHECK(e.mean.mrr == Approx(0.5));
    CHECK(e.mean.p10 == Approx(0.13333).margin(1e-5));
    CHECK(e.mean.r100 == Approx(0.55556).margin(1e-5));
    CHECK(e.mean.ndcg10 == Approx(0.44127).margin(1e-5));
}

TEST_CASE("a perfect ranking scores 1 except P@10", "[unit]") {
    Evaluation e = evaluate({{"q", {"e", "f"}}}, parse_qrels("q 0 e 2\nq 0 f 1\n"));
    CHECK(e.mean.map == 1.0);
    CHECK(e.mean.ndcg10 == Approx(1.0));
    CHECK(e.mean.r100 == 1.0);
    CHECK(e.mean.mrr == 1.0);
    CHECK(e.mean.p10 == Approx(0.2));
}

TEST_CASE("run files are ranked by score, ties by docid descending, as trec_eval does", "[unit]") {
    Run run = parse_run("q Q0 a 1 1.5 r\nq Q0 b 2 1.5 r\nq Q0 c 3 2.5 r\n\nq Q0 d 4 -1 r\n");
    CHECK(run.at("q") == std::vector<std::string>{"c", "b", "a", "d"});
}

TEST_CASE("only the first of a repeated docid counts", "[unit]") {
    Metrics m = evaluate_topic({"x", "x", "r"}, {{"r", 1}});
    CHECK(m.map == Approx(0.5));
    CHECK(m.mrr == Approx(0.5));
}

TEST_CASE("malformed qrels and run lines name their line", "[unit]") {
    auto [text, is_run] = GENERATE(table<std::string, bool>({
        {"q 0 d 1\nq 0 e high\n", false},
        {"q Q0 d 1 1.0 r\nq Q0 d\n", true},
        {"q Q0 d 1 1.0 r\nq Q0 e 2 abc r\n", true},
    }));
    INFO(text);
    std::istringstream in(text);
    try {
        if (is_run) {
            read_run(in, "f");
        } else {
            read_qrels(in, "f");
        }
        FAIL("no error");
    } catch (const newsdex::Error& error) {
        CHECK(error.line() == 2);
        CHECK(error.kind() == newsdex::ErrorKind::input);
    }
}
