// Finds the agency sign-off at a story's end ("Reuter") and says which source it names.
#include "extract/entities/internal/source_sign_off.h"

namespace newsdex::extract {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// A sign-off is a name, not a sentence: a few words at most.
constexpr std::size_t max_sign_off_bytes = 40;
// A desk or routing code after the sign-off ("REUTER E", "REUTER TAW"): a few capitals.
constexpr std::size_t max_desk_code = 3;

// [start, end) without blanks at either side.
void trim(std::string_view text, std::size_t& start, std::size_t& end) {
    while (end > start && is_blank(text[end - 1])) --end;
    while (start < end && is_blank(text[start])) ++start;
}

// Editing marks left after the sign-off by the wire's formatting: dots and a carriage return written out as
// "^M" ("REUTER...^M"), then blanks.
std::size_t without_marks(std::string_view text, std::size_t start, std::size_t end) {
    for (bool cut = true; cut && end > start;) {
        cut = false;
        if (end - start >= 2 && text.substr(end - 2, 2) == "^M") end -= 2, cut = true;
        while (end > start && (text[end - 1] == '.' || is_blank(text[end - 1]))) --end, cut = true;
    }
    return end;
}

std::optional<SourceMention> known(std::string_view text, std::size_t start, std::size_t end,
                                   const text::AliasTable& aliases) {
    if (start >= end || end - start > max_sign_off_bytes) return std::nullopt;
    const std::string_view name = text.substr(start, end - start);
    auto canonical = aliases.news_source(name);
    if (!canonical) return std::nullopt;
    return SourceMention{std::string(name), *canonical, start, end};
}

}  // namespace

std::optional<SourceMention> find_sign_off(std::string_view text, const text::AliasTable& aliases) {
    std::size_t end = text.size();
    while (end > 0 && is_blank(text[end - 1])) --end;
    const std::size_t line_start = text.rfind('\n', end == 0 ? 0 : end - 1);
    if (end == 0 || line_start == std::string_view::npos) return std::nullopt;
    std::size_t start = line_start + 1;
    trim(text, start, end);
    end = without_marks(text, start, end);
    if (auto alone = known(text, start, end, aliases)) return alone;
    // "REUTER E": the name, then a desk code of a few capitals.
    const std::size_t space = text.find_last_of(" \t", end == 0 ? 0 : end - 1);
    if (space != std::string_view::npos && space > start && end - space - 1 <= max_desk_code) {
        bool code = true;
        for (std::size_t i = space + 1; i < end; ++i) code = code && is_upper(text[i]);
        std::size_t name_end = space;
        trim(text, start, name_end);
        if (code) {
            if (auto with_code = known(text, start, name_end, aliases)) return with_code;
        }
    }
    // "... a tenth of an ounce. REUTER", "0.56 (0.361) REUTER": the name in capitals after the last sentence or
    // figure of the line (not after a word: "exports to BBC" is no sign-off).
    const auto letter = [](char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); };
    if (space != std::string_view::npos && space > start && !letter(text[space - 1]) && text[space - 1] != ',') {
        bool capitals = true;
        for (std::size_t i = space + 1; i < end; ++i) capitals = capitals && is_upper(text[i]);
        if (capitals) return known(text, space + 1, end, aliases);
    }
    return std::nullopt;
}

}  // namespace newsdex::extract
