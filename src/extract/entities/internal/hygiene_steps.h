// The steps of tidy_entities (entity_hygiene.h), one file each by job, in the order tidy_entities runs them there.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "extract/entities/entity_hygiene.h"
#include "text/alias_table.h"

namespace newsdex::extract::hygiene {

// ---- table_lines.cpp: which lines are table or market rows, and names written only in them.

// A name the article writes only in table or market rows is no name of the story ("Nine mths", "Revs").
void drop_table_only(std::string_view text, std::vector<EntityMention>& mentions);

// ---- name_spelling.cpp: where a name starts and ends and how it is spelt.

// A name ends at a word: an opening bracket the model read into it before a ticker ("COMINCO <CLT>" tagged
// "COMINCO <") is cut, with the blanks before it.
void trim_open_brackets(std::string_view text, std::vector<EntityMention>& mentions);

// "Atlanta, Ga.", "Seattle, Wash.": the US state abbreviations the alias table leaves out, as words or other names
// elsewhere ("Wash", "Pa", "La", "Mo", "Miss"), are the state when a comma before and the abbreviation's dot
// after say so: a place, canonical the state's name ("Washington State", apart from the capital city).
void spell_out_state_abbreviations(std::string_view text, std::vector<EntityMention>& mentions);

// A name never runs over a paragraph break: a mention that does ("Getty Oil Co.\n    Texaco", the model reading
// past an abbreviation's dot) is two names, each canonical as written without a legal form; mentions linked to
// the joined name take the part they are a short form of ("Texaco").
void split_paragraph_joins(std::string_view text, std::vector<EntityMention>& mentions);

// "Texaco and Pennzoil", "Pennzoil/Texaco Inc", "Renault, Chrysler" read as one organisation whose parts the
// article also names alone are two companies; mentions linked to the joined name take the part they name
// ("Pennzoil"). A firm named "A and B" whose parts never stand alone ("Standard and Poor's") stays one name.
void split_coordinated_names(std::string_view text, std::vector<EntityMention>& mentions);

// A mention that is the tail of a name the alias table knows, written just before it, is that name: "General\n
// Agreement on [Tariffs and Trade]" (the model cut at the line wrap) is the General Agreement on Tariffs and Trade.
void extend_to_known_names(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases);

// "Standard and Poor's Corp" tagged from "Poor's": a company named "A and B" keeps its first name, unless the
// first is a name of its own ("Reuters and\nVisnews": named alone in the article, or known to the alias table).
// A firm opening with Sons or Brothers takes the surname before "and" whatever the model read it as, with a first
// name's abbreviation ("Alex. Brown and Sons Inc", where the model read a person "Brown" and an org "Sons Inc").
void extend_organisations_left(std::string_view text, std::vector<EntityMention>& mentions,
                               const text::AliasTable& aliases);

// In an ALL CAPS line, edge words news writes in lower case are not part of the name ("LARA ENDURES").
void trim_headline_words(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual);

// An unlinked name in an ALL CAPS line whose first words are a name the text writes in mixed case is that name:
// "BANK OF JAPAN INTERVENES" beside "The Bank of Japan intervened" is the Bank of Japan (the headline verb is one
// news seldom writes, so trim_headline_words cannot tell it from a name's word).
void cut_headline_names_to_text_names(std::string_view text, std::vector<EntityMention>& mentions);

// A name written in capitals takes the usual spelling of its words ("BAKER" -> "Baker"); acronyms stay.
void truecase(std::vector<EntityMention>& mentions, const WordCaseLookup& usual);

// "Moody's Investors Service" is Moody's, "Standard and Poor's Corp" Standard and Poor's: an organisation
// named after an owner is the owner's name, unless the owner is an ordinary word ("People's Bank").
void cut_after_possessive(std::vector<EntityMention>& mentions, const WordCaseLookup& usual);

// A company whose name without its legal form is an ordinary word keeps the legal form ("Federal Co", not
// "Federal"; "General Corp"): the word alone names no one company, and would be taken for one (drop_common_words).
void keep_legal_form_of_words(std::vector<EntityMention>& mentions, const WordCaseLookup& usual);

// ---- not_names.cpp: mentions that are no names (a legal form alone, a plural acronym, an ordinary word).

// Words that name nothing alone: a legal form ("Ltd", "Inc") is a piece of a company's name, a number word
// ("Nine pct", "March Nine") a number.
void drop_lone_words(std::vector<EntityMention>& mentions);

// A stock ticker in wire copy's angle brackets ("Texaco Inc <TX>", "<RTRSY>") is a code, not a name; a company's
// name in brackets ("<Alex. Brown and Sons Inc>") stays. So are the words of a web page's quote links after a
// ticker in round brackets ("(JNJ.N: Quote, Profile, Research)"), and a font named in an HTML tag left in the
// text ("<FONT face="verdana,MS Sans Serif,arial">").
void drop_tickers(std::string_view text, std::vector<EntityMention>& mentions);

// "PC", "DVD", "MP": an acronym that news also writes in the plural ("PCs", "DVDs", "MPs") names a kind of thing
// or person, not an organisation.
void drop_plural_acronyms(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual);

// A one-word name linked to nothing is a word, not a name, unless a title stands before it ("Mr Brown") or the
// alias table knows it: when news mostly writes it in lower case, when the article itself writes it in lower
// case ("the bank" beside "Bank"), or when the article names it only in ALL CAPS lines and news does not
// always capitalise it ("NINE MTHS LOSS"); an organisation of one such word linked to no longer name ("the Bank
// said", "Federal funds").
void drop_common_words(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases,
                       const WordCaseLookup& usual);

// ---- name_links.cpp: one name, one value (alias types, short forms, acronyms, one reading per name).

// A name the alias table knows as one type only takes that type: an organisation tag on a country or city standing
// for its government ("Philippines said") is a place, as CoNLL tags it; a person tag on a place is the model's
// misreading ("Timmins, Ontario", a headline's "GHANA COCOA"); a party's short name is the party ("the Tories",
// "Lib Dems"); a religion's adjective is no person ("Muslim").
void types_from_aliases(std::vector<EntityMention>& mentions, const text::AliasTable& aliases);

// A one-word name that starts or ends exactly one longer organisation or place of the article is a short form of
// it ("Commission" of "EC Commission", "Usair" of "USAir Group", "Hughes" of "Hughes Tool"); a person only
// by its first word (a company named after a founder), and only when the person is linked to nobody.
void link_short_forms(std::vector<EntityMention>& mentions);

// An acronym whose letters are the initials of a longer name of the article ("SEC", "Securities and Exchange
// Commission") takes that name and type.
void link_acronyms(std::vector<EntityMention>& mentions);

// An acronym the model did not tag ("ADVISED OF SEC BRIEF") is a mention of the article's longer organisation
// with its initials ("Securities and Exchange Commission"), or of the organisation the alias table gives it whose
// initials it is; in a headline's capitals only of a name the article also names. Tickers ("<SEC>") are not.
void add_untagged_acronyms(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases);

// One type and one spelling per name in an article: the type most mentions have (ties: the earliest mention's),
// and the first spelling with lower-case letters (the text's, not the headline's capitals).
void one_reading_per_name(std::vector<EntityMention>& mentions);

// ---- name_types.cpp: the type a name's context gives it (companies, awards, works, events, streets).

// A name that the words around one of its mentions mark as a company ("Drexel Burnham Lambert Inc", "brokers
// James Capel", "Citicorp <CCI.N>", a pair of names always written together, "oil giant Yukos") is a company
// wherever the model read it as a person in the article; a describing noun may also make it a work or product.
// So also a place reading the alias table does not back ("an analyst at Smith Barney"), and a name listed with
// organisations only ("Kidder Peabody, Merrill Lynch and Smith Barney").
void companies_by_context(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases);

// A city read as a place that the words around one mention read as a sports team ("beat Leicester", "a 4-3 win
// over Boston", "Yankees 6, Boston 4", "Leicester flanker", "J White (Leicester)"; team_context) is the team in
// the whole article, an organisation as CoNLL tags teams.
// Countries stay places: a national team shares its name with the country, and "victory over Iraq" is as often
// a war's.
void teams_named_by_places(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases);

// A place the alias table does not know and the article reads as one only in ALL CAPS lines ("TEXACO HAS NO
// COMMENT ON PENNZOIL SETTLEMENT") is no place: without the case of running text the model guesses, and the
// names a headline holds are mostly companies and people. Known places ("TEXAS") stay.
void places_in_capitals_only(std::string_view text, std::vector<EntityMention>& mentions,
                             const text::AliasTable& aliases);

// Names of a kind, not of one thing: a name the article also writes in the plural ("Oscar" beside "the Oscars",
// "Golden Globe" beside "Golden Globes") or before an award's noun ("an Oscar nomination", "the Golden Globe
// awards"), after a capital "The" inside a sentence ("movie The Aviator") or before a model number
// ("PlayStation 2 game") is an award, a work or a product, not a person or organisation; a name ending in a
// word for an event ("Academy Awards", "Consumer Electronics Show", "FA Cup", "General Election") or opening
// with a number word ("Six Nations") is an event or a count, as CoNLL's MISC; one ending in a word for a street
// ("Downing Street", "Wall Street") is a place.
void kinds_events_and_streets(std::string_view text, std::vector<EntityMention>& mentions);

// ---- people_filters.cpp: person mentions that name no one in the story.

// "the Harry Potter films", "an Oscar nomination", "the Tory leader": a name between an article and a noun is a
// modifier. A person name the article uses only so names no one in the story; its mentions leave the facet.
void drop_modifier_only_people(std::string_view text, std::vector<EntityMention>& mentions);

// A person the article names only by one bare word, never with a first name or after a title ("Mr Blair",
// "President Reagan"), is the model's guess at an unfamiliar word more often than a person: companies ("Sony
// said"), products, clubs ("Chelsea beat ..."). Such a name leaves the person facet, unless the recognizer's
// training text knows it as a person only ("Reagan").
void drop_bare_one_word_people(std::string_view text, std::vector<EntityMention>& mentions,
                               const std::function<bool(std::string_view)>& trained_person);

}  // namespace newsdex::extract::hygiene
