// Publication dates from the dateline at the top of an article (metadata dates: core/date.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/article.h"
#include "core/date.h"

namespace newsdex::extract {

struct Dateline {
    CivilDate date;
    std::size_t start = 0;  // byte span of the date text in the article text, end exclusive
    std::size_t end = 0;
};

// The earliest year a publication date may have; older ones are typos or not dates (issue 15).
constexpr int earliest_publication_year = 1800;

// Whether `date` can be a publication date: from 1800 up to tomorrow (a time zone ahead of this machine's).
bool plausible_publication_date(CivilDate date);

// A dateline near the start of an article's text (first ~600 bytes): "( — December 15, 2015)",
// "MOSCOW, Dec 15 (Reuters) -", "December 15, 2015 —", "MOSCOW (AP) — Dec. 15, 2015". Only a date that heads
// its line (after nothing but place names, an agency and punctuation) and is set apart by a dash, bracket,
// colon or line end counts: never a date inside a sentence ("pre-11 September 2001 levels"), a time of day
// ("26 February\n\n1400 GMT"), a year on another line, or a date outside 1800..tomorrow (issue 15). A dateline
// without a year takes the year that puts it nearest to `reference`; without a reference it is not reported.
std::optional<Dateline> find_dateline(std::string_view text, std::optional<CivilDate> reference = std::nullopt);

}  // namespace newsdex::extract
