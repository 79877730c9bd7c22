// Feature extraction for the entity recognizer: a document's words -> hashed feature ids per token.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/ner_lexicon.h"

namespace newsdex::extract::ner {

// A document as sentences of words (raw token text; normalisation happens here). Documents matter because
// a word's casing elsewhere in the same document tells whether a headline or sentence-initial word is a name.
using Sentence = std::vector<std::string>;
using Document = std::vector<Sentence>;

// Features of one token: 32-bit FNV-1a hashes of feature strings ("l=putin", "s-1|s0=Xx|Xx" ...).
using FeatureIds = std::vector<std::uint32_t>;

// Everything the features look up besides the words themselves. Not owned; must outlive the call.
struct FeatureResources {
    const CasingTable* casing = nullptr;
    const Gazetteer* gazetteer = nullptr;
};

// Features for every token of every sentence: result[sentence][token].
std::vector<std::vector<FeatureIds>> extract_features(const Document& document, const FeatureResources& resources);

std::uint32_t hash_feature(std::string_view text);

}  // namespace newsdex::extract::ner
