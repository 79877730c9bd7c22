// The one error type of newsdex: what went wrong, where, and which exit code it maps to.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace newsdex {

enum class ErrorKind {
    usage,  // bad command-line options: exit 2
    query,  // malformed query: exit 2
    input,  // a bad article or batch line (usually reported, not thrown)
    index,  // index missing, locked or corrupt: exit 3
    io,     // file system failure: exit 3
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string reason, std::string file = {}, std::size_t line = 0, std::size_t column = 0);

    ErrorKind kind() const noexcept { return kind_; }
    const std::string& file() const noexcept { return file_; }
    std::size_t line() const noexcept { return line_; }
    std::size_t column() const noexcept { return column_; }
    const std::string& reason() const noexcept { return reason_; }

    // Exit code as grep/ripgrep use them: 2 usage or query, 3 index or I/O, 1 input.
    int exit_code() const noexcept;

private:
    ErrorKind kind_;
    std::string reason_;
    std::string file_;
    std::size_t line_;
    std::size_t column_;
};

// "file:line: reason" (parts that are unknown are left out), the file name escaped (escape_file_name).
std::string describe(const Error& error);

// A file name fit for one line of a terminal: control bytes (newline, ESC...) and DEL become \n, \t, \r or \xHH,
// so a hostile name cannot split a diagnostic or send escape sequences to the terminal (issue 17).
std::string escape_file_name(const std::string& name);

namespace exit_code {
constexpr int found = 0;
constexpr int nothing_found = 1;  // also: done, but some items failed
constexpr int usage = 2;
constexpr int failure = 3;
}  // namespace exit_code

}  // namespace newsdex
