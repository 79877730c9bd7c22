// Word-level helpers and lexical resources of the entity recognizer: normalised forms, shapes, the casing
// table learned from unlabeled news and the gazetteer of names seen in training.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsdex::extract::ner {

// ASCII stand-ins for typographic punctuation (curly quotes to ", ’ to ', en/em dashes to -), so news text
// looks like the CoNLL training text. Other words are returned unchanged.
std::string normalise_word(std::string_view word);

std::string lower_word(std::string_view word);  // Unicode lower case
std::string word_shape(std::string_view word);  // "Xxxxx" -> letters X/x, digits d, other kept; max 12 chars
std::string short_shape(std::string_view word); // shape with repeated classes collapsed: "Xx", "d-d", "X.X."

bool starts_upper(std::string_view word);
bool has_letter(std::string_view word);
bool is_all_upper(std::string_view word);       // has a letter and no lower-case letter
std::string title_word(std::string_view lower);  // first letter upper: "kerry" -> "Kerry"
std::string upper_word(std::string_view word);

// How often a word is capitalised in the middle of sentences of ordinary (mixed-case) news:
// 0 never .. 4 always, `acronym` when mostly written in capitals (NATO); `unknown` when too rare to say.
class CasingTable {
public:
    static constexpr std::uint8_t unknown = 255;
    static constexpr std::uint8_t acronym = 5;

    void count(std::string_view lower, bool capitalised, bool all_upper);  // while building
    void finish(std::uint32_t min_count);                           // counts -> buckets
    std::uint8_t bucket(const std::string& lower) const;

    // Sorted (word, bucket) pairs for writing; set() for reading.
    std::vector<std::pair<std::string, std::uint8_t>> entries() const;
    void set(std::string word, std::uint8_t bucket) { buckets_[std::move(word)] = bucket; }
    std::size_t size() const { return buckets_.size(); }

private:
    struct Counts {
        std::uint32_t capitalised = 0, upper = 0, total = 0;
    };
    std::unordered_map<std::string, Counts> counts_;
    std::unordered_map<std::string, std::uint8_t> buckets_;
};

// Lower-cased multiword names (words joined by ' ') with the set of types they were tagged as (bit per type).
class Gazetteer {
public:
    static constexpr std::size_t max_words = 6;

    void add(const std::vector<std::string>& lower_words, std::size_t type);
    std::uint8_t types(const std::string& joined) const;  // 0 if absent

    std::vector<std::pair<std::string, std::uint8_t>> entries() const;  // sorted
    void set(std::string joined, std::uint8_t mask) { names_[std::move(joined)] = mask; }
    std::size_t size() const { return names_.size(); }

private:
    std::unordered_map<std::string, std::uint8_t> names_;
};

}  // namespace newsdex::extract::ner
