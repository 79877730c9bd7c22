// Tests of publication dates: metadata date strings and datelines.
#include "extract/publication_date.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

using newsdex::extract::find_dateline;
using newsdex::extract::format_date;
using newsdex::extract::parse_date_value;

namespace {

std::string parsed(const std::string& text) {
    const auto date = parse_date_value(text);
    return date ? format_date(*date) : "none";
}

}  // namespace

TEST_CASE("parse_date_value reads metadata date formats", "[unit]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"2015-12-15", "2015-12-15"},
        {"2015-12-15T10:21:33Z", "2015-12-15"},
        {"2015-12-15T23:30:00-08:00", "2015-12-15"},  // the date as written, never shifted
        {"2015-12-15T00:30:00+14:00", "2015-12-15"},
        {"  2015-12-15 10:00  ", "2015-12-15"},
        {"2015/12/15", "2015-12-15"},
        {"Tue, 15 Dec 2015 10:00:00 +0000", "2015-12-15"},
        {"15 Dec 2015", "2015-12-15"},
        {"December 15, 2015", "2015-12-15"},
        {"Dec. 15, 2015", "2015-12-15"},
        {"12/15/2015", "2015-12-15"},
        {"15/12/2015", "2015-12-15"},
        {"15-DEC-2015 10:21:33.44", "2015-12-15"},
        {"26-FEB-1987 15:01:01.79 junk", "1987-02-26"},
        {"1450137600", "2015-12-15"},  // epoch seconds, UTC
        {"0", "none"},
        {"2016-02-29", "2016-02-29"},  // leap year
        {"2015-02-29", "none"},        // not a leap year
        {"2015-04-31", "none"},
        {"2015-13-01", "none"},
        {"yesterday", "none"},
        {"", "none"},
        {"12345", "none"},
    }));
    CAPTURE(input);
    CHECK(parsed(input) == expected);
}

TEST_CASE("format_date pads", "[unit]") {
    using namespace std::chrono;
    CHECK(format_date(year{987} / January / 5) == "0987-01-05");
    CHECK(format_date(year{2016} / February / 29) == "2016-02-29");
}

TEST_CASE("find_dateline finds datelines near the top", "[unit]") {
    using namespace std::chrono;
    const newsdex::CivilDate reference = year{2015} / December / 20;
    auto [text, expected, date_text] = GENERATE(table<std::string, std::string, std::string>({
        {"Headline\n\n( \xe2\x80\x94 December 15, 2015) \xe2\x80\x94 Kerry said.", "2015-12-15", "December 15, 2015"},
        {"MOSCOW, Dec 15 (Reuters) - Kerry met Putin.", "2015-12-15", "Dec 15"},
        {"December 15, 2015 \xe2\x80\x94 The minister said.", "2015-12-15", "December 15, 2015"},
        {"MOSCOW (AP) \xe2\x80\x94 Dec. 15, 2015, Kerry arrived.", "2015-12-15", "Dec. 15, 2015"},
        {"15-DEC-2015 10:21:33.44\nCOMPANY RESULTS", "2015-12-15", "15-DEC-2015"},
        {"Headline\n\nPARIS, 12\xc2\xa0"
         "December\xc2\xa0"
         "2015 (AFP) - Talks ended.",
         "2015-12-12",
         "12\xc2\xa0"
         "December\xc2\xa0"
         "2015"},  // no-break spaces
        {"Schlagzeile\n\nBERLIN, 15. December 2015 \xe2\x80\x94 Text.", "2015-12-15", "15. December 2015"},
        {"The minister spoke about the plans in detail and took questions.", "none", ""},
        {"A man born on December 15, 1950 said nothing.", "none", ""},
    }));
    CAPTURE(text);
    const auto found = find_dateline(text, reference);
    if (expected == "none") {
        CHECK_FALSE(found);
    } else {
        REQUIRE(found);
        CHECK(format_date(found->date) == expected);
        CHECK(text.substr(found->start, found->end - found->start) == date_text);
    }
}

TEST_CASE("a dateline without a year needs a reference", "[unit]") {
    using namespace std::chrono;
    const std::string text = "MOSCOW, Dec 31 (Reuters) - Kerry met Putin.";
    CHECK_FALSE(find_dateline(text));
    const auto found = find_dateline(text, year{2016} / January / 2);
    REQUIRE(found);
    CHECK(format_date(found->date) == "2015-12-31");  // the year nearest the reference
}

TEST_CASE("the reference article's dateline is 2015-12-15", "[unit]") {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/2015-12-15-putin-kerry-moscow.txt");
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto found = find_dateline(buffer.str());
    REQUIRE(found);
    CHECK(format_date(found->date) == "2015-12-15");
}
