// Sample terms: nested, about 1 in n of all articles, and a function of the id alone.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>

#include "index/sample_terms.h"
#include "index/shard_router.h"

using namespace newsdex;

TEST_CASE("sample terms nest and hold about 1 in n articles", "[unit]") {
    constexpr int articles = 200000;
    std::map<std::string, int> members;
    for (int n = 0; n < articles; ++n) {
        auto terms = index::sample_terms_for("Qreuters-" + std::to_string(n));
        // Nested: the 1-in-16 sample is inside the 1-in-4 one, and so on, in order.
        for (std::size_t k = 0; k < terms.size(); ++k) {
            unsigned rate = index::first_sample_rate;
            for (std::size_t step = 0; step < k; ++step) rate *= 4;
            CHECK(terms[k] == index::sample_term(rate));
        }
        for (const auto& term : terms) ++members[term];
    }
    for (unsigned rate = index::first_sample_rate; rate <= 1024; rate *= 4) {
        double expected = static_cast<double>(articles) / rate;
        INFO("1 in " << rate << ": " << members[index::sample_term(rate)] << " members, expected " << expected);
        // Within 5 standard deviations of a binomial draw.
        double sd = std::sqrt(expected * (1.0 - 1.0 / rate));
        CHECK(std::abs(members[index::sample_term(rate)] - expected) < 5 * sd + 1);
    }
    CHECK(index::sample_term(16) == "XSAMPLE16");
}

TEST_CASE("sample membership depends on the id only", "[unit]") {
    CHECK(index::sample_terms_for("Qa") == index::sample_terms_for("Qa"));
    // Independent of the shard router's hash: each shard of two holds its share of the 1-in-4 sample.
    int in_sample[2] = {0, 0}, on_shard[2] = {0, 0};
    for (int n = 0; n < 8000; ++n) {
        std::string unique = "Qdoc" + std::to_string(n);
        unsigned shard = index::shard_for(unique, 2);
        ++on_shard[shard];
        if (!index::sample_terms_for(unique).empty()) ++in_sample[shard];
    }
    for (int shard : {0, 1}) {
        INFO("shard " << shard << ": " << in_sample[shard] << " of " << on_shard[shard]);
        CHECK(in_sample[shard] > on_shard[shard] / 5);
        CHECK(in_sample[shard] < on_shard[shard] / 3);
    }
}
