// Entry points of the subcommands, for the dispatcher in commands.cpp.
#pragma once

#include <string>
#include <vector>

namespace newsdex::cli {

int run_ingest_command(const std::vector<std::string>& args);
int run_query_command(const std::vector<std::string>& args);
int run_analyze_command(const std::vector<std::string>& args);
int run_compact_command(const std::vector<std::string>& args);
int run_similar_command(const std::vector<std::string>& args);
int run_stats_command(const std::vector<std::string>& args);
int run_batch_command(const std::vector<std::string>& args);
int run_eval_command(const std::vector<std::string>& args);
int run_delete_command(const std::vector<std::string>& args);
int run_show_command(const std::vector<std::string>& args);
int run_serve_command(const std::vector<std::string>& args);
int run_extract_command(const std::vector<std::string>& args);
int run_schema_command(const std::vector<std::string>& args);

}  // namespace newsdex::cli
