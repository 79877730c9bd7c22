// The BIO tag set of the entity recognizer and conversions between tags, names and entity types.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::extract::ner {

// Tags are indices: 0 is O, then B-/I- for each type in `entity_types` order.
constexpr std::size_t type_count = 4;
constexpr std::size_t tag_count = 1 + 2 * type_count;
constexpr std::size_t start_tag = tag_count;  // the "previous tag" before a sentence's first word
constexpr std::array<std::string_view, type_count> type_names = {"PER", "ORG", "LOC", "MISC"};
constexpr std::array<EntityType, type_count> entity_types = {EntityType::person, EntityType::org, EntityType::location,
                                                             EntityType::misc};

using Tag = std::uint8_t;
constexpr Tag outside = 0;

constexpr Tag begin_tag(std::size_t type) { return static_cast<Tag>(1 + 2 * type); }
constexpr Tag inside_tag(std::size_t type) { return static_cast<Tag>(2 + 2 * type); }
constexpr bool is_begin(Tag t) { return t != outside && t % 2 == 1; }
constexpr bool is_inside(Tag t) { return t != outside && t % 2 == 0; }
constexpr std::size_t type_of(Tag t) { return (t - 1) / 2; }

// May `next` follow `prev` in BIO? (I-X only continues B-X or I-X; prev may be start_tag.)
constexpr bool allowed(std::size_t prev, Tag next) {
    if (!is_inside(next)) return true;
    return prev != start_tag && prev != outside && type_of(static_cast<Tag>(prev)) == type_of(next);
}

std::string tag_name(Tag t);  // "O", "B-PER", "I-LOC" ...

// Parses "O", "B-X" or "I-X" (X one of type_names); nullopt otherwise.
std::optional<Tag> parse_tag(std::string_view name);

// IOB1 (CoNLL-2003: I-X throughout, B-X only between adjacent same-type entities) to BIO/IOB2.
std::vector<Tag> iob1_to_bio(const std::vector<Tag>& tags);

// A chunk of tokens [first, last) of one type, read from BIO tags the conlleval way (a stray I-X starts a chunk).
struct Chunk {
    std::size_t first;
    std::size_t last;
    std::size_t type;
};
std::vector<Chunk> chunks_of(const std::vector<Tag>& tags);

}  // namespace newsdex::extract::ner
