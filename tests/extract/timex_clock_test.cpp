// Tests of clock times and parts of day: British clock times ("10.30pm"), spoken clocks ("4 in the morning", "11
// o'clock"), parts of day the text places ("in the morning", "that night"), "overnight" as a time and as a term.
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::extract::TimexRule;
using newsdex::test::check_reading;
using newsdex::test::check_reading_with_rule_off;

TEST_CASE("clock times, British and American, and the night before", "[unit]") {
    // anchor, text, expression as found, type, value ("none": not an expression)
    auto [anchor, text, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // American clock times stay as they were
        {"2014-06-18", "The ferry sank at 10:30 a.m. in calm water.", "10:30 a.m.", "TIME", "2014-06-18T10:30"},
        {"2014-06-18", "Doors open at 8 PM.", "8 PM", "TIME", "2014-06-18T20:00"},
        {"2014-06-18", "The talks broke up at midnight.", "midnight", "TIME", "2014-06-18T24:00"},
        {"2014-06-18", "Markets steadied by mid-afternoon.", "mid-afternoon", "TIME", "2014-06-18TAF"},
        // British clock times take a full stop, with am/pm glued or spelt a.m./p.m.
        {"2014-06-18", "The polls closed at 10.30pm and counting began.", "10.30pm", "TIME", "2014-06-18T22:30"},
        {"2014-06-18", "Officers arrived at 7.15am, police said.", "7.15am", "TIME", "2014-06-18T07:15"},
        {"2014-06-18", "The bomb went off at 11.05 p.m. near the barracks.", "11.05 p.m.", "TIME", "2014-06-18T23:05"},
        {"2014-06-18", "The train left at 9.40 a.m. on Tuesday.", "9.40 a.m. on Tuesday", "TIME", "2014-06-17T09:40"},
        {"2014-06-18", "The minister lands at 12.20 PM (0420 GMT).", "12.20 PM", "TIME", "2014-06-18T12:20"},
        // without am/pm a full stop between two numbers is a decimal, and the hour must be a clock's
        {"2014-06-18", "Shares rose 10.30 percent.", "10.30", "none", ""},
        {"2014-06-18", "Kick-off was moved to 15.30 on the day.", "15.30", "none", ""},
        {"2014-06-18", "The index was at 13.45pm levels, oddly.", "13.45pm", "none", ""},
        // "overnight" as an adverb: the night before the anchor, or before the day last named
        {"2014-06-18", "Rain fell overnight in the capital.", "overnight", "TIME", "2014-06-17TNI"},
        {"2014-06-18", "Two guards were killed overnight, the army said.", "overnight", "TIME", "2014-06-17TNI"},
        {"2014-06-18", "On Monday, dealers said Tokyo shares had fallen overnight.", "overnight", "TIME",
         "2014-06-15TNI"},
        {"2014-06-18", "Crews will work overnight to reopen the bridge.", "overnight", "TIME", "2014-06-18TNI"},
        {"2014-06-18", "Fans queued overnight on Friday for tickets.", "overnight on Friday", "TIME", "2014-06-13TNI"},
        // ... but a term before a noun, after a negation ("at once") or in a money table, no time
        {"2014-06-18", "The overnight rate rose to 5 percent.", "overnight", "none", ""},
        {"2014-06-18", "Banks added funds via overnight repurchases.", "overnight", "none", ""},
        {"2014-06-18", "The firm is a New Jersey-based overnight courier.", "overnight", "none", ""},
        {"2014-06-18", "Such reforms cannot be done overnight.", "overnight", "none", ""},
        {"2014-06-18", "\"You don't change a club overnight,\" the coach said.", "overnight", "none", ""},
        {"2014-06-18", "Dealers quoted overnight 6-1/4 in thin trade.", "overnight", "none", ""},
        {"2014-06-18", "BANKS TENDER OVERNIGHT FOR DOLLARS", "OVERNIGHT", "none", ""},
        // wire copy's four-digit clocks with "hrs", "local time" or a zone, and the first of a range of them
        {"1987-03-10", "The rocket lifted off at 1805 local time.", "1805 local time", "TIME", "1987-03-10T18:05"},
        {"1987-03-10", "Offers are due by 1200 hrs EST.", "1200 hrs EST", "TIME", "1987-03-10T12:00"},
        {"1987-03-10", "Trading runs from 0900 to 1315 CST.", "0900", "TIME", "1987-03-10T09:00"},
        {"1987-03-10", "The notes are due 1992 to 1700 CDT April 24.", "1992", "DATE", "1992"},
        {"2005-02-20", "Stade de France\n\nSaturday, 26 February\n\n1600 GMT\n", "Saturday, 26 February", "DATE",
         "2005-02-26"},
        // a commodity table's delivery month and prices are no month of a year; history's "May 1453" is
        {"1987-04-07", "PARIS SUGAR - APR 7\n May 1152/1160 ba\n Aug 1175/1185 ba\n", "May 1152", "none", ""},
        {"1987-04-07", "ROBUSTA\n Jul 1261 1265 1264 1262   34\n", "Jul 1261", "none", ""},
        {"1987-04-07", "The city fell in May 1453 to the Ottomans.", "May 1453", "DATE", "1453-05"},
        {"1987-04-07", "KILO GOLD\n Apr    4    54  dn    6\n Jun  375  1544  dn   40\n", "Apr    4", "none", ""},
        {"1987-04-07", "OPEN INTEREST\n Dec   13   149  up    2\n Feb    0    22     unch\n", "13\n Feb", "none", ""},
        {"1987-04-07", "the fiscal year ending\nMarch 31 1988 when", "March 31 1988", "DATE", "1988-03-31"},
        {"1987-04-07", "Previous quote\n    69.35\n    April 3\n    69.32\n", "April 3", "DATE", "1987-04-03"},
        {"1987-04-07", "SALES\nOCTOBER      136             40\n", "OCTOBER", "DATE", "1986-10"},
        // spoken clocks: "o'clock", "in the morning", "at night" give the half of the day
        {"2014-06-18", "Witnesses heard shots at about 11 o'clock.", "about 11 o'clock", "TIME", "2014-06-18T11:00"},
        {"2014-06-18", "The convoy will leave at 4 in the morning.", "4 in the morning", "TIME", "2014-06-18T04:00"},
        {"2014-06-18", "The blast came at 4.30 in the morning.", "4.30 in the morning", "TIME", "2014-06-18T04:30"},
        {"2014-06-18", "The bars stayed open until three in the morning.", "three in the morning", "TIME",
         "2014-06-18T03:00"},
        {"2014-06-18", "The curfew starts at 10 at night.", "10 at night", "TIME", "2014-06-18T22:00"},
        {"2014-06-18", "He gets up at six o'clock in the evening.", "six o'clock in the evening", "TIME",
         "2014-06-18T18:00"},
        {"2014-06-18", "He scored 2 in the afternoon session.", "2 in the afternoon", "none", ""},
        {"2014-06-18", "Viewers watch the 10 O'Clock News.", "10 O'Clock", "none", ""},
        // a part of day the text places: the day last named, when told as past or pointed back to
        {"2014-06-18", "The bank sold dollars on Friday. Dealers bought in the morning.", "the morning", "TIME",
         "2014-06-13TMO"},
        {"2014-06-18", "The rally was on Monday. Later that night, police cleared the square.", "Later that night",
         "TIME", "2014-06-16TNI"},
        {"2014-06-18", "That evening, the minister resigned.", "That evening", "TIME", "2014-06-18TEV"},
        {"2014-06-18", "Traffic peaks in the evening.", "the evening", "none", ""},
        {"2014-06-18", "We will decide in the morning.", "the morning", "none", ""},
        {"2014-06-18", "The plane fell on the night of March 3.", "the night", "none", ""},
        {"2014-06-18", "She reads the morning papers.", "morning", "none", ""},
    }));
    check_reading(anchor, text, phrase, type, value);
}

TEST_CASE("clock rules switched off give the reading they replaced", "[unit]") {
    // rule, text, expression, value with the rule off ("" when not found)
    auto [rule, text, phrase, value] = GENERATE(table<TimexRule, std::string, std::string, std::string>({
        {TimexRule::british_clock_time, "The polls closed at 10.30pm.", "10.30pm", ""},
        {TimexRule::overnight_time, "Rain fell overnight in the capital.", "overnight", ""},
        {TimexRule::clock_part_of_day, "The convoy left at 4 in the morning.", "4 in the morning", ""},
        {TimexRule::wire_clock_hours, "The rally starts at 1805 local time.", "1805", "1805"},
        {TimexRule::table_number_not_year, "PARIS SUGAR\n May 1152/1160 ba\n", "May 1152", "1152-05"},
        {TimexRule::part_of_day_phrase, "That evening, the minister resigned.", "That evening", ""},
    }));
    check_reading_with_rule_off(rule, "2014-06-18", text, phrase, value);
}
