// Tests of publication dates: metadata date strings and datelines.
#include "extract/timex/publication_date.h"
#include "core/date.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

using newsdex::format_iso_date;
using newsdex::parse_date_value;
using newsdex::extract::find_dateline;

namespace {

std::string parsed(const std::string& text) {
    const auto date = parse_date_value(text);
    return date ? format_iso_date(*date) : "none";
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

TEST_CASE("format_iso_date pads", "[unit]") {
    using namespace std::chrono;
    CHECK(format_iso_date(year{987} / January / 5) == "0987-01-05");
    CHECK(format_iso_date(year{2016} / February / 29) == "2016-02-29");
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
        {"JERUSALEM Aug. 23, 2004 - Israel announced plans.", "2004-08-23", "Aug. 23, 2004"},
        {"Cingular\n\nDECEMBER 01, 2004 (REUTERS) - Cingular said.", "2004-12-01", "DECEMBER 01, 2004"},
        {"Industry Report: Dec. 6, 2004\n\nWith a raft of new products.", "2004-12-06", "Dec. 6, 2004"},
    }));
    CAPTURE(text);
    const auto found = find_dateline(text, reference);
    if (expected == "none") {
        CHECK_FALSE(found);
    } else {
        REQUIRE(found);
        CHECK(format_iso_date(found->date) == expected);
        CHECK(text.substr(found->start, found->end - found->start) == date_text);
    }
}

TEST_CASE("a dateline without a year needs a reference", "[unit]") {
    using namespace std::chrono;
    const std::string text = "MOSCOW, Dec 31 (Reuters) - Kerry met Putin.";
    CHECK_FALSE(find_dateline(text));
    const auto found = find_dateline(text, year{2016} / January / 2);
    REQUIRE(found);
    CHECK(format_iso_date(found->date) == "2015-12-31");  // the year nearest the reference
}

TEST_CASE("the reference article's dateline is 2015-12-15", "[unit]") {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/2015-12-15-putin-kerry-moscow.txt");
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto found = find_dateline(buffer.str());
    REQUIRE(found);
    CHECK(format_iso_date(found->date) == "2015-12-15");
}

// Issue 15: dates seen on BBC News and AG News that are not when the story was published.
TEST_CASE("issue 15: times of day, dates inside sentences and impossible years are no dateline", "[unit]") {
    using namespace std::chrono;
    auto text = GENERATE(as<std::string>{},
                         // bbc-sport-322: a kick-off time under a date without a year (was 1400-02-26)
                         "Scotland v Italy (Sat)\n\nMurrayfield, Edinburgh\n\nSaturday, 26 February\n\n1400 GMT\n\n"
                         "BBC1, Five Live and this website",
                         "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March 2000 GMT kick-off",
                         // bbc-entertainment-026: a date the story talks about (was 2001-09-11)
                         "UK's National Gallery in the pink\n\nHe said the number of visitors had boosted figures to "
                         "pre-11 September 2001 levels.",
                         // a photo caption's date, inside a sentence
                         "Afghans arrange votes in Kabul, capital of Afghanistan, Oct. 11, 2004. The vote",
                         "Tuesday, November 9, 2004 will likely go down in the history books",
                         // a headline that ends on a date it is about
                         "Remembering September 11, 2001\n\nFamilies gathered.",
                         // years no publication has
                         "LONDON, 26 February 1400 - Text.", "December 15, 2999 \xe2\x80\x94 The minister said.");
    CAPTURE(text);
    CHECK_FALSE(find_dateline(text));
    CHECK_FALSE(find_dateline(text, year{2005} / March / 1));
}

TEST_CASE("plausible publication dates run from 1800 to tomorrow", "[unit]") {
    using namespace std::chrono;
    using newsdex::extract::plausible_publication_date;
    const auto today = floor<days>(system_clock::now());
    CHECK(plausible_publication_date(year{1800} / January / 1));
    CHECK_FALSE(plausible_publication_date(year{1799} / December / 31));
    CHECK(plausible_publication_date(year_month_day{today + days{1}}));
    CHECK_FALSE(plausible_publication_date(year_month_day{today + days{2}}));
}

TEST_CASE("issue 15: ambiguous numeric dates follow the order and say so; others are read one way", "[unit]") {
    using newsdex::DateOrder;
    auto [text, order, expected, ambiguous] = GENERATE(table<std::string, DateOrder, std::string, bool>({
        {"02/03/2021", DateOrder::mdy, "2021-02-03", true},
        {"02/03/2021", DateOrder::dmy, "2021-03-02", true},
        {"15/12/2015", DateOrder::mdy, "2015-12-15", false},  // only one way to read it
        {"12/15/2015", DateOrder::dmy, "2015-12-15", false},
        {"03/03/2021", DateOrder::dmy, "2021-03-03", false},  // both readings agree
        {"2021-02-03", DateOrder::dmy, "2021-02-03", false},
        {"not a date", DateOrder::mdy, "none", false},
    }));
    CAPTURE(text);
    bool was_ambiguous = false;
    auto date = parse_date_value(text, order, &was_ambiguous);
    CHECK((date ? format_iso_date(*date) : "none") == expected);
    CHECK(was_ambiguous == ambiguous);
}
