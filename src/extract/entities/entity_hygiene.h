// Rules that keep an article's entities to names a reader would want in a facet: no sign-offs, table rows or
// ordinary words, one spelling and one type per name.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "extract/ner/entity_recognizer.h"
#include "text/alias_table.h"

namespace newsdex::extract {

// How news text usually writes a word in mid-sentence (EntityRecognizer::usual_case).
using WordCaseLookup = std::function<WordCase(std::string_view word)>;  // any case in, as written

// Runs after link_entities, with the article's source attributions. Offsets are UTF-8 bytes into `text`.
// In order:
// - a mention that is a source attribution ("Reuter" signing off, "(AP)", "told Reuters") is the source, not
//   an organisation the story is about: dropped;
// - a mention inside a date or duration ("NINE MONTHS") is part of it; a legal form alone ("Ltd") is no name;
// - in an ALL CAPS line, edge words that news writes in lower case leave the name ("SAUDI ARABIA REITERATES"
//   -> "SAUDI ARABIA"), and names in capitals get the usual spelling as canonical ("BAKER" -> "Baker",
//   "MOODY'S" -> "Moody's"; acronyms such as "OPEC" or short unknown words such as "SEC" stay);
// - an organisation named after an owner is the owner ("Moody's Investors Service" -> "Moody's"), a company
//   named by an ordinary word keeps its legal form ("Federal Co"), and one the alias table knows only as a
//   place is that place ("Philippines"); a state abbreviation after a town and a comma is the state ("Atlanta,
//   Ga." -> Georgia);
// - a name written only in table or market lines ("Nine mths", "Revs 41.2 mln vs 38.9 mln") is dropped;
// - a one-word name that starts or ends one longer organisation or place of the article is its short form
//   ("Commission" of "EC Commission"; an unlinked person only by the first word: "Hughes" of "Hughes Tool");
// - the article's own source named in its story is that source at work ("told Reuters", "a Reuter survey"),
//   not an organisation of the story, unless a legal form or ticker makes the story about the company;
// - a one-word name linked to nothing, unknown to the alias table, not after a title, that news mostly writes
//   in lower case ("Nine", "Mark") is dropped, and so is an organisation of one word news also writes in lower
//   case ("the Bank said", "Federal funds") unless the words around it mark a company;
// - an acronym whose letters are the initials of a longer name of the article ("SEC", "Securities and
//   Exchange Commission") takes that name and type; one the model did not tag is added as a mention of it, or
//   of the organisation the alias table gives it ("ADVISED OF SEC BRIEF");
// - a place reading the alias table does not back is a company in a company's context ("analyst George Baker
//   at Smith Barney") or listed with companies only ("at Chrysler and Ford"), as is a person reading listed
//   with two companies or more; an unknown place read only in ALL CAPS lines is dropped ("... ON PENNZOIL
//   SETTLEMENT");
// - a name (case and possessive ignored) gets one type in the article: the type most of its mentions have
//   (mixed-case mentions count twice, ties go to the first mention; any mention with a legal form makes it an
//   organisation), and one canonical spelling.
struct ArticleContext {
    const std::vector<SourceMention>& sources;
    const std::vector<TemporalMention>& dates;
    // Names the recognizer's training text knows as people only (EntityRecognizer::trained_person); may be empty.
    std::function<bool(std::string_view name)> trained_person = {};
};
void tidy_entities(std::string_view text, std::vector<EntityMention>& mentions, const ArticleContext& context,
                   const text::AliasTable& aliases, const WordCaseLookup& usual);

// The lines of `text` that are table or market rows: a line with a number and no function word ("Net 12.6
// mln vs 15.8 mln", "SEP8 UNTRD"), and a short line of such a block ("Nine mths", "Avg shrs"). The first line
// (the headline) never is. Returns [start, end) byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> table_lines(std::string_view text);

}  // namespace newsdex::extract
