// Tests of temporal expressions that lean on another date: coordinated days ("April 24 and 25"), a day off
// another ("the day before yesterday"), weekdays counted from the day last named, and "then current".
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::TemporalMention;
using newsdex::extract::find_temporal_expressions;

using newsdex::test::check_reading;
using newsdex::test::describe_mentions;

TEST_CASE("expressions anchored on another date resolve from it", "[unit]") {
    // anchor, sentence, expression as found, type, value ("none": not an expression)
    auto [anchor, sentence, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // the second day of "April 24 and 25" takes the first one's month and year
        {"1999-02-10", "The summit is on April 24 and 25.", "April 24", "DATE", "1999-04-24"},
        {"1999-02-10", "The summit is on April 24 and 25.", "25", "DATE", "1999-04-25"},
        {"2016-02-10", "Polls open Feb. 28 or 29.", "29", "DATE", "2016-02-29"},               // leap year
        {"2015-12-20", "They met on Dec. 30 and 31, 2014.", "Dec. 30", "DATE", "2014-12-30"},  // year shared
        {"2015-12-20", "They met on Dec. 30 and 31, 2014.", "31, 2014", "DATE", "2014-12-31"},
        {"1999-02-10", "Sales rose April 24 and 25 percent in May.", "25", "none", ""},
        {"1999-02-10", "The show runs on April 24 and 25 p.m. slots.", "25", "none", ""},
        // a day before or after another
        {"2016-03-01", "He left the day before yesterday.", "the day before yesterday", "DATE", "2016-02-28"},
        {"2015-12-31", "He arrives the day after tomorrow.", "the day after tomorrow", "DATE", "2016-01-02"},
        {"2000-02-24", "The day before last Tuesday's hearing, he went home.", "The day before last Tuesday", "DATE",
         "2000-02-21"},
        {"2015-12-15", "Shops reopen the day after Dec. 31.", "the day after Dec. 31", "DATE", "2016-01-01"},
        // weekdays name a day for what follows, and "the previous Friday" counts from the day last named
        {"1989-10-30", "Shares closed lower Friday, down 4.5% from the previous Friday.", "the previous Friday", "DATE",
         "1989-10-20"},
        {"2015-12-15", "Shares closed 4.5% above the previous Friday.", "the previous Friday", "DATE", "2015-12-11"},
        {"2016-01-05", "The fund closed on Dec. 31, 2015, and reopened the following Monday.", "the following Monday",
         "DATE", "2016-01-04"},
        {"2015-12-15", "Kerry arrived on Monday. The following day he met Putin.", "The following day", "DATE",
         "2015-12-15"},
        // "then current": current at a past time; "the future of X" is not a time
        {"1989-10-26", "Holders may buy shares at the then current price.", "then current", "DATE", "PAST_REF"},
        {"1989-10-26", "Holders may buy shares at the then-current price.", "then-current", "DATE", "PAST_REF"},
        {"1998-02-13", "It matters to the future of our peoples.", "the future", "none", ""},
        {"1998-02-13", "It may happen in the future.", "the future", "DATE", "FUTURE_REF"},
    }));
    check_reading(anchor, sentence, phrase, type, value);
}

TEST_CASE("coordinated days without an anchor keep the first day's open year", "[unit]") {
    const auto mentions = find_temporal_expressions("The summit is on April 24 and 25.", std::nullopt);
    INFO(describe_mentions(mentions));
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].value == "XXXX-04-24");
    CHECK(mentions[1].value == "XXXX-04-25");
}
