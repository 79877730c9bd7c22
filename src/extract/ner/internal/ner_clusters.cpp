// Word clusters learned from unlabeled news: the lookup table and its TSV reader.
#include "extract/ner/internal/ner_clusters.h"

#include <charconv>
#include <sstream>
#include <stdexcept>

#include "core/error.h"
#include "extract/ner/ner_conll.h"

namespace newsdex::extract::ner {
namespace {

// One data line of the TSV: the word and its ids; false if malformed.
bool parse_line(std::string_view line, std::string& word, std::vector<std::uint16_t>& ids) {
    ids.clear();
    const auto tab = line.find('\t');
    if (tab == 0 || tab == std::string_view::npos) return false;
    word.assign(line.substr(0, tab));
    std::size_t at = tab + 1;
    while (at <= line.size()) {
        auto end = line.find('\t', at);
        if (end == std::string_view::npos) end = line.size();
        unsigned value = 0;
        const auto [ptr, ec] = std::from_chars(line.data() + at, line.data() + end, value);
        if (ec != std::errc() || ptr != line.data() + end || value > 0xffff) return false;
        ids.push_back(static_cast<std::uint16_t>(value));
        at = end + 1;
    }
    return !ids.empty() && ids.size() <= WordClusters::max_levels;
}

}  // namespace

WordClusters WordClusters::read_tsv(const std::filesystem::path& file) {
    std::istringstream text(read_maybe_gzip(file));
    WordClusters clusters;
    std::string line, word;
    std::vector<std::uint16_t> ids;
    for (std::size_t number = 1; std::getline(text, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        if (!parse_line(line, word, ids) || (clusters.levels_ && ids.size() != clusters.levels_)) {
            throw Error(ErrorKind::io, "word clusters: line " + std::to_string(number) + " is not word<TAB>ids",
                        file.string());
        }
        clusters.add(std::move(word), ids);
    }
    return clusters;
}

void WordClusters::add(std::string word, const std::vector<std::uint16_t>& ids) {
    if (levels_ == 0) levels_ = ids.size();
    if (ids.size() != levels_ || levels_ > max_levels) throw std::invalid_argument("word clusters: wrong level count");
    const auto [it, added] = index_.try_emplace(word, static_cast<std::uint32_t>(words_.size()));
    if (!added) {
        std::copy(ids.begin(), ids.end(), ids_.begin() + static_cast<std::ptrdiff_t>(it->second * levels_));
        return;
    }
    words_.push_back(std::move(word));
    ids_.insert(ids_.end(), ids.begin(), ids.end());
}

const std::uint16_t* WordClusters::find(std::string_view lower) const {
    const auto it = index_.find(lower);
    return it == index_.end() ? nullptr : ids_of(it->second);
}

}  // namespace newsdex::extract::ner
