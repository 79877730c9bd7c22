// Table and market rows (entity_hygiene.h's table_lines): which lines of a story are rows, and names written only in them.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract {
namespace {

using hygiene::Span;
using hygiene::words_in;

// Words that open most prose lines and no table row: a line without any of them, with a number, is a row.
constexpr std::array<std::string_view, 24> function_words = {
    "the", "of",  "to",   "in",  "from", "for",  "with",  "on",   "at",   "by",    "said", "was",
    "is",  "its", "that", "has", "have", "will", "would", "were", "this", "which", "are",  "an"};

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> table_lines(std::string_view text) {
    struct Line {
        std::size_t start, end;
        bool row = false, short_line = false;
    };
    std::vector<Line> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        Line line{start, end};
        const auto words = words_in(text, start, end);
        bool number = false, function = false;
        for (const Span& w : words) {
            const std::string_view word = text.substr(w.start, w.end - w.start);
            number = number || std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
            const std::string lower = ascii_lower(core_of(word));
            function =
                function || std::find(function_words.begin(), function_words.end(), lower) != function_words.end();
        }
        const bool ends_sentence =
            !words.empty() && std::string_view(".?!\"").find(text[words.back().end - 1]) != std::string_view::npos;
        line.row = !lines.empty() && number && !function && words.size() <= 12;
        line.short_line = !lines.empty() && !words.empty() && words.size() <= 3 && !function && !ends_sentence;
        lines.push_back(line);
        start = end + 1;
    }
    // A short line joins the block of rows around it ("Nine mths" between two blocks of figures).
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool next_to_row = (i > 0 && lines[i - 1].row) || (i + 1 < lines.size() && lines[i + 1].row);
        if (lines[i].row || (lines[i].short_line && next_to_row)) out.emplace_back(lines[i].start, lines[i].end);
    }
    return out;
}

namespace hygiene {

void drop_table_only(std::string_view text, std::vector<EntityMention>& mentions) {
    const auto rows = table_lines(text);
    if (rows.empty()) return;
    auto in_row = [&](const EntityMention& m) {
        const auto it = std::upper_bound(rows.begin(), rows.end(), std::make_pair(m.start, text.size() + 1));
        return it != rows.begin() && std::prev(it)->first <= m.start && m.end <= std::prev(it)->second;
    };
    std::map<std::string, bool> in_prose;
    for (const EntityMention& m : mentions) in_prose[name_key(m.canonical)] |= !in_row(m);
    std::erase_if(mentions, [&](const EntityMention& m) { return !in_prose[name_key(m.canonical)]; });
}

}  // namespace hygiene
}  // namespace newsdex::extract
