// Tests of the tense news gives scheduled events ("the summit opens Thursday", "the contract will expire in
// February"), of durations a verb of length takes ("it will take years", "expected to last several weeks") and of
// rates counted in words ("four flights a week").
#include <catch2/catch.hpp>
#include <string>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"
#include "support/temporal_mentions.h"

using newsdex::extract::TimexRule;
using newsdex::test::check_reading;
using newsdex::test::check_reading_with_rule_off;

TEST_CASE("scheduled events told in the present or future, lengths taken by a verb, rates", "[unit]") {
    // anchor, text, expression as found, type, value ("none": not an expression); 2013-03-12 is a Tuesday
    auto [anchor, text, phrase, type,
          value] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        // a weekday after a present of a scheduled event is the coming one, whoever reports it
        {"2013-03-12", "The summit opens Thursday in Brussels.", "Thursday", "DATE", "2013-03-14"},
        {"2013-03-12", "The court hears the appeal on Friday.", "Friday", "DATE", "2013-03-15"},
        {"2013-03-12", "Rebel and army leaders meet separately Monday with the envoy.", "Monday", "DATE", "2013-03-18"},
        {"2013-03-12", "The offer expires at midnight Thursday, the bank said.", "midnight Thursday", "TIME",
         "2013-03-14T24:00"},
        {"2013-03-12", "The minister leaves for Tokyo on Sunday, his office said.", "Sunday", "DATE", "2013-03-17"},
        // a past, a negation, an infinitive, a noun or a possessive date leave the day where the clause puts it
        {"2013-03-12", "The summit opened Thursday in Brussels.", "Thursday", "DATE", "2013-03-07"},
        {"2013-03-12", "The two leaders did not meet Monday.", "Monday", "DATE", "2013-03-11"},
        {"2013-03-12", "Police ordered the crowd to leave on Sunday.", "Sunday", "DATE", "2013-03-10"},
        {"2013-03-12", "The premier survived two confidence votes on Monday.", "Monday", "DATE", "2013-03-11"},
        {"2013-03-12", "He was hurt on two separate plays in Saturday's game.", "Saturday", "DATE", "2013-03-09"},
        // "hit", "have", "quit" after "will" are base forms, not the past they look like
        {"2013-03-12", "The storm will hit the coast on Wednesday night.", "Wednesday night", "TIME", "2013-03-13TNI"},
        {"2013-03-12", "The full-back will have surgery on Monday.", "Monday", "DATE", "2013-03-18"},
        {"2013-03-12", "He says he will not quit on Friday.", "Friday", "DATE", "2013-03-15"},
        {"2013-03-12", "The chairman will quit in February.", "February", "DATE", "2014-02"},
        {"2013-03-12", "The storm hit the coast on Wednesday night.", "Wednesday night", "TIME", "2013-03-06TNI"},
        // a month behind the anchor that a future or a scheduled present places is next year's
        {"2013-03-12", "The contract will expire in February.", "February", "DATE", "2014-02"},
        {"2013-03-12", "The new tax takes effect in January.", "January", "DATE", "2014-01"},
        {"2013-03-12", "The plant is expected to reopen in January.", "January", "DATE", "2014-01"},
        {"2013-03-12", "The mayor was elected in November and will take office in January.", "January", "DATE",
         "2014-01"},
        // ... but not one a past or a conditional tells, nor one naming data
        {"2013-03-12", "The signing was scheduled to take place in February.", "February", "DATE", "2013-02"},
        {"2013-03-12", "He said the firm would report a loss in February.", "February", "DATE", "2013-02"},
        {"2013-03-12", "Exports were stronger than expected in February.", "February", "DATE", "2013-02"},
        {"2013-03-12", "The agency will publish February figures next week.", "February", "DATE", "2013-02"},
        {"2013-03-12", "Housing starts in February rose 4 pct.", "February", "DATE", "2013-02"},
        // a bare plural as the object of a verb of length is an amount of unknown size
        {"2013-03-12", "Rebuilding the port will take years.", "years", "DURATION", "PXY"},
        {"2013-03-12", "The inquiry could take months to finish.", "months", "DURATION", "PXM"},
        {"2013-03-12", "She spent decades in exile.", "decades", "DURATION", "PXE"},
        {"2013-03-12", "Drivers waited hours at the border.", "hours", "DURATION", "PTXH"},
        {"2013-03-12", "The reform took years of planning.", "years", "none", ""},
        {"2013-03-12", "He took days off in June.", "days", "none", ""},
        // the verb "last" is not the qualifier of "the last two weeks"
        {"2013-03-12", "The trial is expected to last several weeks.", "several weeks", "DURATION", "PXW"},
        {"2013-03-12", "The freeze would last 90 days.", "90 days", "DURATION", "P90D"},
        {"2013-03-12", "The mission will last a year and a half.", "a year and a half", "DURATION", "P1Y6M"},
        {"2013-03-12", "Prices fell over the last two weeks.", "the last two weeks", "DURATION", "P2W"},
        {"2013-03-12", "Sales rose to last year's level.", "last year", "DATE", "2012"},
        // a rate of things counted in words measures an amount, as "700 seats a week" does; a frequency stays a set
        {"2013-03-12", "The airline runs four flights a week to Lagos.", "a week", "none", ""},
        {"2013-03-12", "The mill can cut several thousand logs a day.", "a day", "none", ""},
        {"2013-03-12", "The ferry sails three times a week.", "a week", "SET", "P1W"},
        {"2013-03-12", "The ferry sails twice a week.", "twice a week", "SET", "P1W"},
    }));
    check_reading(anchor, text, phrase, type, value);
}

TEST_CASE("each scheduled-event, verb-length and rate rule switched off gives the reading it replaced", "[unit]") {
    // rule, anchor, text, expression, value with the rule off ("": not an expression)
    auto [rule, anchor, text, phrase,
          value] = GENERATE(table<TimexRule, std::string, std::string, std::string, std::string>({
        {TimexRule::present_event_weekday, "2013-03-12", "The summit opens Thursday in Brussels.", "Thursday",
         "2013-03-07"},
        {TimexRule::future_month_ahead, "2013-03-12", "The contract will expire in February.", "February", "2013-02"},
        {TimexRule::verb_bare_unit_duration, "2013-03-12", "Rebuilding the port will take years.", "years", ""},
        {TimexRule::verb_last_not_modifier, "2013-03-12", "The trial is expected to last several weeks.",
         "last several weeks", "PXW"},
        {TimexRule::will_base_form, "2013-03-12", "The full-back will have surgery on Monday.", "Monday", "2013-03-11"},
        {TimexRule::rate_after_word_count, "2013-03-12", "The airline runs four flights a week to Lagos.", "a week",
         "P1W"},
    }));
    check_reading_with_rule_off(rule, anchor, text, phrase, value);
}
