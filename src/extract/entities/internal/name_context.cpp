// What the words around a name say about its type (see name_context.h).
#include "extract/entities/internal/name_context.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

std::string_view core_of(std::string_view word) {
    auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80) != 0; };
    while (!word.empty() && !letter(word.front())) word.remove_prefix(1);
    while (!word.empty() && !letter(word.back())) word.remove_suffix(1);
    return word;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// How far to look past a name for its legal form: "Smith Barney, Harris Upham and Co Inc" is 5 words.
constexpr std::size_t max_words_to_legal_form = 6;

// Up to `count` whitespace-separated words from `from` on (forward) or before `from` (backward, nearest first).
std::vector<std::string_view> words_after(std::string_view text, std::size_t from, std::size_t count) {
    std::vector<std::string_view> out;
    std::size_t i = from;
    while (out.size() < count && i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

std::vector<std::string_view> words_before(std::string_view text, std::size_t to, std::size_t count) {
    std::vector<std::string_view> out;
    std::size_t i = to;
    while (out.size() < count && i > 0) {
        while (i > 0 && is_space(text[i - 1])) --i;
        const std::size_t end = i;
        while (i > 0 && !is_space(text[i - 1])) --i;
        if (end > i) out.push_back(text.substr(i, end - i));
    }
    return out;
}

// "6,", "12": a score as a word.
bool is_digit_word(std::string_view word) {
    if (word.ends_with(',')) word.remove_suffix(1);
    return !word.empty() && word.size() <= 3 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool legal_form(std::string_view word) {
    const std::string_view core = core_of(word);
    return !core.empty() && without_legal_form("A " + std::string(core)) == "A";
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), ascii_lower(core_of(word))) != list.end();
}

// Roles after "Company Inc" that make the words before it a person's name in apposition ("Lee Iacocca, Chrysler
// Corp chairman").
constexpr std::array<std::string_view, 20> roles = {
    "chairman",    "president", "chief",     "vice",      "director",       "executive", "spokesman",
    "spokeswoman", "official",  "officials", "head",      "manager",        "partner",   "founder",
    "owner",       "officer",   "analyst",   "economist", "vice-president", "employee"};

// Trades of firms, not of people: the name after them is a company ("brokers James Capel").
constexpr std::array<std::string_view, 9> firm_trades = {"broker",       "brokers",    "stockbroker",
                                                         "stockbrokers", "brokerage",  "underwriter",
                                                         "underwriters", "co-manager", "co-managers"};

// What only securities firms do, after their name: "Merrill Lynch and Smith Barney co-managed the issues".
constexpr std::array<std::string_view, 4> firm_deeds = {"co-managed", "underwrote", "co-managing", "underwriting"};

// People whose employer follows "at" or "with" ("analyst at Smith Barney"), or precedes them ("Drexel analyst").
constexpr std::array<std::string_view, 10> firm_staff = {"analyst",    "analysts",    "economist", "economists",
                                                         "strategist", "strategists", "dealer",    "dealers",
                                                         "trader",     "traders"};

// Words that end firms' names before the legal form ("Alex. Brown and Sons Inc"): no name of their own.
constexpr std::array<std::string_view, 10> firm_words = {
    "sons", "brothers", "bros", "partners", "associates", "company", "holdings", "securities", "industries", "group"};

// "Donaldson, Lufkin and Jenrette": the mention is the middle of a list of partners.
bool after_partner(std::string_view text, const EntityMention& m) {
    const auto before = words_before(text, m.start, 1);
    return !before.empty() && before[0].size() > 1 && before[0].back() == ',' && is_upper(before[0].front());
}

// "Drexel Burnham Lambert Inc", "Kidder, Peabody and Co Inc", "James Capel and Co", "Alex. Brown and Sons Inc";
// not "Reagan and Chrysler Corp", where another name of the article starts after the "and" (unless the mention
// is a middle partner, as in "Donaldson, Lufkin and Jenrette Securities Corp").
bool legal_form_follows(std::string_view text, const EntityMention& m, const MentionIndex& names) {
    auto name_starts_at = [&](std::string_view w) {
        return !one_of(w, firm_words) && names.name_starts_at(static_cast<std::size_t>(w.data() - text.data()));
    };
    const bool partner = after_partner(text, m);
    const bool comma = m.end < text.size() && text[m.end] == ',';
    const auto words = words_after(text, comma ? m.end + 1 : m.end, max_words_to_legal_form + 2);
    bool joined = false;         // an "and" or "&" seen
    std::size_t after_join = 0;  // capitalised words since it
    for (std::size_t i = 0; i < words.size() && i < max_words_to_legal_form; ++i) {
        const std::string_view w = words[i];
        // "Lufkin and Jenrette Securities": a firm's word after the partners ends its name as a legal form does.
        const bool firm_end = joined && one_of(w, firm_words) && (i + 1 == words.size() || !legal_form(words[i + 1]));
        if (firm_end && !(!partner && name_starts_at(words[i - 1]))) return true;
        if (legal_form(w)) {
            std::size_t next = i + 1;
            while (next < words.size() && legal_form(words[next])) ++next;
            // "John Smith, Acme Corp, said": a company in apposition closes with a comma; partners' names
            // after a comma go on with "and" or end the clause ("Smith Barney, Harris Upham International Inc;").
            if (comma && !joined && words[next - 1].back() == ',') return false;
            if (next == words.size() || !one_of(words[next], roles)) return true;
            // "..., Harris Upham and Co analyst Edward Atorino": the role's holder follows, so the company is
            // the employer named before it, not an apposition to a person.
            return next + 1 < words.size() && is_upper(words[next + 1].front()) && words[next].back() != ',';
        }
        const std::string_view core = core_of(w);
        if (ascii_lower(core) == "and" || w == "&") {
            if (joined) return false;
            joined = true;
            continue;
        }
        // A partner's name; after "and" only one ("and Jenrette Securities Corp" may be a second company).
        if (core.empty() || !is_upper(core.front())) return false;
        if (joined && !one_of(w, firm_words) && ++after_join > 1) return false;
        if (joined && !partner && !comma && name_starts_at(w)) return false;
        if (w.back() == '.' && core.size() > 1) return false;  // a sentence ends ("... said Drexel.")
        if (w.back() == ';' || w.back() == ':' || w.back() == ')') return false;
    }
    return false;
}

// "Citicorp <CCI.N>", "Citicorp's <CCI.N>", "<Alex. Brown and Sons Inc>".
bool ticker_or_brackets(std::string_view text, const EntityMention& m) {
    std::size_t i = m.end;
    if (text.substr(i, 2) == "'s") i += 2;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    if (i < text.size() && text[i] == '<') {
        const std::size_t close = text.find('>', i);
        if (close != std::string_view::npos && close - i <= 12) {
            const std::string_view code = text.substr(i + 1, close - i - 1);
            const bool ticker = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
                return is_upper(c) || c == '.' || (c >= '0' && c <= '9');
            });
            if (ticker) return true;
        }
    }
    const std::size_t open = text.rfind('<', m.start);
    if (open == std::string_view::npos || m.start - open > 80) return false;
    const std::string_view before = text.substr(open, m.start - open);
    // Wire copy wraps lines inside the brackets ("<Wagner\nand Brown>"), so a line break does not end them.
    if (before.find('>') != std::string_view::npos) return false;
    const std::size_t close = text.find_first_of("<>", m.end);
    if (close == std::string_view::npos || close - m.end > 80) return false;
    return close != std::string_view::npos && text[close] == '>';
}

bool trade_around(std::string_view text, const EntityMention& m) {
    auto before = words_before(text, m.start, 4);
    // "brokers Phillips and Drew": the trade stands before the first partner.
    if (before.size() >= 2 && ascii_lower(before[0]) == "and" && is_upper(before[1].front()))
        before.erase(before.begin(), before.begin() + 2);
    // "analyst at Donaldson, Lufkin": and before an earlier partner.
    if (before.size() >= 2 && after_partner(text, m)) before.erase(before.begin());
    if (before.size() > 2) before.resize(2);
    if (!before.empty() && before[0].back() != ',' && before[0].back() != '.') {
        if (one_of(before[0], firm_trades)) return true;
        if (before.size() == 2 && one_of(before[1], firm_trades)) return true;  // "brokerage house Phillips"
        const std::string word = ascii_lower(core_of(before[0]));
        if (before.size() == 2 && (word == "at" || word == "with") && one_of(before[1], firm_staff)) return true;
        if (word == "manager" && before.size() == 2) {
            const std::string which = ascii_lower(core_of(before[1]));
            if (which == "lead" || which == "sole") return true;
        }
    }
    // "Drexel analyst Jeff Edelman", "a Smith Barney livestock analyst": the firm before its staff (a person's
    // name is followed by a comma first: "Jeff Edelman, analyst").
    const auto after = words_after(text, m.end, 2);
    if (after.empty() || (m.end < text.size() && !is_space(text[m.end]))) return false;
    if (one_of(after[0], firm_staff) || one_of(after[0], firm_deeds)) return true;
    return after.size() == 2 && is_lower(after[0].front()) && after[0].back() != ',' && one_of(after[1], firm_staff);
}

// "William Smith of Smith Barney", "Joseph Doyle of Smith Barney": after a person and "of" comes where the
// person works or comes from, not another person.
bool after_person_of(std::string_view text, const EntityMention& m, const MentionIndex& names) {
    const auto before = words_before(text, m.start, 1);
    if (before.empty() || before[0] != "of") return false;
    const auto of_at = static_cast<std::size_t>(before[0].data() - text.data());
    return names.person_ends_before(of_at, 2);
}

// "Johnson and Johnson": one name twice over "and" is a firm's name; no person is written so.
bool name_twice(std::string_view text, const EntityMention& m) {
    const std::string_view name = core_of(m.text);
    const auto after = words_after(text, m.end, 2);
    if (after.size() == 2 && ascii_lower(after[0]) == "and" && core_of(after[1]) == name) return true;
    const auto before = words_before(text, m.start, 2);
    return before.size() == 2 && ascii_lower(before[0]) == "and" && core_of(before[1]) == name;
}

// Lower-case nouns that describe what the next name is: "oil giant Yukos", "research firm Gartner", "chip maker
// Intel", "rock band Franz Ferdinand" (organisations); "the drug Vioxx", "the film Vera Drake", "the game Halo"
// (works and products: no person, organisation or place).
constexpr std::array<std::string_view, 24> organisation_nouns = {
    "firm",      "company", "companies", "giant",   "maker",    "makers",    "manufacturer", "producer",
    "retailer",  "chain",   "carrier",   "airline", "insurer",  "operator",  "provider",     "conglomerate",
    "publisher", "studio",  "label",     "band",    "supplier", "developer", "distributor",  "broadcaster"};
constexpr std::array<std::string_view, 24> work_nouns = {
    "drug", "film",    "movie",    "album",  "single",  "song",      "book",      "novel",
    "game", "console", "software", "system", "program", "programme", "series",    "musical",
    "show", "browser", "handset",  "phone",  "device",  "magazine",  "newspaper", "website"};
// First words that make a name an event: "Hurricane Ivan", "Typhoon Songda".
constexpr std::array<std::string_view, 4> event_heads = {"hurricane", "typhoon", "cyclone", "storm"};

}  // namespace

std::optional<EntityType> type_from_description(std::string_view text, const EntityMention& m) {
    const auto first = words_after(text, m.start, 1);
    if (!first.empty() && one_of(first[0], event_heads) && m.text.find(' ') != std::string::npos)
        return EntityType::misc;
    const auto before = words_before(text, m.start, 1);
    if (before.empty() || before[0].empty()) return std::nullopt;
    if (is_upper(before[0].front()) && one_of(before[0], event_heads) &&
        core_of(before[0]).size() == before[0].size()) {
        return EntityType::misc;  // "Hurricane Ivan" tagged from "Ivan"
    }
    if (!is_lower(before[0].front())) return std::nullopt;
    if (!std::all_of(before[0].begin(), before[0].end(), [](char c) { return is_lower(c) || c == '-'; }))
        return std::nullopt;  // "firm," or "game." ends a phrase
    if (one_of(before[0], organisation_nouns)) return EntityType::org;
    if (one_of(before[0], work_nouns)) return EntityType::misc;
    return std::nullopt;
}

MentionIndex::MentionIndex(const std::vector<EntityMention>& mentions) {
    for (const EntityMention& m : mentions) {
        starts_.push_back(m.start);
        if (m.type == EntityType::person) person_ends_.push_back(m.end);
    }
    std::sort(starts_.begin(), starts_.end());
    std::sort(person_ends_.begin(), person_ends_.end());
}

bool MentionIndex::person_ends_before(std::size_t at, std::size_t gap) const {
    const auto it = std::upper_bound(person_ends_.begin(), person_ends_.end(), at);
    return it != person_ends_.begin() && *std::prev(it) + gap >= at;
}

// "analyst George Baker at Smith Barney", "economist Jane Doe with Chase": a firm's staff, named, then where
// they work.
bool after_named_staff(std::string_view text, const EntityMention& m, const MentionIndex& names) {
    const auto before = words_before(text, m.start, 5);
    if (before.size() < 3) return false;
    const std::string at = ascii_lower(before[0]);
    const auto at_offset = static_cast<std::size_t>(before[0].data() - text.data());
    if ((at != "at" && at != "with") || !names.person_ends_before(at_offset, 2)) return false;
    for (std::size_t i = 1; i < before.size(); ++i) {
        if (one_of(before[i], firm_staff)) return true;
        if (!is_upper(before[i].front())) return false;
    }
    return false;
}

// "Pennzoil's proposed purchase of Getty Oil", "Chrysler's shares": what only a company owns or does, after the
// name's possessive and at most one word.
bool company_possessive(std::string_view text, const EntityMention& m) {
    static constexpr std::array<std::string_view, 16> company_nouns = {
        "purchase",     "takeover",   "acquisition", "merger",   "bid",      "shares",    "stock",  "stake",
        "shareholders", "subsidiary", "earnings",    "revenues", "chairman", "directors", "tender", "buyout"};
    const std::string_view rest = text.substr(m.end, 5);
    if (!rest.starts_with("'s ") && !rest.starts_with("\u2019s")) return false;
    const auto after = words_after(text, m.end + (rest.starts_with("'s ") ? 3 : 4), 2);
    return (!after.empty() && one_of(after[0], company_nouns)) ||
           (after.size() == 2 && is_lower(after[0].front()) && one_of(after[1], company_nouns));
}

bool company_context(std::string_view text, const EntityMention& m, const MentionIndex& names) {
    return name_twice(text, m) || company_possessive(text, m) || after_person_of(text, m, names) ||
           after_named_staff(text, m, names) || legal_form_follows(text, m, names) || ticker_or_brackets(text, m) ||
           trade_around(text, m);
}

bool number_word(std::string_view word) {
    static constexpr std::array<std::string_view, 31> numbers = {
        "one",       "two",      "three",    "four",    "five",     "six",      "seven",   "eight",
        "nine",      "ten",      "eleven",   "twelve",  "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",    "fifty",   "sixty",
        "seventy",   "eighty",   "ninety",   "hundred", "thousand", "million",  "billion"};
    return std::find(numbers.begin(), numbers.end(), ascii_lower(word)) != numbers.end();
}

void split_headline_joins(std::string_view text, std::vector<EntityMention>& mentions) {
    std::map<std::string, std::string> renamed;  // joined canonical -> cut one
    for (EntityMention& m : mentions) {
        const std::size_t last_break = text.substr(m.start, m.end - m.start).rfind('\n');
        if (last_break == std::string_view::npos) continue;
        const std::size_t cut = m.start + last_break + 1;
        const std::size_t before = m.start == 0 ? std::string_view::npos : text.rfind('\n', m.start - 1);
        const std::size_t line_start = before == std::string_view::npos ? 0 : before + 1;
        const std::string_view first_line = text.substr(line_start, text.find('\n', m.start) - line_start);
        const bool capitals = std::any_of(first_line.begin(), first_line.end(), is_upper) &&
                              std::none_of(first_line.begin(), first_line.end(), is_lower);
        const std::string_view rest = text.substr(cut, m.end - cut);
        if (!capitals || std::none_of(rest.begin(), rest.end(), is_lower)) continue;
        std::string joined_text;
        for (char c : m.text) joined_text += c == '\n' ? ' ' : c;
        const bool unlinked = m.canonical == m.text || m.canonical == joined_text;
        std::string cut_text(rest);
        if (unlinked) renamed[m.canonical] = cut_text;
        m.start = cut;
        m.text = cut_text;
        if (unlinked) m.canonical = cut_text;
    }
    if (renamed.empty()) return;
    for (EntityMention& m : mentions)
        if (auto it = renamed.find(m.canonical); it != renamed.end()) m.canonical = it->second;
}

// A team's people and parts after its name: "Leicester flanker Lewis Moody", "Barcelona coach Frank Rijkaard",
// "Boston fans", "a big Boston inning". Words for a city's own people ("mayor", "residents") are not among them.
constexpr std::array<std::string_view, 30> team_roles = {
    "fans",       "supporters", "inning",    "innings",     "pitcher", "striker",    "midfielder", "defender",
    "goalkeeper", "keeper",     "flanker",   "lock",        "prop",    "hooker",     "winger",     "wing",
    "fly-half",   "scrum-half", "full-back", "quarterback", "boss",    "tight-head", "coach",      "manager",
    "captain",    "skipper",    "forward",   "youngster",   "game",    "clash"};

// "G Rowntree (Leicester), S Thompson (Northampton), J White (Leicester)": a squad list gives each player's club in
// brackets after the name; a line with three brackets or more is such a list.
bool in_squad_list(std::string_view text, const EntityMention& m) {
    if (m.start < 2 || text[m.start - 1] != '(' || m.end >= text.size() || text[m.end] != ')') return false;
    const auto before = words_before(text, m.start - 1, 1);
    if (before.empty() || !is_upper(before[0].front())) return false;
    const std::size_t line_start = text.rfind('\n', m.start) == std::string_view::npos ? 0 : text.rfind('\n', m.start);
    const std::size_t line_end = std::min(text.find('\n', m.end), text.size());
    const std::string_view line = text.substr(line_start, line_end - line_start);
    return std::count(line.begin(), line.end(), '(') >= 3;
}

namespace {

// "Yankees 6, Boston 4": a score right after the name (no unit after it: "Boston 4 pct" is no score).
bool score_after(std::string_view text, const EntityMention& m, const std::vector<std::string_view>& before,
                 const std::vector<std::string_view>& after) {
    if (after.empty() || m.end >= text.size() || text[m.end] != ' ') return false;
    std::string_view n = after[0];
    if (n.ends_with(',')) n.remove_suffix(1);
    const bool score =
        !n.empty() && n.size() <= 3 && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool end =
        after[0].ends_with(',') || after.size() == 1 || text.find('\n', m.end) == m.end + 1 + after[0].size();
    return score && end && !before.empty() && (before[0].back() == ',' || is_digit_word(before[0]));
}

// True if the article is about sport: it says so in words other stories seldom use ("League", "striker").
bool sports_story(std::string_view text) {
    static constexpr std::array<std::string_view, 14> sports_words = {
        "league",         "cup",     "tournament", "championship", "playoffs",  "semi-final", "quarter-final",
        "quarter-finals", "striker", "goalkeeper", "innings",      "touchdown", "stadium",    "referee"};
    const std::string lower = ascii_lower(text);  // "Champions League", "World Cup"; asked only after a cue
    return std::any_of(sports_words.begin(), sports_words.end(),
                       [&](std::string_view w) { return hygiene::written_as(lower, w); });
}

// A game against the name: "beat Leicester", "a 4-3 win over Boston", "the loss to Leicester"; in a sports story
// also "against Barcelona", "leaders Barcelona", "clash with Barcelona", "take on Barcelona" (elsewhere "against
// Tehran", "take on Brussels" are a government's).
bool game_before(std::string_view text, const std::vector<std::string_view>& before) {
    static constexpr std::array<std::string_view, 9> results_before = {
        "beat", "beating", "defeated", "defeating", "edged", "routed", "swept", "blanked", "outscored"};
    static constexpr std::array<std::string_view, 13> games_before = {"against", "versus",  "vs",     "v",    "leaders",
                                                                      "face",    "faces",   "facing", "meet", "meets",
                                                                      "play",    "playing", "played"};
    if (before.empty()) return false;
    if (one_of(before[0], results_before)) return true;
    const std::string last = ascii_lower(core_of(before[0]));
    const std::string noun = before.size() < 2 ? "" : ascii_lower(core_of(before[1]));
    if (last == "over" && (noun == "win" || noun == "victory" || noun == "triumph")) return true;
    if (last == "to" && (noun == "loss" || noun == "defeat" || noun == "lost")) return true;
    const bool game = one_of(before[0], games_before) ||
                      (last == "with" && (noun == "clash" || noun == "tie" || noun == "match" || noun == "draw")) ||
                      (last == "on" && (noun == "take" || noun == "takes" || noun == "took" || noun == "taking"));
    return game && sports_story(text);
}

}  // namespace

bool team_context(std::string_view text, const EntityMention& m) {
    // A game's result after the name: what the winner did.
    static constexpr std::array<std::string_view, 14> results_after = {
        "beat",     "beats",   "defeated", "downed", "edged",   "routed",    "rallied",
        "clinched", "bounced", "swept",    "drew",   "trailed", "outscored", "blanked"};
    const auto before = words_before(text, m.start, 2);
    const auto after = words_after(text, m.end, 2);
    if (score_after(text, m, before, after)) return true;
    // "Leicester beat", "Leicester flanker", "the Leicester lock's last match".
    if (!after.empty() && m.end < text.size() && text[m.end] == ' ') {
        const std::string_view word = core_of(hygiene::without_possessive(after[0]));
        if (one_of(word, results_after) || one_of(word, team_roles)) return true;
    }
    return in_squad_list(text, m) || game_before(text, before);
}

}  // namespace newsdex::extract
