// Tokeniser for the temporal tagger: one pass over the bytes, no allocation per token.
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract::timex {
namespace {

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes of a Unicode space at text[i] (no-break space, en/em/thin spaces, narrow no-break space), or 0.
// Newswire puts U+00A0 between "12" and "May" often enough that dates must read through it.
std::size_t unicode_space_length(std::string_view text, std::size_t i) {
    const auto b = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    if (b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;
    if (b(i) == 0xE2 && b(i + 1) == 0x80 && ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8A) || b(i + 2) == 0xAF)) return 3;
    if (b(i) == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
    return 0;
}

std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

}  // namespace

TokenStream::TokenStream(std::string_view text) : lowered_(text) {
    for (char& c : lowered_) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    tokens_.reserve(text.size() / 5 + 1);
    bool space = true;
    bool newline = true;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_space(c)) {
            space = true;
            if (c == '\n') newline = true;
            ++i;
            continue;
        }
        if (c >= 0xC2) {
            if (const std::size_t n_space = unicode_space_length(text, i)) {
                space = true;
                i += n_space;
                continue;
            }
        }
        Token token;
        token.start = static_cast<std::uint32_t>(i);
        token.space_before = space;
        token.newline_before = newline;
        if (is_alpha(c)) {
            token.kind = TokenKind::word;
            token.capitalised = c >= 'A' && c <= 'Z';
            while (i < n && is_alpha(static_cast<unsigned char>(text[i]))) ++i;
        } else if (is_digit(c)) {
            token.kind = TokenKind::number;
            while (i < n && is_digit(static_cast<unsigned char>(text[i]))) ++i;
        } else {
            token.kind = TokenKind::punct;
            i += c < 0x80 ? 1 : utf8_length(c);
            if (i > n) i = n;
        }
        token.end = static_cast<std::uint32_t>(i);
        token.lower = std::string_view(lowered_).substr(token.start, token.end - token.start);
        tokens_.push_back(token);
        space = false;
        newline = false;
    }
}

const Token& TokenStream::at(std::ptrdiff_t i) const noexcept {
    if (i < 0 || static_cast<std::size_t>(i) >= tokens_.size()) return sentinel_;
    return tokens_[static_cast<std::size_t>(i)];
}

}  // namespace newsdex::extract::timex
