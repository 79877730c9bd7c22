// Word tokenisation for entity recognition: CoNLL/PTB-like tokens with UTF-8 byte offsets, and sentence splitting.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex::text {

// One token. `text` views the input given to tokenize_words, so it lives as long as that input;
// [start, end) are UTF-8 byte offsets into it.
struct Token {
    std::string_view text;
    std::size_t start = 0;
    std::size_t end = 0;
};

// Splits UTF-8 text into words and punctuation the way CoNLL-2003 (PTB) does: punctuation and the
// possessive/clitic endings ('s, n't, 're ...) become tokens of their own; hyphenated words (al-Assad),
// numbers (1,200.5), abbreviations (U.S., Mr.) and inner apostrophes (O'Neill) stay whole. Curly quotes,
// dashes and other multibyte punctuation are single tokens. Invalid UTF-8 bytes are treated as letters.
std::vector<Token> tokenize_words(std::string_view utf8);

// Sentence boundaries over tokenize_words' output, as [first, last) token index ranges covering every
// token in order. A sentence ends after . ! ? (and any closing quotes or brackets) when the next token
// does not start in lower case, and at every paragraph break (a blank line) or line that ends without
// punctuation and is followed by a blank line. `text` must be the string the tokens point into.
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const std::vector<Token>& tokens);

}  // namespace newsdex::text
