// Word-level helpers and lexical resources of the entity recognizer: normalised forms, shapes, the casing
// table learned from unlabeled news and the gazetteer of names seen in training.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsdex::extract::ner {

// Lets the lexicon tables be searched with a std::string_view, without building a std::string per lookup.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// String -> byte map for the lexicon tables read once per word of every article: open addressing over
// 8-byte slots (32-bit hash tag, entry index), so a word that is absent, the usual case, costs one
// cache line and no string comparison.
class ByteTable {
public:
    const std::uint8_t* find(std::string_view key) const;
    std::uint8_t& operator[](std::string_view key);  // inserts 0 if absent
    std::size_t size() const { return items_.size(); }
    const std::vector<std::pair<std::string, std::uint8_t>>& items() const { return items_; }  // insertion order

private:
    static std::uint64_t hash(std::string_view key);
    std::size_t home(std::uint64_t h) const { return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> shift_); }
    void grow();

    std::vector<std::pair<std::string, std::uint8_t>> items_;
    std::vector<std::uint64_t> slots_;  // 0 empty, else (hash >> 32) << 32 | (item index + 1)
    unsigned shift_ = 64;
};

// ASCII stand-ins for typographic punctuation (curly quotes to ", ’ to ', en/em dashes to -), so news text
// looks like the CoNLL training text. Other words are returned unchanged.
std::string normalise_word(std::string_view word);

std::string lower_word(std::string_view word);   // Unicode lower case
std::string word_shape(std::string_view word);   // "Xxxxx" -> letters X/x, digits d, other kept; max 12 chars
std::string short_shape(std::string_view word);  // shape with repeated classes collapsed: "Xx", "d-d", "X.X."

bool starts_upper(std::string_view word);
bool has_letter(std::string_view word);
bool is_all_upper(std::string_view word);        // has a letter and no lower-case letter
std::string title_word(std::string_view lower);  // first letter upper: "kerry" -> "Kerry"
std::string upper_word(std::string_view word);

// How often a word is capitalised in the middle of sentences of ordinary (mixed-case) news:
// 0 never .. 4 always, `acronym` when mostly written in capitals (NATO); `unknown` when too rare to say.
class CasingTable {
public:
    static constexpr std::uint8_t unknown = 255;
    static constexpr std::uint8_t acronym = 5;

    void count(std::string_view lower, bool capitalised, bool all_upper);  // while building
    void finish(std::uint32_t min_count);                                  // counts -> buckets
    std::uint8_t bucket(std::string_view lower) const;

    // Sorted (word, bucket) pairs for writing; set() for reading.
    std::vector<std::pair<std::string, std::uint8_t>> entries() const;
    void set(std::string word, std::uint8_t bucket) { buckets_[word] = bucket; }
    std::size_t size() const { return buckets_.size(); }

private:
    struct Counts {
        std::uint32_t capitalised = 0, upper = 0, total = 0;
    };
    StringMap<Counts> counts_;
    ByteTable buckets_;
};

// Lower-cased multiword names (words joined by ' ') with the set of types they were tagged as (bit per type).
class Gazetteer {
public:
    static constexpr std::size_t max_words = 6;

    // Bit of lookup() saying that a longer name starts with these words (and a space).
    static constexpr std::uint8_t longer = 0x80;

    void add(const std::vector<std::string>& lower_words, std::size_t type);
    std::uint8_t types(std::string_view joined) const { return lookup(joined) & ~longer; }  // 0 if absent
    // Type bits plus `longer`, so a scan over growing word runs can stop as soon as no name continues.
    std::uint8_t lookup(std::string_view joined) const;

    std::vector<std::pair<std::string, std::uint8_t>> entries() const;  // sorted
    void set(std::string joined, std::uint8_t mask);
    std::size_t size() const { return size_; }

private:
    void mark_prefixes(std::string_view joined);
    ByteTable names_;       // names and, with only `longer` set, word-prefixes of names
    std::size_t size_ = 0;  // names (entries with a type bit)
};

}  // namespace newsdex::extract::ner
