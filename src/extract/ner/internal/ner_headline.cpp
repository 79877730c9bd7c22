// An ALL CAPS headline read as the article's body reads the same words.
#include "extract/ner/internal/ner_headline.h"

#include <cstdint>

namespace newsdex::extract::ner {
namespace {

constexpr std::size_t no_type = type_count;    // no body reading yet
constexpr std::size_t mixed = type_count + 1;  // body readings of more than one type

// The type the body reads `run` (word ids) as where it writes them as the start of a name: no_type if it never
// does, mixed if not always as the same type.
std::size_t body_reading(const DocumentWords& words, const std::vector<std::vector<Tag>>& tags,
                         const std::vector<std::uint32_t>& run) {
    std::size_t found = no_type;
    for (std::size_t s = 1; s < tags.size(); ++s) {
        if (words.all_caps[s]) continue;
        const auto& ids = words.ids[s];
        for (std::size_t j = 0; j + run.size() <= ids.size(); ++j) {
            if (!is_begin(tags[s][j]) || ids[j] != run[0]) continue;
            const std::size_t type = type_of(tags[s][j]);
            std::size_t n = 1;
            while (n < run.size() && ids[j + n] == run[n] && tags[s][j + n] == inside_tag(type)) ++n;
            if (n < run.size()) continue;
            if (found != no_type && found != type) return mixed;
            found = type;
        }
    }
    return found;
}

}  // namespace

void follow_body_in_headline(const DocumentWords& words, std::vector<std::vector<Tag>>& tags) {
    if (tags.size() < 2 || words.all_caps.size() != tags.size() || !words.all_caps[0]) return;
    std::vector<Tag>& headline = tags[0];
    const std::vector<std::uint32_t>& ids = words.ids[0];
    std::vector<std::uint32_t> run;
    for (std::size_t k = 0; k < headline.size();) {
        if (headline[k] == outside) {
            ++k;
            continue;
        }
        std::size_t end = k, names = 1;
        for (; end < headline.size() && headline[end] != outside; ++end) {
            if (end > k && (is_begin(headline[end]) || type_of(headline[end]) != type_of(headline[end - 1]))) ++names;
        }
        if (names < 2) {  // one name: its type is the two passes' call (make_consistent in ner_spans.h spreads it)
            k = end;
            continue;
        }
        run.assign(ids.begin() + static_cast<std::ptrdiff_t>(k), ids.begin() + static_cast<std::ptrdiff_t>(end));
        const std::size_t type = body_reading(words, tags, run);
        if (type < type_count) {
            headline[k] = begin_tag(type);
            for (std::size_t i = k + 1; i < end; ++i) headline[i] = inside_tag(type);
        }
        k = end;
    }
}

}  // namespace newsdex::extract::ner
