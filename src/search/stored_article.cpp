// Reads an article back: document data for the stored fields, value slots for canonical names, the term list
// for every indexed name form and mentioned date, then marks them in the text.
#include "search/stored_article.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/error.h"
#include "index/document_builder.h"
#include "index/schema.h"
#include "index/terms.h"
#include "search/text_marks.h"

namespace newsdex::search {
namespace {

void read_data(const Xapian::Document& doc, StoredArticle& article) {
    nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (!data.is_object()) return;
    article.title = data.value("title", "");
    article.date = data.value("date", "");
    article.source = data.value("source", "");
    article.url = data.value("url", "");
    article.category = data.value("category", "");
    if (data.contains("authors") && data["authors"].is_array()) {
        for (const auto& a : data["authors"]) {
            if (a.is_string()) article.authors.push_back(a.get<std::string>());
        }
    }
    article.has_body = data.contains("body");
    article.body = data.value("body", "");
}

// Indexed name forms by kind ("person" -> {"john kerry", "karry"}) and mentioned dates, from the term list.
void read_terms(const Xapian::Document& doc, std::map<std::string, std::vector<std::string>>& names,
                StoredArticle& article) {
    const std::pair<const char*, std::string> kinds[] = {
        {"person", index::canonical_prefix(schema::prefix::person_text)},
        {"org", index::canonical_prefix(schema::prefix::org_text)},
        {"place", index::canonical_prefix(schema::prefix::place_text)},
        {"source", index::canonical_prefix(schema::prefix::source_text)},
    };
    const std::string mentioned(schema::prefix::mentioned);
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        const std::string term = *it;
        if (term.rfind(mentioned, 0) == 0) {
            article.mentions.push_back(term.substr(mentioned.size()));
            continue;
        }
        for (const auto& [kind, prefix] : kinds) {
            if (term.rfind(prefix, 0) == 0) names[kind].push_back(term.substr(prefix.size()));
        }
    }
    std::sort(article.mentions.begin(), article.mentions.end());
}

// Marks over title + "\n\n" + body (the text the ingester analysed, so dates resolve as they did), then split.
void mark_text(const std::map<std::string, std::vector<std::string>>& names, StoredArticle& article) {
    const std::string text = article.title + "\n\n" + article.body;
    std::vector<TextMark> marks = find_name_marks(text, names);
    std::vector<TextMark> dates = find_date_marks(text, newsdex::parse_date_value(article.date), article.mentions);
    marks.insert(marks.end(), dates.begin(), dates.end());
    const std::size_t body_start = article.title.size() + 2;
    for (auto& mark : without_overlaps(std::move(marks))) {
        if (mark.end <= article.title.size()) {
            mark.field = "title";
        } else if (mark.start >= body_start) {
            mark.field = "body";
            mark.start -= body_start;
            mark.end -= body_start;
        } else {
            continue;  // spans the gap between headline and body
        }
        article.marks.push_back(std::move(mark));
    }
}

}  // namespace

StoredArticle read_stored_article(const Xapian::Database& db, const std::string& id) {
    try {
        std::string unique = index::unique_term(id);
        Xapian::PostingIterator posting = db.postlist_begin(unique);
        if (id.empty() || posting == db.postlist_end(unique)) {
            throw Error(ErrorKind::input, "no article with id '" + id + "' in the index");
        }
        Xapian::Document doc = db.get_document(*posting);
        StoredArticle article;
        article.id = id;
        read_data(doc, article);
        article.language = doc.get_value(schema::slot::language);
        article.persons = index::split_slot_values(doc.get_value(schema::slot::persons));
        article.orgs = index::split_slot_values(doc.get_value(schema::slot::orgs));
        article.places = index::split_slot_values(doc.get_value(schema::slot::places));
        article.sources = index::split_slot_values(doc.get_value(schema::slot::sources));
        std::map<std::string, std::vector<std::string>> names;
        read_terms(doc, names, article);
        mark_text(names, article);
        return article;
    } catch (const Xapian::Error& error) {
        throw Error(ErrorKind::index, "cannot read article '" + id + "': " + error.get_description());
    }
}

}  // namespace newsdex::search
