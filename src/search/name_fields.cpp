// Query text for the name fields: see name_fields.h.
#include "search/name_fields.h"

#include <string_view>

#include "index/schema.h"

namespace newsdex::search {
namespace {

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_name_field(std::string_view name) {
    for (const auto& f : schema::name_fields)
        if (f.field == name) return true;
    return false;
}

// The clauses of a group's inside: words and "quoted phrases", each as `field:clause`, space-separated.
std::string clauses_of(std::string_view field, std::string_view inside) {
    std::string out;
    auto separator = [&](std::size_t i) {
        return inside[i] == ' ' || inside[i] == '\t' || inside[i] == '(' || inside[i] == ')';
    };
    std::size_t at = 0;
    while (at < inside.size()) {
        while (at < inside.size() && separator(at)) ++at;
        if (at >= inside.size()) break;
        std::size_t end = at;
        if (inside[at] == '"') {
            end = inside.find('"', at + 1);
            end = end == std::string_view::npos ? inside.size() : end + 1;
        } else {
            while (end < inside.size() && !separator(end)) ++end;
        }
        const std::string_view clause = inside.substr(at, end - at);
        at = end;
        if (clause == "AND" || clause == "OR" || clause == "NOT") continue;
        if (!out.empty()) out += ' ';
        out.append(field).append(":").append(clause);
    }
    return out;
}

}  // namespace

std::string expand_name_groups(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool quoted = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        if (quoted || !is_word_byte(c)) {
            out += c;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        const bool word_start = i == 0 || std::string_view(" \t\r\n(+-").find(text[i - 1]) != std::string_view::npos;
        const std::string_view name = std::string_view(text).substr(i, end - i);
        if (word_start && end + 1 < text.size() && text[end] == ':' && text[end + 1] == '(' && is_name_field(name)) {
            // The group runs to its matching parenthesis (quotes respected); an unclosed one to the end.
            std::size_t close = end + 2;
            int depth = 1;
            bool in_quotes = false;
            for (; close < text.size(); ++close) {
                if (text[close] == '"') in_quotes = !in_quotes;
                if (in_quotes) continue;
                if (text[close] == '(') ++depth;
                if (text[close] == ')' && --depth == 0) break;
            }
            const std::string_view inside = std::string_view(text).substr(end + 2, close - (end + 2));
            out += '(';
            out += clauses_of(name, inside);
            out += ')';
            i = close < text.size() ? close + 1 : close;
            continue;
        }
        out.append(text, i, end - i);
        i = end;
    }
    return out;
}

}  // namespace newsdex::search
