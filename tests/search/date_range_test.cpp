// Date syntax for date:, mentions:, --from/--to: real dates pass, impossible ones say why.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "search/date_range.h"

using namespace newsdex::search;

TEST_CASE("partial dates cover their first and last day", "[unit]") {
    auto [text, first, last] = GENERATE(table<std::string, std::string, std::string>({
        {"2015", "20150101", "20151231"},
        {"2015-12", "20151201", "20151231"},
        {"2016-02", "20160201", "20160229"},  // leap year
        {"2015-02", "20150201", "20150228"},
        {"2015-12-15", "20151215", "20151215"},
        {"20151215", "20151215", "20151215"},
    }));
    std::string why;
    auto date = parse_partial_date(text, why);
    REQUIRE(date);
    CHECK(date->first_day() == first);
    CHECK(date->last_day() == last);
}

TEST_CASE("impossible dates are refused with a reason", "[unit]") {
    auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"2015-13", "month 13"},
        {"2015-02-30", "does not exist"},
        {"2015-13-45", "month 13"},
        {"x", "expected YYYY"},
        {"15-12-2015", "expected YYYY"},
        {"2015-12-15-01", "expected YYYY"},
    }));
    std::string why;
    CHECK_FALSE(parse_partial_date(text, why));
    CHECK_THAT(why, Catch::Contains(reason));
}

TEST_CASE("ranges", "[unit]") {
    auto r = parse_date_range("2015-12-01..2015-12-31");
    CHECK(r.is_range);
    CHECK(r.from->first_day() == "20151201");
    CHECK(r.to->last_day() == "20151231");
    r = parse_date_range("..2015-12");
    CHECK_FALSE(r.from);
    CHECK(r.to->last_day() == "20151231");
    r = parse_date_range("2015");
    CHECK_FALSE(r.is_range);
    CHECK_THROWS_AS(parse_date_range(".."), newsdex::Error);
    CHECK_THROWS_AS(parse_date_range("2016..2015"), newsdex::Error);
    CHECK_THROWS_WITH(parse_date_range("2015-13-45..x"), Catch::Contains("2015-13-45"));
}
