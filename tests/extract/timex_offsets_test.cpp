// Tests of amounts of time whose size the text does not give ("for a while", "hours later") and the last day of a
// range of days ("June 3-5") (issue 16).
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::parse_date_value;
using newsdex::extract::find_temporal_expressions;
using newsdex::extract::TimexOptions;
using newsdex::extract::TimexRule;

using newsdex::test::describe_mentions;
using newsdex::test::find_mention;

TEST_CASE("vague lengths, offsets without a count and ranges of days", "[unit]") {
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
    }));
    CAPTURE(anchor, text);
    const auto mentions = find_temporal_expressions(text, parse_date_value(anchor));
    INFO(describe_mentions(mentions));
    const auto m = find_mention(mentions, phrase);
    CHECK(m.type == type);
    CHECK(m.value == value);
    if (m.type != "none") CHECK(text.substr(m.start, m.end - m.start) == phrase);
}

TEST_CASE("each of these rules switched off gives the reading it replaced", "[unit]") {
    // rule, anchor, text, expression, value with the rule off ("": not an expression)
    auto [rule, anchor, text, phrase, value] =
        GENERATE(table<TimexRule, std::string, std::string, std::string, std::string>({
            {TimexRule::vague_period_duration, "2016-05-10", "The bridge will stay shut for a while.", "a while", ""},
            {TimexRule::bare_unit_offset, "2016-05-10", "Hours later, the rebels withdrew.", "Hours", ""},
            {TimexRule::day_range_end, "2016-05-10", "The ministers meet June 3-5 in Rome.", "5", ""},
        }));
    CAPTURE(text);
    TimexOptions options;
    options.off.set(std::size_t(rule));
    const auto mentions = find_temporal_expressions(text, parse_date_value(anchor), options);
    INFO(describe_mentions(mentions));
    CHECK(find_mention(mentions, phrase).value == value);
}
