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
    std::array<long, 64> votes{};
    for (std::uint64_t h : hashes) {
        for (unsigned bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1U) ? 1 : -1;
    }
    std::uint64_t fingerprint = 0;
    for (unsigned bit = 0; bit < 64; ++bit) {
        if (votes[bit] > 0) fingerprint |= std::uint64_t{1} << bit;
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
