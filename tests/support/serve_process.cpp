// Starting and stopping a test server; the port comes from the line `serve` prints.
#include "support/serve_process.h"

#include <csignal>
#include <stdexcept>
#include <thread>

namespace newsdex::test {

ServeProcess::ServeProcess(const std::vector<std::string>& args) {
    std::vector<std::string> full = {"serve", "--port", "0"};
    full.insert(full.end(), args.begin(), args.end());
    process_ = std::make_unique<Process>(full, logs_ / "out", logs_ / "err");
    const std::string marker = "http://127.0.0.1:";
    for (int i = 0; i < 400; ++i) {
        std::string out = process_->out();
        std::size_t at = out.find(marker);
        if (at != std::string::npos && out.find('/', at + marker.size()) != std::string::npos) {
            port_ = std::stoi(out.substr(at + marker.size()));
            return;
        }
        if (!process_->running()) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("newsdex serve did not start: " + process_->err());
}

ServeProcess::~ServeProcess() {
    process_->signal(SIGTERM);
    process_->wait_for(std::chrono::seconds(10));
}

httplib::Client ServeProcess::client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
}

}  // namespace newsdex::test
