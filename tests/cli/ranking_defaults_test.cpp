// The shipped ranking defaults are the measured ones (docs/quality.md, "Choosing the defaults"): BM25 k1 1.2,
// b 0.35, stop words dropped only from queries of five words or more, no pseudo-relevance feedback, no proximity
// boost, and they actually reach the ranking.
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

TEST_CASE("the default ranking is BM25 k1=1.2, b=0.35 without feedback or proximity boost", "[search]") {
    std::string defaults = ranking({});
    CHECK(defaults == ranking({"--bm25", "1.2,0.35", "--expand", "0", "--stopwords", "on", "--stopwords-min-words", "5",
                               "--proximity", "0"}));
    // The parameters reach the scores: the previous defaults (1.1,0.3 and 0.9,0.3 in issue 15, 1.2,0.75 before)
    // and Xapian's score differently, and so does a proximity boost.
    CHECK(defaults != ranking({"--bm25", "1.1,0.3"}));
    CHECK(defaults != ranking({"--bm25", "0.9,0.3"}));
    CHECK(defaults != ranking({"--bm25", "1.2,0.75"}));
    CHECK(defaults != ranking({"--proximity", "0.5"}));
    CHECK(defaults != ranking({"--bm25", "1,0.5"}));
    // Stop words are kept in queries of under five words (q3), dropped from every query before.
    CHECK(defaults != ranking({"--stopwords-min-words", "1"}));
}
