// Rules that keep an article's entities to names a reader would want in a facet (see entity_hygiene.h); the steps
// live in internal/, one file per job (internal/hygiene_steps.h).
#include "extract/entities/entity_hygiene.h"

#include <algorithm>
#include <set>
#include <string>

#include "extract/entities/internal/hygiene_steps.h"
#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

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

// An outlet that is the article's own source, named in its story, is that source at work, not a subject of the
// story: "an official told Reuters", "analysts polled by Reuters", "a Reuter survey", "REUTER MONEY NEWS
// HIGHLIGHTS". Its mentions leave the organisations, unless the story is about the outlet as a company: a
// mention written with a legal form or a stock ticker ("Reuters Holdings PLC", "REUTERS <RTRSY>"); a longer
// name is linked before ("Reuters" of "Reuters Holdings" is no source name).
void drop_own_source(std::string_view text, std::vector<EntityMention>& mentions,
                     const std::vector<SourceMention>& sources, const text::AliasTable& aliases) {
    if (sources.empty()) return;
    auto own = [&](const EntityMention& m) {
        const auto outlet = aliases.news_source(hygiene::without_possessive(m.canonical));
        return outlet && std::any_of(sources.begin(), sources.end(),
                                     [&](const SourceMention& s) { return s.canonical == *outlet; });
    };
    auto company = [&](const EntityMention& m) {
        std::size_t after = m.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\n')) ++after;
        return (after < text.size() && text[after] == '<') || without_legal_form(m.text) != m.text;
    };
    std::set<std::string> companies;
    for (const EntityMention& m : mentions)
        if (own(m) && company(m)) companies.insert(hygiene::name_key(m.canonical));
    std::erase_if(mentions, [&](const EntityMention& m) {
        return m.type != EntityType::misc && own(m) && !companies.contains(hygiene::name_key(m.canonical));
    });
}

}  // namespace

void tidy_entities(std::string_view text, std::vector<EntityMention>& mentions, const ArticleContext& context,
                   const text::AliasTable& aliases, const WordCaseLookup& usual) {
    using namespace hygiene;
    trim_open_brackets(text, mentions);
    split_headline_joins(text, mentions);
    split_paragraph_joins(text, mentions);
    split_coordinated_names(text, mentions);
    extend_to_known_names(text, mentions, aliases);
    drop_sources(mentions, context.sources);
    drop_dates(mentions, context.dates);
    drop_lone_words(mentions);
    drop_tickers(text, mentions);
    extend_organisations_left(text, mentions, aliases);
    trim_headline_words(text, mentions, usual);
    cut_headline_names_to_text_names(text, mentions);
    truecase(mentions, usual);
    cut_after_possessive(mentions, usual);
    keep_legal_form_of_words(mentions, usual);
    drop_plural_acronyms(text, mentions, usual);
    spell_out_state_abbreviations(text, mentions);
    types_from_aliases(mentions, aliases);
    drop_table_only(text, mentions);
    link_short_forms(mentions);
    drop_own_source(text, mentions, context.sources, aliases);
    drop_common_words(text, mentions, aliases, usual);
    link_acronyms(mentions);
    add_untagged_acronyms(text, mentions, aliases);
    companies_by_context(text, mentions, aliases);
    teams_named_by_places(text, mentions, aliases);
    places_in_capitals_only(text, mentions, aliases);
    drop_modifier_only_people(text, mentions);
    drop_bare_one_word_people(text, mentions, context.trained_person);
    kinds_events_and_streets(text, mentions);
    one_reading_per_name(mentions);
}

}  // namespace newsdex::extract
