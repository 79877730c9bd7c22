// Error construction, exit-code mapping and message formatting.
#include "core/error.h"

namespace newsdex {

Error::Error(ErrorKind kind, std::string reason, std::string file, std::size_t line, std::size_t column)
    : std::runtime_error(reason),
      kind_(kind),
      reason_(std::move(reason)),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

int Error::exit_code() const noexcept {
    switch (kind_) {
        case ErrorKind::usage:
        case ErrorKind::query: return exit_code::usage;
        case ErrorKind::input: return exit_code::nothing_found;
        case ErrorKind::index:
        case ErrorKind::io: return exit_code::failure;
    }
    return exit_code::failure;
}

std::string describe(const Error& error) {
    std::string out;
    if (!error.file().empty()) {
        out += escape_file_name(error.file());
        if (error.line() > 0) out.append(":").append(std::to_string(error.line()));
        if (error.column() > 0) out.append(":").append(std::to_string(error.column()));
        out += ": ";
    }
    out += error.reason();
    return out;
}

std::string escape_file_name(const std::string& name) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7F) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

}  // namespace newsdex
