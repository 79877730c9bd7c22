// Turns a Spec into a TIMEX3 value with calendar arithmetic against the anchor (the publication date).
#pragma once

#include <optional>
#include <string>

#include "core/article.h"
#include "extract/timex/internal/timex_spec.h"

namespace newsdex::extract::timex {

// What a document has named so far, for anaphora ("a year earlier", "the quarter"): the last quarter.
struct Reference {
    int quarter_year = 0;  // 0 = no quarter named yet
    int quarter = 0;
    int year = 0;  // the last year named explicitly ("in 1995"), 0 = none
    // A year-to-date period ("the nine months", "six months") was named after the last quarter: comparisons with
    // "a year earlier" now speak of the year, not of the quarter.
    bool year_to_date = false;
    // The last month and day named with their year ("in March 1989", "on Oct. 23"), for "the following month" and
    // "the previous day"; 0 = none.
    int month_year = 0;
    int month = 0;
    int day = 0;
    // The last day named in any way ("Sunday", "Dec. 13", "yesterday"): the day of a clock time that names none.
    std::optional<std::chrono::sys_days> named_day;
    void note_quarter(int year, int q) noexcept {
        quarter_year = year;
        quarter = q;
        year_to_date = false;
    }
};

struct IsoWeek {
    int year = 0;
    unsigned week = 0;
};
IsoWeek iso_week(std::chrono::sys_days day) noexcept;

// The value of `spec` in the context given. `last` is read for anaphora and updated with what this value names
// (when it names a calendar period), so call it on the mentions of a document in text order.
std::string resolve(const Spec& spec, std::optional<CivilDate> anchor, Tense tense, Reference& last);

}  // namespace newsdex::extract::timex
