// Parsing of the date syntax shared by date:, mentions:, --from, --to and --mentions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsdex::search {

// A calendar date as written, at day, month or year precision.
struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when only the year was given
    int day = 0;    // 0 when only year or month were given

    std::string first_day() const;  // "YYYYMMDD" of the earliest day covered
    std::string last_day() const;   // "YYYYMMDD" of the latest day covered
    std::string iso() const;        // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
};

// "2015", "2015-12", "2015-12-15" (also 20151215). Returns nullopt and sets `why` when it is not a real
// date (2015-13-45, 2015-02-30, x).
std::optional<PartialDate> parse_partial_date(std::string_view text, std::string& why);

// "A..B", "A..", "..B" or a single date A (then both ends are A). Throws Error(query) naming the bad part.
struct DateRange {
    std::optional<PartialDate> from;
    std::optional<PartialDate> to;
    bool is_range = false;  // written with ".."
};
DateRange parse_date_range(std::string_view text);

}  // namespace newsdex::search
