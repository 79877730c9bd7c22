// Tests of amounts of time whose size the text does not give ("for a while", "hours later"), the last day of a
// range of days ("June 3-5"), "the early hours of Saturday", clocks with a part of day ("10 o'clock on Sunday
// night") and "this weekend" (issue 16).
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::extract::TimexRule;
using newsdex::test::check_reading;
using newsdex::test::check_reading_with_rule_off;

TEST_CASE("vague lengths, offsets without a count, ranges of days and the early hours", "[unit]") {
    // anchor, text, expression as found, type, value ("none": not an expression)
    auto [anchor, text, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // a length the text does not give, after a preposition that makes it one
        {"2016-05-10", "The bridge will stay shut for a while.", "a while", "DURATION", "PXX"},
        {"2016-05-10", "It was the first strike in quite a while.", "a while", "DURATION", "PXX"},
        {"2016-05-10", "The two firms have talked for a long time.", "a long time", "DURATION", "PXX"},
        {"2016-05-10", "Troops will remain for a fairly lengthy period.", "a fairly lengthy period", "DURATION", "PXX"},
        {"2016-05-10", "After a short while the crowd left.", "a short while", "DURATION", "PXX"},
        {"2016-05-10", "The mine closed a long time ago.", "a long time", "none", ""},
        {"2016-05-10", "It was a long time before help came.", "a long time", "none", ""},
        {"2016-05-10", "He spoke for a time when prices were high.", "a time", "none", ""},
        // an offset from the event just told, without a count: the amount of unknown size
        {"2016-05-10", "Hours later, the rebels withdrew.", "Hours", "DURATION", "PTXH"},
        {"2016-05-10", "The bank was sold days later to a rival.", "days", "DURATION", "PXD"},
        {"2016-05-10", "The results were revised years later.", "years", "DURATION", "PXY"},
        {"2016-05-10", "The order was confirmed minutes earlier by a spokesman.", "minutes", "DURATION", "PTXM"},
        {"2016-05-10", "Two hours later, the rebels withdrew.", "Two hours", "DURATION", "PT2H"},
        {"2016-05-10", "Men lived here thousands of years earlier than thought.", "years", "none", ""},
        {"2016-05-10", "Days after the raid, police made arrests.", "Days", "none", ""},
        // the tail of a number with a thousands separator counts nothing of its own
        {"2016-05-10", "The engine failed 1,500 hours later.", "500 hours", "none", ""},
        // the last day of a range of days, in the first day's month and year
        {"2016-05-10", "The ministers meet June 3-5 in Rome.", "5", "DATE", "2016-06-05"},
        {"2016-05-10", "The ministers meet June 3-5 in Rome.", "June 3", "DATE", "2016-06-03"},
        {"2016-05-10", "The fair runs from March 14 to 16.", "16", "DATE", "2016-03-16"},
        {"2016-05-10", "Shipment is set for July 1-10, 2016.", "July 1", "DATE", "2016-07-01"},
        {"2016-05-10", "Shipment is set for July 1-10, 2016.", "10, 2016", "DATE", "2016-07-10"},
        {"2016-05-10", "Soybeans for June 3-5/8 cents.", "5", "none", ""},
        {"2016-05-10", "Rates rose on March 3 to 5 percent.", "5", "none", ""},
        // the early hours of a day are that day's morning; told as past, the bare phrase is on the day last named
        {"2016-05-10", "He was arrested in the early hours of Saturday.", "the early hours of Saturday", "TIME",
         "2016-05-07TMO"},
        {"2016-05-10", "The quake struck in the small hours of May 2.", "the small hours of May 2", "TIME",
         "2016-05-02TMO"},
        {"2016-05-10", "Rebels attacked on Friday. The raid began in the early hours, police said.", "the early hours",
         "TIME", "2016-05-06TMO"},
        {"2016-05-10", "It happened in the early hours of the war.", "the early hours", "none", ""},
        // a clock without am/pm takes its half of the day from a part of day after it, and that day
        {"2016-05-10", "The vote ended at 10 o'clock on Sunday night.", "10 o'clock on Sunday night", "TIME",
         "2016-05-08T22:00"},
        {"2016-05-10", "Officials met at 7:30 Friday evening.", "7:30 Friday evening", "TIME", "2016-05-06T19:30"},
        {"2016-05-10", "Talks began at nine o'clock on Monday morning.", "nine o'clock on Monday morning", "TIME",
         "2016-05-09T09:00"},
        {"2016-05-10", "He called at 11 o'clock last night.", "11 o'clock last night", "TIME", "2016-05-09T23:00"},
        {"2016-05-10", "The offer expires at midnight tonight.", "midnight tonight", "TIME", "2016-05-10T24:00"},
        {"2016-05-10", "The blast came at 10:30 p.m. Sunday night.", "10:30 p.m. Sunday night", "TIME",
         "2016-05-08T22:30"},
        // "this weekend" written early in the week is the coming one, unless told as past; "the weekend" looks back
        {"2016-05-10", "The team plays this weekend.", "this weekend", "DATE", "2016-W19-WE"},
        {"2016-05-10", "The talks were held this weekend.", "this weekend", "DATE", "2016-W18-WE"},
        {"2016-05-10", "Talks resumed over the weekend.", "the weekend", "DATE", "2016-W18-WE"},
        {"2016-05-14", "The team plays this weekend.", "this weekend", "DATE", "2016-W19-WE"},
    }));
    check_reading(anchor, text, phrase, type, value);
}

TEST_CASE("each of these rules switched off gives the reading it replaced", "[unit]") {
    // rule, anchor, text, expression, value with the rule off ("": not an expression)
    auto [rule, anchor, text, phrase,
          value] = GENERATE(table<TimexRule, std::string, std::string, std::string, std::string>({
        {TimexRule::vague_period_duration, "2016-05-10", "The bridge will stay shut for a while.", "a while", ""},
        {TimexRule::bare_unit_offset, "2016-05-10", "Hours later, the rebels withdrew.", "Hours", ""},
        {TimexRule::day_range_end, "2016-05-10", "The ministers meet June 3-5 in Rome.", "5", ""},
        {TimexRule::early_hours_of_day, "2016-05-10", "He was arrested in the early hours of Saturday.", "Saturday",
         "2016-05-07"},
        {TimexRule::clock_with_part_of_day, "2016-05-10", "He called at 11 o'clock last night.", "11 o'clock",
         "2016-05-10T11:00"},
        {TimexRule::this_weekend_ahead, "2016-05-10", "The team plays this weekend.", "this weekend", "2016-W18-WE"},
    }));
    check_reading_with_rule_off(rule, anchor, text, phrase, value);
}
