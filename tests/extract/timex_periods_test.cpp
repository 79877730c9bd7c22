// Tests of periods named by their place in a year or by the day last named: seasons with a modifier ("the early
// summer"), "this past spring", quarters read as halves ("the first two quarters of 1990"), "the quarter a year
// ago", "the next morning".
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::test::check_reading;

TEST_CASE("periods of a year and days anchored on the day last named", "[unit]") {
    // anchor, text, expression as found, type, value ("none": not an expression)
    auto [anchor, text, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // a season with a modifier is this year's, as "this summer" is; a bare season is not a date
        {"1989-10-26", "Orders rose from the low levels of the early summer.", "the early summer", "DATE", "1989-SU"},
        {"1989-10-26", "Orders rose in late spring.", "late spring", "DATE", "1989-SP"},
        {"1989-10-26", "Prices held in spring.", "spring", "none", ""},
        {"1989-10-26", "Analysts expect an early fall in prices.", "early fall", "none", ""},
        // "this past spring" is the last one, "this" included
        {"1989-10-30", "It scrapped the unit this past spring.", "this past spring", "DATE", "1989-SP"},
        {"1989-10-30", "Sales fell this past week.", "this past week", "DATE", "1989-W43"},
        // two quarters of a named year are its half
        {"1989-10-26", "Weakness will last through the first two quarters of 1990.", "the first two quarters of 1990",
         "DATE", "1990-H1"},
        {"1989-10-26", "It improved in the last two quarters of 1988.", "the last two quarters of 1988", "DATE",
         "1988-H2"},
        // the quarter last named, a year back, as one expression
        {"1989-10-26", "Net rose in the third quarter. For the quarter a year ago, it earned $5 million.",
         "the quarter a year ago", "DATE", "1988-Q3"},
        {"1989-11-01",
         "It lost $2 million in the third quarter, against a profit for the corresponding period "
         "last year.",
         "the corresponding period last year", "DATE", "1988-Q3"},
        {"1989-11-01", "Third-quarter sales fell. U.K. sales for last year's quarter were $3 million.",
         "last year's quarter", "DATE", "1988-Q3"},
        {"1989-11-01", "Sales for the same period were flat.", "the same period", "none", ""},
        // the quarter being reported keeps the comparisons; an older one alone still anchors them
        {"1989-11-01",
         "Net rose in the third quarter. After a flat second quarter, costs were lower than a year "
         "ago.",
         "a year ago", "DATE", "1988-Q3"},
        {"1989-11-01", "In the second quarter, net fell from a year earlier.", "a year earlier", "DATE", "1988-Q2"},
        // the day last named anchors "the next morning", "that same day", "earlier that day"
        {"2000-02-24", "He fell ill on Feb. 21 and appeared in court the next morning.", "the next morning", "DATE",
         "2000-02-22"},
        {"1999-10-24", "He was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", "Earlier that day",
         "DATE", "1998-10-23"},
        {"1999-02-06", "He was shot last October. The site crossed his name out that same day.", "that same day",
         "DATE", "1998-10-XX"},
        {"1989-10-30", "Traders made losses on trades made that day.", "that day", "none", ""},
        // the nth day of an ongoing event, made the anchor's by a present copula; not otherwise
        {"1998-03-06", "It's the second day of an offensive by the security forces.", "the second day", "DATE",
         "1998-03-06"},
        {"1990-08-15", "In Saudi Arabia, today is the eighth day of Desert Shield.", "the eighth day", "DATE",
         "1990-08-15"},
        {"1990-08-15", "He vowed to act on the first day of his term.", "the first day", "none", ""},
    }));
    check_reading(anchor, text, phrase, type, value);
}
