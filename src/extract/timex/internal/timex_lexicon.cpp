// English word lists of the temporal tagger, compiled once into an immutable hash table.
#include "extract/timex/internal/timex_lexicon.h"

#include <string>
#include <unordered_map>

#include "core/date.h"

namespace newsdex::extract::timex {
namespace {

using Table = std::unordered_map<std::string_view, LexEntry>;

void add_month(Table& t, std::string_view word, int month, bool abbreviation) {
    auto& e = t[word];
    e.month = static_cast<std::int8_t>(month);
    e.abbreviation = abbreviation;
}

void add_unit(Table& t, std::string_view singular, std::string_view plural, Unit unit) {
    t[singular].unit = unit;
    auto& p = t[plural];
    p.unit = unit;
    p.plural = true;
}

Table build_table() {
    Table t;
    for (const DateWord& m : month_words()) add_month(t, m.word, m.number, m.abbreviation);
    for (const DateWord& d : weekday_words()) {
        auto& e = t[d.word];
        e.weekday = static_cast<std::int8_t>(d.number);
        e.abbreviation = d.abbreviation;
    }

    constexpr std::string_view ones[] = {
        "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
        "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) t[ones[i]].number = static_cast<std::int16_t>(i);
    constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) t[tens[i]].number = static_cast<std::int16_t>(20 + 10 * i);
    t["a"].number = 1;
    t["an"].number = 1;
    t["dozen"].number = 12;
    t["hundred"].number = 100;
    t["thousand"].number = 1000;
    for (std::string_view vague : {"several", "few", "many", "some", "couple", "numerous"}) {
        t[vague].vague_number = true;
    }
    constexpr std::string_view ordinals[] = {"first",     "second",      "third",      "fourth",     "fifth",
                                             "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                                             "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                                             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i) t[ordinals[i]].ordinal = static_cast<std::int8_t>(i + 1);
    t["thirtieth"].ordinal = 30;

    add_unit(t, "century", "centuries", Unit::century);
    add_unit(t, "decade", "decades", Unit::decade);
    add_unit(t, "year", "years", Unit::year);
    add_unit(t, "quarter", "quarters", Unit::quarter);
    add_unit(t, "month", "months", Unit::month);
    add_unit(t, "week", "weeks", Unit::week);
    add_unit(t, "weekend", "weekends", Unit::weekend);
    add_unit(t, "day", "days", Unit::day);
    add_unit(t, "hour", "hours", Unit::hour);
    add_unit(t, "minute", "minutes", Unit::minute);
    add_unit(t, "second", "seconds", Unit::second);
    add_unit(t, "season", "seasons", Unit::season);
    add_unit(t, "yr", "yrs", Unit::year);
    add_unit(t, "hr", "hrs", Unit::hour);
    add_unit(t, "min", "mins", Unit::minute);

    t["spring"].season = "SP";
    t["summer"].season = "SU";
    t["fall"].season = "FA";
    t["autumn"].season = "FA";
    t["winter"].season = "WI";
    t["morning"].part_of_day = "MO";
    t["afternoon"].part_of_day = "AF";
    t["evening"].part_of_day = "EV";
    t["night"].part_of_day = "NI";
    t["overnight"].part_of_day = "NI";
    // Words that start expressions although they name no calendar unit: present in the table with empty entries.
    constexpr std::string_view triggers[] = {
        "today",     "tonight",   "yesterday",    "tomorrow",  "now",       "currently",  "recently",
        "recent",    "future",    "past",         "presently", "nowadays",  "last",       "next",
        "this",      "these",     "the",          "that",      "coming",    "previous",   "current",
        "early",     "late",      "mid",          "earlier",   "later",     "fiscal",     "every",
        "each",      "daily",     "weekly",       "monthly",   "annually",  "yearly",     "quarterly",
        "hourly",    "nightly",   "noon",         "midnight",  "midday",    "christmas",  "thanksgiving",
        "new",       "halloween", "independence", "more",      "less",      "nearly",     "almost",
        "about",     "at",        "up",           "over",      "roughly",   "around",     "approximately",
        "per",       "half",      "fy",           "once",      "twice",     "no",         "fewer",
        "latest",    "biweekly",  "right",        "just",      "within",    "middle",     "nineteen",
        "q",         "h",         "easter",       "election",  "labor",     "memorial",   "veterans",
        "valentine", "then",      "soon",         "mondays",   "tuesdays",  "wednesdays", "thursdays",
        "fridays",   "saturdays", "sundays",      "fortnight", "fortnights"};
    for (auto w : triggers) t[w];
    return t;
}

}  // namespace

const LexEntry* lookup(std::string_view lower_word) noexcept {
    static const Table table = build_table();  // immutable after the thread-safe static initialisation
    const auto it = table.find(lower_word);
    return it == table.end() ? nullptr : &it->second;
}

char unit_letter(Unit unit) noexcept {
    switch (unit) {
        case Unit::century: return 'C';  // callers write centuries as 100 years
        case Unit::decade: return 'E';   // callers write decades as 10 years
        case Unit::year: return 'Y';
        case Unit::half: return 'M';
        case Unit::quarter: return 'Q';
        case Unit::season: return 'M';
        case Unit::month: return 'M';
        case Unit::week: return 'W';
        case Unit::weekend: return 'D';
        case Unit::day: return 'D';
        case Unit::part_of_day: return 'H';
        case Unit::hour: return 'H';
        case Unit::minute: return 'M';
        case Unit::second: return 'S';
        case Unit::none: break;
    }
    return 'X';
}

bool is_time_unit(Unit unit) noexcept {
    return unit == Unit::hour || unit == Unit::minute || unit == Unit::second || unit == Unit::part_of_day;
}

}  // namespace newsdex::extract::timex
