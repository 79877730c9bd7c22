// Deletion by unique term and by vanished input file (the XFILE terms of schema.h).
#include "index/removal.h"

#include <filesystem>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/terms.h"

namespace newsdex::index {
namespace fs = std::filesystem;

namespace {

// The path an XFILE term names: the term itself unless make_term cut it, else the document data's "file".
std::string path_of_file_term(Xapian::Database& db, const std::string& term) {
    std::string path = term.substr(schema::prefix::file.size());
    if (make_term(schema::prefix::file, path) == term) return path;
    auto posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return {};
    auto data = nlohmann::json::parse(db.get_document(*posting).get_data(), nullptr, false);
    return data.is_object() ? data.value("file", std::string()) : std::string();
}

// The real path of a root, even when the root itself is gone (its parent is resolved instead).
std::string real_root(const std::string& root) {
    std::error_code ec;
    fs::path absolute = fs::absolute(root, ec).lexically_normal();
    fs::path real = fs::weakly_canonical(absolute, ec);
    std::string out = (ec ? absolute : real).string();
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    return out;
}

}  // namespace

Removed remove_articles(ShardedWriter& writer, const std::vector<std::string>& ids) {
    Removed removed;
    for (const auto& id : ids) {
        std::size_t n = writer.remove(unique_term(id));
        if (n == 0) removed.missing.push_back(id);
        removed.articles += n;
    }
    return removed;
}

std::size_t prune_missing_files(ShardedWriter& writer, const std::vector<std::string>& roots,
                                std::vector<std::string>& gone) {
    Xapian::Database& db = writer.database();
    std::set<std::string> doomed;
    for (const auto& root : roots) {
        std::string real = real_root(root);
        // The root itself (a file) and everything under it (a directory); "/a/b" must not match "/a/bc".
        std::string base = make_term(schema::prefix::file, real);
        for (auto it = db.allterms_begin(base); it != db.allterms_end(base); ++it) {
            const std::string term = *it;
            if (term != base && term.compare(base.size(), 1, "/") != 0) continue;
            std::string path = path_of_file_term(db, term);
            std::error_code ec;
            if (!path.empty() && !fs::exists(path, ec) && !ec) doomed.insert(term);
        }
    }
    std::size_t removed = 0;
    for (const auto& term : doomed) {
        gone.push_back(path_of_file_term(db, term));
        removed += writer.remove(term);
    }
    return removed;
}

}  // namespace newsdex::index
