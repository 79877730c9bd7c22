// A `newsdex serve` on a free loopback port for tests: started in the constructor, stopped (SIGTERM) in the
// destructor, with an HTTP client to it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <httplib.h>

#include "support/cli_harness.h"
#include "support/process.h"

namespace newsdex::test {

class ServeProcess {
public:
    // Runs `newsdex serve --port 0 ARGS...` and waits (up to 20 s) for the URL it prints; throws when it does
    // not come up.
    explicit ServeProcess(const std::vector<std::string>& args);
    ~ServeProcess();

    int port() const noexcept { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    httplib::Client client() const;
    Process& process() noexcept { return *process_; }

private:
    TempDir logs_;
    std::unique_ptr<Process> process_;
    int port_ = 0;
};

}  // namespace newsdex::test
