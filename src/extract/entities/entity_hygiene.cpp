// Rules that keep an article's entities to names a reader would want in a facet (see entity_hygiene.h); the steps
// live in internal/, one file per job (internal/hygiene_steps.h).
#include "extract/entities/entity_hygiene.h"

#include <algorithm>

#include "extract/entities/internal/hygiene_steps.h"
#include "extract/entities/internal/name_context.h"

namespace newsdex::extract {
namespace {

// A name inside a temporal expression is part of a date or duration ("NINE MONTHS", "Nine months ended").
void drop_dates(std::vector<EntityMention>& mentions, const std::vector<TemporalMention>& dates) {
    std::erase_if(mentions, [&](const EntityMention& m) {
        return std::any_of(dates.begin(), dates.end(),
                           [&](const TemporalMention& d) { return d.start <= m.start && m.end <= d.end; });
    });
}

// The article's source attributions are sources, not names the story is about.
void drop_sources(std::vector<EntityMention>& mentions, const std::vector<SourceMention>& sources) {
    std::erase_if(mentions, [&](const EntityMention& m) {
        return std::any_of(sources.begin(), sources.end(), [&](const SourceMention& s) {
            return s.end > s.start && s.start < m.end && m.start < s.end;
        });
    });
}

}  // namespace

void tidy_entities(std::string_view text, std::vector<EntityMention>& mentions, const ArticleContext& context,
                   const text::AliasTable& aliases, const WordCaseLookup& usual) {
    using namespace hygiene;
    split_headline_joins(text, mentions);
    drop_sources(mentions, context.sources);
    drop_dates(mentions, context.dates);
    drop_lone_words(mentions);
    extend_organisations_left(text, mentions);
    trim_headline_words(text, mentions, usual);
    truecase(mentions, usual);
    cut_after_possessive(mentions, usual);
    drop_plural_acronyms(text, mentions, usual);
    types_from_aliases(mentions, aliases);
    drop_table_only(text, mentions);
    link_short_forms(mentions);
    drop_common_words(text, mentions, aliases, usual);
    link_acronyms(mentions);
    companies_by_context(text, mentions);
    drop_modifier_only_people(text, mentions);
    drop_bare_one_word_people(text, mentions, context.trained_person);
    kinds_events_and_streets(text, mentions);
    one_reading_per_name(mentions);
}

}  // namespace newsdex::extract
