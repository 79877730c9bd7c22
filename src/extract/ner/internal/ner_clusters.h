// Word clusters learned from unlabeled news (scripts/make-word-clusters): for each lower-cased word, its
// cluster at a few granularities, coarse to fine. A word's cluster says what kind of word it is even when the
// labeled training text never showed it (Turian et al. 2010, Ratinov & Roth 2009).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/internal/ner_lexicon.h"

namespace newsdex::extract::ner {

class WordClusters {
public:
    // More levels than this is a malformed file; four are used.
    static constexpr std::size_t max_levels = 8;

    // Reads the TSV that scripts/make-word-clusters writes (gzip ok): comment lines start with '#', then one
    // word per line, "word<TAB>id<TAB>id...", one id per level, every line the same number of ids (below
    // 65536). Throws newsdex::Error(io) naming the file and line when it is not that.
    static WordClusters read_tsv(const std::filesystem::path& file);

    // Adds a word (its lower-cased, normalised form) with one id per level; the first word fixes the
    // number of levels and a later one with another count throws std::invalid_argument.
    void add(std::string word, const std::vector<std::uint16_t>& ids);
    // The word's ids, levels() of them, or nullptr when the word has no cluster.
    const std::uint16_t* find(std::string_view lower) const;
    std::size_t levels() const { return levels_; }
    std::size_t size() const { return words_.size(); }
    bool empty() const { return words_.empty(); }

    // Words in insertion order with their ids (for writing the model file).
    const std::vector<std::string>& words() const { return words_; }
    const std::uint16_t* ids_of(std::size_t word) const { return ids_.data() + word * levels_; }

private:
    std::size_t levels_ = 0;
    std::vector<std::string> words_;
    std::vector<std::uint16_t> ids_;  // levels_ per word
    StringMap<std::uint32_t> index_;  // word -> position in words_
};

}  // namespace newsdex::extract::ner
