# One lookup per dependency; each failure names the Debian package to install (scripts/install-deps does it).
function(newsdex_require found package what)
  if(NOT ${found})
    message(FATAL_ERROR "${what} not found: install the Debian package '${package}' (or run scripts/install-deps)")
  endif()
endfunction()

find_package(xapian CONFIG QUIET)
newsdex_require(XAPIAN_FOUND libxapian-dev "Xapian")

find_package(ICU QUIET COMPONENTS uc i18n)
newsdex_require(ICU_FOUND libicu-dev "ICU")

find_package(Boost 1.74 QUIET COMPONENTS program_options)
newsdex_require(Boost_FOUND libboost-program-options-dev "Boost.Program_options")

find_package(simdjson QUIET)
newsdex_require(simdjson_FOUND libsimdjson-dev "simdjson")

find_package(nlohmann_json 3 QUIET)
newsdex_require(nlohmann_json_FOUND nlohmann-json3-dev "nlohmann-json")

find_package(fmt QUIET)
newsdex_require(fmt_FOUND libfmt-dev "fmt")

find_package(ZLIB QUIET)
newsdex_require(ZLIB_FOUND zlib1g-dev "zlib")

find_package(LibXml2 QUIET)
newsdex_require(LibXml2_FOUND libxml2-dev "libxml2 (HTML parser)")

find_package(Threads REQUIRED)

find_package(Catch2 2 QUIET)
newsdex_require(Catch2_FOUND catch2 "Catch2 v2")

# Xapian's CMake config exports variables, not a target: wrap it in one.
if(NOT TARGET newsdex::xapian)
  add_library(newsdex_xapian INTERFACE)
  target_include_directories(newsdex_xapian SYSTEM INTERFACE ${XAPIAN_INCLUDE_DIR})
  target_link_libraries(newsdex_xapian INTERFACE ${XAPIAN_LIBRARIES})
  add_library(newsdex::xapian ALIAS newsdex_xapian)
endif()

# cpp-httplib: Debian builds it as a shared library with OpenSSL, zlib and Brotli support; its pkg-config
# flags carry the matching CPPHTTPLIB_* defines, which change the classes' layout, so use them as they are.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
endif()
newsdex_require(HTTPLIB_FOUND libcpp-httplib-dev "cpp-httplib")
