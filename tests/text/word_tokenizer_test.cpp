// Tests for the word tokenizer and sentence splitter used by entity recognition.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/word_tokenizer.h"

using newsdex::text::split_sentences;
using newsdex::text::tokenize_words;

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : tokenize_words(text)) out.emplace_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("tokenize_words splits like CoNLL", "[unit]") {
    using Row = std::tuple<std::string, std::vector<std::string>>;
    auto [input, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        Row{"Kerry's visit.", {"Kerry", "'s", "visit", "."}},
        Row{"He met al-Assad, van der Bellen and O'Neill.",
            {"He", "met", "al-Assad", ",", "van", "der", "Bellen", "and", "O'Neill", "."}},
        Row{"The U.S. and Mr. Smith", {"The", "U.S.", "and", "Mr.", "Smith"}},
        Row{"It cost $1,200.50 (approx).", {"It", "cost", "$", "1,200.50", "(", "approx", ")", "."}},
        Row{"don't", {"do", "n't"}},
        Row{"the players' union", {"the", "players", "'", "union"}},
        Row{"LONDON 1996-08-30", {"LONDON", "1996-08-30"}},
        Row{"AT&T", {"AT&T"}},
        Row{"wait... what?!", {"wait", "...", "what", "?", "!"}},
    }));
    CHECK(words(input) == expected);
}

TEST_CASE("tokenize_words keeps UTF-8 byte offsets for curly quotes and dashes", "[unit]") {
    const std::string text = "\xE2\x80\x9CSyria\xE2\x80\x99s war\xE2\x80\x9D \xE2\x80\x94 Kerry";
    const auto tokens = tokenize_words(text);
    REQUIRE(tokens.size() == 7);
    const std::vector<std::string> expected = {"\xE2\x80\x9C", "Syria",        "\xE2\x80\x99s", "war",
                                               "\xE2\x80\x9D", "\xE2\x80\x94", "Kerry"};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        CHECK(std::string(tokens[i].text) == expected[i]);
        CHECK(text.substr(tokens[i].start, tokens[i].end - tokens[i].start) == expected[i]);
    }
    CHECK(tokens[1].start == 3);
    CHECK(tokens[1].end == 8);
    CHECK(tokens[6].end == text.size());
}

TEST_CASE("tokenize_words treats invalid UTF-8 as part of a word", "[unit]") {
    const std::string text =
        "ab\xFF"
        "cd ef";
    const auto tokens = tokenize_words(text);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].end == 5);
}

TEST_CASE("split_sentences ends at final punctuation and blank lines", "[unit]") {
    const std::string text =
        "Putin met Kerry in Moscow. \"It was good,\" said Mr. Lavrov. the U.S. agreed\n\nNEW HEADLINE\nBody text.";
    const auto tokens = tokenize_words(text);
    const auto sentences = split_sentences(text, tokens);
    std::vector<std::string> firsts;
    for (const auto& [first, last] : sentences) firsts.emplace_back(tokens[first].text);
    CHECK(firsts == std::vector<std::string>{"Putin", "\"", "NEW"});
    CHECK(sentences.back().second == tokens.size());
}
