// The BIO tag set of the entity recognizer and conversions between tags, names and entity types.
#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {

std::string tag_name(Tag t) {
    if (t == outside) return "O";
    return std::string(is_begin(t) ? "B-" : "I-") + std::string(type_names[type_of(t)]);
}

std::optional<Tag> parse_tag(std::string_view name) {
    if (name == "O") return outside;
    if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I')) return std::nullopt;
    const auto type = name.substr(2);
    for (std::size_t i = 0; i < type_count; ++i) {
        if (type_names[i] == type) return name[0] == 'B' ? begin_tag(i) : inside_tag(i);
    }
    return std::nullopt;
}

std::vector<Tag> iob1_to_bio(const std::vector<Tag>& tags) {
    std::vector<Tag> out(tags.size(), outside);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Tag t = tags[i];
        if (t == outside) continue;
        const std::size_t type = type_of(t);
        const bool continues = i > 0 && tags[i - 1] != outside && type_of(tags[i - 1]) == type;
        out[i] = is_begin(t) || !continues ? begin_tag(type) : inside_tag(type);
    }
    return out;
}

std::vector<Chunk> chunks_of(const std::vector<Tag>& tags) {
    std::vector<Chunk> chunks;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Tag t = tags[i];
        if (t == outside) continue;
        const std::size_t type = type_of(t);
        if (is_inside(t) && !chunks.empty() && chunks.back().last == i && chunks.back().type == type) {
            chunks.back().last = i + 1;
        } else {
            chunks.push_back({i, i + 1, type});
        }
    }
    return chunks;
}

}  // namespace newsdex::extract::ner
