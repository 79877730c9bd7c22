// Similarity fingerprints of article text: a 64-bit simhash over word 3-shingles, and the LSH band keys that
// let the writer find earlier articles with a close fingerprint without scanning the index.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "index/schema.h"

namespace newsdex::index {

// Words per shingle: three keeps a one-word edit from touching more than three shingles, while two articles that
// merely share vocabulary share few shingles.
constexpr std::size_t shingle_words = 3;

// Largest Hamming distance between fingerprints of near-duplicates. On Reuters-21578, k = 3 joins reposts that
// differ in spelling (stabilise/stabilize), a dropped word or "REUTER"/"Reuter"; every pair at k <= 3 that was read
// by hand was a repost of one story (Manku et al., WWW 2007, use k = 3 for 64-bit simhashes too).
constexpr unsigned near_duplicate_distance = 3;

// The 64 bits are cut into near_duplicate_distance + 1 bands of 16 bits: two fingerprints within that distance
// agree exactly on at least one band (pigeonhole), so the band keys find every candidate.
constexpr unsigned fingerprint_bands = near_duplicate_distance + 1;
constexpr unsigned band_bits = 64 / fingerprint_bands;

// Simhash of `text` (already text::normalize'd): case-folded words (runs of letters and digits), shingled.
// nullopt when the text has no words, so empty articles never cluster together.
std::optional<std::uint64_t> simhash(std::string_view text);

// Number of differing bits.
unsigned hamming_distance(std::uint64_t a, std::uint64_t b) noexcept;

// The band keys of a fingerprint, band 0 (lowest bits) first: band number << band_bits | the band's bits, so keys
// of different bands never collide. Kept in memory by DuplicateClusters, not in the index (schema version 3).
using BandKeys = std::array<std::uint32_t, fingerprint_bands>;
BandKeys band_keys(std::uint64_t fingerprint) noexcept;

// 16 lower-case hex digits, the form stored in schema::slot::fingerprint; decode returns nullopt for anything else.
std::string encode_fingerprint(std::uint64_t fingerprint);
std::optional<std::uint64_t> decode_fingerprint(std::string_view hex) noexcept;

// Adds the fingerprint of `text` to `doc`: the value in schema::slot::fingerprint.
// Does nothing for text without words.
void add_fingerprint(Xapian::Document& doc, std::string_view text);

}  // namespace newsdex::index
