// Lookup of the embedded web files by URL path.
#include "server/web_assets.h"

namespace newsdex::server {

const WebAsset* find_web_asset(std::string_view path) {
    if (path == "/") path = "/index.html";
    for (const auto& asset : web_assets()) {
        if (asset.path == path) return &asset;
    }
    return nullptr;
}

}  // namespace newsdex::server
