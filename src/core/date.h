// Calendar dates: one parser for metadata date strings and one formatter per output format, for every layer.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/article.h"

namespace newsdex {

// A valid proleptic Gregorian date in years 1..9999, or nullopt (2016-02-30, month 13, year 0).
std::optional<CivilDate> make_date(long long year, long long month, long long day);

// English month and weekday names with their abbreviations ("dec", "sept", "tues"), lower case. The temporal
// tagger builds its lexicon from these lists, so both readers of dates know the same words.
struct DateWord {
    std::string_view word;
    int number = 0;  // month 1-12, or ISO weekday 1 = Monday ... 7 = Sunday
    bool abbreviation = false;
};
std::span<const DateWord> month_words();
std::span<const DateWord> weekday_words();

// Case-insensitive lookups in those lists: 1-12 / 1-7, or 0 when the word is not a month / weekday name.
int month_number(std::string_view word);
int weekday_number(std::string_view word);

// How a numeric date with both numbers up to 12 ("02/03/2021") is read: month first (US, the default) or day
// first (ingest --date-order).
enum class DateOrder { mdy, dmy };

// Metadata date strings: ISO 8601 (2015-12-15, 2015-12-15T10:21:33Z, with offsets: take the date as written,
// never shift by the machine's time zone), RFC 2822 (Tue, 15 Dec 2015 10:00:00 +0000), 12/15/2015, 15 Dec 2015,
// December 15, 2015, Reuters-21578 style 15-DEC-2015 10:21:33.44 (junk after the time allowed), epoch seconds
// (all digits, 9-11 digits, converted as UTC). Returns nullopt when it is not a date or the date is impossible.
// A numeric date both of whose numbers could be the month ("02/03/2021") is read as `order` says, and
// `ambiguous`, when given, is set; one that can be read only one way ("15/12/2015") is read that way.
std::optional<CivilDate> parse_date_value(std::string_view text, DateOrder order = DateOrder::mdy,
                                          bool* ambiguous = nullptr);

// A metadata date string read as parse_date_value reads it, with the reason when it gives no date: a signed year
// (-0001-01-01), a day that does not exist (2016-02-30), a time that is not one (1987-03-01T25:61:61), or no
// format it knows. Ingest reports the reason with the article's file and line (issue 17: no silent change).
struct DateValue {
    std::optional<CivilDate> date;
    std::string problem;  // empty when `date` is set
};
DateValue read_date_value(std::string_view text, DateOrder order = DateOrder::mdy, bool* ambiguous = nullptr);

std::string format_iso_date(CivilDate date);      // "2015-12-15"
std::string format_compact_date(CivilDate date);  // "20151215", the form of date terms (index/schema.h)
// A date known to the year, month or day: "2015", "2015-12" or "2015-12-15" (month / day 0: not known).
std::string format_partial_date(int year, int month, int day);

}  // namespace newsdex
