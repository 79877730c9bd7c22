// Background newsdex processes for tests that kill, race or time-bound them (cli_harness runs synchronously).
#pragma once

#include <sys/types.h>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "support/cli_harness.h"

namespace newsdex::test {

// A newsdex process running in the background, stdout and stderr going to files (no pipe to fill up, so a
// chatty child never blocks). The destructor SIGKILLs and reaps a child still running.
class Process {
public:
    // Starts NEWSDEX_BINARY with `args`; stdin is /dev/null. `out_file`/`err_file` are created/truncated.
    Process(const std::vector<std::string>& args, const std::string& out_file, const std::string& err_file);
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    pid_t pid() const noexcept { return pid_; }
    bool running();  // false once it has exited (reaps it)

    // Sends `signal` (SIGKILL, SIGINT, SIGTERM...).
    void signal(int signal);

    // Waits up to `timeout`; the exit code (128 + signal when killed), or nullopt when still running.
    std::optional<int> wait_for(std::chrono::milliseconds timeout);
    int wait();  // waits for as long as it takes

    std::string out() const;  // what it printed so far
    std::string err() const;

private:
    pid_t pid_ = -1;
    std::optional<int> exit_code_;
    std::string out_file_, err_file_;
};

// Runs newsdex like run_newsdex, but SIGKILLs it after `timeout`; `timed_out` tells whether that happened.
RunResult run_newsdex_bounded(const std::vector<std::string>& args, std::chrono::milliseconds timeout, bool& timed_out);

// Reads a whole file ("" when it is missing).
std::string read_file(const std::string& path);

}  // namespace newsdex::test
