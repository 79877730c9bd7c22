// Issue 17 case 6: a metadata date that is not a date gives no date and says why (it was changed silently).
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"

using newsdex::format_iso_date;
using newsdex::read_date_value;

TEST_CASE("read_date_value refuses what is not a date and names the reason (issue 17 case 6)", "[unit]") {
    auto [input, reason] = GENERATE(table<std::string, std::string>({
        {"-0001-01-01", "a year with a sign"},  // was read as 0001-01-01
        {"+2015-12-15", "a year with a sign"},
        {"1987-03-01T25:61:61", "time 25:61:61 is not a time of day"},  // was read as 1987-03-01
        {"1987-03-01 23:60", "time 23:60 is not a time of day"},
        {"26-FEB-1987 24:30:00.00", "time 24:30:00 is not a time of day"},
        {"Tue, 15 Dec 2015 10:00:99 +0000", "time 10:00:99 is not a time of day"},
        {"2016-02-30", "no such day: 2016-02-30"},  // was undated without a word
        {"2015-02-29", "no such day: 2015-02-29"},
        {"31 Sep 2015", "no such day: 2015-09-31"},
        {"2016-13-01", "month 13 does not exist"},
        {"20161301", "month 13 does not exist"},
        {"0000-01-01", "year 0 is out of range"},
        {"sometime in spring", "not a date format newsdex reads"},
        {"12345", "not a date format newsdex reads"},
    }));
    CAPTURE(input);
    auto value = read_date_value(input);
    CHECK_FALSE(value.date.has_value());
    CHECK(value.problem.find(reason) != std::string::npos);
}

TEST_CASE("read_date_value keeps real dates and times, with no problem", "[unit]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"1987-03-01T23:59:59", "1987-03-01"},
        {"1987-03-01T24:00:00", "1987-03-01"},   // ISO 8601's end of day
        {"2016-12-31T23:59:60Z", "2016-12-31"},  // a leap second
        {"26-FEB-1987 15:01:01.79", "1987-02-26"},
        {"Tue, 15 Dec 2015 10:00:00 +0000", "2015-12-15"},
        {"2015-12-15T10:21:33+05:30", "2015-12-15"},
        {"December 15, 2015, 3:45 PM", "2015-12-15"},
        {"2016-02-29", "2016-02-29"},
    }));
    CAPTURE(input);
    auto value = read_date_value(input);
    REQUIRE(value.date.has_value());
    CHECK(format_iso_date(*value.date) == expected);
    CHECK(value.problem.empty());
}
