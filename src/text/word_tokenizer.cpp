// Word tokenisation for entity recognition: CoNLL/PTB-like tokens with UTF-8 byte offsets, and sentence splitting.
#include "text/word_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace newsdex::text {
namespace {

// One decoded code point and where it sits in the input.
struct CodePoint {
    UChar32 c;
    std::size_t start;
    std::size_t end;
};

std::vector<CodePoint> decode(std::string_view s) {
    std::vector<CodePoint> out;
    out.reserve(s.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t begin = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        // A malformed byte decodes to a negative value: treat it as a letter so it stays inside a word.
        if (c < 0) c = 'x';
        out.push_back({c, static_cast<std::size_t>(begin), static_cast<std::size_t>(i)});
    }
    return out;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B; }

bool is_word_char(UChar32 c) {
    if (c < 0x80) return std::isalnum(static_cast<unsigned char>(c)) != 0;
    const auto type = u_charType(c);
    return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_letter(UChar32 c) { return c < 0x80 ? std::isalpha(static_cast<unsigned char>(c)) != 0 : u_isalpha(c); }
bool is_digit(UChar32 c) { return c < 0x80 ? std::isdigit(static_cast<unsigned char>(c)) != 0 : u_isdigit(c); }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Abbreviations that keep their final period (compared case-insensitively, without the period).
constexpr std::array<std::string_view, 48> abbreviations = {
    "mr",  "mrs", "ms",   "dr",  "prof", "st",  "jr",  "sr",  "gen",  "sen",    "rep",  "gov",
    "lt",  "col", "capt", "sgt", "maj",  "adm", "rev", "hon", "pres", "inc",    "corp", "co",
    "ltd", "plc", "bros", "no",  "vs",   "etc", "jan", "feb", "mar",  "apr",    "jun",  "jul",
    "aug", "sep", "sept", "oct", "nov",  "dec", "mt",  "ft",  "ave",  "approx", "dept", "univ"};

bool is_abbreviation(std::string_view word) {
    std::string lower(word);
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::find(abbreviations.begin(), abbreviations.end(), lower) != abbreviations.end();
}

// "U.S", "e.g", "N.Y": single letters joined by periods.
bool is_initialism(std::string_view word) {
    if (word.size() < 3) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const bool letter_slot = i % 2 == 0;
        if (letter_slot != (std::isalpha(static_cast<unsigned char>(word[i])) != 0)) return false;
        if (!letter_slot && word[i] != '.') return false;
    }
    return true;
}

// Clitics split off a word's end, PTB style (lower-case comparison; apostrophe normalised to ').
constexpr std::array<std::string_view, 7> clitics = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : text_(text), cps_(decode(text)) {}

    std::vector<Token> run() {
        std::size_t i = 0;
        while (i < cps_.size()) {
            const UChar32 c = cps_[i].c;
            if (is_space(c)) {
                ++i;
            } else if (is_word_char(c)) {
                i = word(i);
            } else {
                i = punctuation(i);
            }
        }
        return std::move(tokens_);
    }

private:
    UChar32 at(std::size_t i) const { return i < cps_.size() ? cps_[i].c : 0; }

    void emit(std::size_t first_cp, std::size_t end_cp) {
        const std::size_t start = cps_[first_cp].start;
        const std::size_t end = cps_[end_cp - 1].end;
        tokens_.push_back({text_.substr(start, end - start), start, end});
    }

    // A run of word characters with inner joiners ('-', '.', ',', '&', apostrophes, '/' between digits).
    std::size_t word(std::size_t begin) {
        std::size_t i = begin;
        while (i < cps_.size()) {
            const UChar32 c = cps_[i].c;
            if (is_word_char(c)) {
                ++i;
                continue;
            }
            const UChar32 next = at(i + 1);
            const UChar32 prev = cps_[i - 1].c;
            if (is_hyphen(c) && is_word_char(next)) {
                i += 1;
            } else if (c == '.' && is_word_char(next)) {
                i += 1;  // U.S.A, 3.5, www.example.com
            } else if ((c == ',' || c == '/' || c == ':') && is_digit(prev) && is_digit(next)) {
                i += 1;  // 155,221  1996/97  10:30
            } else if (c == '&' && is_letter(next) && u_isupper(prev) && u_isupper(next)) {
                i += 1;  // AT&T
            } else if (is_apostrophe(c) && is_letter(next) && !clitic_at(i)) {
                i += 1;  // O'Neill, D'Alema
            } else {
                break;
            }
        }
        std::size_t end = i;
        // Final period of an abbreviation or initialism stays with the word.
        if (at(end) == '.') {
            const std::string_view w = text_.substr(cps_[begin].start, cps_[end - 1].end - cps_[begin].start);
            if (is_initialism(w) || is_abbreviation(w) ||
                (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])))) {
                ++end;
            }
        }
        // Split "don't" as "do" + "n't".
        if (end - begin > 3 && at(end) != '.' && ends_with_nt(begin, end)) {
            emit(begin, end - 3);
            emit(end - 3, end);
            return end;
        }
        emit(begin, end);
        return end;
    }

    bool ends_with_nt(std::size_t begin, std::size_t end) const {
        if (end - begin < 4) return false;
        const UChar32 n = cps_[end - 3].c, a = cps_[end - 2].c, t = cps_[end - 1].c;
        return (n == 'n' || n == 'N') && is_apostrophe(a) && (t == 't' || t == 'T');
    }

    // Is the apostrophe at `i` the start of a clitic that ends a word ('s, 're, ...)?
    bool clitic_at(std::size_t i) const {
        for (const auto clitic : clitics) {
            if (clitic[0] != '\'') continue;
            std::size_t k = 1;
            for (; k < clitic.size(); ++k) {
                const UChar32 c = at(i + k);
                if (c >= 0x80 || std::tolower(static_cast<int>(c)) != clitic[k]) break;
            }
            if (k == clitic.size() && !is_word_char(at(i + k))) return true;
        }
        return false;
    }

    std::size_t punctuation(std::size_t begin) {
        const UChar32 c = cps_[begin].c;
        if (is_apostrophe(c) && clitic_at(begin)) {
            std::size_t end = begin + 1;
            while (is_word_char(at(end))) ++end;
            emit(begin, end);
            return end;
        }
        // Runs of the same ASCII mark ("--", "...", "!!") are one token; everything else stands alone.
        std::size_t end = begin + 1;
        if (c < 0x80 && (c == '-' || c == '.' || c == '!' || c == '?' || c == '=' || c == '*' || c == '`')) {
            while (at(end) == c) ++end;
        }
        emit(begin, end);
        return end;
    }

    std::string_view text_;
    std::vector<CodePoint> cps_;
    std::vector<Token> tokens_;
};

bool is_sentence_final(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "..." || t == "?!"; }

bool is_closer(std::string_view t) {
    return t == "\"" || t == "'" || t == ")" || t == "]" || t == "\u201D" || t == "\u2019" || t == "\u00BB";
}

bool starts_lower(std::string_view t) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(t.data());
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(bytes, i, static_cast<int32_t>(t.size()), c);
    return c >= 0 && u_islower(c);
}

bool has_blank_line(std::string_view gap) {
    std::size_t newlines = 0;
    for (const char ch : gap) {
        if (ch == '\n') {
            if (++newlines >= 2) return true;
        } else if (ch != ' ' && ch != '\t' && ch != '\r') {
            newlines = 0;
        }
    }
    return false;
}

}  // namespace

std::vector<Token> tokenize_words(std::string_view utf8) { return Tokenizer(utf8).run(); }

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> sentences;
    std::size_t first = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bool end_here = false;
        if (i + 1 < tokens.size()) {
            const std::string_view gap = text.substr(tokens[i].end, tokens[i + 1].start - tokens[i].end);
            if (has_blank_line(gap)) {
                end_here = true;
            } else if (is_sentence_final(tokens[i].text) ||
                       (tokens[i].text.size() > 1 && tokens[i].text.back() == '.' && tokens[i].text != "...")) {
                // Absorb closing quotes/brackets, then end unless the next word starts in lower case.
                // An abbreviation's period ("Mr.") ends a sentence only before a paragraph break.
                const bool abbreviation = tokens[i].text.size() > 1 && !is_sentence_final(tokens[i].text);
                std::size_t j = i + 1;
                while (j < tokens.size() && is_closer(tokens[j].text) && tokens[j].start == tokens[j - 1].end) ++j;
                if (!abbreviation && (j == tokens.size() || !starts_lower(tokens[j].text))) {
                    i = j - 1;
                    end_here = true;
                }
            }
        } else {
            end_here = true;
        }
        if (end_here) {
            sentences.emplace_back(first, i + 1);
            first = i + 1;
        }
    }
    if (first < tokens.size()) sentences.emplace_back(first, tokens.size());
    return sentences;
}

}  // namespace newsdex::text
