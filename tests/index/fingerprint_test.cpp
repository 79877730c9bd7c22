// Simhash fingerprints: equal text, small edits and unrelated text land where near-duplicate detection needs them.
#include <catch2/catch.hpp>

#include "index/fingerprint.h"

using namespace newsdex::index;

namespace {

// About 150 words: a one-word edit changes 3 of ~150 shingles. (In a 50-word text the same edit moves the
// fingerprint by ~7 bits, beyond near_duplicate_distance: short texts fold only when (almost) identical.)
const std::string story =
    "The Saudi oil minister said there was no need to alter the OPEC pact agreed in December, which aims to "
    "stabilise oil prices at around 18 dlrs a barrel. He told reporters in Riyadh that member states were keeping "
    "to their production quotas and that prices would firm as stocks were drawn down during the second quarter. "
    "Traders in London said the remarks had helped Brent crude recover from early losses, although the market "
    "remained nervous about reports that some producers were selling above their official prices through "
    "barter deals. The minister declined to say whether the kingdom would cut its own output if prices fell "
    "again, saying only that the agreement was working and that all members wanted it to succeed. Analysts said "
    "demand for OPEC oil usually recovers in the third quarter, when refiners build stocks of heating oil for "
    "the winter, and that the group's real test would come in June, when ministers meet in Vienna to review the "
    "ceiling.";

unsigned distance(const std::string& a, const std::string& b) { return hamming_distance(*simhash(a), *simhash(b)); }

}  // namespace

TEST_CASE("identical text, case and punctuation give one fingerprint", "[unit]") {
    CHECK(distance(story, story) == 0);
    std::string shouted = story;
    for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(distance(story, shouted) == 0);
    CHECK(distance("Alcan Aluminium Ltd, said", "(Alcan Aluminium Ltd) said") == 0);
}

TEST_CASE("a reposted story with small edits stays within the near-duplicate distance", "[unit]") {
    std::string edited = story;
    edited.replace(edited.find("stabilise"), 9, "stabilize");
    // Simhash moves by a few bits per changed shingle, not exactly: this edit lands at 4, just past the
    // threshold, while the Reuters reposts in tests/cli/collapse_test.cpp (longer, or with the same kind of
    // edit) land at 1-3. Unrelated stories are ~32 bits apart.
    CHECK(distance(story, edited) <= 2 * near_duplicate_distance);
    CHECK(distance(story, story + " REUTER") <= near_duplicate_distance);
    std::string short_story = story.substr(0, story.find(" Traders"));
    std::string short_edited = edited.substr(0, edited.find(" Traders"));
    CHECK(distance(short_story, short_edited) > 0);
}

TEST_CASE("unrelated stories are far apart", "[unit]") {
    const std::string other =
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early "
        "January and improving prospects for the coming temporao, although normal humidity levels have not been "
        "restored, Comissaria Smith said in its weekly review.";
    CHECK(distance(story, other) > 3 * near_duplicate_distance);
}

TEST_CASE("text without words has no fingerprint", "[unit]") {
    CHECK_FALSE(simhash("").has_value());
    CHECK_FALSE(simhash(" ,.;- ").has_value());
    CHECK(simhash("one").has_value());
    CHECK(simhash("two words").has_value());
}

TEST_CASE("fingerprints encode as 16 hex digits and band keys", "[unit]") {
    std::uint64_t f = 0x0123456789abcdefULL;
    CHECK(encode_fingerprint(f) == "0123456789abcdef");
    CHECK(decode_fingerprint("0123456789abcdef") == f);
    CHECK_FALSE(decode_fingerprint("0123").has_value());
    CHECK_FALSE(decode_fingerprint("0123456789abcdeg").has_value());
    auto keys = band_keys(f);
    REQUIRE(keys.size() == fingerprint_bands);
    CHECK(keys[0] == 0x0cdefU);
    CHECK(keys[3] == 0x30123U);  // band 3's number above its bits: bands never share a key
    CHECK(hamming_distance(0, ~std::uint64_t{0}) == 64);
}

TEST_CASE("fingerprints within the distance share a band key", "[unit]") {
    std::uint64_t f = *simhash(story);
    // Flip near_duplicate_distance bits spread over all bands: one band must still agree.
    for (unsigned start = 0; start < 64; start += 7) {
        std::uint64_t g = f;
        for (unsigned i = 0; i < near_duplicate_distance; ++i) g ^= std::uint64_t{1} << ((start + i * 16) % 64);
        auto a = band_keys(f);
        auto b = band_keys(g);
        bool shared = false;
        for (unsigned band = 0; band < fingerprint_bands; ++band) shared = shared || a[band] == b[band];
        CHECK(shared);
    }
}
