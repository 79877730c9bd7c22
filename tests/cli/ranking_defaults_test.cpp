// The shipped ranking defaults are the measured ones (docs/quality.md, "Weighting schemes" and "Choosing the
// defaults"): DFR IneB2 with c 4.5 (BM25 k1 1.2, b 0.35 when BM25 is asked for), stop words dropped only from
// queries of five words or more, no pseudo-relevance feedback, no proximity boost, and they actually reach the
// ranking.
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

TEST_CASE("the default ranking is IneB2 c=4.5 without feedback or proximity boost", "[search]") {
    std::string defaults = ranking({});
    CHECK(defaults == ranking({"--weighting", "ineb2:4.5", "--expand", "0", "--stopwords", "on",
                               "--stopwords-min-words", "5", "--proximity", "0"}));
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
