// Handles are opened lazily and reopened on every lease: Xapian's reopen() is a cheap check of the revision,
// and a stub file or directory whose time changed (new segments, an index made after the server started) is
// opened afresh.
#include "server/index_pool.h"

#include <algorithm>

#include "core/error.h"

namespace newsdex::server {

IndexPool::IndexPool(std::vector<std::string> locations, unsigned size, const text::AliasTable* aliases)
    : locations_(std::move(locations)), aliases_(aliases) {
    for (unsigned i = 0; i < std::max(size, 1U); ++i) {
        handles_.push_back(std::make_unique<IndexHandle>());
        free_.push_back(handles_.back().get());
    }
}

IndexPool::Lease::~Lease() {
    if (handle_ != nullptr) pool_->release(handle_);
}

IndexHandle& IndexPool::Lease::fresh() {
    pool_->refresh(*handle_);
    return *handle_;
}

std::optional<IndexPool::Lease> IndexPool::acquire(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    if (waiters_.empty() && !free_.empty()) {
        IndexHandle* handle = free_.back();
        free_.pop_back();
        return Lease(*this, handle);
    }
    Waiter me;
    waiters_.push_back(&me);
    if (!me.handed.wait_for(lock, wait, [&] { return me.handle != nullptr; })) {
        waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &me));
        return std::nullopt;
    }
    return Lease(*this, me.handle);  // release() took `me` off the queue
}

std::size_t IndexPool::waiting() const {
    std::lock_guard lock(mutex_);
    return waiters_.size();
}

void IndexPool::release(IndexHandle* handle) {
    std::lock_guard lock(mutex_);
    if (waiters_.empty()) {
        free_.push_back(handle);
        return;
    }
    Waiter* next = waiters_.front();
    waiters_.pop_front();
    next->handle = handle;
    next->handed.notify_one();  // under the lock: `next` lives on its thread's stack until it wakes
}

std::vector<std::filesystem::file_time_type> IndexPool::location_times() const {
    std::vector<std::filesystem::file_time_type> times;
    for (const auto& location : locations_) {
        std::error_code ec;
        auto time = search::is_remote_location(location) ? std::filesystem::file_time_type()
                                                         : std::filesystem::last_write_time(location, ec);
        times.push_back(ec ? std::filesystem::file_time_type() : time);
    }
    return times;
}

void IndexPool::open(IndexHandle& handle) {
    handle = IndexHandle();
    auto times = location_times();
    Xapian::Database db = search::open_index(locations_);  // throws Error(index) when missing or unreadable
    handle.searcher = std::make_unique<search::Searcher>(db, aliases_);
    // A server runs many searches on one handle, as `batch` does: facets count from in-memory columns, loaded on
    // first use and dropped when the index changes (search/facet_columns.h). The page's first search counts six
    // facets over every article: 124-208 ms on Reuters-21578 from the value slots. Not over xapian-tcpsrv, where
    // loading a column reads every document across the network.
    bool local = std::none_of(locations_.begin(), locations_.end(), search::is_remote_location);
    if (local) handle.searcher->keep_columns();
    handle.db = std::move(db);
    handle.opened_times = std::move(times);
}

void IndexPool::refresh(IndexHandle& handle) {
    if (!handle.db || location_times() != handle.opened_times) {
        open(handle);
        return;
    }
    try {
        if (handle.db->reopen()) {
            handle.searcher->reopen();
            handle.stats.reset();
        }
    } catch (const Xapian::Error&) {
        open(handle);  // the index was replaced or damaged: try it from scratch, Error(index) if that fails
    }
}

}  // namespace newsdex::server
