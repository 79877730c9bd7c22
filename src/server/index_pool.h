// A fixed number of index handles, one per search running at once (Xapian::Database is not thread-safe),
// each reopened before use so a running server sees what an ingest committed since.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/index_stats.h"
#include "search/searcher.h"
#include "text/alias_table.h"

namespace newsdex::server {

// One handle: the database, its Searcher, and stats cached until the index changes.
struct IndexHandle {
    std::optional<Xapian::Database> db;
    std::unique_ptr<search::Searcher> searcher;
    std::vector<std::filesystem::file_time_type> opened_times;  // of the local locations, at open
    std::optional<search::IndexStats> stats;
    std::size_t stats_facet_limit = 0;
};

class IndexPool {
public:
    // `locations` as --index gives them; `size` handles (searches at once); `aliases` outlives the pool.
    IndexPool(std::vector<std::string> locations, unsigned size, const text::AliasTable* aliases);

    // A handle, returned to the pool when the lease goes away.
    class Lease {
    public:
        Lease(IndexPool& pool, IndexHandle* handle) : pool_(&pool), handle_(handle) {}
        ~Lease();
        Lease(Lease&& other) noexcept : pool_(other.pool_), handle_(other.handle_) { other.handle_ = nullptr; }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;

        // The handle, opened or reopened to the index's latest commit. Throws Error(index) when the index
        // cannot be opened (missing, unreadable): the API answers 503.
        IndexHandle& fresh();

    private:
        IndexPool* pool_;
        IndexHandle* handle_;
    };

    // Waits up to `wait` for a free handle; nullopt when none came free (the API answers 503, busy). Handles go
    // to waiting requests first come, first served.
    std::optional<Lease> acquire(std::chrono::milliseconds wait);

    const std::vector<std::string>& locations() const noexcept { return locations_; }
    // Requests waiting for a handle now.
    std::size_t waiting() const;

private:
    // A request waiting for a handle; release() hands one to the longest-waiting request directly, so a request
    // that arrives just as a handle comes free cannot take it from one that has waited (with one condition
    // variable and a free list, a waiter woken late could lose it again and again: a long tail under load).
    struct Waiter {
        IndexHandle* handle = nullptr;
        std::condition_variable handed;
    };

    void release(IndexHandle* handle);
    void refresh(IndexHandle& handle);
    void open(IndexHandle& handle);
    std::vector<std::filesystem::file_time_type> location_times() const;

    std::vector<std::string> locations_;
    const text::AliasTable* aliases_;
    std::vector<std::unique_ptr<IndexHandle>> handles_;
    std::vector<IndexHandle*> free_;
    std::deque<Waiter*> waiters_;  // oldest first
    mutable std::mutex mutex_;
};

}  // namespace newsdex::server
