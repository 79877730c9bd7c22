// fork/exec with output to files, and polling waitpid for timeouts.
#include "support/process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/cli_harness.h"

namespace newsdex::test {
namespace {

int decode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

}  // namespace

Process::Process(const std::vector<std::string>& args, const std::string& out_file, const std::string& err_file)
    : out_file_(out_file), err_file_(err_file) {
    // Opened in the parent: a failure here is a test error, not a silent 127 from the child.
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (in < 0 || out < 0 || err < 0) throw std::runtime_error("cannot open output files for " + out_file);
    std::string binary = NEWSDEX_BINARY;
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    argv.push_back(binary.data());
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execv(binary.c_str(), argv.data());
        _exit(127);
    }
    close(in);
    close(out);
    close(err);
}

Process::~Process() {
    if (!exit_code_ && pid_ > 0) {
        ::kill(pid_, SIGKILL);
        wait();
    }
}

bool Process::running() { return !wait_for(std::chrono::milliseconds(0)).has_value(); }

void Process::signal(int signal) {
    if (!exit_code_) ::kill(pid_, signal);
}

std::optional<int> Process::wait_for(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!exit_code_) {
        int status = 0;
        pid_t got = waitpid(pid_, &status, WNOHANG);
        if (got == pid_) {
            exit_code_ = decode(status);
            break;
        }
        if (got < 0) throw std::runtime_error("waitpid failed");
        if (std::chrono::steady_clock::now() >= deadline) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return exit_code_;
}

int Process::wait() {
    if (!exit_code_) {
        int status = 0;
        if (waitpid(pid_, &status, 0) != pid_) throw std::runtime_error("waitpid failed");
        exit_code_ = decode(status);
    }
    return *exit_code_;
}

std::string Process::out() const { return read_file(out_file_); }
std::string Process::err() const { return read_file(err_file_); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

RunResult run_newsdex_bounded(const std::vector<std::string>& args, std::chrono::milliseconds timeout,
                              bool& timed_out) {
    TempDir dir;
    Process process(args, dir / "out", dir / "err");
    auto code = process.wait_for(timeout);
    timed_out = !code.has_value();
    if (timed_out) {
        process.signal(SIGKILL);
        code = process.wait();
    }
    return {*code, process.out(), process.err()};
}

}  // namespace newsdex::test
