// newsdex entry point: dispatches to a subcommand and maps errors to exit codes.
#include "cli/commands.h"

int main(int argc, char** argv) { return newsdex::cli::run(argc, argv); }
