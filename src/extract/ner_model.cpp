// The entity recognizer's trained model: feature weights per tag, tag transitions and lexical resources,
// with its compressed file format.
//
// File format (gzip; integers little-endian or LEB128 varints):
//   "NDXNER1\n", u32 tag_count, f32 scale, transitions as (tag_count+1)*tag_count f32,
//   varint n, then n x (varint key delta from the previous key, u16 mask of non-zero tags, i16 per set bit),
//   varint n, then n casing entries (varint length, bytes, u8 bucket),
//   varint n, then n gazetteer entries (varint length, bytes, u8 type mask).
#include "extract/ner_model.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "core/error.h"

namespace newsdex::extract::ner {
namespace {

constexpr std::string_view magic = "NDXNER1\n";

class Writer {
public:
    void bytes(const void* data, std::size_t n) { out_.append(static_cast<const char*>(data), n); }
    void u8(std::uint8_t v) { out_ += static_cast<char>(v); }
    void u16(std::uint16_t v) { u8(v & 0xff); u8(v >> 8); }
    void u32(std::uint32_t v) { for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i))); }
    void f32(float v) { std::uint32_t u; std::memcpy(&u, &v, 4); u32(u); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) { u8(static_cast<std::uint8_t>(v | 0x80)); v >>= 7; }
        u8(static_cast<std::uint8_t>(v));
    }
    void string(const std::string& s) { varint(s.size()); bytes(s.data(), s.size()); }
    const std::string& data() const { return out_; }

private:
    std::string out_;
};

class Reader {
public:
    Reader(const std::string& data, const std::filesystem::path& file) : data_(data), file_(file) {}
    void need(std::size_t n) {
        if (pos_ + n > data_.size()) throw Error(ErrorKind::io, "truncated NER model", file_.string());
    }
    std::uint8_t u8() { need(1); return static_cast<std::uint8_t>(data_[pos_++]); }
    std::uint16_t u16() { const std::uint16_t lo = u8(); return static_cast<std::uint16_t>(lo | (u8() << 8)); }
    std::uint32_t u32() { std::uint32_t v = 0; for (int i = 0; i < 4; ++i) v |= std::uint32_t{u8()} << (8 * i); return v; }
    float f32() { const std::uint32_t u = u32(); float v; std::memcpy(&v, &u, 4); return v; }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = u8();
            v |= std::uint64_t{b & 0x7fu} << shift;
            if (!(b & 0x80)) return v;
        }
        throw Error(ErrorKind::io, "malformed NER model", file_.string());
    }
    std::string string() {
        const auto n = varint();
        need(n);
        std::string s = data_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    std::string_view view(std::size_t n) { need(n); const auto v = std::string_view(data_).substr(pos_, n); pos_ += n; return v; }

private:
    const std::string& data_;
    const std::filesystem::path& file_;
    std::size_t pos_ = 0;
};

std::string read_gzip(const std::filesystem::path& file) {
    gzFile in = gzopen(file.c_str(), "rb");
    if (!in) throw Error(ErrorKind::io, "cannot open NER model", file.string());
    gzbuffer(in, 1 << 17);
    std::string data;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0) data.append(buffer, static_cast<std::size_t>(n));
    const bool failed = n < 0;
    gzclose(in);
    if (failed) throw Error(ErrorKind::io, "cannot decompress NER model", file.string());
    return data;
}

}  // namespace

void Model::set_weights(const std::vector<std::pair<std::uint32_t, TagScores>>& features, const Transitions& transitions) {
    std::map<std::uint32_t, TagScores> merged;
    for (const auto& [key, w] : features) {
        auto [it, inserted] = merged.try_emplace(key, w);
        if (!inserted) for (std::size_t t = 0; t < tag_count; ++t) it->second[t] += w[t];
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

void Model::build_index() {
    index_.assign(65537, 0);
    std::size_t k = 0;
    for (std::uint32_t top = 0; top <= 65536; ++top) {
        while (k < keys_.size() && (keys_[k] >> 16) < top) ++k;
        index_[top] = static_cast<std::uint32_t>(k);
    }
}

TagScores Model::score(const FeatureIds& features) const {
    TagScores scores{};
    for (const std::uint32_t f : features) {
        const auto first = keys_.begin() + index_[f >> 16];
        const auto last = keys_.begin() + index_[(f >> 16) + 1];
        const auto it = std::lower_bound(first, last, f);
        if (it == last || *it != f) continue;
        const float* w = &weights_[static_cast<std::size_t>(it - keys_.begin()) * tag_count];
        for (std::size_t t = 0; t < tag_count; ++t) scores[t] += w[t];
    }
    return scores;
}

void Model::save(const std::filesystem::path& file) const {
    float max_weight = 0;
    for (const float w : weights_) max_weight = std::max(max_weight, std::fabs(w));
    const float scale = max_weight > 0 ? max_weight / 32767.0f : 1.0f;

    Writer out;
    out.bytes(magic.data(), magic.size());
    out.u32(tag_count);
    out.f32(scale);
    for (const auto& row : transitions_) for (const float w : row) out.f32(w);

    Writer features;
    std::size_t kept = 0;
    std::uint32_t previous = 0;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        std::uint16_t mask = 0;
        std::array<std::int16_t, tag_count> q{};
        for (std::size_t t = 0; t < tag_count; ++t) {
            q[t] = static_cast<std::int16_t>(std::lround(weights_[k * tag_count + t] / scale));
            if (q[t] != 0) mask |= static_cast<std::uint16_t>(1u << t);
        }
        if (mask == 0) continue;
        ++kept;
        features.varint(keys_[k] - previous);
        previous = keys_[k];
        features.u16(mask);
        for (std::size_t t = 0; t < tag_count; ++t) if (mask & (1u << t)) features.u16(static_cast<std::uint16_t>(q[t]));
    }
    out.varint(kept);
    out.bytes(features.data().data(), features.data().size());

    const auto casing = casing_.entries();
    out.varint(casing.size());
    for (const auto& [word, bucket] : casing) { out.string(word); out.u8(bucket); }
    const auto names = gazetteer_.entries();
    out.varint(names.size());
    for (const auto& [name, mask] : names) { out.string(name); out.u8(mask); }

    gzFile gz = gzopen(file.c_str(), "wb9");
    if (!gz) throw Error(ErrorKind::io, "cannot create NER model", file.string());
    const auto& data = out.data();
    const bool ok = gzwrite(gz, data.data(), static_cast<unsigned>(data.size())) == static_cast<int>(data.size());
    if (gzclose(gz) != Z_OK || !ok) throw Error(ErrorKind::io, "cannot write NER model", file.string());
}

Model Model::load(const std::filesystem::path& file) {
    const std::string data = read_gzip(file);
    Reader in(data, file);
    if (in.view(magic.size()) != magic || in.u32() != tag_count) {
        throw Error(ErrorKind::io, "not a newsdex NER model", file.string());
    }
    Model model;
    const float scale = in.f32();
    for (auto& row : model.transitions_) for (float& w : row) w = in.f32();
    const auto n = in.varint();
    model.keys_.reserve(n);
    model.weights_.assign(n * tag_count, 0.0f);
    std::uint32_t key = 0;
    for (std::size_t k = 0; k < n; ++k) {
        key += static_cast<std::uint32_t>(in.varint());
        model.keys_.push_back(key);
        const std::uint16_t mask = in.u16();
        for (std::size_t t = 0; t < tag_count; ++t) {
            if (mask & (1u << t)) model.weights_[k * tag_count + t] = static_cast<std::int16_t>(in.u16()) * scale;
        }
    }
    const auto casing = in.varint();
    for (std::size_t i = 0; i < casing; ++i) {
        auto word = in.string();
        model.casing_.set(std::move(word), in.u8());
    }
    const auto names = in.varint();
    for (std::size_t i = 0; i < names; ++i) {
        auto name = in.string();
        model.gazetteer_.set(std::move(name), in.u8());
    }
    model.build_index();
    return model;
}

}  // namespace newsdex::extract::ner
