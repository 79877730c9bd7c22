// One weight table of the entity recognizer (feature weights per tag and tag transitions), and the
// little-endian/varint byte coding the model file uses.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {

using TagScores = std::array<float, tag_count>;
// transitions[prev][next], prev in 0..tag_count (tag_count = sentence start).
using Transitions = std::array<std::array<float, tag_count>, tag_count + 1>;

class ByteWriter {
public:
    void bytes(const void* data, std::size_t n) { out_.append(static_cast<const char*>(data), n); }
    void u8(std::uint8_t v) { out_ += static_cast<char>(v); }
    void u16(std::uint16_t v);
    void u32(std::uint32_t v);
    void f32(float v);
    void varint(std::uint64_t v);
    void string(const std::string& s);
    const std::string& data() const { return out_; }

private:
    std::string out_;
};

// Reads what ByteWriter wrote; throws newsdex::Error(io) naming `file` when the data runs out.
class ByteReader {
public:
    ByteReader(const std::string& data, std::filesystem::path file) : data_(data), file_(std::move(file)) {}
    std::uint8_t u8();
    std::uint16_t u16();
    std::uint32_t u32();
    float f32();
    std::uint64_t varint();
    std::string string();
    std::string_view view(std::size_t n);
    [[noreturn]] void fail(const std::string& reason) const;

private:
    void need(std::size_t n);
    const std::string& data_;
    std::filesystem::path file_;
    std::size_t pos_ = 0;
};

class WeightTable {
public:
    // Replaces the weights (features in any order; duplicates are summed).
    void set(const std::vector<std::pair<std::uint32_t, TagScores>>& features, const Transitions& transitions);
    // Sum of the weights of `features` per tag (unknown features weigh nothing).
    TagScores score(const FeatureIds& features) const;
    const Transitions& transitions() const { return transitions_; }
    std::size_t size() const { return keys_.size(); }

    // The weights as the model file stores them: 16-bit integers times `scale` (the largest weight is
    // +-32767), features whose weights all round to zero left out; keys ascending.
    struct Quantised {
        float scale = 1.0f;
        std::vector<std::uint32_t> keys;
        std::vector<std::array<std::int16_t, tag_count>> weights;
    };
    Quantised quantised() const;

    // The quantised weights; keys are delta-coded.
    void write(ByteWriter& out) const;
    void read(ByteReader& in);

private:
    void build_index();

    // Open addressing over feature hashes: keys alone in one small array (a miss, the usual case for
    // an unseen feature, reads one cache line of it), and the weight row of slot i at rows_[i], one
    // cache line per row.
    static constexpr std::size_t row_floats = 16;
    static_assert(tag_count <= row_floats);
    struct alignas(64) Row {
        float weights[row_floats];
    };
    const float* find(std::uint32_t feature) const;
    std::size_t home(std::uint32_t feature) const { return (feature * 0x9E3779B1u) >> shift_; }

    std::vector<std::uint32_t> keys_;   // sorted feature hashes
    std::vector<float> weights_;        // tag_count per key
    std::vector<std::uint32_t> slots_;  // feature hash per slot, 0 = empty (load <= 1/2), built by build_index()
    std::vector<Row> rows_;             // weights per slot
    std::uint32_t shift_ = 32;          // home slot = (key * golden) >> shift_
    std::size_t mask_ = 0;              // slots_.size() - 1
    std::ptrdiff_t zero_row_ = -1;      // position of key 0 (which marks empty slots) in keys_, if present
    Transitions transitions_{};
};

}  // namespace newsdex::extract::ner
