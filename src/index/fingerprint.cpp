// Simhash (Charikar 2002) over hashed word shingles: each distinct shingle votes on every bit of the result.
#include "index/fingerprint.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>

#include "index/schema.h"
#include "index/terms.h"

namespace newsdex::index {
namespace {

// FNV-1a alone spreads its low bits poorly; the murmur3 finaliser makes every output bit depend on every input
// bit, which simhash needs (each bit is a separate vote).
std::uint64_t mix(std::uint64_t x) noexcept {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// Words: runs of ASCII letters and digits and of any non-ASCII bytes (so accented and non-Latin words stay
// whole). Punctuation splits words, which makes "Ltd," and "Ltd" the same word.
std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    auto is_word = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; };
    while (i < text.size()) {
        while (i < text.size() && !is_word(static_cast<unsigned char>(text[i]))) ++i;
        std::size_t start = i;
        while (i < text.size() && is_word(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

// How many of `hashes` have each bit set: ones[b] for bit b. Each hash adds, per byte, a word whose eight bytes
// are that byte's eight bits (`spread`), so eight byte-wide counters move at once; they are emptied into `ones`
// before one could overflow. A tenth of the instructions of testing every bit of every hash.
std::array<std::size_t, 64> bit_counts(const std::vector<std::uint64_t>& hashes) {
    static const std::array<std::uint64_t, 256> spread = [] {
        std::array<std::uint64_t, 256> out{};
        for (unsigned v = 0; v < 256; ++v) {
            for (unsigned j = 0; j < 8; ++j) out[v] |= std::uint64_t{(v >> j) & 1U} << (8 * j);
        }
        return out;
    }();
    std::array<std::size_t, 64> ones{};
    std::array<std::uint64_t, 8> lanes{};  // lanes[k], byte j: the count of bit 8k + j
    auto empty_lanes = [&] {
        for (unsigned k = 0; k < 8; ++k) {
            for (unsigned j = 0; j < 8; ++j) ones[8 * k + j] += (lanes[k] >> (8 * j)) & 0xff;
            lanes[k] = 0;
        }
    };
    std::size_t counted = 0;
    for (std::uint64_t h : hashes) {
        for (unsigned k = 0; k < 8; ++k) lanes[k] += spread[(h >> (8 * k)) & 0xff];
        if (++counted == 255) {  // a byte holds 255 at most
            empty_lanes();
            counted = 0;
        }
    }
    empty_lanes();
    return ones;
}

}  // namespace

std::optional<std::uint64_t> simhash(std::string_view text) {
    std::string folded = fold_case(text);
    std::vector<std::string_view> words = split_words(folded);
    if (words.empty()) return std::nullopt;
    std::vector<std::uint64_t> hashes;
    std::size_t count = words.size() < shingle_words ? 1 : words.size() - shingle_words + 1;
    std::size_t width = std::min(words.size(), shingle_words);
    hashes.reserve(count);
    std::string shingle;
    for (std::size_t i = 0; i < count; ++i) {
        shingle.clear();
        for (std::size_t j = 0; j < width; ++j) {
            if (j) shingle += ' ';
            shingle.append(words[i + j]);
        }
        hashes.push_back(mix(fnv1a(shingle)));
    }
    // A repeated shingle (boilerplate, tables) votes once.
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    // A bit is set when more hashes have it set than not (each hash votes +1 or -1 on it).
    const std::array<std::size_t, 64> ones = bit_counts(hashes);
    std::uint64_t fingerprint = 0;
    for (unsigned bit = 0; bit < 64; ++bit) {
        if (2 * ones[bit] > hashes.size()) fingerprint |= std::uint64_t{1} << bit;
    }
    return fingerprint;
}

unsigned hamming_distance(std::uint64_t a, std::uint64_t b) noexcept {
    return static_cast<unsigned>(std::popcount(a ^ b));
}

BandKeys band_keys(std::uint64_t fingerprint) noexcept {
    constexpr std::uint64_t mask = (std::uint64_t{1} << band_bits) - 1;
    BandKeys keys{};
    for (unsigned band = 0; band < fingerprint_bands; ++band) {
        keys[band] = (band << band_bits) | static_cast<std::uint32_t>((fingerprint >> (band * band_bits)) & mask);
    }
    return keys;
}

std::string encode_fingerprint(std::uint64_t fingerprint) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(fingerprint));
    return buffer;
}

std::optional<std::uint64_t> decode_fingerprint(std::string_view hex) noexcept {
    if (hex.size() != 16) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : hex) {
        unsigned digit;
        if (c >= '0' && c <= '9') {
            digit = static_cast<unsigned>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else {
            return std::nullopt;
        }
        value = (value << 4) | digit;
    }
    return value;
}

void add_fingerprint(Xapian::Document& doc, std::string_view text) {
    std::optional<std::uint64_t> fingerprint = simhash(text);
    if (!fingerprint) return;
    doc.add_value(schema::slot::fingerprint, encode_fingerprint(*fingerprint));
}

}  // namespace newsdex::index
