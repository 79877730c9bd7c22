// Gives each document its nested XSAMPLE<n> terms from a hash of its id, so samples are stable.
#include "index/sample_terms.h"

#include <cstdint>

#include "index/schema.h"
#include "index/terms.h"

namespace newsdex::index {
namespace {

// FNV-1a then a SplitMix64 finaliser: stable across machines and compilers (std::hash is not), and
// independent of the shard router's plain FNV-1a modulus, so a sample is spread over all shards.
std::uint64_t sample_hash(std::string_view text) {
    std::uint64_t h = fnv1a(text);
    h += 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

}  // namespace

std::string sample_term(unsigned rate) { return std::string(schema::prefix::sample) + std::to_string(rate); }

std::vector<std::string> sample_terms_for(std::string_view unique_term) {
    std::vector<std::string> terms;
    std::uint64_t h = sample_hash(unique_term);
    for (unsigned rate = first_sample_rate; rate <= max_sample_rate; rate *= 4) {
        if (h % rate != 0) break;
        terms.push_back(sample_term(rate));
    }
    return terms;
}

}  // namespace newsdex::index
