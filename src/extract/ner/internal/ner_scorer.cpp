// Scores tokens for every tagging pass of a model with one table lookup per feature (the tagging hot path).
#include "extract/ner/internal/ner_scorer.h"

#include <algorithm>
#include <map>

#include "core/error.h"

namespace newsdex::extract::ner {

PassScorer::PassScorer(const std::vector<WeightTable>& passes) {
    if (passes.size() > max_passes) throw Error(ErrorKind::input, "NER model has too many passes");
    stride_ = passes.size() * tag_count;
    // Key -> its row; std::map keeps the rows in key order, so the layout depends only on the model.
    std::map<std::uint32_t, std::size_t> rows;
    for (std::size_t p = 0; p < passes.size(); ++p) {
        const WeightTable::Quantised q = passes[p].quantised();
        scales_.push_back(q.scale);
        transitions_.push_back(passes[p].transitions());
        for (std::size_t k = 0; k < q.keys.size(); ++k) {
            const auto [it, added] = rows.try_emplace(q.keys[k], rows.size());
            if (added) rows_.resize(rows_.size() + stride_, 0);
            std::copy(q.weights[k].begin(), q.weights[k].end(),
                      rows_.begin() + static_cast<std::ptrdiff_t>(it->second * stride_ + p * tag_count));
        }
    }
    keys_ = rows.size();

    std::size_t capacity = 16;
    int bits = 4;
    while (capacity < keys_ * 2) {
        capacity *= 2;
        ++bits;
    }
    shift_ = static_cast<std::uint32_t>(32 - bits);
    mask_ = capacity - 1;
    slots_.assign(capacity, 0);
    for (const auto& [key, row] : rows) {
        std::size_t at = home(key);
        while (slots_[at] != 0) at = (at + 1) & mask_;
        slots_[at] = std::uint64_t{key} << 32 | (row + 1);
    }
}

const std::int16_t* PassScorer::find(std::uint32_t feature) const {
    for (std::size_t at = home(feature);; at = (at + 1) & mask_) {
        const std::uint64_t slot = slots_[at];
        if (slot == 0) return nullptr;
        if (static_cast<std::uint32_t>(slot >> 32) == feature) return &rows_[((slot & 0xffffffffu) - 1) * stride_];
    }
}

template <std::size_t Passes>
void PassScorer::add_keys(const std::uint32_t* keys, const std::uint32_t* ends, std::size_t tokens, Sums* sums) const {
    // A software pipeline over all keys of the document: the slot of key i + 2 * ahead is prefetched,
    // key i + ahead is probed (and its row prefetched), key i's row is summed. A token has ~30 features,
    // almost all in the ~3 MB table: looked up one after another, the cache misses would queue.
    constexpr std::size_t ahead = 16;
    const std::size_t n = tokens == 0 ? 0 : ends[tokens - 1];
    const std::int16_t* found[ahead] = {};
    auto probe = [&](std::size_t j) {
        const std::int16_t* row = find(keys[j]);
        if (row) __builtin_prefetch(row);
        found[j % ahead] = row;
    };
    for (std::size_t j = 0; j < std::min(n, 2 * ahead); ++j) __builtin_prefetch(&slots_[home(keys[j])]);
    for (std::size_t j = 0; j < std::min(n, ahead); ++j) probe(j);
    std::size_t i = 0;
    for (std::size_t token = 0; token < tokens; ++token) {
        // Summed in locals (registers) per token; a width known at compile time lets the compiler vectorise.
        std::int32_t local[Passes * tag_count] = {};
        for (; i < ends[token]; ++i) {
            if (i + 2 * ahead < n) __builtin_prefetch(&slots_[home(keys[i + 2 * ahead])]);
            const std::int16_t* row = found[i % ahead];
            if (i + ahead < n) probe(i + ahead);
            if (!row) continue;
            for (std::size_t t = 0; t < Passes * tag_count; ++t) local[t] += row[t];
        }
        for (std::size_t t = 0; t < Passes * tag_count; ++t) sums[token][t] += local[t];
    }
}

void PassScorer::add_keys(const std::uint32_t* keys, const std::uint32_t* ends, std::size_t tokens, Sums* sums) const {
    switch (passes()) {
        case 1: add_keys<1>(keys, ends, tokens, sums); break;
        case 2: add_keys<2>(keys, ends, tokens, sums); break;
        case 3: add_keys<3>(keys, ends, tokens, sums); break;
        default: add_keys<4>(keys, ends, tokens, sums); break;
    }
}

void PassScorer::add(const FeatureIds& features, std::size_t first, Sums& sums) const {
    if (first >= features.size()) return;
    const auto end = static_cast<std::uint32_t>(features.size() - first);
    add_keys(features.data() + first, &end, 1, &sums);
}

void PassScorer::add(const std::vector<std::vector<FeatureIds>>& features, const std::vector<std::uint32_t>& first,
                     std::vector<Sums>& sums) const {
    std::size_t total = 0;
    for (const auto& sentence : features)
        for (const auto& ids : sentence) total += ids.size();
    std::vector<std::uint32_t> keys, ends;
    keys.reserve(total);
    std::uint32_t token = 0;
    for (const auto& sentence : features) {
        for (const auto& ids : sentence) {
            const std::size_t from = first.empty() ? 0 : first[token];
            keys.insert(keys.end(), ids.begin() + static_cast<std::ptrdiff_t>(std::min(from, ids.size())), ids.end());
            ends.push_back(static_cast<std::uint32_t>(keys.size()));
            ++token;
        }
    }
    sums.resize(token);
    add_keys(keys.data(), ends.data(), token, sums.data());
}

TagScores PassScorer::scores(const Sums& sums, std::size_t pass) const {
    TagScores out;
    for (std::size_t t = 0; t < tag_count; ++t) out[t] = static_cast<float>(sums[pass * tag_count + t]) * scales_[pass];
    return out;
}

}  // namespace newsdex::extract::ner
