// Subcommand dispatch (placeholder until the foundation lands).
#include "cli/commands.h"

#include <iostream>

namespace newsdex::cli {

int run(int, char**) {
    std::cout << "newsdex " << NEWSDEX_VERSION << "\n";
    return 0;
}

}  // namespace newsdex::cli
