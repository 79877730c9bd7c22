// Reading CoNLL-2003 style labeled data (token lines, blank lines between sentences, -DOCSTART- lines).
#include "extract/ner/ner_conll.h"

#include <zlib.h>

#include "core/error.h"

namespace newsdex::extract::ner {

std::vector<LabeledDocument> read_conll(std::istream& in, const std::string& name) {
    std::vector<LabeledDocument> docs;
    Sentence words;
    std::vector<Tag> tags;
    auto flush_sentence = [&] {
        if (words.empty()) return;
        if (docs.empty()) docs.emplace_back();
        docs.back().words.push_back(std::move(words));
        docs.back().tags.push_back(iob1_to_bio(tags));
        words.clear();
        tags.clear();
    };
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) {
            flush_sentence();
            continue;
        }
        const auto first_end = line.find_first_of(" \t");
        const std::string token = line.substr(0, first_end);
        if (token == "-DOCSTART-") {
            flush_sentence();
            docs.emplace_back();
            continue;
        }
        const auto last_start = line.find_last_of(" \t");
        const auto tag =
            parse_tag(last_start == std::string::npos ? "O" : std::string_view(line).substr(last_start + 1));
        if (!tag) throw Error(ErrorKind::input, "unknown NER tag in \"" + line + "\"", name, number);
        words.push_back(token);
        tags.push_back(*tag);
    }
    flush_sentence();
    std::erase_if(docs, [](const LabeledDocument& d) { return d.words.empty(); });
    return docs;
}

std::string read_maybe_gzip(const std::filesystem::path& file) {
    gzFile in = gzopen(file.c_str(), "rb");  // zlib reads plain files through unchanged
    if (!in) throw Error(ErrorKind::io, "cannot open", file.string());
    gzbuffer(in, 1 << 17);
    std::string data;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0) data.append(buffer, static_cast<std::size_t>(n));
    const bool failed = n < 0;
    gzclose(in);
    if (failed) throw Error(ErrorKind::io, "cannot read (corrupt gzip?)", file.string());
    return data;
}

}  // namespace newsdex::extract::ner
