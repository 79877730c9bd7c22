// What a matched temporal expression means before it is resolved against the anchor: the tagger's middle form.
#pragma once

#include <cstdint>
#include <string>

#include "extract/timex/internal/timex_lexicon.h"

namespace newsdex::extract::timex {

enum class Tense : std::uint8_t { none, past, present, future };

enum class SpecKind : std::uint8_t {
    literal,    // value fully known from the words: P3Y, PRESENT_REF, XXXX-WXX-5, 1998-08-07
    calendar,   // named calendar parts, some missing: "Dec. 15" (year from anchor and tense), "the third quarter"
    relative,   // anchor shifted by `offset` units and shown at `unit` granularity: "last week", "two days ago"
    weekday,    // a named weekday near the anchor: "Friday", "next Friday", "last Tuesday"
    anaphoric,  // relative to the last date the text mentioned: "a year earlier", "the year-ago quarter"
};

struct Spec {
    const char* type = "DATE";  // DATE, TIME, DURATION, SET
    SpecKind kind = SpecKind::literal;
    std::string literal;  // kind literal: the value

    // calendar: 0 = not given
    int year = 0;
    int month = 0;
    int day = 0;
    int quarter = 0;
    int half = 0;
    int decade = 0;   // 199 for "the 1990s"
    int century = 0;  // 19 for "the 20th century" (TIMEX3 writes the first two digits)
    const char* season = nullptr;
    bool year_is_two_digit = false;

    // relative / anaphoric
    Unit unit = Unit::none;  // granularity of the value
    int offset = 0;          // in units of `unit` (relative) or years (anaphoric)

    // weekday: direction -1 last, +1 next, 0 = from the tense of the sentence
    int weekday = 0;
    int direction = 0;           // also on a calendar month: "last November" (-1), "next November" (+1)
    bool anchor_year = false;    // calendar month in the anchor's year, whatever the distance ("this November")
    Tense clause = Tense::none;  // calendar month without a year: month_tense_at of its clause (past, future or none)
    bool past_event = false;    // ... and that clause tells of a past event: a month ahead of the anchor is last year's
    bool open_event = false;    // ... or of an open one ("is", "could", "plans"): a month far ahead stays this year's
    bool future_event = false;  // ... or looks ahead ("will expire in February"): a month behind is next year's
    int lean = 0;
    bool deadline =
        false;  // calendar month without a year after "by", "until", "till" or "through": an end point  // calendar month without a year: -1 not after the anchor's month ("ended Sept. 30"), +1 not before
    bool from_named_year = false;  // anaphoric: count from the last year the text named ("the following year")
    bool from_named_day = false;   // weekday: counted from the last day the text named ("the previous Friday")
    bool week_of = false;          // calendar day shown as its ISO week ("the week of March 6")
    int nth = 0;                   // with weekday on a calendar month: the nth such weekday (Thanksgiving), -1 last
    int day_shift = 0;             // days added after the nth weekday (Election Day: the Tuesday after a Monday)
    bool easter = false;           // calendar: Easter Sunday of the year (month and day computed)
    int shift_days = 0;            // any kind: days added to the resolved day ("the day before yesterday": -1)
    int range_after = 0;           // calendar month ending a range ("from October to March"): the month it starts at

    std::string time_suffix;    // "TNI", "T10:30": appended to a day value (TIME expressions)
    bool open_time = false;     // a clock time or part of day that a following day may complete ("10 a.m. Friday")
    bool open_half = false;     // a clock without am/pm ("10:30", "10 o'clock"): a part of day after it gives the half
    bool on_named_day = false;  // a clock time with no day: on the day the text last named, else the anchor's
    bool night_before = false;  // "overnight": the night before that day, unless the clause looks ahead
};

}  // namespace newsdex::extract::timex
