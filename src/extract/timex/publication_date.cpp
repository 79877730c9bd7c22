// Publication dates from datelines at the top of an article ("MOSCOW, Dec 15 (Reuters) -").
#include "extract/timex/publication_date.h"

#include <chrono>
#include <cstdlib>

#include "core/date.h"
#include "extract/timex/internal/timex_lexicon.h"
#include "extract/timex/internal/timex_matcher.h"
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract {
namespace {

using namespace std::chrono;

// How far into the text a dateline may start, in bytes: headline, byline and photo caption come first.
constexpr std::size_t dateline_window = 600;

// ---- datelines ----

using timex::Token;

bool dash_like(const Token& t) {
    return t.is("-") || t.is("_") || t.lower == "\xe2\x80\x94" || t.lower == "\xe2\x80\x93" || t.is("(") || t.is(")") ||
           t.is("/") || t.is(":");
}

// A four-digit number followed by a time zone or "hours" is a time of day ("1400 GMT"), not a year.
bool time_of_day_at(const timex::TokenStream& tokens, std::size_t i) {
    static constexpr std::string_view zones[] = {"gmt", "bst", "utc", "cet", "cest", "est",   "edt",   "cst", "cdt",
                                                 "pst", "pdt", "et",  "pt",  "hrs",  "hours", "local", "h"};
    const Token& next = tokens.at(std::ptrdiff_t(i) + 1);
    for (std::string_view zone : zones) {
        if (next.is(zone)) return true;
    }
    return false;
}

// "10:21" right after a date: the Reuters-21578 timestamp line "15-DEC-2015 10:21:33.44".
bool clock_time_at(const timex::TokenStream& tokens, std::size_t i) {
    return tokens.at(std::ptrdiff_t(i)).is_number() && tokens.at(std::ptrdiff_t(i) + 1).is_punct(':') &&
           !tokens.at(std::ptrdiff_t(i) + 1).space_before;
}

struct WrittenDate {
    int month = 0;
    int day = 0;
    int year = 0;         // 0: none written
    std::size_t end = 0;  // token after the date
};

// The year at token `at`, if it belongs to the date before it: on the same line, four digits, not a time of day.
int year_of_date(const timex::TokenStream& tokens, const timex::Matcher& m, std::size_t at, std::size_t& end) {
    bool two_digit = false;
    std::size_t y_end = 0;
    const int year = m.year(at, y_end, two_digit);
    if (!year || two_digit || tokens.at(std::ptrdiff_t(at)).newline_before || time_of_day_at(tokens, at)) return 0;
    end = y_end;
    return year;
}

// The date written at token i: "Dec. 15, 2015", "Dec 15", "15 December 2015", "15-DEC-2015", "20. April 2016".
std::optional<WrittenDate> date_at(const timex::TokenStream& tokens, const timex::Matcher& m, std::size_t i) {
    WrittenDate d;
    std::size_t j = 0;
    if ((d.month = m.month(i, j))) {
        std::size_t k = 0;
        if (!(d.day = m.day_of_month(j, k))) return std::nullopt;
        const std::size_t after = tokens.at(std::ptrdiff_t(k)).is_punct(',') ? k + 1 : k;
        d.end = k;
        d.year = year_of_date(tokens, m, after, d.end);
        return d;
    }
    if (!(d.day = m.day_of_month(i, j))) return std::nullopt;
    std::size_t k = j;
    const Token& joint = tokens.at(std::ptrdiff_t(k));
    if ((joint.is("-") || joint.is_punct('.')) && !joint.space_before) ++k;
    // Reuters-21578 writes the month in capitals: "15-DEC-2015".
    const Token& w = tokens.at(std::ptrdiff_t(k));
    const timex::LexEntry* e = w.is_word() ? timex::lookup(w.lower) : nullptr;
    if (!e || !e->month) return std::nullopt;
    d.month = e->month;
    std::size_t after = k + 1;
    if (tokens.at(std::ptrdiff_t(after)).is_punct('.') && !tokens.at(std::ptrdiff_t(after)).space_before) ++after;
    if (tokens.at(std::ptrdiff_t(after)).is("-") || tokens.at(std::ptrdiff_t(after)).is_punct(',')) ++after;
    d.year = year_of_date(tokens, m, after, d.end);
    if (!d.year) return std::nullopt;  // "15 December" alone is too common in running text
    return d;
}

// Longest run of words a dateline's line may hold before its date: "GUANTANAMO BAY NAVAL BASE, Cuba (AP) -".
constexpr std::size_t dateline_prefix_tokens = 16;

// Whether everything before token i on its line could head a dateline: place names, an agency, punctuation.
// A word after a space must be capitalised, so a date inside a sentence ("pre-11 September 2001 levels", a photo
// caption "in Kabul, Oct. 11, 2004") is not one.
bool dateline_prefix(const timex::TokenStream& tokens, std::size_t i) {
    for (std::size_t n = 0; i > 0; ++n) {
        if (tokens[i].newline_before) return true;
        if (n >= dateline_prefix_tokens) return false;
        const Token& t = tokens[--i];
        if (t.is_number() || (t.is_word() && t.space_before && !t.capitalised)) return false;
    }
    return true;
}

// Whether the date at tokens [i, end) is set apart as a dateline's is: a dash, bracket, colon or time after it
// ("Dec 15 (Reuters) -", "December 15, 2015 —", "15-DEC-2015 10:21"), the end of a line that it starts or that a
// dash leads into ("Industry Report: Dec. 6, 2004"), or a dash before it and a comma after ("(AP) — Dec. 15,
// 2015, Kerry"). A headline that ends on a date ("Remembering September 11, 2001") is not a dateline.
bool set_apart(const timex::TokenStream& tokens, std::size_t i, std::size_t end) {
    const Token& prev = tokens.at(std::ptrdiff_t(i) - 1);
    const Token& next = tokens.at(std::ptrdiff_t(end));
    const bool line_start = i == 0 || tokens[i].newline_before;
    const bool line_end = end >= tokens.size() || next.newline_before;
    const bool dash_before = i > 0 && dash_like(prev);
    if (!line_end && (dash_like(next) || clock_time_at(tokens, end))) return true;
    if (line_end) return line_start || dash_before;
    return dash_before && next.is_punct(',');
}

// A dateline without a year ("MOSCOW, Dec 15 (Reuters) -") takes the year that puts it nearest the reference.
std::optional<CivilDate> nearest_year(const WrittenDate& d, std::optional<CivilDate> reference) {
    if (!reference) return std::nullopt;
    std::optional<CivilDate> date;
    const int ry = int(reference->year());
    long best = -1;
    for (int y = ry - 1; y <= ry + 1; ++y) {
        const auto candidate = make_date(y, d.month, d.day);
        if (!candidate) continue;
        const long distance = std::labs(long((sys_days{*candidate} - sys_days{*reference}).count()));
        if (best < 0 || distance < best) {
            best = distance;
            date = candidate;
        }
    }
    return date;
}

}  // namespace

bool plausible_publication_date(CivilDate date) {
    const sys_days tomorrow = floor<days>(system_clock::now()) + days{1};
    return date.ok() && int(date.year()) >= earliest_publication_year && sys_days{date} <= tomorrow;
}

std::optional<Dateline> find_dateline(std::string_view text, std::optional<CivilDate> reference) {
    const std::string_view head = text.substr(0, std::min(text.size(), dateline_window + 40));
    const timex::TokenStream tokens(head);
    const timex::Matcher m(tokens);
    for (std::size_t i = 0; i < tokens.size() && tokens[i].start < dateline_window; ++i) {
        const auto written = date_at(tokens, m, i);
        if (!written || !dateline_prefix(tokens, i) || !set_apart(tokens, i, written->end)) continue;
        const auto date =
            written->year ? make_date(written->year, written->month, written->day) : nearest_year(*written, reference);
        // A date after tomorrow or before 1800 is no publication date (a typo, or not a date at all).
        if (!date || !plausible_publication_date(*date)) continue;
        return Dateline{*date, tokens[i].start, tokens[written->end - 1].end};
    }
    return std::nullopt;
}

}  // namespace newsdex::extract
