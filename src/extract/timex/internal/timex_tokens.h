// Tokeniser for the temporal tagger: ASCII words, digit runs and single punctuation marks with byte offsets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::extract::timex {

enum class TokenKind : std::uint8_t { word, number, punct };

// One token. `lower` views the lowered copy of the text owned by TokenStream, so a token lives as long as its
// stream. Non-ASCII UTF-8 sequences become one punct token each, so offsets never split a code point; Unicode
// spaces (U+00A0, U+2000-U+200A, U+202F, U+3000) separate tokens like ASCII spaces.
struct Token {
    std::string_view lower;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::punct;
    bool space_before = false;    // whitespace separates it from the previous token
    bool newline_before = false;  // a line break separates it from the previous token
    bool capitalised = false;     // word whose first letter is upper case in the original text

    bool is(std::string_view word) const noexcept { return lower == word; }
    bool is_word() const noexcept { return kind == TokenKind::word; }
    bool is_number() const noexcept { return kind == TokenKind::number; }
    bool is_punct(char c) const noexcept { return kind == TokenKind::punct && lower.size() == 1 && lower[0] == c; }
};

class TokenStream {
public:
    explicit TokenStream(std::string_view text);
    TokenStream(const TokenStream&) = delete;
    TokenStream& operator=(const TokenStream&) = delete;

    const std::vector<Token>& tokens() const noexcept { return tokens_; }
    std::size_t size() const noexcept { return tokens_.size(); }
    const Token& operator[](std::size_t i) const noexcept { return tokens_[i]; }
    // The token at i, or an empty punct token past either end (so matchers can look ahead without checks).
    const Token& at(std::ptrdiff_t i) const noexcept;

private:
    std::string lowered_;
    std::vector<Token> tokens_;
    Token sentinel_;
};

}  // namespace newsdex::extract::timex
