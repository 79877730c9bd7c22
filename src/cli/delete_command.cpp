// `newsdex delete ID... | --query Q`: takes articles out of the index, committed at once.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "index/removal.h"
#include "index/schema.h"
#include "search/query_builder.h"
#include "search/searcher.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex delete ID... [--index DIR]\n"
    "       newsdex delete --query QUERY [--index DIR]\n\n"
    "Deletes the articles with these ids (as `query` prints them), or every article the query matches (same\n"
    "syntax as `query`; try it with `query` first). Exit code 1 when an id is not in the index.";

// Ids of every article the query matches, read from the id slot.
std::vector<std::string> ids_matching(const std::string& location, const std::string& text) {
    Xapian::Database db = search::open_index({location});
    search::QuerySpec spec;
    spec.query = text;
    spec.stopwords = false;
    search::QueryBuilder builder(db, nullptr);
    Xapian::Enquire enquire(db);
    enquire.set_query(builder.build(spec).query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<std::string> ids;
    Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        ids.push_back(it.get_document().get_value(schema::slot::id));
    }
    return ids;
}

}  // namespace

int run_delete_command(const std::vector<std::string>& args) {
    std::vector<std::string> index;
    std::vector<std::string> ids;
    std::string query;
    po::options_description options("delete options");
    add_index_option(options, index);
    options.add_options()("id", po::value(&ids)->composing(), "ids of the articles to delete")(
        "query", po::value(&query), "delete every article this query matches")("quiet,q", "no summary line");
    po::positional_options_description positional;
    positional.add("id", -1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    if (ids.empty() == query.empty())
        throw Error(ErrorKind::usage, "delete needs IDs or --query, not both (see --help)");
    auto locations = resolve_index(index);
    if (locations.size() != 1) throw Error(ErrorKind::usage, "delete writes one --index");
    const std::string& location = locations.front();
    // Opening for reading first: a missing index is an error here, not a new empty index.
    search::open_index({location});
    bool by_query = !query.empty();
    if (by_query) ids = ids_matching(location, query);

    index::ShardedWriter writer(location, "english", 0);
    index::Removed removed = index::remove_articles(writer, ids);
    writer.commit();
    for (const auto& id : removed.missing) std::cerr << "newsdex: no article with id '" << id << "'\n";
    if (vm.count("quiet") == 0) {
        std::cout << fmt::format("deleted {}; {} articles in {}\n", removed.articles, writer.document_count(),
                                 location);
    }
    return removed.missing.empty() && removed.articles > 0 ? exit_code::found : exit_code::nothing_found;
}

}  // namespace newsdex::cli
