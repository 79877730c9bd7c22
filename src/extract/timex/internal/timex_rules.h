// Switches for the temporal tagger's newer rules, so that scripts/eval-dates can measure each by turning it off.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace newsdex::extract {

// Rules added for issue 16; each is on unless switched off. The names are what `newsdex-tag-dates --off` takes.
enum class TimexRule : std::uint8_t {
    event_anchored_duration,  // "a month earlier", "two decades earlier": the amount (DURATION), not a date
    from_now_duration,        // "eight years from now": DURATION P8Y
    next_decade_duration,     // "over the next decade": DURATION P10Y, as "the past decade" is
    past_month,               // "was fired in July", written in March: the July before
    part_of_day_time,         // "Sunday night", "Monday morning": TIME with the part of day (TNI, TMO)
    clock_on_named_day,       // "8 p.m." after "on Sunday": that Sunday's clock time, not the anchor's
    more_durations,           // "two more weeks", "eight trading days", "within weeks", "day-long", "the weeks ahead"
    bare_unit_durations,      // "the first time in years", "could fall in weeks": an amount with no count
    consecutive_durations,    // "six consecutive quarters", "three straight years": DURATION P6Q, P3Y
    zoned_clock_time,         // "at 1400 GMT": TIME T14:00 (wire copy's four-digit clock with a zone)
    rate_after_amount,        // "700 seats a week", "rise 8.5% annually": a rate of an amount, no timex
    weekday_present_ahead,    // "the funeral is Friday": a weekday in a present clause is the coming one
    open_month_ahead,         // "the vote is in October", written in March: this October, not the last
    british_clock_time,       // "10.30pm", "7.15 a.m.": a clock time written with a full stop
    overnight_time,           // "rain fell overnight": TIME, the night before the day last named (TNI)
    clock_part_of_day,        // "4 in the morning", "11 o'clock", "10 at night": TIME T04:00, T11:00, T22:00
    part_of_day_phrase,       // "in the morning", "that night": TIME, that part of the day last named
    season_word_no_date,      // "this season", "two seasons": a sports or crop season, no calendar season (SU, P3M)
    fortnight_unit,           // "a fortnight" P2W, "a fortnight ago": two weeks
    plural_weekday_set,       // "on Sundays", "at weekends": SET XXXX-WXX-7, XXXX-WXX-WE
    vague_more_durations,     // "a few more years", "several more months": DURATION PXY, PXM
    coordinated_dates,        // "between January and March", "from 3 to 15 June": both ends, in one year
    contract_month_code,      // "MAY7", "MAR8" in a commodity table: a futures contract, no day (was May 7)
    wire_clock_hours,         // "1530 hrs", "1700 local time", "from 1130 to 1215 GMT": TIME, not a year
    table_number_not_year,    // "May 1193/1200 ba": a delivery month and its prices, not May 1193
    vague_period_duration,    // "for a while", "for a long time", "a lengthy period": DURATION PXX
    bare_unit_offset,         // "hours later", "days earlier": DURATION PTXH, PXD (an offset of unknown size)
    day_range_end,            // "June 3-5", "March 3 to 5": the last day of the range as well
    early_hours_of_day,       // "the early hours of Saturday": TIME, that day's morning (TMO)
    clock_with_part_of_day,   // "10 o'clock on Sunday night", "11 o'clock last night": T22:00 that day, T23:00
    this_weekend_ahead,       // "the team plays this weekend", written on a Tuesday: the coming weekend
    present_event_weekday,    // "the summit opens Thursday", "leaders meet Monday": a scheduled present, the coming day
    future_month_ahead,       // "the contract will expire in February", written in March: next February
    verb_bare_unit_duration,  // "it will take years", "spent months", "waited hours": DURATION PXY, PXM, PTXH
    verb_last_not_modifier,   // "expected to last several weeks": the verb "last" is not the duration's "the last"
    rate_after_word_count,    // "four flights a week", "five trains a day": a rate of counted things, no timex
    will_base_form,           // "the storm will hit on Wednesday": "hit", "quit", "shut" after "will" are no past
    count
};

struct TimexOptions {
    std::bitset<std::size_t(TimexRule::count)> off;
    bool on(TimexRule rule) const noexcept { return !off.test(std::size_t(rule)); }
};

// The switch's name ("past_month") and one line saying what it does.
std::string_view rule_name(TimexRule rule) noexcept;
std::string_view rule_description(TimexRule rule) noexcept;
std::optional<TimexRule> rule_by_name(std::string_view name) noexcept;

}  // namespace newsdex::extract
