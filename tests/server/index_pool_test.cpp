// IndexPool hands out index handles first come, first served (issue 19: a long latency tail under load).
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "server/index_pool.h"

using namespace std::chrono_literals;
using newsdex::server::IndexPool;

namespace {

// Handles open lazily (Lease::fresh), so these tests need no index.
IndexPool one_handle_pool() { return IndexPool({"/nonexistent/newsdex-index"}, 1, nullptr); }

void wait_until_waiting(const IndexPool& pool, std::size_t n) {
    while (pool.waiting() < n) std::this_thread::sleep_for(1ms);
}

}  // namespace

TEST_CASE("index pool: a freed handle goes to the request that waited, not to one arriving just then", "[unit]") {
    IndexPool pool = one_handle_pool();
    auto held = pool.acquire(0ms);
    REQUIRE(held);
    std::promise<void> checked;
    auto waited = std::async(std::launch::async, [&] {
        auto lease = pool.acquire(10s);
        checked.get_future().wait();  // holds the handle until the main thread has asked
        return lease.has_value();
    });
    wait_until_waiting(pool, 1);
    held.reset();  // frees the only handle while a request waits for it
    // Before issue 19's fix the handle went back to the free list, and whoever asked next took it.
    CHECK_FALSE(pool.acquire(0ms));
    checked.set_value();
    CHECK(waited.get());
}

TEST_CASE("index pool: waiting requests get handles in the order they asked", "[unit]") {
    IndexPool pool = one_handle_pool();
    auto held = pool.acquire(0ms);
    REQUIRE(held);
    std::mutex mutex;
    std::vector<int> order;
    std::vector<std::future<void>> waiting;
    for (int i = 0; i < 4; ++i) {
        waiting.push_back(std::async(std::launch::async, [&, i] {
            auto lease = pool.acquire(10s);  // Catch's macros are not for other threads: `order` tells
            if (!lease) return;
            std::lock_guard lock(mutex);
            order.push_back(i);
        }));
        wait_until_waiting(pool, static_cast<std::size_t>(i) + 1);
    }
    held.reset();
    for (auto& w : waiting) w.get();
    CHECK(order == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("index pool: a request that waits too long gets nothing and leaves the queue", "[unit]") {
    IndexPool pool = one_handle_pool();
    auto held = pool.acquire(0ms);
    REQUIRE(held);
    CHECK_FALSE(pool.acquire(20ms));
    CHECK(pool.waiting() == 0);
    held.reset();
    CHECK(pool.acquire(0ms));
}
