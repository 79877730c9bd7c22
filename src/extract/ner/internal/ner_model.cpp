// The entity recognizer's trained model: weight tables of its one or two tagging passes and its lexical
// resources, with its compressed file format.
//
// File format (gzip of): "NDXNER4\n", u32 tag_count, varint pass count, each pass a WeightTable
// (ner_weights.cpp), varint n + n casing entries (string, u8 bucket), varint n + n gazetteer entries
// (string, u8 type mask), f32 pass-2 margin, u8 feature_off bits, varint levels + varint n + n word clusters (string, levels x
// varint id), f32 vote margin, u8 feature_on bits (NDXNER4 only: save() writes NDXNER3, without the last two,
// when both are 0). Strings are a varint length and bytes. "NDXNER3\n" files (no vote margin) and
// "NDXNER2\n" files (no margin, no clusters either) still load.
#include "extract/ner/internal/ner_model.h"

#include <zlib.h>

#include "core/error.h"
#include "extract/ner/ner_conll.h"

namespace newsdex::extract::ner {
namespace {

constexpr std::string_view magic = "NDXNER4\n";
constexpr std::string_view magic_v3 = "NDXNER3\n";
constexpr std::string_view magic_v2 = "NDXNER2\n";
constexpr std::size_t max_passes = 4;

// The model file through the CoNLL reader's gzip reader, with errors that say it was the model.
std::string read_gzip(const std::filesystem::path& file) {
    try {
        return read_maybe_gzip(file);
    } catch (const Error& error) {
        throw Error(ErrorKind::io, "NER model: " + error.reason(), file.string());
    }
}

void write_clusters(const WordClusters& clusters, ByteWriter& out) {
    out.varint(clusters.levels());
    out.varint(clusters.size());
    for (std::size_t w = 0; w < clusters.size(); ++w) {
        out.string(clusters.words()[w]);
        for (std::size_t level = 0; level < clusters.levels(); ++level) out.varint(clusters.ids_of(w)[level]);
    }
}

WordClusters read_clusters(ByteReader& in) {
    WordClusters clusters;
    const auto levels = in.varint();
    if (levels > WordClusters::max_levels) in.fail("malformed NER model");
    const auto words = in.varint();
    if (words > 0 && levels == 0) in.fail("malformed NER model");
    std::vector<std::uint16_t> ids(levels);
    for (std::size_t w = 0; w < words; ++w) {
        auto word = in.string();
        for (auto& id : ids) {
            const auto value = in.varint();
            if (value > 0xffff) in.fail("malformed NER model");
            id = static_cast<std::uint16_t>(value);
        }
        clusters.add(std::move(word), ids);
    }
    return clusters;
}

}  // namespace

std::size_t Model::feature_count() const {
    std::size_t n = 0;
    for (const auto& pass : passes_) n += pass.size();
    return n;
}

void Model::save(const std::filesystem::path& file) const {
    ByteWriter out;
    // A model with neither a vote margin nor optional features is written as NDXNER3, byte for byte what
    // training wrote before they existed, so the shipped model stays reproducible.
    const bool v4 = vote_margin_ != 0 || switched_on_ != 0;
    const std::string_view version = v4 ? magic : magic_v3;
    out.bytes(version.data(), version.size());
    out.u32(tag_count);
    out.varint(passes_.size());
    for (const auto& pass : passes_) pass.write(out);
    const auto casing = casing_.entries();
    out.varint(casing.size());
    for (const auto& [word, bucket] : casing) {
        out.string(word);
        out.u8(bucket);
    }
    const auto names = gazetteer_.entries();
    out.varint(names.size());
    for (const auto& [name, mask] : names) {
        out.string(name);
        out.u8(mask);
    }
    out.f32(pass2_margin_);
    out.u8(switched_off_);
    write_clusters(clusters_, out);
    if (v4) {
        out.f32(vote_margin_);
        out.u8(switched_on_);
    }

    gzFile gz = gzopen(file.c_str(), "wb9");  // zlib writes mtime 0: same model, same bytes
    if (!gz) throw Error(ErrorKind::io, "cannot create NER model", file.string());
    const auto& data = out.data();
    const bool ok = gzwrite(gz, data.data(), static_cast<unsigned>(data.size())) == static_cast<int>(data.size());
    if (gzclose(gz) != Z_OK || !ok) throw Error(ErrorKind::io, "cannot write NER model", file.string());
}

Model Model::load(const std::filesystem::path& file) {
    const std::string data = read_gzip(file);
    ByteReader in(data, file);
    const std::string_view version = data.size() < magic.size() ? std::string_view() : in.view(magic.size());
    if ((version != magic && version != magic_v3 && version != magic_v2) || in.u32() != tag_count)
        in.fail("not a newsdex NER model");
    Model model;
    const auto passes = in.varint();
    if (passes == 0 || passes > max_passes) in.fail("malformed NER model");
    model.passes_.resize(passes);
    for (auto& pass : model.passes_) pass.read(in);
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
    if (version != magic_v2) {
        model.pass2_margin_ = in.f32();
        model.switched_off_ = in.u8();
        model.clusters_ = read_clusters(in);
    }
    if (version == magic) {
        model.vote_margin_ = in.f32();
        model.switched_on_ = in.u8();
    }
    model.prepare();
    return model;
}

}  // namespace newsdex::extract::ner
