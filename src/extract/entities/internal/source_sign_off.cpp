// Finds the agency sign-off on a story's last line ("Reuter") and says which source it names.
#include "extract/entities/internal/source_sign_off.h"

namespace newsdex::extract {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// A sign-off is a name, not a sentence: a few words at most.
constexpr std::size_t max_sign_off_bytes = 40;

}  // namespace

std::optional<SourceMention> find_sign_off(std::string_view text, const text::AliasTable& aliases) {
    std::size_t end = text.size();
    while (end > 0 && is_blank(text[end - 1])) --end;
    std::size_t line_start = text.rfind('\n', end == 0 ? 0 : end - 1);
    if (end == 0 || line_start == std::string_view::npos) return std::nullopt;
    std::size_t start = line_start + 1;
    while (start < end && is_blank(text[start])) ++start;
    if (start >= end || end - start > max_sign_off_bytes) return std::nullopt;
    std::string_view name = text.substr(start, end - start);
    auto canonical = aliases.news_source(name);
    if (!canonical) return std::nullopt;
    return SourceMention{std::string(name), *canonical, start, end};
}

}  // namespace newsdex::extract
