// QueryParser setup and the newsdex-specific fields (date:, mentions:, facet filters).
#include "search/query_builder.h"

#include "core/date.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "index/schema.h"
#include "index/terms.h"
#include "search/date_range.h"
#include "search/headline_boost.h"
#include "search/name_fields.h"
#include "search/name_query.h"
#include "search/proximity.h"
#include "search/spelling.h"
#include "search/stopwords.h"
#include "text/normalize.h"

namespace newsdex::search {

// Mentioned dates: terms XMENTION<iso>; a range is covered by whole years, whole months and single days.
Xapian::Query mentioned_range(const DateRange& range);

namespace {

namespace prefix = schema::prefix;

// Queries longer than this are refused: QueryParser's work grows with the text and every term opens a
// posting list; 16 KB is some 2,000 words, far more than any typed or generated search needs (issue 7).
constexpr std::size_t max_query_bytes = 16u << 10;

bool is_query_field(std::string_view name) {
    for (const auto& f : schema::free_text_fields)
        if (f.field == name) return true;
    for (const auto& f : schema::name_fields)
        if (f.field == name) return true;
    for (const auto& f : schema::boolean_fields)
        if (f.field == name) return true;
    return name == "date" || name == "mentions";
}

std::string query_field_names() {
    std::string names;
    for (const auto& f : schema::free_text_fields) names += std::string(f.field) + ", ";
    for (const auto& f : schema::name_fields) names += std::string(f.field) + ", ";
    for (const auto& f : schema::boolean_fields) names += std::string(f.field) + ", ";
    return names + "date, mentions";
}

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Checks the value of date: or mentions: (starting at `at`) before QueryParser sees it. The field processors
// check it too, but an exception thrown from a FieldProcessor leaks memory inside Xapian 1.4's parser (found by
// fuzz_query under LeakSanitizer, issue 7), so bad dates are refused here first.
void check_date_value(const std::string& text, const std::string& field, std::size_t at, std::size_t column) {
    std::size_t stop = text[at] == '"' ? text.find('"', at + 1) : text.find_first_of(" \t\r\n)", at);
    if (stop == std::string::npos) stop = text.size();
    std::string value = text.substr(at + (text[at] == '"' ? 1 : 0), stop - at - (text[at] == '"' ? 1 : 0));
    std::string reason;
    try {
        DateRange range = parse_date_range(value);
        if (field == "mentions" && range.is_range && (!range.from || !range.to)) reason = "ranges need both ends";
    } catch (const Error& error) {
        reason = error.reason();
    }
    if (!reason.empty()) throw Error(ErrorKind::query, field + ":" + value + ": " + reason, "", 0, column);
}

// Refuses what QueryParser would silently misread (issue 7): an over-long query, and `word:value` where word
// is not a field (QueryParser would search the words "foo" and "bar", hiding a typo like "titel:"). Quoted
// text is left alone, so "foo:bar" still searches the literal text; "http://..." is not a field either.
void check_query_text(const std::string& text) {
    if (text.size() > max_query_bytes) {
        throw Error(ErrorKind::query, "query is " + std::to_string(text.size()) + " bytes long; the limit is " +
                                          std::to_string(max_query_bytes >> 10) + " KB");
    }
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') quoted = !quoted;
        if (quoted || !is_word_byte(text[i])) continue;
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        bool word_start = i == 0 || std::string_view(" \t\r\n(+-").find(text[i - 1]) != std::string_view::npos;
        bool has_value = end + 1 < text.size() && text[end] == ':' &&
                         std::string_view(" \t\r\n").find(text[end + 1]) == std::string_view::npos;
        bool field_like = has_value && (is_word_byte(text[end + 1]) || text[end + 1] == '"' || text[end + 1] == '(' ||
                                        static_cast<unsigned char>(text[end + 1]) >= 0x80);
        std::string name = text.substr(i, end - i);
        if (word_start && has_value && (name == "date" || name == "mentions")) {
            check_date_value(text, name, end + 1, i + 1);
        }
        if (word_start && field_like && !(name[0] >= '0' && name[0] <= '9') && !is_query_field(name)) {
            throw Error(ErrorKind::query,
                        "unknown field '" + name + ":' (fields: " + query_field_names() +
                            "); put it in quotes to search for the text itself",
                        "", 0, i + 1);
        }
        i = end - 1;
    }
}

// Publication date: a single date becomes a D/M/Y term (Omega's), a range a value range on slot::date.
// A FieldProcessor must not throw: Xapian 1.4's parser leaks its parse state when one does (found by fuzz_query
// under LeakSanitizer, issue 7). The processors record the first failure here and match nothing; parse_text
// turns it into the error after parse_query returns.
using FieldFailure = std::shared_ptr<std::string>;

class PublicationDateProcessor : public Xapian::FieldProcessor {
public:
    explicit PublicationDateProcessor(FieldFailure failure) : failure_(std::move(failure)) {}

    Xapian::Query operator()(const std::string& text) override {
        try {
            return query_for(text);
        } catch (const Xapian::QueryParserError& error) {
            if (failure_->empty()) *failure_ = error.get_msg();
            return Xapian::Query::MatchNothing;
        }
    }

    static Xapian::Query query_for(const std::string& text) {
        DateRange range = checked_range(text, "date");
        if (!range.is_range) return day_term(*range.from);
        std::string low = range.from ? range.from->first_day() : "";
        std::string high = range.to ? range.to->last_day() : "";
        if (!range.from) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::slot::date, high);
        if (!range.to) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot::date, low);
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::date, low, high);
    }

    static DateRange checked_range(const std::string& text, const char* field) {
        try {
            return parse_date_range(text);
        } catch (const Error& error) {
            // QueryParser only lets its own exception type through cleanly.
            throw Xapian::QueryParserError(std::string(field) + ":" + text + ": " + error.reason());
        }
    }

    static Xapian::Query day_term(const PartialDate& d) {
        std::string day = d.first_day();
        if (d.month == 0) return Xapian::Query(std::string(prefix::year).append(day, 0, 4));
        if (d.day == 0) return Xapian::Query(std::string(prefix::month).append(day, 0, 6));
        return Xapian::Query(std::string(prefix::day) + day);
    }

private:
    FieldFailure failure_;
};

// Mentioned dates: terms XMENTION<iso>; a range is covered by whole years, whole months and single days.
class MentionedDateProcessor : public Xapian::FieldProcessor {
public:
    explicit MentionedDateProcessor(FieldFailure failure) : failure_(std::move(failure)) {}

    Xapian::Query operator()(const std::string& text) override {
        try {
            return mentioned_range(PublicationDateProcessor::checked_range(text, "mentions"));
        } catch (const Xapian::QueryParserError& error) {
            if (failure_->empty()) *failure_ = error.get_msg();
            return Xapian::Query::MatchNothing;
        }
    }

private:
    FieldFailure failure_;
};

// The parser's message as an Error(query), pointing at the part it quotes ('2015-13-45'), else at the field it
// names.
Error query_error(const std::string& text, const std::string& message) {
    std::size_t column = 0;
    std::size_t open = message.find('\'');
    std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
    if (close != std::string::npos && close > open + 1) {
        std::size_t at = text.find(message.substr(open + 1, close - open - 1));
        if (at != std::string::npos) column = at + 1;
    }
    std::size_t colon = message.find(": ");
    if (column == 0 && colon != std::string::npos) {
        std::size_t at = text.find(message.substr(0, colon));
        if (at != std::string::npos) column = at + 1;
    }
    return Error(ErrorKind::query, message, "", 0, column);
}

// `text` with the capital of each capitalised word lowered ("Flüchtlinge" -> "flüchtlinge"), so STEM_SOME stems
// it (index/stemming.h, stems_capitalised). Left alone: words in capitals (AND, NOT, NATO), quoted phrases (not
// stemmed anyway) and a field's value after ':' (id:, url: values are exact).
std::string lower_initial_capitals(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool quoted = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        bool word_start = !quoted &&
                          (static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c))) &&
                          (i == 0 || std::string_view(" \t\r\n(+-").find(text[i - 1]) != std::string_view::npos);
        if (!word_start) {
            out += c;
            ++i;
            continue;
        }
        std::size_t end = text.find_first_of(" \t\r\n()\":", i);
        if (end == std::string::npos) end = text.size();
        std::string word = text.substr(i, end - i);
        std::size_t first = 1;
        while (first < word.size() && (static_cast<unsigned char>(word[first]) & 0xC0) == 0x80) ++first;
        const std::string rest = word.substr(first);
        bool field = end < text.size() && text[end] == ':';
        if (!field && index::fold_case(rest) == rest) word = index::fold_case(word.substr(0, first)) + rest;
        out += word;
        i = end;
    }
    return out;
}

// Words of a query's text (runs of letters and digits, any field names and operators included): what
// QuerySpec::stopword_min_words counts.
std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool word_byte = static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
        if (word_byte && !in_word) ++words;
        in_word = word_byte;
    }
    return words;
}

// Operators a Query is fully described by its subqueries for, so it can be rebuilt from them. The rest (phrases,
// NEAR, scaled weights, value ranges, wildcards) carry parameters Xapian 1.4 does not give back: kept as parsed.
bool rebuildable(Xapian::Query::op op) {
    switch (op) {
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_OR:
        case Xapian::Query::OP_AND_NOT:
        case Xapian::Query::OP_XOR:
        case Xapian::Query::OP_AND_MAYBE:
        case Xapian::Query::OP_FILTER:
        case Xapian::Query::OP_SYNONYM:
        case Xapian::Query::OP_MAX: return true;
        default: return false;
    }
}

// `branch`, the text as another language's stemmer parsed it, with each term the index's own parse `own` spells
// otherwise weighted as one word with it: (branch term SYNONYM (own term AND_NOT `language`)). The branch is
// filtered to `language`'s articles, where the second half matches nothing and adds no wdf; it lends the word's
// statistics. Without it a word's stem in a language few articles have was a term found a handful of times, with
// the largest idf: "BUSINESS" in the one French article of the news known-item set (French stem "business",
// English "busi") put that article first for "business growth", above 2,000 English articles on business (issue
// 15). Two parses of one text have one shape; where they differ the branch is kept as it is.
Xapian::Query with_word_statistics(const Xapian::Query& branch, const Xapian::Query& own,
                                   const Xapian::Query& language) {
    const Xapian::Query::op type = branch.get_type();
    if (type != own.get_type() || branch.get_num_subqueries() != own.get_num_subqueries()) return branch;
    if (type == Xapian::Query::LEAF_TERM) {
        if (*branch.get_terms_begin() == *own.get_terms_begin()) return branch;
        return Xapian::Query(Xapian::Query::OP_SYNONYM, branch,
                             Xapian::Query(Xapian::Query::OP_AND_NOT, own, language));
    }
    if (!rebuildable(type)) return branch;
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i < branch.get_num_subqueries(); ++i) {
        parts.push_back(with_word_statistics(branch.get_subquery(i), own.get_subquery(i), language));
    }
    return Xapian::Query(type, parts.begin(), parts.end());
}

}  // namespace

Xapian::Query mentioned_range(const DateRange& range) {
    using namespace std::chrono;
    std::string p(prefix::mentioned);
    if (!range.is_range) return Xapian::Query(p + range.from->iso());
    if (!range.from || !range.to) {
        throw Xapian::QueryParserError("mentions: ranges need both ends");
    }
    auto to_days = [](const std::string& ymd) {
        return sys_days(year_month_day(year(std::stoi(ymd.substr(0, 4))),
                                       month(static_cast<unsigned>(std::stoi(ymd.substr(4, 2)))),
                                       day(static_cast<unsigned>(std::stoi(ymd.substr(6, 2))))));
    };
    sys_days first = to_days(range.from->first_day());
    sys_days last = to_days(range.to->last_day());
    std::vector<Xapian::Query> parts;
    for (sys_days d = first; d <= last;) {
        year_month_day ymd(d);
        int y = static_cast<int>(ymd.year());
        unsigned m = static_cast<unsigned>(ymd.month());
        sys_days year_end = sys_days(year_month_day(ymd.year(), December, day(31)));
        sys_days month_end = sys_days(year_month_day_last(ymd.year(), month_day_last(ymd.month())));
        if (ymd.month() == January && ymd.day() == day(1) && year_end <= last) {
            parts.emplace_back(p + format_partial_date(y, 0, 0));
            d = year_end + days(1);
        } else if (ymd.day() == day(1) && month_end <= last) {
            parts.emplace_back(p + format_partial_date(y, int(m), 0));
            d = month_end + days(1);
        } else {
            parts.emplace_back(p + format_iso_date(ymd));
            d += days(1);
        }
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const text::AliasTable* aliases,
                           std::optional<index::Stemming> stemming)
    : db_(db),
      aliases_(aliases),
      stemming_(stemming ? std::move(*stemming) : index::Stemming::of_index(db)),
      failure_(std::make_shared<std::string>()) {}

// A QueryParser for free text with `stemmer`: setting up its prefixes and field processors cost a query more
// than Xapian's own parsing did (a fifth of a short query's time on a small index), so each is made once.
std::unique_ptr<Xapian::QueryParser> QueryBuilder::make_parser(const std::string& stemmer) const {
    auto made = std::make_unique<Xapian::QueryParser>();
    Xapian::QueryParser& parser = *made;
    parser.set_database(db_);
    if (stemmer != "none") {
        parser.set_stemmer(Xapian::Stem(stemmer));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    }
    parser.set_default_op(Xapian::Query::OP_OR);
    parser.set_max_expansion(max_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_ERROR);
    for (const auto& field : schema::free_text_fields) {
        parser.add_prefix(std::string(field.field), std::string(field.prefix));
    }
    for (const auto& field : schema::boolean_fields) {
        parser.add_boolean_prefix(std::string(field.field), std::string(field.prefix));
    }
    for (const auto& field : schema::name_fields) {
        parser.add_boolean_prefix(
            std::string(field.field),
            (new NameFieldProcessor(db_, std::string(field.prefix), std::string(field.field), failure_))->release());
    }
    parser.add_boolean_prefix("date", (new PublicationDateProcessor(failure_))->release());
    parser.add_boolean_prefix("mentions", (new MentionedDateProcessor(failure_))->release());
    return made;
}

Xapian::QueryParser& QueryBuilder::parser() const {
    if (!parser_) parser_ = make_parser(stemming_.index_stemmer());
    return *parser_;
}

// One parse. `stopwords` drops English stop words (search/stopwords.h) from OR-style queries, which long
// natural-language queries need so "of" and "the" do not pull in every document.
Xapian::Query QueryBuilder::parse_with(Xapian::QueryParser& parser, const std::string& normalized,
                                       bool stopwords) const {
    parser.set_stopper(stopwords ? &english_stopper() : nullptr);
    failure_->clear();
    unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                     Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
    Xapian::Query query = parser.parse_query(normalized, flags);
    if (!failure_->empty()) throw Xapian::QueryParserError(*failure_);
    return query;
}

// The articles of each other language get the text as their stemmer parses it (query_builder.h); the index's
// own parse keeps the rest. Boolean terms and unstemmed words parse alike, so most queries stay as they were.
Xapian::Query QueryBuilder::in_other_languages(Xapian::Query own, const std::string& normalized, bool stopwords) const {
    const std::vector<std::string>& languages = stemming_.other_languages();
    std::vector<Xapian::Query> branches;
    std::vector<Xapian::Query> languages_apart;
    const std::string own_description = own.get_description();
    for (std::size_t i = 0; i < languages.size(); ++i) {
        if (language_parsers_.size() <= i)
            language_parsers_.push_back(make_parser(stemming_.stemmer_for(languages[i])));
        const std::string& stemmer = stemming_.stemmer_for(languages[i]);
        Xapian::Query parsed = parse_with(
            *language_parsers_[i],
            stemming_.stems_capitalised(stemmer) ? lower_initial_capitals(normalized) : normalized, stopwords);
        if (parsed.get_description() == own_description) continue;
        Xapian::Query language(index::make_term(prefix::language, languages[i]));
        branches.emplace_back(Xapian::Query::OP_FILTER, with_word_statistics(parsed, own, language), language);
        languages_apart.push_back(std::move(language));
    }
    if (branches.empty()) return own;
    Xapian::Query apart(Xapian::Query::OP_OR, languages_apart.begin(), languages_apart.end());
    branches.insert(branches.begin(), Xapian::Query(Xapian::Query::OP_AND_NOT, std::move(own), apart));
    return Xapian::Query(Xapian::Query::OP_OR, branches.begin(), branches.end());
}

Xapian::Query QueryBuilder::parse_text(const std::string& text, std::string* corrected, bool stopwords) const {
    check_query_text(text);
    std::string normalized = expand_name_groups(text::normalize(text));
    try {
        const bool capitals = stemming_.stems_capitalised(stemming_.index_stemmer());
        Xapian::Query query =
            parse_with(parser(), capitals ? lower_initial_capitals(normalized) : normalized, stopwords);
        if (!stemming_.other_languages().empty()) query = in_other_languages(std::move(query), normalized, stopwords);
        if (corrected != nullptr) *corrected = suggest_spelling(db_, text);
        return query;
    } catch (const Xapian::WildcardError& error) {
        throw Error(ErrorKind::query, "a wildcard matches more than " + std::to_string(max_wildcard_expansion) +
                                          " terms; make it longer (" + error.get_msg() + ")");
    } catch (const Xapian::QueryParserError& error) {
        throw query_error(text, error.get_msg());
    }
}

Xapian::Query QueryBuilder::parse(const std::string& text, std::string* corrected) const {
    return parse_text(text, corrected, word_count(text) >= default_stopword_min_words);
}

namespace {

// Every field QuerySpec::filters accepts (--person, --org, ...): the one list validation and --help read.
struct FilterField {
    enum class Lookup { entity, news_source, folded };
    const char* name;
    std::string_view prefix;
    Lookup lookup;
    EntityType type = EntityType::person;  // Lookup::entity only
};

constexpr FilterField filter_fields[] = {
    {"person", prefix::person_text, FilterField::Lookup::entity, EntityType::person},
    {"org", prefix::org_text, FilterField::Lookup::entity, EntityType::org},
    {"place", prefix::place_text, FilterField::Lookup::entity, EntityType::location},
    {"source", prefix::source_text, FilterField::Lookup::news_source},
    {"category", prefix::category, FilterField::Lookup::folded},
    {"language", prefix::language, FilterField::Lookup::folded},
};

const FilterField* find_filter_field(std::string_view name) {
    for (const FilterField& field : filter_fields) {
        if (name == field.name) return &field;
    }
    return nullptr;
}

// The boolean term a filter value matches: names through the alias table to their canonical form.
std::string filter_term(const FilterField& field, const std::string& value, const text::AliasTable* aliases) {
    switch (field.lookup) {
        case FilterField::Lookup::entity: {
            const std::string canonical = aliases ? aliases->canonical(value, field.type).value_or(value) : value;
            return index::canonical_term(field.prefix, canonical);
        }
        case FilterField::Lookup::news_source: {
            const std::string canonical = aliases ? aliases->news_source(value).value_or(value) : value;
            return index::canonical_term(field.prefix, canonical);
        }
        case FilterField::Lookup::folded: break;
    }
    return index::make_term(field.prefix, index::fold_case(value));
}

}  // namespace

std::string filter_field_names() {
    std::string names;
    for (const FilterField& field : filter_fields) {
        if (!names.empty()) names += ", ";
        names += field.name;
    }
    return names;
}

Xapian::Query QueryBuilder::filters(const QuerySpec& spec) const {
    std::vector<Xapian::Query> all;
    for (const auto& [field, values] : spec.filters) {
        if (values.empty()) continue;
        std::vector<Xapian::Query> any;
        for (const auto& value : values) {
            const FilterField* known = find_filter_field(field);
            if (!known) {
                throw Error(ErrorKind::query,
                            "unknown filter field '" + field + "' (choose from " + filter_field_names() + ")");
            }
            std::string term = filter_term(*known, value, aliases_);
            any.emplace_back(term);
        }
        all.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
    }
    if (!spec.from.empty() || !spec.to.empty()) {
        DateRange range;
        range.is_range = true;
        if (!spec.from.empty()) range.from = parse_date_range(spec.from).from;
        if (!spec.to.empty()) range.to = parse_date_range(spec.to).to;
        if (range.from && range.to && range.from->first_day() > range.to->last_day()) {
            throw Error(ErrorKind::query, "--from " + spec.from + " is after --to " + spec.to);
        }
        if (range.from && range.to) {
            all.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::slot::date, range.from->first_day(),
                             range.to->last_day());
        } else if (range.from) {
            all.emplace_back(Xapian::Query::OP_VALUE_GE, schema::slot::date, range.from->first_day());
        } else {
            all.emplace_back(Xapian::Query::OP_VALUE_LE, schema::slot::date, range.to->last_day());
        }
    }
    if (!spec.mentions.empty()) {
        DateRange range = parse_date_range(spec.mentions);
        try {
            all.push_back(mentioned_range(range));
        } catch (const Xapian::QueryParserError& error) {
            throw Error(ErrorKind::query, "--mentions: " + error.get_msg());
        }
    }
    if (all.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

BuiltQuery QueryBuilder::build(const QuerySpec& spec) const {
    BuiltQuery built;
    bool blank = spec.query.find_first_not_of(" \t\r\n") == std::string::npos;
    const bool stopwords = spec.stopwords && word_count(spec.query) >= spec.stopword_min_words;
    Xapian::Query text_query =
        blank ? Xapian::Query::MatchAll : parse_text(spec.query, spec.suggest ? &built.corrected : nullptr, stopwords);
    if (!blank && spec.proximity_weight > 0) {
        text_query =
            with_proximity(text_query, plain_query_words(text::normalize(spec.query)),
                           stopwords ? &english_stopper() : nullptr, {spec.proximity_weight, spec.proximity_window});
    }
    if (!blank && spec.headline_weight > 0) text_query = with_headline_boost(text_query, spec.headline_weight);
    Xapian::Query filter = filters(spec);
    // A blank query with filters or facets means "everything that passes" (e.g. a whole-index histogram).
    if (blank && filter.empty() && spec.facets.empty()) {
        throw Error(ErrorKind::query, "empty query: give words, a field, a filter or a facet");
    }
    built.query = filter.empty() ? text_query : Xapian::Query(Xapian::Query::OP_FILTER, text_query, filter);
    return built;
}

}  // namespace newsdex::search
