// Parallel batch search: workers take queries by index from an atomic counter; the caller emits in order.
#include "search/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "core/error.h"
#include "search/searcher.h"

namespace newsdex::search {

BatchOutcome run_one(Searcher& searcher, const BatchQuery& query) {
    BatchOutcome out;
    out.line = query.line;
    out.id = query.spec.id;
    if (!query.ok()) {
        out.error = query.error;
        return out;
    }
    try {
        out.result = searcher.search(query.spec);
    } catch (const Error& error) {
        out.error = error.reason();
        out.column = error.column();
    }
    return out;
}

namespace {

// In-memory facet columns are read from the value slots once; over xapian-tcpsrv that read crosses the network
// for every document (seconds for Reuters-21578), while the match spies run on the servers.
bool columns_pay_off(const std::vector<std::string>& locations) {
    return std::none_of(locations.begin(), locations.end(), is_remote_location);
}

}  // namespace

void run_batch(const std::vector<BatchQuery>& queries, const BatchRunOptions& options,
               const std::function<void(const BatchOutcome&)>& sink) {
    unsigned threads = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(queries.size())));
    if (threads <= 1) {
        Searcher searcher(open_index(options.index), options.aliases);
        if (columns_pay_off(options.index)) searcher.keep_columns();  // many queries (facet_columns.h)
        for (const auto& query : queries) sink(run_one(searcher, query));
        return;
    }
    // Open every handle up front so a missing index fails once, before any output.
    std::vector<Xapian::Database> handles;
    for (unsigned t = 0; t < threads; ++t) handles.push_back(open_index(options.index));

    std::vector<std::optional<BatchOutcome>> done(queries.size());
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable ready;
    std::exception_ptr failure;
    auto work = [&](Xapian::Database db) {
        try {
            Searcher searcher(std::move(db), options.aliases);
            if (columns_pay_off(options.index)) searcher.keep_columns();
            for (std::size_t i; (i = next.fetch_add(1)) < queries.size();) {
                BatchOutcome outcome = run_one(searcher, queries[i]);
                std::lock_guard lock(mutex);
                done[i] = std::move(outcome);
                ready.notify_one();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure) failure = std::current_exception();
            next.store(queries.size());
            ready.notify_one();
        }
    };
    std::vector<std::jthread> workers;
    for (auto& handle : handles) workers.emplace_back(work, std::move(handle));
    for (std::size_t i = 0; i < queries.size(); ++i) {
        BatchOutcome outcome;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return done[i].has_value() || failure; });
            if (!done[i]) break;
            outcome = std::move(*done[i]);
            done[i].reset();
        }
        sink(outcome);  // outside the lock: printing must not stall the workers
    }
    workers.clear();  // joins
    if (failure) std::rethrow_exception(failure);
}

}  // namespace newsdex::search
