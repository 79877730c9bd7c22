// The temporal tagger's driver: tokenise, match left to right (longest first), read the tense, resolve.
#include "extract/timex/temporal_tagger.h"

#include "extract/timex/internal/timex_matcher.h"
#include "extract/timex/internal/timex_resolver.h"
#include "extract/timex/internal/timex_tense.h"
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract {

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
    std::size_t i = 0;
    while (i < tokens.size()) {
        auto match = matcher.match_at(i);
        if (!match || match->end <= match->begin) {
            ++i;
            continue;
        }
        timex::Tense tense = timex::tense_at(tokens, match->begin, match->end);
        // "The funeral is Friday": with no past or future cue in its clause, a present names the coming day.
        if (tense == timex::Tense::present && match->spec.kind == timex::SpecKind::weekday &&
            options.on(TimexRule::weekday_present_ahead)) {
            tense = timex::Tense::future;
        }
        if (timex::Spec& s = match->spec; s.kind == timex::SpecKind::calendar && s.month && !s.year) {
            s.clause = timex::month_tense_at(tokens, match->begin, match->end);
            const timex::Tense event = timex::event_tense(tokens, match->begin, match->end);
            s.past_event = options.on(TimexRule::past_month) && event == timex::Tense::past;
            s.open_event = options.on(TimexRule::open_month_ahead) && event == timex::Tense::present;
        }
        auto second = matcher.coordinated_day(*match);  // "April 24 and 25": the second day as well
        if (second && second->spec.year) match->spec.year = second->spec.year;  // "Dec. 30 and 31, 2014"
        emit(*match, tense);
        i = match->end;
        if (second) {
            emit(*second, tense);
            i = second->end;
        }
    }
    return out;
}

}  // namespace newsdex::extract
