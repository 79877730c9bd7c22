// English word lists of the temporal tagger: months, weekdays, numbers, ordinals, units, seasons, parts of day.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsdex::extract::timex {

// Calendar and clock units, ordered from coarse to fine.
enum class Unit : std::uint8_t {
    none,
    century,
    decade,
    year,
    half,
    quarter,
    season,
    month,
    week,
    weekend,
    day,
    part_of_day,
    hour,
    minute,
    second
};

// What one lower-case word can mean; a word can be several things ("second", "may", "march", "a").
struct LexEntry {
    std::int8_t month = 0;              // 1-12
    std::int8_t weekday = 0;            // ISO: 1 = Monday ... 7 = Sunday
    std::int16_t number = -1;           // cardinal value ("two" = 2, "a" = 1, "dozen" = 12); -1 when none
    std::int8_t ordinal = 0;            // "first" = 1 ... "thirty-first" parts; "last"-style words are not ordinals
    Unit unit = Unit::none;             // "day", "days", "weeks"...
    bool plural = false;                // the unit word is plural ("days")
    bool abbreviation = false;          // month/weekday abbreviation ("Dec", "Tue") that needs care when standing alone
    bool vague_number = false;          // "several", "few", "many", "some": a count we cannot know (value X)
    const char* season = nullptr;       // "SP", "SU", "FA", "WI"
    const char* part_of_day = nullptr;  // "MO", "AF", "EV", "NI"
};

// The entry for a lower-case ASCII word, or nullptr. Every word that can start an expression has an entry (words
// such as "today" or "every" an empty one), so the matcher skips most of the text after one hash lookup. The table
// is built once, immutable, safe across threads.
const LexEntry* lookup(std::string_view lower_word) noexcept;

// The TIMEX3 duration letter of a unit: Y, M, W, D, H (needs the T prefix: is_time_unit), ...
char unit_letter(Unit unit) noexcept;
bool is_time_unit(Unit unit) noexcept;  // hour, minute, second, part_of_day

}  // namespace newsdex::extract::timex
