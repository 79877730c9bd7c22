// Terms, values and data of one article's document.
#include "index/document_builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "index/fingerprint.h"
#include "index/sample_terms.h"
#include "index/schema.h"
#include "index/terms.h"
#include "text/normalize.h"

namespace newsdex::index {
namespace {

std::string join_values(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += schema::value_separator;
        out += v;
    }
    return out;
}

// Adds `value` to `list` unless present (case-insensitively): facet values are counted once per article.
// `seen` maps the case-folded value to its place in `list`. A form in capitals ("CHRYSLER" from an ALL CAPS
// headline) gives way to the same name written in lower case later in the article ("Chrysler").
void add_unique(std::vector<std::string>& list, std::map<std::string, std::size_t>& seen, const std::string& value) {
    if (value.empty()) return;
    const auto [it, added] = seen.try_emplace(fold_case(value), list.size());
    if (added) {
        list.push_back(value);
        return;
    }
    auto has_lower = [](const std::string& s) {
        return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    std::string& kept = list[it->second];
    if (!has_lower(kept) && has_lower(value)) kept = value;
}

std::string_view text_prefix_for(EntityType type) {
    switch (type) {
        case EntityType::person: return schema::prefix::person_text;
        case EntityType::org: return schema::prefix::org_text;
        case EntityType::location: return schema::prefix::place_text;
        case EntityType::misc: return {};
    }
    return {};
}

// A Snowball stemmer that remembers its answers. News repeats its words, and one Snowball stem costs about 2,000
// instructions (callgrind, ingest of the first 600 Reuters articles: 83k stems, 167M instructions), a lookup here
// a tenth of that. The answers are the stemmer's own, so the terms are the same. Bounded: forgets everything when
// it holds max_words (a few MB).
class RememberingStem : public Xapian::StemImplementation {
public:
    explicit RememberingStem(Xapian::Stem stem) : stem_(std::move(stem)) {}

    std::string operator()(const std::string& word) override {
        if (auto it = stems_.find(word); it != stems_.end()) return it->second;
        if (stems_.size() >= max_words) stems_.clear();
        return stems_.emplace(word, stem_(word)).first->second;
    }
    std::string get_description() const override { return stem_.get_description(); }

private:
    static constexpr std::size_t max_words = 1u << 16;
    Xapian::Stem stem_;
    std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

std::string content_hash(const RawArticle& raw) {
    std::string all;
    for (const std::string* field : {&raw.id, &raw.title, &raw.body, &raw.date, &raw.source, &raw.url, &raw.category,
                                     &raw.summary, &raw.language, &raw.crawled, &raw.real_path}) {
        all += *field;
        all += '\0';
    }
    for (const auto* list : {&raw.authors, &raw.places, &raw.people, &raw.orgs}) {
        for (const auto& value : *list) {
            all += value;
            all += '\0';
        }
    }
    all += analyzer_version;
    return stable_hash(all);
}

std::string unique_term(const std::string& id) { return make_term(schema::prefix::unique_id, id); }

std::optional<StoredText> parse_stored_text(std::string_view name) {
    if (name == "full") return StoredText::full;
    if (name == "none") return StoredText::none;
    return std::nullopt;
}

std::string_view stored_text_name(StoredText stored) { return stored == StoredText::none ? "none" : "full"; }

DocumentBuilder::DocumentBuilder(Stemming stemming, const text::AliasTable& aliases, StoredText stored)
    : stemming_(std::move(stemming)), aliases_(aliases), stored_(stored) {
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

Xapian::Document DocumentBuilder::build(const AnalyzedArticle& article, const std::string& hash) {
    Xapian::Document doc;
    generator_.set_document(doc);
    // Xapian::Stem("none") stems nothing, and with it STEM_SOME adds no Z terms.
    generator_.set_stemmer(stemmer_for(article.language));
    const RawArticle& raw = article.raw;
    std::string title = text::normalize(article.title);
    std::string body = text::normalize(article.body);

    // The headline goes in twice: under S for title: searches, and unprefixed with a higher wdf so plain
    // queries rank headline matches above body matches.
    generator_.index_text(title, 1, std::string(schema::prefix::title));
    generator_.index_text(title, schema::title_weight);
    generator_.increase_termpos();
    generator_.index_text(body);
    if (!raw.summary.empty()) {  // a teaser beside the body: searchable too (the body is what is shown)
        generator_.increase_termpos();
        generator_.index_text(text::normalize(raw.summary));
    }
    for (const auto& author : raw.authors) {
        generator_.index_text(text::normalize(author), 1, std::string(schema::prefix::author_text));
    }

    std::string unique = unique_term(raw.id);
    doc.add_boolean_term(unique);
    for (const auto& term : sample_terms_for(unique)) doc.add_boolean_term(term);  // sampled facets
    doc.add_value(schema::slot::id, raw.id);
    if (!raw.url.empty()) doc.add_boolean_term(make_term(schema::prefix::url, raw.url));
    if (!raw.real_path.empty()) doc.add_boolean_term(make_term(schema::prefix::file, raw.real_path));
    if (!raw.crawled.empty()) doc.add_value(schema::slot::crawled, raw.crawled);
    if (!article.language.empty()) {
        doc.add_boolean_term(make_term(schema::prefix::language, article.language));
        doc.add_value(schema::slot::language, article.language);
    }
    index_categories(doc, raw.category);
    index_entities(doc, article);
    index_dates(doc, article);
    doc.add_value(schema::slot::content_hash, hash);
    add_fingerprint(doc, body.empty() ? title : body);  // near-duplicate detection (issue 5)

    nlohmann::json data = {{"id", raw.id},
                           {"title", article.title},
                           {"date", article.published ? newsdex::format_iso_date(*article.published) : ""},
                           {"source", article.sources.empty() ? "" : article.sources.front().canonical},
                           {"url", raw.url},
                           {"authors", raw.authors},
                           {"category", raw.category}};
    if (!raw.crawled.empty()) data["crawled"] = raw.crawled;
    if (!raw.real_path.empty()) data["file"] = raw.real_path;
    if (stored_ == StoredText::full) data["body"] = article.body;
    doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return doc;
}

const Xapian::Stem& DocumentBuilder::stemmer_for(std::string_view language) {
    const Xapian::Stem& stem = stemming_.stem_for(language);
    if (stem.is_none()) return stem;
    auto [it, added] = remembering_.try_emplace(stemming_.stemmer_for(language));
    if (added) it->second = Xapian::Stem(new RememberingStem(stem));
    return it->second;
}

void DocumentBuilder::index_categories(Xapian::Document& doc, const std::string& categories) {
    // "Business" and "business" are one category (issue 15): terms and facet values are case-folded. Several
    // categories (JSON arrays, Reuters-21578 topics) are joined with "; " by the readers.
    std::vector<std::string> values;
    std::map<std::string, std::size_t> seen;
    std::size_t start = 0;
    while (start <= categories.size()) {
        std::size_t end = categories.find("; ", start);
        if (end == std::string::npos) end = categories.size();
        std::string value = fold_case(categories.substr(start, end - start));
        if (!value.empty() && value.find_first_not_of(' ') != std::string::npos) add_unique(values, seen, value);
        start = end + 2;
    }
    for (const auto& value : values) doc.add_boolean_term(make_term(schema::prefix::category, value));
    if (!values.empty()) doc.add_value(schema::slot::category, join_values(values));
}

void DocumentBuilder::index_entities(Xapian::Document& doc, const AnalyzedArticle& article) {
    std::vector<std::string> persons, orgs, places, sources;
    std::map<std::string, std::size_t> seen_persons, seen_orgs, seen_places, seen_sources;
    // Each distinct name is one boolean term per field: its canonical form, the filter and facet
    // ("XPERSON:john kerry"), and every other form the article writes it in ("XPERSON:karry", "XPLACE:u.s."),
    // which name-field queries search too (person:karry; search/name_query.h). A term per name word, with
    // positions, was dropped: those terms were most of what entities cost ingest (issue 3).
    std::set<std::pair<EntityType, std::string_view>> done;         // canonical names already indexed
    std::set<std::pair<std::string_view, std::string_view>> forms;  // other written forms already looked at
    auto add_written_form = [&](std::string_view prefix, const std::string& text, const std::string& canonical) {
        if (text.empty() || text == canonical || !forms.emplace(prefix, text).second) return;
        std::string term = canonical_term(prefix, text);
        if (term != canonical_term(prefix, canonical)) doc.add_boolean_term(term);  // not just another case
    };
    // Names that metadata lists (Reuters-21578 people, orgs; their codes are written forms), then those found in the
    // text: a listed name is the one kept when the text writes it otherwise ("New York STock Exchange").
    for (const auto* mentions : {&article.listed, &article.entities}) {
        for (const auto& mention : *mentions) {
            std::string_view prefix = text_prefix_for(mention.type);
            if (prefix.empty()) continue;
            const std::string& canonical = mention.canonical.empty() ? mention.text : mention.canonical;
            add_written_form(prefix, mention.text, canonical);
            if (!done.emplace(mention.type, canonical).second) continue;
            doc.add_boolean_term(canonical_term(prefix, canonical));
            if (mention.type == EntityType::person) add_unique(persons, seen_persons, canonical);
            if (mention.type == EntityType::org) add_unique(orgs, seen_orgs, canonical);
        }
    }
    for (const auto& place : article.places) {
        add_unique(places, seen_places, place);
        doc.add_boolean_term(canonical_term(schema::prefix::place_text, place));
    }
    for (const auto& source : article.sources) {
        const std::string& name = source.canonical.empty() ? source.text : source.canonical;
        if (name.empty()) continue;
        add_written_form(schema::prefix::source_text, source.text, name);
        doc.add_boolean_term(canonical_term(schema::prefix::source_text, name));
        add_unique(sources, seen_sources, name);
    }
    if (!persons.empty()) doc.add_value(schema::slot::persons, join_values(persons));
    if (!orgs.empty()) doc.add_value(schema::slot::orgs, join_values(orgs));
    if (!places.empty()) doc.add_value(schema::slot::places, join_values(places));
    if (!sources.empty()) doc.add_value(schema::slot::sources, join_values(sources));
}

void DocumentBuilder::index_dates(Xapian::Document& doc, const AnalyzedArticle& article) {
    if (article.published) {
        std::string day = format_compact_date(*article.published);
        doc.add_value(schema::slot::date, day);
        doc.add_boolean_term(std::string(schema::prefix::day) + day);
        doc.add_boolean_term(std::string(schema::prefix::month) + day.substr(0, 6));
        doc.add_boolean_term(std::string(schema::prefix::year) + day.substr(0, 4));
    } else {
        doc.add_boolean_term(std::string(schema::prefix::no_date));
    }
    std::vector<std::string> months;
    std::map<std::string, std::size_t> seen;
    for (const auto& date : article.dates) {
        // Only calendar values (YYYY, YYYY-MM, YYYY-MM-DD, with anything after the day cut off) make terms;
        // weeks, quarters, durations and references are not days a reader filters on.
        const std::string& v = date.value;
        auto digits = [&](std::size_t from, std::size_t n) {
            if (v.size() < from + n) return false;
            return std::all_of(v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(from + n),
                               [](char c) { return c >= '0' && c <= '9'; });
        };
        if (!digits(0, 4)) continue;
        std::string prefix(schema::prefix::mentioned);
        doc.add_boolean_term(prefix + v.substr(0, 4));
        if (v.size() >= 7 && v[4] == '-' && digits(5, 2)) {
            std::string month = v.substr(0, 7);
            doc.add_boolean_term(prefix + month);
            add_unique(months, seen, month);
            if (v.size() >= 10 && v[7] == '-' && digits(8, 2)) doc.add_boolean_term(prefix + v.substr(0, 10));
        }
    }
    if (!months.empty()) {
        std::sort(months.begin(), months.end());
        doc.add_value(schema::slot::mentioned_months, join_values(months));
    }
}

}  // namespace newsdex::index
