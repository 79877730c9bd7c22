// Feature extraction for the entity recognizer: a document's words -> hashed feature ids per token.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/ner/internal/ner_clusters.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/ner_tags.h"

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
    const WordClusters* clusters = nullptr;  // none: no cluster features
    std::uint8_t switched_off = 0;           // feature_off bits: feature groups a model was trained without
    std::uint8_t switched_on = 0;            // feature_on bits: optional feature groups a model was trained with
};

// Feature groups a model can be trained without (to measure what each is worth; the model file says which).
namespace feature_off {
inline constexpr std::uint8_t section_word = 1;         // the "SOCCER - ..." section word (topic|ss0)
inline constexpr std::uint8_t headline_truecasing = 2;  // ALL CAPS and Title Case lines featurised as written
inline constexpr std::uint8_t all_caps_truecasing = 4;  // ALL CAPS lines as written, Title Case ones truecased
}  // namespace feature_off

// Optional feature groups (issue 16), off unless a model says it was trained with them.
namespace feature_on {
// Pass 1: the word, or the word before it, is a person title (ner_spans.h: "Senator", "President"), so a
// title CoNLL-2003 rarely shows reads like the ones it often does.
inline constexpr std::uint8_t title_words = 1;
// Pass 2: the majority reading elsewhere of the words either side, with this word ("PER and PER"), so two
// names read apart elsewhere in the document are not one name here ("Lavrov and Kerry").
inline constexpr std::uint8_t neighbour_votes = 2;
// After the last pass: an ALL CAPS headline reads a run of name words as the article's body reads the same
// words (ner_headline.h), so "BANK OF NEW YORK" is the body's "Bank of New York", not a bank and a place.
inline constexpr std::uint8_t headline_follows_body = 4;
}  // namespace feature_on

// What extract_features learned about a document's words that the second pass needs again: each token's
// lower-cased form as a small per-document id, and whether the token has a letter.
struct DocumentWords {
    std::vector<std::vector<std::uint32_t>> ids;  // [sentence][token]; equal ids, equal lower-cased forms
    std::vector<std::vector<bool>> letters;       // [sentence][token]: has_letter
    std::vector<bool> all_caps;                   // [sentence]: an ALL CAPS line (none if not computed)
    std::size_t distinct = 0;                     // ids are 0 .. distinct-1
};

// Features for every token of every sentence: result[sentence][token]. Fills `words` if given.
// With `skip_plain` (tagging, not training), a token with no capital letter within `plain_window` words on
// either side (after headline truecasing) gets no features at all: an empty list, which the decoder reads
// as O. Such tokens are about half of news text and almost never inside a name (3 of 8,603 entity tokens
// of CoNLL dev; the window of two keeps "said van der Bellen" whole).
inline constexpr std::size_t plain_window = 2;
std::vector<std::vector<FeatureIds>> extract_features(const Document& document, const FeatureResources& resources,
                                                      DocumentWords* words = nullptr, bool skip_plain = false);

// Which first-pass readings vote in add_first_pass_features.
struct FirstPassVotes {
    // The first pass's token_margins (ner_decoder.h); with them, only readings with a margin of at least
    // `vote_margin` count towards a word's majority elsewhere, so one weak reading is not spread to every
    // mention of the word.
    const std::vector<std::vector<float>>* margins = nullptr;
    float vote_margin = 0;
    bool neighbours = false;  // feature_on::neighbour_votes
};

// Second-pass features, appended to `features`: what a first tagging pass said about the same word elsewhere
// in the document (its majority entity type, or O) and about this token itself. Tokens without features
// (skipped as plain text) get none. Lets "Putin" at the start
// of a headline borrow the PER of "President Vladimir Putin" further down. `words`, if given, must come from
// extract_features on the same document (saves normalising every word again).
void add_first_pass_features(const Document& document, const std::vector<std::vector<Tag>>& first_pass,
                             std::vector<std::vector<FeatureIds>>& features, const DocumentWords* words = nullptr,
                             const FirstPassVotes& votes = {});

std::uint32_t hash_feature(std::string_view text);

}  // namespace newsdex::extract::ner
