// Names and descriptions of the temporal tagger's switchable rules.
#include "extract/timex/internal/timex_rules.h"

#include <array>

namespace newsdex::extract {
namespace {

struct RuleText {
    std::string_view name;
    std::string_view description;
};

constexpr std::array<RuleText, std::size_t(TimexRule::count)> texts{{
    {"event_anchored_duration", "\"a month earlier\", \"two decades earlier\": DURATION, not a date"},
    {"from_now_duration", "\"eight years from now\": DURATION P8Y"},
    {"next_decade_duration", "\"over the next decade\": DURATION P10Y"},
    {"past_month", "a yearless month ahead of the anchor in a past clause: the one before"},
    {"part_of_day_time", "\"Sunday night\": TIME with the part of day"},
    {"clock_on_named_day", "a bare clock time on the day last named"},
    {"more_durations", "\"two more weeks\", \"within weeks\", \"day-long\", \"the weeks ahead\""},
    {"bare_unit_durations", "\"the first time in years\", \"could fall in weeks\": DURATION PXY, PXW"},
    {"consecutive_durations", "\"six consecutive quarters\", \"three straight years\": DURATION P6Q, P3Y"},
    {"zoned_clock_time", "\"at 1400 GMT\": TIME T14:00"},
    {"rate_after_amount", "\"700 seats a week\", \"rise 8.5% annually\": a rate of an amount, no timex"},
    {"weekday_present_ahead", "\"the funeral is Friday\": a weekday in a present clause is the coming one"},
    {"open_month_ahead", "a yearless month far ahead of the anchor in an open clause (\"is\", \"could\"): this year's"},
    {"british_clock_time", "\"10.30pm\", \"7.15 a.m.\": a clock time written with a full stop"},
    {"overnight_time", "\"rain fell overnight\": TIME, the night before the day last named"},
    {"clock_part_of_day", "\"4 in the morning\", \"11 o'clock\", \"10 at night\": TIME T04:00, T11:00, T22:00"},
    {"part_of_day_phrase", "\"in the morning\", \"that night\": TIME, that part of the day last named"},
    {"season_word_no_date", "\"this season\", \"two seasons\": no calendar season (a sports or crop season)"},
    {"fortnight_unit", "\"a fortnight\" P2W, \"a fortnight ago\": two weeks"},
    {"plural_weekday_set", "\"on Sundays\", \"at weekends\": SET XXXX-WXX-7, XXXX-WXX-WE"},
    {"vague_more_durations", "\"a few more years\", \"several more months\": DURATION PXY, PXM"},
    {"coordinated_dates", "\"between January and March\", \"from 3 to 15 June\": both ends, in one year"},
    {"contract_month_code", "\"MAY7\", \"MAR8\" in a commodity table: a futures contract, no day"},
    {"wire_clock_hours", "\"1530 hrs\", \"1700 local time\", \"from 1130 to 1215 GMT\": TIME, not a year"},
    {"table_number_not_year", "\"May 1193/1200 ba\": a delivery month and its prices, not May 1193"},
    {"vague_period_duration", "\"for a while\", \"for a long time\", \"a lengthy period\": DURATION PXX"},
    {"bare_unit_offset", "\"hours later\", \"days earlier\": DURATION PTXH, PXD"},
    {"day_range_end", "\"June 3-5\", \"March 3 to 5\": the last day of the range as well"},
    {"early_hours_of_day", "\"the early hours of Saturday\": TIME, that day's morning (TMO)"},
    {"clock_with_part_of_day",
     "\"10 o'clock on Sunday night\", \"11 o'clock last night\": the clock on that day and half"},
    {"this_weekend_ahead",
     "\"plays this weekend\" written Monday to Thursday: the coming weekend, unless told as past"},
    {"present_event_weekday", "\"the summit opens Thursday\", \"leaders meet Monday\": the coming day"},
    {"future_month_ahead", "\"will expire in February\", \"takes effect in January\", written in March: next year's"},
    {"verb_bare_unit_duration", "\"will take years\", \"spent months\", \"waited hours\": DURATION PXY, PXM, PTXH"},
    {"verb_last_not_modifier", "\"expected to last several weeks\": the verb is not part of the duration"},
    {"rate_after_word_count", "\"four flights a week\", \"five trains a day\": a rate of counted things, no timex"},
    {"will_base_form", "\"the storm will hit on Wednesday\": a past-looking base form after \"will\" is no past"},
}};

}  // namespace

std::string_view rule_name(TimexRule rule) noexcept { return texts.at(std::size_t(rule)).name; }

std::string_view rule_description(TimexRule rule) noexcept { return texts.at(std::size_t(rule)).description; }

std::optional<TimexRule> rule_by_name(std::string_view name) noexcept {
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (texts[i].name == name) return TimexRule(i);
    }
    return std::nullopt;
}

}  // namespace newsdex::extract
