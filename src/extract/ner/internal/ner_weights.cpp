// One weight table of the entity recognizer (feature weights per tag and tag transitions), and the
// little-endian/varint byte coding the model file uses.
#include "extract/ner/internal/ner_weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "core/error.h"

namespace newsdex::extract::ner {

void ByteWriter::u16(std::uint16_t v) {
    u8(v & 0xff);
    u8(static_cast<std::uint8_t>(v >> 8));
}
void ByteWriter::u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
}
void ByteWriter::f32(float v) {
    std::uint32_t u;
    std::memcpy(&u, &v, 4);
    u32(u);
}
void ByteWriter::varint(std::uint64_t v) {
    while (v >= 0x80) {
        u8(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    u8(static_cast<std::uint8_t>(v));
}
void ByteWriter::string(const std::string& s) {
    varint(s.size());
    bytes(s.data(), s.size());
}

void ByteReader::fail(const std::string& reason) const { throw Error(ErrorKind::io, reason, file_.string()); }
void ByteReader::need(std::size_t n) {
    if (pos_ + n > data_.size()) fail("truncated NER model");
}
std::uint8_t ByteReader::u8() {
    need(1);
    return static_cast<std::uint8_t>(data_[pos_++]);
}
std::uint16_t ByteReader::u16() {
    const std::uint16_t lo = u8();
    return static_cast<std::uint16_t>(lo | (u8() << 8));
}
std::uint32_t ByteReader::u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t{u8()} << (8 * i);
    return v;
}
float ByteReader::f32() {
    const std::uint32_t u = u32();
    float v;
    std::memcpy(&v, &u, 4);
    return v;
}
std::uint64_t ByteReader::varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t b = u8();
        v |= std::uint64_t{b & 0x7fu} << shift;
        if (!(b & 0x80)) return v;
    }
    fail("malformed NER model");
}
std::string ByteReader::string() { return std::string(view(varint())); }
std::string_view ByteReader::view(std::size_t n) {
    need(n);
    const auto v = std::string_view(data_).substr(pos_, n);
    pos_ += n;
    return v;
}

void WeightTable::set(const std::vector<std::pair<std::uint32_t, TagScores>>& features,
                      const Transitions& transitions) {
    std::map<std::uint32_t, TagScores> merged;
    for (const auto& [key, w] : features) {
        auto [it, inserted] = merged.try_emplace(key, w);
        if (!inserted)
            for (std::size_t t = 0; t < tag_count; ++t) it->second[t] += w[t];
    }
    keys_.clear();
    weights_.clear();
    for (const auto& [key, w] : merged) {
        keys_.push_back(key);
        weights_.insert(weights_.end(), w.begin(), w.end());
    }
    transitions_ = transitions;
    build_index();
}

void WeightTable::build_index() {
    // Scoring looks up ~50 features per token per pass while indexing evicts the caches between articles:
    // a compact key array answers a miss with one cache line, where the sorted keys took an index and a
    // binary search. Linear probing at load <= 1/2 keeps the probe runs short.
    std::size_t capacity = 16;
    int bits = 4;
    while (capacity < keys_.size() * 2) {
        capacity *= 2;
        ++bits;
    }
    shift_ = static_cast<std::uint32_t>(32 - bits);
    slots_.assign(capacity, 0);
    rows_.assign(capacity, Row{});
    zero_row_ = -1;
    mask_ = capacity - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        if (keys_[k] == 0) {
            zero_row_ = static_cast<std::ptrdiff_t>(k);
            continue;
        }
        std::size_t at = home(keys_[k]);
        while (slots_[at] != 0) at = (at + 1) & mask_;
        slots_[at] = keys_[k];
        std::copy_n(&weights_[k * tag_count], tag_count, rows_[at].weights);
    }
}

const float* WeightTable::find(std::uint32_t feature) const {
    if (feature == 0) return zero_row_ < 0 ? nullptr : &weights_[static_cast<std::size_t>(zero_row_) * tag_count];
    for (std::size_t at = home(feature);; at = (at + 1) & mask_) {
        if (slots_[at] == feature) return rows_[at].weights;
        if (slots_[at] == 0) return nullptr;
    }
}

TagScores WeightTable::score(const FeatureIds& features) const {
    TagScores scores{};
    if (keys_.empty()) return scores;
    // Find every row first (prefetching them), then sum: the cache misses overlap instead of queueing.
    constexpr std::size_t batch = 32;
    const float* rows[batch];
    for (std::size_t first = 0; first < features.size(); first += batch) {
        const std::size_t n = std::min(batch, features.size() - first);
        for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[home(features[first + i])]);
        std::size_t found = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (const float* w = find(features[first + i])) {
                __builtin_prefetch(w);
                rows[found++] = w;
            }
        }
        // Summed in feature order, as before, so scores are bit-for-bit those of the sorted table.
        for (std::size_t i = 0; i < found; ++i) {
            for (std::size_t t = 0; t < tag_count; ++t) scores[t] += rows[i][t];
        }
    }
    return scores;
}

WeightTable::Quantised WeightTable::quantised() const {
    Quantised out;
    float max_weight = 0;
    for (const float w : weights_) max_weight = std::max(max_weight, std::fabs(w));
    out.scale = max_weight > 0 ? max_weight / 32767.0f : 1.0f;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        std::array<std::int16_t, tag_count> q{};
        bool any = false;
        for (std::size_t t = 0; t < tag_count; ++t) {
            q[t] = static_cast<std::int16_t>(std::lround(weights_[k * tag_count + t] / out.scale));
            any = any || q[t] != 0;
        }
        if (!any) continue;
        out.keys.push_back(keys_[k]);
        out.weights.push_back(q);
    }
    return out;
}

void WeightTable::write(ByteWriter& out) const {
    const Quantised q = quantised();
    out.f32(q.scale);
    for (const auto& row : transitions_)
        for (const float w : row) out.f32(w);

    ByteWriter features;
    std::uint32_t previous = 0;
    for (std::size_t k = 0; k < q.keys.size(); ++k) {
        std::uint16_t mask = 0;
        for (std::size_t t = 0; t < tag_count; ++t)
            if (q.weights[k][t] != 0) mask |= static_cast<std::uint16_t>(1u << t);
        features.varint(q.keys[k] - previous);
        previous = q.keys[k];
        features.u16(mask);
        for (std::size_t t = 0; t < tag_count; ++t) {
            if (mask & (1u << t)) features.u16(static_cast<std::uint16_t>(q.weights[k][t]));
        }
    }
    out.varint(q.keys.size());
    out.bytes(features.data().data(), features.data().size());
}

void WeightTable::read(ByteReader& in) {
    const float scale = in.f32();
    for (auto& row : transitions_)
        for (float& w : row) w = in.f32();
    const auto n = in.varint();
    if (n > (1u << 26)) in.fail("malformed NER model");
    keys_.clear();
    keys_.reserve(n);
    weights_.assign(n * tag_count, 0.0f);
    std::uint32_t key = 0;
    for (std::size_t k = 0; k < n; ++k) {
        key += static_cast<std::uint32_t>(in.varint());
        keys_.push_back(key);
        const std::uint16_t mask = in.u16();
        for (std::size_t t = 0; t < tag_count; ++t) {
            if (mask & (1u << t)) weights_[k * tag_count + t] = static_cast<std::int16_t>(in.u16()) * scale;
        }
    }
    build_index();
}

}  // namespace newsdex::extract::ner
