// Endpoint dispatch and the one mapping of errors to HTTP statuses.
#include "server/api.h"

#include "core/error.h"
#include "output/article_printer.h"
#include "output/completion_printer.h"
#include "output/error_printer.h"
#include "output/search_printer.h"
#include "output/stats_printer.h"
#include "search/completion.h"
#include "search/similar.h"
#include "search/stored_article.h"
#include "server/api_params.h"

namespace newsdex::server {
namespace {

int status_for(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::usage:
        case ErrorKind::query: return 400;
        case ErrorKind::input: return 404;  // an id with no article
        case ErrorKind::index:
        case ErrorKind::io: return 503;  // index missing, unreadable or changing: may work later
    }
    return 500;
}

// "/api/article/" + ID -> ID; "" when `path` does not start with `prefix`.
bool strip(const std::string& path, const std::string& prefix, std::string& rest) {
    if (path.rfind(prefix, 0) != 0) return false;
    rest = path.substr(prefix.size());
    return true;
}

}  // namespace

IndexPool::Lease Api::lease() {
    auto lease = pool_.acquire(limits_.handle_wait);
    if (!lease) throw Error(ErrorKind::index, "every search thread is busy; try again");
    return std::move(*lease);
}

ApiResponse Api::handle(const std::string& path, const Params& params) {
    std::string query = params.count("q") ? params.find("q")->second : "";
    try {
        std::string id;
        if (path == "/api/search") return search(params);
        if (path == "/api/stats") return stats(params);
        if (path == "/api/suggest") return suggest(params);
        if (strip(path, "/api/article/", id)) return article(id, params);
        if (strip(path, "/api/similar/", id)) return similar(id, params);
        return {404,
                output::error_to_json(Error(ErrorKind::input, "no API endpoint " + path +
                                                                  " (see docs/api.md: /api/search, /api/article/ID, "
                                                                  "/api/similar/ID, /api/stats, /api/suggest)"))};
    } catch (const Error& error) {
        return {status_for(error.kind()), output::error_to_json(error, path == "/api/search" ? query : "")};
    } catch (const Xapian::Error& error) {
        return {503, output::error_to_json(Error(ErrorKind::index, error.get_description()))};
    }
}

ApiResponse Api::search(const Params& params) {
    search::QuerySpec spec = search_spec(params, limits_);
    auto held = lease();
    return {200, output::to_json(held.fresh().searcher->search(spec))};
}

ApiResponse Api::article(const std::string& id, const Params& params) {
    check_known(params, {});
    auto held = lease();
    return {200, output::article_to_json(search::read_stored_article(*held.fresh().db, id))};
}

ApiResponse Api::similar(const std::string& id, const Params& params) {
    search::SimilarSpec spec = similar_spec(id, params, limits_);
    auto held = lease();
    return {200, output::to_json(search::find_similar(*held.fresh().db, spec))};
}

ApiResponse Api::stats(const Params& params) {
    check_known(params, {"facet-limit"});
    std::size_t facet_limit = number_param(params, "facet-limit", 10, 0, 1000);
    auto held = lease();
    IndexHandle& handle = held.fresh();
    // Stats read every document: kept until the index changes (IndexPool drops them on reopen).
    if (!handle.stats || handle.stats_facet_limit != facet_limit) {
        handle.stats = search::collect_stats(*handle.db, pool_.locations(), facet_limit);
        handle.stats_facet_limit = facet_limit;
    }
    return {200, output::stats_to_json(*handle.stats)};
}

ApiResponse Api::suggest(const Params& params) {
    check_known(params, {"q", "limit"});
    std::string prefix = text_param(params, "q");
    if (prefix.size() > limits_.max_query_bytes) throw Error(ErrorKind::query, "prefix too long");
    std::size_t limit = number_param(params, "limit", 10, 1, limits_.max_limit);
    auto held = lease();
    return {200, output::completions_to_json(prefix, search::complete(*held.fresh().db, prefix, limit))};
}

}  // namespace newsdex::server
