// The shipped ranking defaults are the measured ones (docs/quality.md, "Weighting schemes" and "Choosing the
// defaults"): DFR IneB2 with c 4.5 (BM25 k1 1.2, b 0.35 when BM25 is asked for), stop words dropped only from
// queries of five words or more, no pseudo-relevance feedback, no proximity boost, no separate headline weight
// (docs/quality.md, "Headline weight"), and they actually reach the ranking.
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;

namespace {

// Ranked ids and scores (TREC run format) of a few free-text queries over the demo corpus.
std::string ranking(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"batch", "--index", corpus_index(), "--format", "trec", "--limit", "20"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = run_newsdex(args,
                         "q1\tkerry moscow talks syria\nq2\tputin foreign minister lavrov\nq3\ttalks after "
                         "ceasefire\n");
    REQUIRE(r.exit_code == 0);
    REQUIRE(!r.out.empty());
    return r.out;
}

}  // namespace

TEST_CASE("the default ranking is IneB2 c=4.5 without feedback, proximity boost or headline weight", "[search]") {
    std::string defaults = ranking({});
    CHECK(defaults == ranking({"--weighting", "ineb2:4.5", "--expand", "0", "--stopwords", "on",
                               "--stopwords-min-words", "5", "--proximity", "0", "--headline-weight", "0"}));
    // The parameter reaches the scores, and the previous defaults (BM25 k1 1.2, b 0.35 until IneB2; 1.1,0.3 and
    // 0.9,0.3 earlier in issue 15, 1.2,0.75 before) and Xapian's BM25 score differently, as does a proximity boost.
    CHECK(defaults != ranking({"--weighting", "ineb2:1"}));
    CHECK(defaults != ranking({"--bm25", "1.2,0.35"}));
    CHECK(defaults != ranking({"--bm25", "1.1,0.3"}));
    CHECK(defaults != ranking({"--bm25", "1,0.5"}));
    CHECK(defaults != ranking({"--proximity", "0.5"}));
    // Stop words are kept in queries of under five words (q3), dropped from every query before.
    CHECK(defaults != ranking({"--stopwords-min-words", "1"}));
}

TEST_CASE("asked for BM25 without parameters, newsdex uses k1=1.2, b=0.35", "[search]") {
    std::string bm25 = ranking({"--bm25", "1.2,0.35"});
    CHECK(bm25 == ranking({"--weighting", "bm25"}));
    CHECK(bm25 != ranking({"--weighting", "bm25", "--bm25", "0.9,0.3"}));
    CHECK(bm25 != ranking({"--bm25", "1.2,0.75"}));
}

TEST_CASE("batch --weighting names another of Xapian's ranking functions for experiments", "[search]") {
    std::string defaults = ranking({});
    // Each scheme reaches the scores (search/weighting.h; the figures are in docs/quality.md).
    CHECK(defaults != ranking({"--weighting", "dph"}));
    CHECK(defaults != ranking({"--weighting", "inl2:1"}));
    CHECK(defaults != ranking({"--weighting", "bm25"}));
    CHECK(defaults != ranking({"--weighting", "bm25+:1.2,0.35,0.2"}));
    CHECK(defaults != ranking({"--weighting", "lm:500"}));
    // BM25+'s lower bound reaches the scores.
    CHECK(ranking({"--weighting", "bm25+:1.2,0.35,0"}) != ranking({"--weighting", "bm25+:1.2,0.35,0.2"}));
    for (const char* bad : {"bm26", "inl2", "inl2:0", "bm25+:1.2,0.35", "bm25+:1.2,1.5,1", "lm:x", "dph:1"}) {
        auto r = run_newsdex({"batch", "--index", corpus_index(), "--weighting", bad}, "q1\tkerry\n");
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("weighting") != std::string::npos);
    }
}

TEST_CASE("batch --headline-weight scores the query's words as headline terms and only reorders", "[search]") {
    // Every match of each query (TREC rows "qid Q0 docid rank score run"): the ids in rank order, and as a set.
    auto every_match = [](const std::string& weight) {
        auto r = run_newsdex(
            {"batch", "--index", corpus_index(), "--format", "trec", "--limit", "100000", "--headline-weight", weight},
            "q1\tkerry moscow talks syria\nq2\tputin foreign minister lavrov\n");
        REQUIRE(r.exit_code == 0);
        std::vector<std::string> ranked;
        std::istringstream rows(r.out);
        std::string qid, q0, docid, rest;
        while (rows >> qid >> q0 >> docid && std::getline(rows, rest)) ranked.push_back(qid + " " + docid);
        return ranked;
    };
    std::vector<std::string> off = every_match("0");
    std::vector<std::string> on = every_match("0.5");
    REQUIRE(off.size() > 10);
    CHECK(on != off);  // another order ...
    CHECK(std::multiset<std::string>(on.begin(), on.end()) == std::multiset<std::string>(off.begin(), off.end()));
    CHECK(every_match("0.1") != on);  // ... of the same matches, and the weight reaches the scores
}
