// Where newsdex finds its shipped data files (NER model, alias table).
#pragma once

#include <filesystem>

namespace newsdex {

// $NEWSDEX_DATA_DIR if set, else the source tree's data/ recorded at build time.
std::filesystem::path data_dir();

}  // namespace newsdex
