// The subcommand table: each subcommand parses its own options and calls the libraries.
#pragma once

namespace newsdex::cli {

// Runs newsdex with the process arguments; returns the exit code.
int run(int argc, char** argv);

}  // namespace newsdex::cli
