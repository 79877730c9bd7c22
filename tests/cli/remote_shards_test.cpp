// Issue 6: two shards served by two xapian-tcpsrv on loopback answer exactly as the one-database index: same
// hits, same scores, same facet counts.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

namespace newsdex::test {
namespace {

std::string find_tcpsrv() {
    for (const char* dir : {"/usr/bin", "/usr/local/bin"}) {
        std::string path = std::string(dir) + "/xapian-tcpsrv";
        if (access(path.c_str(), X_OK) == 0) return path;
    }
    return {};
}

// A port nobody listens on now (the kernel picks it); the server binds it right after.
int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        if (fd >= 0) close(fd);
        return 0;
    }
    close(fd);
    return ntohs(addr.sin_port);
}

bool accepting(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
}

// One xapian-tcpsrv serving one shard on 127.0.0.1, stopped when the object goes away.
class TcpServer {
public:
    TcpServer(const std::string& binary, const std::string& database) {
        for (int attempt = 0; attempt < 5 && pid_ <= 0; ++attempt) {
            port_ = free_port();
            pid_t pid = fork();
            if (pid == 0) {
                // Own process group: on SIGTERM xapian-tcpsrv signals its whole group (its connection children),
                // which would otherwise include this test. Its per-connection "broken pipe" chatter is dropped.
                setpgid(0, 0);
                int null = open("/dev/null", O_WRONLY);
                if (null >= 0) dup2(null, 2);
                std::string port = std::to_string(port_);
                execl(binary.c_str(), binary.c_str(), "--quiet", "--interface", "127.0.0.1", "--port", port.c_str(),
                      database.c_str(), static_cast<char*>(nullptr));
                _exit(127);
            }
            // Wait until it listens, or until it exits (port taken meanwhile: try another).
            for (int i = 0; i < 100; ++i) {
                if (accepting(port_)) {
                    pid_ = pid;
                    break;
                }
                int status = 0;
                if (waitpid(pid, &status, WNOHANG) == pid) break;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            if (pid_ <= 0 && waitpid(pid, nullptr, WNOHANG) == 0) {
                kill(pid, SIGKILL);
                waitpid(pid, nullptr, 0);
            }
        }
    }
    ~TcpServer() {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            waitpid(pid_, nullptr, 0);
        }
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;
    bool running() const { return pid_ > 0; }
    std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

private:
    pid_t pid_ = -1;
    int port_ = 0;
};

nlohmann::json query(const std::vector<std::string>& indexes, const std::string& text) {
    std::vector<std::string> args = {"query",   "--format", "json",    "--limit", "100",           "--facet", "person",
                                     "--facet", "place",    "--facet", "year",    "--facet-limit", "0"};
    for (const auto& index : indexes) {
        args.push_back("--index");
        args.push_back(index);
    }
    args.push_back(text);
    RunResult r = run_newsdex(args);
    INFO(text << ": " << r.err);
    REQUIRE(r.exit_code <= 1);
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("two shards behind two xapian-tcpsrv answer as the single-database index", "[integration]") {
    std::string tcpsrv = find_tcpsrv();
    if (tcpsrv.empty()) {
        std::cerr << "skipped: xapian-tcpsrv not installed (Debian package xapian-tools)\n";
        std::exit(skip_code);
    }
    TempDir dir;
    std::string corpus = (source_dir() / "corpus").string();
    REQUIRE(run_newsdex({"ingest", corpus, "--index", dir / "single", "--threads", "1", "--quiet"}).exit_code <= 1);
    REQUIRE(run_newsdex({"ingest", corpus, "--index", dir / "sharded", "--shards", "2", "--quiet"}).exit_code <= 1);
    TcpServer shard0(tcpsrv, dir / "sharded/shard0");
    TcpServer shard1(tcpsrv, dir / "sharded/shard1");
    REQUIRE(shard0.running());
    REQUIRE(shard1.running());

    for (std::string text :
         {"kerry", "talks OR ceasefire", "bank rates", "\"prime minister\"", "merkel AND refugees"}) {
        nlohmann::json local = query({dir / "single"}, text);
        nlohmann::json remote = query({shard0.url(), shard1.url()}, text);
        INFO(text);
        CHECK(remote["total"] == local["total"]);
        // Equal scores may come in another order (ties break by document id, which differs): compare id -> score.
        std::map<std::string, double> want, got;
        for (const auto& hit : local["hits"]) want[hit["id"].get<std::string>()] = hit["score"].get<double>();
        for (const auto& hit : remote["hits"]) got[hit["id"].get<std::string>()] = hit["score"].get<double>();
        REQUIRE(got.size() == want.size());
        for (const auto& [id, score] : want) {
            REQUIRE(got.count(id) == 1);
            CHECK(got[id] == Approx(score).epsilon(1e-9));
        }
        CHECK(remote["facets"] == local["facets"]);
    }
    // The stub (local shards) gives the same answers too.
    CHECK(query({dir / "sharded"}, "kerry")["facets"] == query({dir / "single"}, "kerry")["facets"]);

    // `batch` counts over the servers' match spies (no in-memory columns over tcp://) and agrees too.
    std::ofstream(dir / "q.tsv") << "q1\tkerry\nq2\ttalks OR ceasefire\nq3\t\"prime minister\"\n";
    auto batch_facets = [&](const std::vector<std::string>& indexes) {
        std::vector<std::string> args = {"batch", "--queries", dir / "q.tsv",      "--limit",
                                         "5",     "--facet",   "person,place,year"};
        for (const auto& index : indexes) {
            args.push_back("--index");
            args.push_back(index);
        }
        RunResult r = run_newsdex(args);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        std::vector<nlohmann::json> out;
        std::istringstream lines(r.out);
        for (std::string line; std::getline(lines, line);) out.push_back(nlohmann::json::parse(line)["facets"]);
        return out;
    };
    auto local_facets = batch_facets({dir / "single"});
    REQUIRE(local_facets.size() == 3);
    CHECK(!local_facets[0]["person"].empty());
    CHECK(batch_facets({shard0.url(), shard1.url()}) == local_facets);
}

}  // namespace newsdex::test
