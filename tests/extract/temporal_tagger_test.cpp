// Tests of the temporal tagger: one row per expression class, resolved against an anchor date.
#include "extract/timex/temporal_tagger.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "core/date.h"
#include "extract/timex/publication_date.h"
#include "support/temporal_mentions.h"

using newsdex::parse_date_value;
using newsdex::TemporalMention;
using newsdex::extract::find_temporal_expressions;

using newsdex::test::check_reading;
using newsdex::test::describe_mentions;
using newsdex::test::find_mention;

TEST_CASE("temporal expressions are found and resolved against the anchor", "[unit]") {
    // anchor, sentence, expression as found, type, value
    auto [anchor, sentence, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // full and partial dates
        {"2015-12-15", "The deal was signed on December 15, 2015 in Paris.", "December 15, 2015", "DATE", "2015-12-15"},
        {"2015-12-15", "Talks resume Dec. 15.", "Dec. 15", "DATE", "2015-12-15"},
        {"2015-12-15", "They met on 15 December 2015.", "15 December 2015", "DATE", "2015-12-15"},
        {"2015-12-15", "It was due on the 15th.", "the 15th", "DATE", "2015-12-15"},
        {"2015-12-15", "Prices fell in mid-December.", "mid-December", "DATE", "2015-12"},
        {"2015-12-15", "The form is dated 12/15/2015.", "12/15/2015", "DATE", "2015-12-15"},
        {"2015-12-15", "The vote is set for 2016-02-29.", "2016-02-29", "DATE", "2016-02-29"},
        {"2016-02-10", "The report is due Feb. 29.", "Feb. 29", "DATE", "2016-02-29"},
        {"2015-12-15", "Sales rose in July 1997.", "July 1997", "DATE", "1997-07"},
        {"2016-01-05", "Sales fell in December.", "December", "DATE", "2015-12"},
        {"2015-12-15", "Elections are held in January.", "January", "DATE", "2016-01"},
        {"2015-12-15", "The plant opened in 1998.", "1998", "DATE", "1998"},
        {"2015-12-15", "Inflation was high in the 1990s.", "the 1990s", "DATE", "199X"},
        {"2015-12-15", "It was built in the 19th century.", "the 19th century", "DATE", "18"},
        // weekdays with tense
        {"2015-12-15", "Kerry said Tuesday that talks went well.", "Tuesday", "DATE", "2015-12-15"},
        {"2015-12-15", "The talks ended on Friday.", "Friday", "DATE", "2015-12-11"},
        {"2015-12-15", "The talks will go ahead on Friday.", "Friday", "DATE", "2015-12-18"},
        {"2015-12-15", "They will meet next Friday.", "next Friday", "DATE", "2015-12-18"},
        {"2015-12-31", "They will meet next Friday.", "next Friday", "DATE", "2016-01-01"},
        {"2015-12-15", "They met last Tuesday.", "last Tuesday", "DATE", "2015-12-08"},
        {"2015-12-15", "The talks ended Monday, Dec. 14, in Geneva.", "Monday, Dec. 14", "DATE", "2015-12-14"},
        {"2015-12-15", "Kerry criticised Sunday's vote.", "Sunday", "DATE", "2015-12-13"},
        {"1998-10-25", "In his Sunday Mass at the cathedral, the cardinal condemned it.", "Sunday", "DATE",
         "1998-10-25"},
        {"1998-10-25", "He told the Sunday Times that he condemned it.", "Sunday", "none", ""},
        {"2015-12-15", "Kerry arrived ahead of Sunday's vote.", "Sunday", "DATE", "2015-12-20"},
        {"1998-08-08", "Many died in the blast next to the embassy on Friday.", "Friday", "DATE", "1998-08-07"},
        {"1999-05-07", "Until Thursday, they had not called Kopp a suspect.", "Thursday", "DATE", "1999-05-06"},
        {"1999-05-07", "The offer is open until Thursday.", "Thursday", "DATE", "1999-05-13"},
        // a plan looks ahead to a day named after it, not to one named before it; "plans" as a noun is no cue
        {"1998-09-30", "The team planned to leave Nairobi on Thursday.", "Thursday", "DATE", "1998-10-01"},
        {"1998-09-30", "On Friday, the government planned to pay the claims.", "Friday", "DATE", "1998-09-25"},
        {"1998-08-17", "On Friday, when she set aside vacation plans for the trip, it rained.", "Friday", "DATE",
         "1998-08-14"},
        // a plan in the past perfect was for a day now gone
        {"1989-10-30", "The offer had been due to expire Friday.", "Friday", "DATE", "1989-10-27"},
        {"1989-10-30", "The offer is due to expire Friday.", "Friday", "DATE", "1989-11-03"},
        // a participle after "be" takes the tense of its auxiliary
        {"2015-12-15", "The winner will be named on Friday.", "Friday", "DATE", "2015-12-18"},
        {"1998-03-04", "Collins will be named commander for a mission in December.", "December", "DATE", "1998-12"},
        {"2000-03-29", "As of Wednesday evening, he had not signed.", "Wednesday evening", "TIME", "2000-03-29TEV"},
        {"2000-01-07", "Thousands rallied Friday night in Havana.", "Friday night", "TIME", "2000-01-07TNI"},
        // days around the anchor
        {"2015-12-15", "He arrived today.", "today", "DATE", "2015-12-15"},
        {"2015-12-15", "They met earlier today.", "earlier today", "DATE", "2015-12-15"},
        {"2015-12-15", "He left yesterday.", "yesterday", "DATE", "2015-12-14"},
        {"2016-03-01", "He left yesterday.", "yesterday", "DATE", "2016-02-29"},
        {"2015-12-31", "He leaves tomorrow.", "tomorrow", "DATE", "2016-01-01"},
        {"2015-12-15", "He speaks tonight.", "tonight", "TIME", "2015-12-15TNI"},
        {"2015-12-15", "The market rose this morning.", "this morning", "TIME", "2015-12-15TMO"},
        {"2015-12-15", "He arrived two days ago.", "two days ago", "DATE", "2015-12-13"},
        // weeks, months, quarters, years, seasons
        {"2015-12-15", "Prices fell last week.", "last week", "DATE", "2015-W50"},
        {"2016-01-01", "Prices fell last week.", "last week", "DATE", "2015-W52"},
        {"2015-12-15", "Prices fell this month.", "this month", "DATE", "2015-12"},
        {"2015-12-15", "Prices fell last month.", "last month", "DATE", "2015-11"},
        {"2016-01-31", "Prices will rise next month.", "next month", "DATE", "2016-02"},
        {"2015-12-15", "Profit fell last year.", "last year", "DATE", "2014"},
        {"2015-12-15", "Profit will rise next year.", "next year", "DATE", "2016"},
        {"1989-10-26", "It had $6 billion in sales in the latest fiscal year.", "the latest fiscal year", "DATE",
         "1988"},
        {"1989-11-02", "It expects higher sales in the current fiscal year.", "the current fiscal year", "DATE",
         "1989"},
        {"2015-12-15", "Profit rose in the third quarter.", "the third quarter", "DATE", "2015-Q3"},
        {"2015-12-15", "Third-quarter profit rose.", "Third-quarter", "DATE", "2015-Q3"},
        {"2015-12-15", "Profit rose in the fourth quarter of 2014.", "the fourth quarter of 2014", "DATE", "2014-Q4"},
        {"2015-12-15", "Profit rose in fiscal 2014.", "fiscal 2014", "DATE", "2014"},
        {"2015-12-15", "Profit rose in Q4 2014.", "Q4 2014", "DATE", "2014-Q4"},
        {"2015-12-15", "Profit rose in the first half of 2014.", "the first half of 2014", "DATE", "2014-H1"},
        {"2015-12-15", "It was warm this winter.", "this winter", "DATE", "2015-WI"},
        {"2015-12-15", "It was hot last summer.", "last summer", "DATE", "2015-SU"},
        {"2015-12-15", "Prices will rise by the end of the month.", "the end of the month", "DATE", "2015-12"},
        {"2015-12-15", "Prices fell earlier this year.", "earlier this year", "DATE", "2015"},
        // vague references
        {"2015-12-15", "He is now in Moscow.", "now", "DATE", "PRESENT_REF"},
        {"1998-01-15", "He was freed. Now the court has ruled.", "Now", "DATE", "PRESENT_REF"},
        {"2015-12-15", "He currently lives in Moscow.", "currently", "DATE", "PRESENT_REF"},
        {"2015-12-15", "He recently moved.", "recently", "DATE", "PAST_REF"},
        {"2015-12-15", "It happened in the past.", "the past", "DATE", "PAST_REF"},
        {"2015-12-15", "It may happen in the future.", "the future", "DATE", "FUTURE_REF"},
        {"1989-10-27", "Prosecutors may soon seek an indictment.", "soon", "DATE", "FUTURE_REF"},
        {"1989-10-30", "It soon will begin selling boxes.", "soon", "DATE", "FUTURE_REF"},
        {"1989-10-26", "It will raise the money at a later date.", "a later date", "DATE", "FUTURE_REF"},
        // durations
        {"2015-12-15", "He served three years in prison.", "three years", "DURATION", "P3Y"},
        {"2015-12-15", "The flight took two hours.", "two hours", "DURATION", "PT2H"},
        {"2015-12-15", "It lasted a decade.", "a decade", "DURATION", "P10Y"},
        {"2015-12-15", "Talks resume in three weeks.", "three weeks", "DURATION", "P3W"},
        {"2015-12-15", "Sales rose over the past two months.", "the past two months", "DURATION", "P2M"},
        {"2015-12-15", "He signed a two-year contract.", "two-year", "DURATION", "P2Y"},
        {"2015-12-15", "He waited for several days.", "several days", "DURATION", "PXD"},
        {"2015-12-15", "The strike lasted 45 minutes.", "45 minutes", "DURATION", "PT45M"},
        {"2015-12-15", "She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "DURATION", "PT5H30M"},
        {"2015-12-15", "They lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"},
        {"2015-12-15", "A minute and a half later, a pilot called.", "A minute and a half", "DURATION", "PT1M30S"},
        {"2015-12-15", "It took two and a half days.", "two and a half days", "DURATION", "P2DT12H"},
        {"2015-12-15", "It will not change for a couple of years.", "a couple of years", "DURATION", "P2Y"},
        // sets
        {"2015-12-15", "They meet every week.", "every week", "SET", "P1W"},
        {"2015-12-15", "The paper appears weekly.", "weekly", "SET", "P1W"},
        {"2015-12-15", "Rents rise annually.", "annually", "SET", "P1Y"},
        {"2015-12-15", "The shop closes every Friday.", "every Friday", "SET", "XXXX-WXX-5"},
        {"1998-02-13", "Flights leave on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
        {"1998-02-13", "Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"},
        {"1998-02-13", "Flights left on Monday and Tuesday night.", "Monday", "DATE", "1998-02-09"},
        // anaphora and context
        {"1989-10-26", "Profit rose in the quarter ended Sept. 30.", "the quarter", "DATE", "1989-Q3"},
        {"1989-10-26", "Profit rose in the third quarter from $5 a year earlier.", "a year earlier", "DATE", "1988-Q3"},
        // "a day earlier" counts from the story's last event: a duration, as "three days later" is
        {"1990-08-16", "There are no shipments now. A day earlier, trucks crossed.", "A day earlier", "DURATION",
         "P1D"},
        {"1990-08-16", "Two hours earlier, the talks had ended.", "Two hours earlier", "DURATION", "PT2H"},
        {"2015-12-15", "He was born in 1995 and the following year moved.", "the following year", "DATE", "1996"},
        {"2015-12-15", "He moved in June last year.", "June last year", "DATE", "2014-06"},
        {"2013-03-19", "Sales rose in the fourth quarter.", "the fourth quarter", "DATE", "2012-Q4"},
        {"2015-12-15", "Protesters gathered over the weekend.", "the weekend", "DATE", "2015-W50-WE"},
        {"1998-02-27", "It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
        {"1998-10-25", "The Times said in an editorial on Monday, Oct. 26:", "Monday, Oct. 26", "DATE", "1998-10-26"},
        // a month without a year: the word before it says which side of the anchor it is on
        {"1989-11-01", "Revenue was $76 million for the year ended March 31.", "March 31", "DATE", "1989-03-31"},
        {"1989-10-26", "The new labor pact is effective June 1.", "June 1", "DATE", "1990-06-01"},
        {"1989-11-02", "The dividend is payable to holders of record Dec. 15.", "Dec. 15", "DATE", "1989-12-15"},
        {"1989-10-26", "Prices have doubled since February.", "February", "DATE", "1989-02"},
        // "last <month>" is never the month just ended, which would be "last month"
        {"1998-03-01", "Two helicopters crashed last February.", "last February", "DATE", "1997-02"},
        {"1989-10-30", "It was distributed to bankers last December.", "last December", "DATE", "1988-12"},
        {"1989-10-27", "The court ruled last June.", "last June", "DATE", "1989-06"},
        // more than seven months back: next year's, unless its clause is past with no future cue or deadline
        {"1989-11-02", "Taylor, who stepped down as chief executive in March, is 61.", "March", "DATE", "1989-03"},
        {"1989-10-27", "In January, American Medical brought in new managers.", "January", "DATE", "1989-01"},
        {"1998-10-25",
         "In January, a week after the anniversary of the Roe v. Wade decision of the Supreme Court, a "
         "clinic bombing killed a guard.",
         "January", "DATE", "1998-01"},
        {"1989-10-30", "Thermo agreed to purchase the line for $22 million in February.", "February", "DATE",
         "1990-02"},
        {"1989-10-26", "It would be paid on a still unspecified date in January.", "January", "DATE", "1990-01"},
        {"1989-10-30", "Since KKR bought RJR in February, it has agreed to sell assets.", "February", "DATE",
         "1989-02"},
        {"1989-10-30", "The bank has extended loans through January.", "January", "DATE", "1990-01"},
        // seasons and months of a named year
        {"1998-02-23", "Prices were low in the winter of 1994.", "the winter of 1994", "DATE", "1994-WI"},
        {"1998-02-23", "Prices were low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
         "DATE", "1994-WI"},
        {"1998-02-23", "The plant closed in summer 1990.", "summer 1990", "DATE", "1990-SU"},
        {"1998-02-27", "It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE",
         "1997-01"},
        {"1989-10-27", "It will sell itself under a June agreement with holders.", "June", "DATE", "1989-06"},
        {"1998-10-26", "Voters were angry after the March election.", "March", "DATE", "1998-03"},
        // holidays
        {"1998-10-26", "It will be a theme of our campaign up to Election Day.", "Election Day", "DATE", "1998-11-03"},
        {"2000-04-17", "Protesters prayed as Easter week began.", "Easter week", "DATE", "2000-W16"},
        {"2013-03-19", "The shops close on Easter Sunday.", "Easter Sunday", "DATE", "2013-03-31"},
        {"2015-05-10", "The parade is on Memorial Day.", "Memorial Day", "DATE", "2015-05-25"},
        {"2015-08-10", "Schools open after Labor Day.", "Labor Day", "DATE", "2015-09-07"},
        {"2000-02-24", "It may be resolved in a hearing the week of March 6.", "the week of March 6", "DATE",
         "2000-W10"},
        {"1989-10-26", "Earnings will be lower for the last half of 1989.", "the last half of 1989", "DATE", "1989-H2"},
        {"1989-10-27", "It rejected a bid in March 1989. The following month, it put itself up for sale.",
         "The following month", "DATE", "1989-04"},
        {"2015-12-15", "The following month, it put itself up for sale.", "The following month", "DATE", "2016-01"},
        {"2015-12-15", "He was shot on Oct. 23. The previous day he had spoken.", "The previous day", "DATE",
         "2015-10-22"},
        // financial anaphora: after "the nine months", "a year earlier" is the year, not the last quarter
        {"1989-10-26", "Net rose in the third quarter. For the nine months, net fell from $5 a year earlier.",
         "a year earlier", "DATE", "1988"},
        // times
        {"2015-12-15", "The meeting began at 10:30 a.m. in Moscow.", "10:30 a.m.", "TIME", "2015-12-15T10:30"},
        {"2015-12-15", "The meeting began at 3 p.m. Monday.", "3 p.m. Monday", "TIME", "2015-12-14T15:00"},
        {"2015-12-15", "The meeting began at noon.", "noon", "TIME", "2015-12-15T12:00"},
        {"2015-12-15", "Shares fell by mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2015-12-14TAF"},
        {"2015-12-15", "Talks will resume at 2 p.m. ET Thursday.", "2 p.m. ET Thursday", "TIME", "2015-12-17T14:00"},
    }));
    check_reading(anchor, sentence, phrase, type, value);
}

TEST_CASE("without an anchor relative expressions stay unresolved", "[unit]") {
    auto [sentence, phrase, value] = GENERATE(table<std::string, std::string, std::string>({
        {"Talks resume Dec. 15.", "Dec. 15", "XXXX-12-15"},
        {"They will meet next Friday.", "next Friday", "XXXX-WXX-5"},
        {"He is now in Moscow.", "now", "PRESENT_REF"},
        {"Profit fell last year.", "last year", "PAST_REF"},
        {"He leaves tomorrow.", "tomorrow", "FUTURE_REF"},
        {"The deal was signed on December 15, 2015.", "December 15, 2015", "2015-12-15"},
    }));
    CAPTURE(sentence);
    const auto mentions = find_temporal_expressions(sentence, std::nullopt);
    INFO(describe_mentions(mentions));
    CHECK(find_mention(mentions, phrase).value == value);
}

TEST_CASE("names and compounds that hold time words are not dates", "[unit]") {
    const auto anchor = parse_date_value("1990-08-13");
    for (const std::string text : {"Baker said on ABC News' \"This Week\" that talks failed.", "This is VOA Today.",
                                   "The quarter-to-quarter comparison was weak."}) {
        CAPTURE(text);
        const auto mentions = find_temporal_expressions(text, anchor);
        INFO(describe_mentions(mentions));
        CHECK(mentions.empty());
    }
}

TEST_CASE("text without dates yields nothing", "[unit]") {
    auto sentence = GENERATE(as<std::string>{}, "", "The minister may speak to 1,500 people about March funds.",
                             "He paid $1990 for 2000 shares.", "Mayor Smith met the board.", "He was soon released.",
                             "They left as soon as possible.", "Now, he says, it looks bad.",
                             "\xe2\x80\x94 \xc3\xa9t\xc3\xa9 \xe2\x80\x94");
    CAPTURE(sentence);
    const auto mentions = find_temporal_expressions(sentence, parse_date_value("2015-12-15"));
    INFO(describe_mentions(mentions));
    CHECK(mentions.empty());
}

TEST_CASE("offsets are UTF-8 byte offsets", "[unit]") {
    const std::string text = "\xe2\x80\x9cWe met\xe2\x80\x9d on Tuesday \xe2\x80\x94 and again today.";
    const auto mentions = find_temporal_expressions(text, parse_date_value("2015-12-15"));
    REQUIRE(mentions.size() == 2);
    for (const auto& m : mentions) CHECK(text.substr(m.start, m.end - m.start) == m.text);
}

TEST_CASE("the reference article resolves against 2015-12-15", "[unit]") {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/2015-12-15-putin-kerry-moscow.txt");
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto dateline = newsdex::extract::find_dateline(text);
    REQUIRE(dateline);
    const auto mentions = find_temporal_expressions(text, dateline->date);
    INFO(describe_mentions(mentions));
    CHECK(find_mention(mentions, "December 15, 2015").value == "2015-12-15");
    CHECK(find_mention(mentions, "Tuesday").value == "2015-12-15");
    CHECK(find_mention(mentions, "next Friday").value == "2015-12-18");
    CHECK(find_mention(mentions, "earlier today").value == "2015-12-15");
    REQUIRE_FALSE(mentions.empty());
    // the last one: "would go ahead on Friday" (future)
    CHECK(mentions.back().text == "Friday");
    CHECK(mentions.back().value == "2015-12-18");
}
