// The temporal tagger's driver: tokenise, match left to right (longest first), read the tense, resolve.
#include "extract/timex/temporal_tagger.h"

#include <string>
#include <string_view>

#include "extract/timex/internal/timex_matcher.h"
#include "extract/timex/internal/timex_resolver.h"
#include "extract/timex/internal/timex_tense.h"
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract {

namespace {

// A year that closes a pair belongs to the first as well, when it has none: "Dec. 30 and 31, 2014"; "from November
// to April 1987" starts in 1986.
void share_year(timex::Spec& first, const timex::Spec& second) {
    if (!second.year || first.year || first.kind != timex::SpecKind::calendar) return;
    first.year = second.year;
    if (second.range_after && first.month > second.month) --first.year;
}

// "in February", "on Feb. 3", "by March": a month that places an event, not one that names data ("will report
// February sales").
bool after_preposition(const timex::TokenStream& tokens, std::size_t begin) {
    const timex::Token& before = tokens.at(std::ptrdiff_t(begin) - 1);
    constexpr std::string_view prepositions[] = {"in",   "on",     "by",      "until", "till",
                                                 "from", "before", "through", "during"};
    for (const std::string_view p : prepositions) {
        if (before.is(p)) return true;
    }
    return false;
}

}  // namespace

std::vector<TemporalMention> find_temporal_expressions(std::string_view text, std::optional<CivilDate> anchor,
                                                       const TimexOptions& options) {
    std::vector<TemporalMention> out;
    if (anchor && !anchor->ok()) anchor.reset();
    const timex::TokenStream tokens(text);
    const timex::Matcher matcher(tokens, options);
    timex::Reference last;
    const auto emit = [&](const timex::Match& match, timex::Tense tense) {
        TemporalMention mention;
        mention.start = tokens[match.begin].start;
        mention.end = tokens[match.end - 1].end;
        mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
        mention.type = match.spec.type;
        mention.value = timex::resolve(match.spec, anchor, tense, last);
        out.push_back(std::move(mention));
    };
    // The tense that places a match, and for a month without a year what its clause tells of it.
    const auto read_clause = [&](timex::Match& match) {
        timex::Tense tense = timex::tense_at(tokens, match.begin, match.end);
        // "The funeral is Friday": with no past or future cue in its clause, a present names the coming day.
        if (tense == timex::Tense::present && match.spec.kind == timex::SpecKind::weekday &&
            options.on(TimexRule::weekday_present_ahead)) {
            tense = timex::Tense::future;
        }
        // "The summit opens Thursday", "leaders meet Monday, officials said": a scheduled event told in the present
        if (tense != timex::Tense::future && match.spec.kind == timex::SpecKind::weekday &&
            options.on(TimexRule::present_event_weekday) &&
            timex::present_event_before(tokens, match.begin, match.end)) {
            tense = timex::Tense::future;
        }
        // "The storm will hit on Wednesday": "hit" after "will" is a base form, not the past it looks like
        const bool will_base =
            options.on(TimexRule::will_base_form) && timex::will_base_form_before(tokens, match.begin);
        if (will_base && match.spec.kind == timex::SpecKind::weekday) tense = timex::Tense::future;
        if (timex::Spec& s = match.spec; s.kind == timex::SpecKind::calendar && s.month && !s.year) {
            s.clause = timex::month_tense_at(tokens, match.begin, match.end);
            const timex::Tense event = timex::event_tense(tokens, match.begin, match.end);
            s.past_event = options.on(TimexRule::past_month) && event == timex::Tense::past && !will_base;
            s.open_event = options.on(TimexRule::open_month_ahead) && event == timex::Tense::present;
            s.future_event = options.on(TimexRule::future_month_ahead) && after_preposition(tokens, match.begin) &&
                             (timex::future_event_before(tokens, match.begin) || will_base);
        }
        return tense;
    };
    std::size_t i = 0;
    while (i < tokens.size()) {
        auto match = matcher.match_at(i);
        if (!match || match->end <= match->begin) {
            ++i;
            continue;
        }
        const timex::Tense tense = read_clause(*match);
        auto second = matcher.coordinated_day(*match);      // "April 24 and 25": the second day as well
        if (second) share_year(match->spec, second->spec);  // "Dec. 30 and 31, 2014", "November to April 1987"
        emit(*match, tense);
        i = match->end;
        if (second) {
            // "between January and March": the second month is placed by its own clause, as a month alone is
            const bool own_month = second->spec.kind == timex::SpecKind::calendar && !second->spec.day;
            if (own_month) matcher.attach_after_core(*second);
            emit(*second, own_month ? read_clause(*second) : tense);
            i = second->end;
        }
    }
    return out;
}

}  // namespace newsdex::extract
