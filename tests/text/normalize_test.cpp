// Normalisation folds typographic variants so index and query terms agree.
#include <catch2/catch.hpp>

#include "text/language.h"
#include "text/normalize.h"

using newsdex::text::normalize;

TEST_CASE("typographic variants fold to ASCII", "[unit]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"\u201CQuoted\u201D", "\"Quoted\""},
        {"Syria\u2019s war", "Syria's war"},
        {"2015\u20132016 \u2014 talks", "2015-2016 - talks"},
        {"New\u00A0York", "New York"},
        {"co\u00ADoperate", "cooperate"},
        {"\uFB01nance", "finance"},   // NFKC: ligature
        {"Cafe\u0301", "Caf\u00E9"},  // NFC composition
        {"wait\u2026", "wait..."},
        {"plain ASCII stays", "plain ASCII stays"},
        {"tabs\tand\r\nlines\x01 stay", "tabs\tand\r\nlines\x01 stay"},  // ASCII fast path: byte for byte
        {"ASCII then \u2019 one curly", "ASCII then ' one curly"},       // one non-ASCII byte: ICU path
        {"", ""},
    }));
    CHECK(normalize(input) == expected);
}

TEST_CASE("encoding repair", "[unit]") {
    std::string encoding;
    CHECK(newsdex::text::repair_utf8("caf\xE9", &encoding) == "caf\u00E9");
    CHECK(encoding == "windows-1252");
    CHECK(newsdex::text::repair_utf8("\x93quoted\x94", &encoding) == "\u201Cquoted\u201D");
    CHECK(newsdex::text::repair_utf8(std::string("\xFF\xFEh\0i\0", 6), &encoding) == "hi");
    CHECK(encoding == "UTF-16LE");
    CHECK(newsdex::text::repair_utf8("\xEF\xBB\xBFok", &encoding) == "ok");
    CHECK(encoding == "UTF-8");
}

TEST_CASE("language guess from function words", "[unit]") {
    CHECK(newsdex::text::detect_language("The minister said that the talks were constructive and that he would "
                                         "meet his counterpart in the spring.") == "en");
    CHECK(newsdex::text::detect_language("Die Bundesregierung hat am Mittwoch den Haushalt beschlossen, und der "
                                         "Minister sagte, dass die Schulden nicht steigen.") == "de");
    CHECK(newsdex::text::detect_language("Rates").empty());
}

TEST_CASE("is_valid_utf8 finds a bad sequence wherever it lies among ASCII runs", "[unit]") {
    // The validator skips eight ASCII bytes at a time: a bad byte before, inside and after such a run.
    auto [text, valid] = GENERATE(table<std::string, bool>({
        {"", true},
        {"plain ascii, long enough for several words", true},
        {"caf\xC3\xA9 au lait, cr\xC3\xA8me br\xC3\xBBl\xC3\xA9\x65 and \xE2\x80\x9Cquotes\xE2\x80\x9D", true},
        {"0123456\xFF", false},
        {"01234567\xFF", false},
        {"012345678\xFF", false},
        {"\xFF"
         "01234567",
         false},
        {"01234567\xC3", false},                      // cut multi-byte sequence at the end
        {"0123456789abcdef\xC0\xAF", false},          // overlong '/'
        {"0123456789abcdef\xED\xA0\x80", false},      // a surrogate
        {"0123456789abcdef\xF4\x90\x80\x80", false},  // above U+10FFFF
        {"0123456789abcdef\xF0\x9F\x93\xB0 news", true},
    }));
    CAPTURE(text);
    CHECK(newsdex::text::is_valid_utf8(text) == valid);
}
