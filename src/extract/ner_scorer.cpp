// Scores tokens for every tagging pass of a model with one table lookup per feature (the tagging hot path).
#include "extract/ner_scorer.h"

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
            std::copy(q.weights[k].begin(), q.weights[k].end(), rows_.begin() + static_cast<std::ptrdiff_t>(it->second * stride_ + p * tag_count));
        }
    }
    keys_ = rows.size();

    std::size_t capacity = 16;
    int bits = 4;
    while (capacity < keys_ * 2) { capacity *= 2; ++bits; }
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

namespace {

// Sums rows of `Passes` passes: a width known at compile time lets the compiler vectorise the adds.
template <std::size_t Passes>
void sum_rows(const std::int16_t* const* rows, std::size_t n, PassScorer::Sums& sums) {
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t t = 0; t < Passes * tag_count; ++t) sums[t] += rows[i][t];
    }
}

}  // namespace

void PassScorer::add(const FeatureIds& features, std::size_t first, Sums& sums) const {
    // Find every row first (prefetching them), then sum: the cache misses overlap instead of queueing.
    constexpr std::size_t batch = 32;
    const std::int16_t* found_rows[batch];
    for (std::size_t from = first; from < features.size(); from += batch) {
        const std::size_t n = std::min(batch, features.size() - from);
        for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[home(features[from + i])]);
        std::size_t found = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (const std::int16_t* row = find(features[from + i])) {
                __builtin_prefetch(row);
                found_rows[found++] = row;
            }
        }
        switch (passes()) {
            case 1: sum_rows<1>(found_rows, found, sums); break;
            case 2: sum_rows<2>(found_rows, found, sums); break;
            case 3: sum_rows<3>(found_rows, found, sums); break;
            default: sum_rows<4>(found_rows, found, sums); break;
        }
    }
}

TagScores PassScorer::scores(const Sums& sums, std::size_t pass) const {
    TagScores out;
    for (std::size_t t = 0; t < tag_count; ++t) out[t] = static_cast<float>(sums[pass * tag_count + t]) * scales_[pass];
    return out;
}

}  // namespace newsdex::extract::ner
