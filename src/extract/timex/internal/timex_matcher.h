// Pattern matching of temporal expressions over tokens: hand-written recognisers, longest match wins.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/timex/internal/timex_rules.h"
#include "extract/timex/internal/timex_spec.h"
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract::timex {

// A recognised expression: tokens [begin, end) and what they mean.
struct Match {
    std::size_t begin = 0;
    std::size_t end = 0;
    Spec spec;
};

// Recognisers share these helpers; each `match_*` tries to read one kind of expression starting at token i.
class Matcher {
public:
    explicit Matcher(const TokenStream& tokens, TimexOptions options = {}) : t_(tokens), options_(options) {}

    // The longest expression starting at token i (including modifiers such as "early", "the end of"), if any.
    std::optional<Match> match_at(std::size_t i) const;
    // Steps of match_at: modifiers and approximators around a core expression, then what attaches after it.
    std::optional<Match> match_position_modifier(std::size_t i) const;   // early 1990, mid-December, late spring
    std::optional<Match> match_position_of(std::size_t i) const;         // the end of the month
    std::optional<Match> match_day_before_after(std::size_t i) const;    // the day before yesterday
    std::optional<Match> match_approximate_amount(std::size_t i) const;  // more than four decades ago
    void attach_after_core(Match& m) const;                              // Friday morning, Tuesday, Dec. 15
    void attach_day_to_time(Match& m) const;                             // 10:30 a.m. Friday, 10 o'clock last night
    bool names_no_calendar_season(const Match& m) const;                 // this season, two seasons

    // --- helpers (public for the recognisers in timex_match_*.cpp) ---
    const Token& tok(std::size_t i) const noexcept { return t_.at(std::ptrdiff_t(i)); }
    bool word(std::size_t i, std::string_view w) const noexcept { return tok(i).is(w); }
    // A cardinal at i: digits (< 10000, no thousands separators) or words ("twenty-five", "a", "a dozen").
    // Returns the value (-2 for a vague count: "several", "a few", "a couple of") and sets `end`.
    std::optional<int> number(std::size_t i, std::size_t& end) const;
    // A month name at i (capitalised; an abbreviation may take a full stop). Sets `end`.
    int month(std::size_t i, std::size_t& end) const;
    // A weekday name at i (capitalised or lower case). Sets `end`.
    int weekday(std::size_t i, std::size_t& end) const;
    // A day of the month at i: 1-31 with an optional ordinal suffix ("15", "15th"). Sets `end`.
    int day_of_month(std::size_t i, std::size_t& end) const;
    // An ordinal at i: "third", "3rd". Sets `end`.
    int ordinal(std::size_t i, std::size_t& end) const;
    // A four-digit year 1000-2999 at i, or "'98". Sets `end` and `two_digit`.
    int year(std::size_t i, std::size_t& end, bool& two_digit) const;
    // Token i is a hyphen (ASCII or a dash code point) glued to its neighbours: "third-quarter".
    bool glued_hyphen(std::size_t i) const noexcept;
    // -1 when the words before a month without a year place it at or before the anchor's month, +1 at or after.
    int lean_of_month(std::size_t begin) const;

    // Recognisers, in timex_match_dates.cpp, timex_match_quarters.cpp, timex_match_relative.cpp,
    // timex_match_spans.cpp and timex_match_times.cpp.
    std::optional<Match> match_calendar(std::size_t i) const;  // Dec. 15, 2015 / 15 December / 1990s / 12/15/2015
    // Steps of match_calendar.
    std::optional<Match> match_month_first(std::size_t i) const;     // December 15, 2015 / July 1997 / June last year
    std::optional<Match> match_year_or_decade(std::size_t i) const;  // the 1990s / 1990 / '98
    std::optional<Match> match_holiday(std::size_t i) const;         // Christmas, Labor Day, Easter, Thanksgiving
    std::optional<Match> match_spoken_year(std::size_t i) const;     // nineteen ninety-six, the nineties
    bool contract_code_at(std::size_t i) const;                      // "MAY7" at i: a futures contract month, no date
    bool price_row(std::size_t i, int year) const;
    bool table_row_start(std::size_t month_at, std::size_t month_end)
        const;  // "\n Feb  0  22": a row, no date          // "May 1193/1200": the number at i is a price, not a year
    std::optional<Match> leading_day(std::size_t i) const;  // the 3 of "3 and 4 June", "from 3 to 15 June"
    // "last year" / "next year" / "this year" at j after a month (and day) that begins at i.
    std::optional<Match> month_of_named_year(std::size_t i, std::size_t j, int month) const;
    std::optional<Match> season_of_year(std::size_t i, std::size_t k) const;  // [the] winter of 1994 (season at k)
    std::optional<Match> match_quarter(std::size_t i) const;                  // the third quarter of 1990, fiscal 1989
    // Steps of match_quarter.
    struct QuarterHead {         // what precedes a quarter's number or noun
        std::size_t next = 0;    // the first token after it
        int year = 0;            // "1990's", "fiscal 1989"
        int relative_year = 99;  // 99 = none, else the offset of "this year's" (0), "last year's" (-1)
        bool the = false;
        bool fiscal = false;
    };
    std::optional<Match> match_glued_quarter(std::size_t i) const;  // Q3, H1
    QuarterHead read_quarter_head(std::size_t i) const;
    void skip_year_ago(QuarterHead& head) const;
    std::optional<Match> match_first_two_quarters(std::size_t i, const QuarterHead& head) const;
    std::optional<Match> match_numbered_quarter(std::size_t i, QuarterHead head, int n, std::size_t ordinal_end) const;
    std::optional<Match> match_named_quarter(std::size_t i, const QuarterHead& head) const;
    std::optional<Match> match_deictic(std::size_t i) const;  // today, last week, next Friday, now
    // Steps of match_deictic, tried in this order.
    std::optional<Match> match_day_word(std::size_t i) const;         // today, yesterday, tonight
    std::optional<Match> match_vague_reference(std::size_t i) const;  // now, recently, will soon, current
    std::optional<Match> match_year_end(std::size_t i) const;         // year-end, year's end
    std::optional<Match> match_vague_span(std::size_t i) const;       // in recent months, the near term, the future
    std::optional<Match> match_weekday_phrase(std::size_t i) const;   // Friday, Tuesday nights
    std::optional<Match> match_shifted_unit(std::size_t i) const;     // last week, next Friday, this November
    std::optional<Match> match_shifted_unit_word(std::size_t i, std::size_t shift, int offset) const;  // last week
    std::optional<Match> match_period_noun(std::size_t i) const;  // the weekend, the year, the summer
    std::optional<Match> match_the_year(std::size_t i) const;     // the full year, the fiscal year
    std::optional<Match> match_ago(std::size_t i) const;          // two days ago, a year earlier
    std::optional<Match> match_duration(std::size_t i) const;     // three years, the past two months, 16-hour
    // Steps of match_duration: the qualifier ("the past"), durations without a count ("for years", "half an hour",
    // "day-long"), and the checks that a counted unit is a duration ("a 47-year-old" is not).
    std::size_t duration_qualifier_end(std::size_t k) const;
    std::optional<Match> uncounted_duration(std::size_t i, std::size_t k, bool the, bool qualified) const;
    bool counted_unit_ok(std::size_t k, std::size_t end, const LexEntry& e, bool hyphen) const;
    // A bare plural unit at k that is an amount by its context: "the first time in years".
    bool bare_unit_amount(std::size_t k) const;
    // A bare plural unit at k that is an offset from the event just told: "hours later", "days earlier".
    bool bare_unit_offset(std::size_t k) const;
    // A bare plural unit at k that is the object of a verb of length: "will take years", "spent months".
    bool bare_unit_after_verb(std::size_t k) const;
    // The verb "last" at k ("expected to last several weeks"), not the qualifier of "the last two weeks".
    bool verb_last(std::size_t k) const;
    std::optional<Match> match_set(std::size_t i) const;             // every week, daily
    std::optional<Match> match_plural_weekday(std::size_t i) const;  // on Sundays, at weekends
    std::optional<Match> match_fortnight(std::size_t i) const;       // a fortnight (P2W), a fortnight ago
    std::optional<Match> match_vague_period(std::size_t i) const;    // (for) a while, a long time: PXX
    std::optional<Match> match_time(std::size_t i) const;            // 10:30 a.m., noon, overnight
    // Steps of match_time.
    Match time_of_day(std::size_t begin, std::size_t end, std::string suffix) const;  // TIME on the day last named
    std::optional<Match> match_named_time(std::size_t i) const;                       // noon, midnight, mid-afternoon
    std::optional<Match> match_overnight(std::size_t i) const;           // overnight (not "the overnight rate")
    std::optional<Match> match_part_of_day_phrase(std::size_t i) const;  // in the morning, that night
    std::optional<Match> match_early_hours(std::size_t i) const;         // the early hours of Saturday
    std::optional<Match> match_clock(std::size_t i) const;               // 10:30 a.m., 8 PM, 10.30pm, 4 in the morning
    int spoken_clock(std::size_t i, bool minutes, std::size_t& end) const;  // o'clock, in the morning: 1, 2 or 3
    std::optional<Match> match_spelt_clock(std::size_t i) const;            // three o'clock, four in the morning
    // A word that may follow a time and starts a new phrase or clause ("to", "and", "when"), not a noun it modifies.
    bool is_clause_word(const Token& t) const noexcept;
    int meridiem(std::size_t k, std::size_t& end) const;          // am, p.m. at k: 1 or 2 (0: none); sets `end`
    std::optional<Match> match_zoned_clock(std::size_t i) const;  // 1400 GMT
    bool zoned_number(std::size_t i) const;                       // four digits and a time zone: "1930 GMT"
    std::size_t clock_zone_end(std::size_t i) const;  // where "1930 GMT", "1530 hrs", "1700 local time" end; 0: none
    // A unit at i that makes a rate of the count or percentage before it: "700 seats a week", "8.5% annually", "15
    // million instructions per second". Not "twice a week" (how often an event recurs), nor money ("$5 million a
    // year", which TBAQ marks half the time).
    bool rate_after_amount(std::size_t i) const;
    std::optional<Match> match_core(std::size_t i) const;  // any of the above, longest
    // Pairs and ranges (timex_match_pairs.cpp). The second day of "April 24 and 25" / "March 3 or 4", right after the
    // calendar day `first`: same month; with "Dec. 30 and 31, 2014" its match covers the year, which the first day
    // shares.
    std::optional<Match> coordinated_day(const Match& first) const;
    // The second month of "between January and March", "from June to August" (tried first by coordinated_day).
    std::optional<Match> coordinated_month(const Match& first) const;
    // The last day of "June 3-5", "March 3 to 5", right after the calendar day `first` (tried by coordinated_day).
    std::optional<Match> day_range_end(const Match& first) const;

    // Whether a switchable rule is on (all are, unless eval-dates measures one).
    bool rule(TimexRule r) const noexcept { return options_.on(r); }

private:
    const TokenStream& t_;
    TimexOptions options_;
};

// Whether a spec names one whole day ("Friday", "yesterday", "Dec. 15"), which a part of day can narrow.
bool day_granular(const Spec& s);

// The value of a run of ASCII digits ("2015" -> 2015); shared by the matcher files.
int to_int(std::string_view digits);

}  // namespace newsdex::extract::timex
