# newsdex_library(NAME DEPS...): a static library from every .cpp in the current folder.
# Globbing keeps parallel work from colliding on one CMakeLists; CONFIGURE_DEPENDS re-globs on build.
function(newsdex_library name)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(${name} PUBLIC ${ARGN})
endfunction()

# newsdex_test_support(): one library with the Catch2 main and tests/support/*, compiled once for every test binary.
function(newsdex_test_support)
  file(GLOB support CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/support/*.cpp")
  add_library(newsdex_test_support STATIC "${CMAKE_CURRENT_SOURCE_DIR}/catch_main.cpp" ${support})
  target_include_directories(newsdex_test_support PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
  # support/serve_process.cpp talks HTTP to `newsdex serve`; support/shared_data.cpp reads gzipped data sets.
  target_link_libraries(newsdex_test_support PUBLIC Catch2::Catch2 PkgConfig::HTTPLIB ZLIB::ZLIB)
  target_compile_definitions(newsdex_test_support PUBLIC
    NEWSDEX_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    NEWSDEX_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    NEWSDEX_BINARY="$<TARGET_FILE:newsdex>")
endfunction()

# newsdex_test_binary(LIB DEPS...): one Catch2 binary per library from tests/<lib>/*_test.cpp.
function(newsdex_test_binary lib)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${lib}/*_test.cpp")
  if(NOT sources)
    return()
  endif()
  set(target test_${lib})
  add_executable(${target} ${sources})
  target_link_libraries(${target} PRIVATE ${ARGN} newsdex_test_support)
  if(lib STREQUAL "cli")
    add_dependencies(${target} newsdex)
  endif()
  catch_discover_tests(${target} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()
