// The web page's files (web/), compiled into the binary by cmake/embed_files.cmake: no file is read at run time.
#pragma once

#include <string_view>
#include <vector>

namespace newsdex::server {

struct WebAsset {
    std::string_view path;          // "/index.html", "/app.js": the URL path, exactly
    std::string_view content_type;  // from the file's extension
    std::string_view data;
};

// Every embedded file. A request is served only when its path equals one of these, so no path can reach
// outside them (no "..", no file system).
const std::vector<WebAsset>& web_assets();

// The asset for a URL path ("/" is "/index.html"); nullptr when there is none.
const WebAsset* find_web_asset(std::string_view path);

}  // namespace newsdex::server
