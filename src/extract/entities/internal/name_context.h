// What the words around a name say about its type: a company's legal form, ticker or trade, a number word.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::extract {

// The letters of a word without surrounding punctuation ("(AP)" -> "AP", "Inc." -> "Inc").
std::string_view core_of(std::string_view word);

// ASCII letters lowered, other bytes as they are.
std::string ascii_lower(std::string_view s);

// True if the text around mention m marks it as a company, whatever the model read it as:
// - a legal form ends the name it starts, over partners' names and "and": "Drexel Burnham Lambert Inc",
//   "James Capel and Co", "Kidder, Peabody and Co Inc" (not a company in apposition after a comma, "John
//   Smith, Acme Corp, said", "Lee Iacocca, Chrysler Corp chairman", nor when another of the article's names
//   starts after an "and", "Reagan and Chrysler Corp");
// - a stock ticker follows it, or it stands inside angle brackets, as wire copy writes companies:
//   "Citicorp <CCI.N>", "<Alex. Brown and Sons Inc>";
// - a trade that only firms have precedes or follows it: "brokers James Capel", "analyst at Smith Barney",
//   "lead manager Kidder", "Drexel Burnham Lambert analyst Jeff Edelman", "a Smith Barney livestock analyst";
// - it is written twice over "and": "Johnson and Johnson";
// - what only a company owns or does follows its possessive: "Pennzoil's proposed purchase", "Chrysler's shares";
// - it follows a person and "of": "William Smith of Smith Barney" (call it after places are settled: "Jim
//   Wright of Texas" is a place), or a firm's staff, named, and "at" or "with": "analyst George Baker at Smith
//   Barney".
// Where an article's names start and where its people end, for company_context's lookups (log n each, so a
// long article stays linear-ish rather than mentions x mentions).
class MentionIndex {
public:
    explicit MentionIndex(const std::vector<EntityMention>& mentions);
    bool name_starts_at(std::size_t at) const { return std::binary_search(starts_.begin(), starts_.end(), at); }
    // True if a person's name ends within `gap` bytes before `at`.
    bool person_ends_before(std::size_t at, std::size_t gap) const;

private:
    std::vector<std::size_t> starts_, person_ends_;  // sorted
};
bool company_context(std::string_view text, const EntityMention& m, const MentionIndex& names);

// The type the words just before mention m give it, if any: a describing noun ("oil giant Yukos", "research firm
// Gartner", "rock band Franz Ferdinand": an organisation; "the drug Vioxx", "the film Vera Drake": misc, a work or
// product) or a storm's name ("Hurricane Ivan": misc).
std::optional<EntityType> type_from_description(std::string_view text, const EntityMention& m);

// True if the words around mention m read it as a sports team, as news names teams by their city: a result
// around it ("Boston bounced Oakland", "beat Leicester", "a 4-3 win over Boston", "the loss to Leicester") or a
// score after it ("New York Yankees 6, Boston 4"), a team's people or parts after it ("Leicester flanker", "Boston
// fans", "Barcelona coach"), brackets after a player's name in a squad list ("J White (Leicester), B Kay
// (Leicester)"), or, in a story with a sports word ("League", "striker"), a game against it ("against Barcelona",
// "leaders Barcelona", "clash with Barcelona", "take on Barcelona").
bool team_context(std::string_view text, const EntityMention& m);

// True for a number written as a word ("Nine", "TWELVE", "hundred"): alone it names nothing ("Nine pct").
bool number_word(std::string_view word);

// A mention that runs from an ALL CAPS line (a headline) into the mixed-case line below it joins the headline's
// last words to the text's first ("WRITEDOWN\nCiticorp"): it is cut to the words of its last line, and every
// mention linked to the joined name takes the cut one.
void split_headline_joins(std::string_view text, std::vector<EntityMention>& mentions);

}  // namespace newsdex::extract
