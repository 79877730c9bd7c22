// Tests of durations anchored on events ("a month earlier", "eight years from now"), months of past events, parts of
// day and clock times on the day last named, and durations without a plain count ("two more weeks", "day-long",
// "the first time in years", "six consecutive quarters").
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::extract::TimexRule;
using newsdex::test::check_reading;
using newsdex::test::check_reading_with_rule_off;

TEST_CASE("event-anchored durations, past-event months, parts of day and counted durations", "[unit]") {
    // anchor, text, expression as found, type, value ("none": not an expression)
    auto [anchor, text, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // an amount counted from an event the text names is a duration (TimeML links it to the event)
        {"2013-03-19", "The mine flooded in 2010; a month earlier, inspectors had warned.", "a month earlier",
         "DURATION", "P1M"},
        {"2013-03-19", "Two decades earlier, the plant had been built.", "Two decades earlier", "DURATION", "P20Y"},
        {"2013-03-19", "The bank was founded in 1990, and six months earlier its rival.", "six months earlier",
         "DURATION", "P6M"},
        {"2013-03-19", "The dam could still stand eight years from now.", "eight years from now", "DURATION", "P8Y"},
        {"2013-03-19", "Spending will double over the next decade.", "the next decade", "DURATION", "P10Y"},
        {"2013-03-19", "Costs rose over the coming decade.", "the coming decade", "DURATION", "P10Y"},
        // counted from the anchor, or compared with the year before, it stays a date
        {"2013-03-19", "The mill closed two years ago.", "two years ago", "DATE", "2011"},
        {"1989-10-26", "Profit rose 5% from $3 million a year earlier.", "a year earlier", "DATE", "1988"},
        // a month told as a past event lies before the anchor, however near ahead it would be
        {"2013-03-19", "The coach was fired in July after a losing season.", "July", "DATE", "2012-07"},
        {"2013-03-19", "In June, the council approved the budget.", "June", "DATE", "2012-06"},
        {"2013-03-19", "The coach will be fired in July.", "July", "DATE", "2013-07"},
        {"2013-03-19", "The vote is scheduled in July.", "July", "DATE", "2013-07"},
        {"2013-03-19", "He said the plant is closing in May.", "May", "DATE", "2013-05"},
        // parts of day keep their TIMEX3 value; a clock time alone is on the day last named
        {"2015-12-15", "Protesters gathered Sunday night outside the hall.", "Sunday night", "TIME", "2015-12-13TNI"},
        {"2015-12-15", "Talks resumed Monday morning.", "Monday morning", "TIME", "2015-12-14TMO"},
        {"2015-12-15", "The fire broke out on Sunday. By 8 PM it had spread.", "8 PM", "TIME", "2015-12-13T20:00"},
        {"2015-12-15", "The rally starts at 8 PM.", "8 PM", "TIME", "2015-12-15T20:00"},
        // durations with a word between count and unit, without a count, or as an adjective
        {"2013-03-19", "He stays for two more weeks.", "two more weeks", "DURATION", "P2W"},
        {"2013-03-19", "Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"},
        {"2013-03-19", "The troops may arrive within weeks.", "weeks", "DURATION", "PXW"},
        {"2013-03-19", "They ended a day-long strike.", "day-long", "DURATION", "P1D"},
        {"2013-03-19", "Prices may rise in the months ahead.", "the months ahead", "DURATION", "PXM"},
        {"2013-03-19", "She adopted a 6-year-old girl.", "6-year", "none", ""},
        // a bare plural after "in" that ends the phrase is an amount; one naming the units is not
        {"2014-06-02", "The river froze for the first time in years.", "years", "DURATION", "PXY"},
        {"2014-06-02", "Rents could fall in weeks, agents say.", "weeks", "DURATION", "PXW"},
        {"2014-06-02", "Scores in weeks 3 and 4 were poor.", "weeks", "none", ""},
        {"2014-06-02", "Imports cover three-quarters of the demand.", "quarters", "none", ""},
        // a run of whole units
        {"2014-06-02", "Exports grew for six consecutive quarters.", "six consecutive quarters", "DURATION", "P6Q"},
        {"2014-06-02", "The index rose for three straight days.", "three straight days", "DURATION", "P3D"},
        {"2014-06-02", "He won three successive elections.", "three successive elections", "none", ""},
        // a month far ahead of the anchor stays this year's when its clause is open, not told as past
        {"2014-02-11", "The referendum is in September.", "September", "DATE", "2014-09"},
        {"2014-02-11", "Repairs could start in August.", "August", "DATE", "2014-08"},
        {"2014-02-11", "The festival opens in July.", "July", "DATE", "2014-07"},
        {"2014-02-11", "The dam burst in September.", "September", "DATE", "2013-09"},
        // a day with "last year": that year's day; "mid-" with a short month; wire clocks with a zone
        {"2014-02-11", "The pact was signed on May 4 last year.", "May 4 last year", "DATE", "2013-05-04"},
        {"2014-02-11", "Elections are due in mid-May.", "mid-May", "DATE", "2014-05"},
        {"2014-02-11", "The ferry left at 0630 GMT.", "0630 GMT", "TIME", "2014-02-11T06:30"},
        {"2014-02-11", "The quake struck at 9:15 a.m. (0015 GMT).", "0015 GMT", "none", ""},
        {"2014-02-11", "The raid began at 8:30 p.m. (1930 GMT).", "1930", "none", ""},
        {"2014-02-11", "Code 2575 GMT is no clock.", "2575 GMT", "none", ""},
        {"2014-02-11", "The 2014-15 season opens in August.", "15 season", "none", ""},
        {"2014-02-11", "Exports in the 2013/14 year fell.", "14 year", "none", ""},
        // wire copy's halves: "3-1/2 years" is three and a half
        {"2014-02-11", "He was jailed for 3-1/2 years.", "3-1/2 years", "DURATION", "P3Y6M"},
        {"2014-02-11", "Banks agreed a 12-1/2 year rescheduling.", "12-1/2 year", "DURATION", "P12Y6M"},
        // a season without a name is a sports or crop season, not a quarter of the year
        {"2014-02-11", "He scored 20 goals this season.", "this season", "none", ""},
        {"2014-02-11", "Output in the 2013/14 season rose.", "14 season", "none", ""},
        {"2014-02-11", "The club was relegated two seasons ago.", "two seasons", "none", ""},
        {"2014-02-11", "Sales for the current season are up.", "current", "none", ""},
        {"2014-02-11", "He retires at the end of the season.", "the end of the season", "none", ""},
        {"2014-02-11", "Floods hit the valley last summer.", "last summer", "DATE", "2013-SU"},
        // British copy: fortnights, a day before its month with a named year, weekdays that recur
        {"2014-06-18", "The bank raised rates a fortnight ago.", "a fortnight ago", "DATE", "2014-W23"},
        {"2014-06-18", "The strike lasted a fortnight.", "a fortnight", "DURATION", "P2W"},
        {"2014-06-18", "Prices fell over the past fortnight.", "the past fortnight", "DURATION", "P2W"},
        {"2014-06-18", "The trial opens on 12 January next year.", "12 January next year", "DATE", "2015-01-12"},
        {"2014-06-18", "The firm was sold on 3 May last year.", "3 May last year", "DATE", "2013-05-03"},
        {"2014-06-18", "The shop opens on Sundays.", "Sundays", "SET", "XXXX-WXX-7"},
        {"2014-06-18", "The market is closed at weekends.", "weekends", "SET", "XXXX-WXX-WE"},
        {"2014-06-18", "Sundays Ltd sold its stake.", "Sundays", "none", ""},
        {"2014-06-18", "The board meets every other week.", "every other week", "SET", "P2W"},
        // both ends of a pair of months or days; a year that closes the pair is the first's too
        {"2014-06-18", "Output grew between January and March.", "March", "DATE", "2014-03"},
        {"2014-06-18", "Prices fell in April and May.", "May", "DATE", "2014-05"},
        {"1987-03-10", "Imports rose from November to April 1987.", "November", "DATE", "1986-11"},
        {"1987-03-10", "Output rose between February and October 1986.", "February", "DATE", "1986-02"},
        {"2014-06-18", "Exports fell in September and October last year.", "October last year", "DATE", "2013-10"},
        {"2014-06-18", "The fair runs from 3 to 15 June.", "3", "DATE", "2014-06-03"},
        {"2014-06-18", "The festival runs 24-26 June 2015.", "24", "DATE", "2015-06-24"},
        {"2014-06-18", "He scored 3 and 4 goals.", "3", "none", ""},
        // a commodity table's contract codes are labels: no day, and the count after one is no year
        {"1987-04-07", "LIVE HOGS\n MAY7  4676  OFF 238\n JUL7  1949  UP 14\n", "MAY7", "none", ""},
        {"1987-04-07", "LIVE HOGS\n MAY7  4676  OFF 238\n JUL7  1949  UP 14\n", "1949", "none", ""},
        {"1987-04-07", "NY COCOA 10:30\n MAY7  1922 OFF 12\n", "10:30", "TIME", "1987-04-07T10:30"},
        {"1987-04-07", "PARIS SUGAR - APR07\n May 1158/1168\n", "APR07", "DATE", "1987-04-07"},
        // a vague count before "more"
        {"2014-06-18", "The project will take a few more years.", "a few more years", "DURATION", "PXY"},
        {"2014-06-18", "It could take several more months.", "several more months", "DURATION", "PXM"},
        // a day "set for" an event is still to come
        {"2014-02-12", "The vote is set for Friday.", "Friday", "DATE", "2014-02-14"},
        {"2014-02-12", "The vote was held on Friday.", "Friday", "DATE", "2014-02-07"},
        // a weekday in a present clause with no other cue is the coming one
        {"2014-02-12", "The final is on Sunday.", "Sunday", "DATE", "2014-02-16"},
        {"2014-02-12", "The final, which is free, was played on Sunday.", "Sunday", "DATE", "2014-02-09"},
        // a season that recurs
        {"2014-02-12", "The festival is held every summer.", "every summer", "SET", "XXXX-SU"},
        {"2014-02-12", "Floods hit the valley each spring.", "each spring", "SET", "XXXX-SP"},
        // a rate of counted things or of a percentage is no timex; how often, or money per year, stays a SET
        {"2014-02-11", "The plant makes 5,000 cars a week.", "a week", "none", ""},
        {"2014-02-11", "Rents rose 4 percent annually.", "annually", "none", ""},
        {"2014-02-11", "The line carries 20 million passengers per year.", "per year", "none", ""},
        {"2014-02-11", "The board meets twice a month.", "twice a month", "SET", "P1M"},
        {"2014-02-11", "The firm pays $3 million a year in rent.", "a year", "SET", "P1Y"},
        {"2014-02-11", "Output fell from 300 units a year earlier.", "a year earlier", "DATE", "2013"},
    }));
    check_reading(anchor, text, phrase, type, value);
}

TEST_CASE("a rule switched off gives the reading it replaced", "[unit]") {
    // rule, anchor, text, expression, value with the rule off
    auto [rule, anchor, text, phrase,
          value] = GENERATE(table<TimexRule, std::string, std::string, std::string, std::string>({
        {TimexRule::past_month, "2013-03-19", "The coach was fired in July.", "July", "2013-07"},
        {TimexRule::event_anchored_duration, "2013-03-19", "A month earlier, he resigned.", "A month earlier",
         "2013-02"},
        {TimexRule::part_of_day_time, "2015-12-15", "Talks resumed Monday morning.", "Monday morning", "2015-12-14"},
        {TimexRule::clock_on_named_day, "2015-12-15", "It began on Sunday. At 8 PM it spread.", "8 PM",
         "2015-12-15T20:00"},
        {TimexRule::bare_unit_durations, "2014-06-02", "It was the worst flood in decades.", "decades", ""},
        {TimexRule::consecutive_durations, "2014-06-02", "Prices fell for two straight weeks.", "two straight weeks",
         ""},
        {TimexRule::zoned_clock_time, "2014-02-11", "Polls close at 1800 GMT.", "1800 GMT", ""},
        {TimexRule::rate_after_amount, "2014-02-11", "The plant makes 5,000 cars a week.", "a week", "P1W"},
        {TimexRule::weekday_present_ahead, "2014-02-12", "The final is on Sunday.", "Sunday", "2014-02-09"},
        {TimexRule::open_month_ahead, "2014-02-11", "The referendum is in September.", "September", "2013-09"},
        {TimexRule::fortnight_unit, "2014-06-18", "The strike lasted a fortnight.", "a fortnight", ""},
        {TimexRule::plural_weekday_set, "2014-06-18", "The shop opens on Sundays.", "Sundays", ""},
        {TimexRule::vague_more_durations, "2014-06-18", "It could take several more months.", "several more months",
         ""},
        {TimexRule::coordinated_dates, "2014-06-18", "Output grew between January and March.", "March", ""},
        {TimexRule::contract_month_code, "1987-04-07", "LIVE HOGS\n MAY7  4676  OFF 238\n", "MAY7", "1987-05-07"},
        {TimexRule::season_word_no_date, "2014-02-11", "He scored 20 goals this season.", "this season", "2014-WI"},
    }));
    check_reading_with_rule_off(rule, anchor, text, phrase, value);
}
