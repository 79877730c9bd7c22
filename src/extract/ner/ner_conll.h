// Reading CoNLL-2003 style labeled data (token lines, blank lines between sentences, -DOCSTART- lines).
#pragma once

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {

struct LabeledDocument {
    Document words;
    std::vector<std::vector<Tag>> tags;  // BIO, converted from the file's IOB1 or IOB2
};

// Documents of a CoNLL file: first column the token, last column the NER tag. Throws newsdex::Error(input)
// with the line number for an unknown tag.
std::vector<LabeledDocument> read_conll(std::istream& in, const std::string& name = "-");

// A whole file, gunzipped when it is gzip data (by its magic bytes). Throws newsdex::Error(io).
std::string read_maybe_gzip(const std::filesystem::path& file);

}  // namespace newsdex::extract::ner
