# Third-party libraries besides Qt: SQLite, OpenSSL (libcrypto), QtKeychain, simdjson, GoogleTest, Google Benchmark.
#
# Installed packages are used first (Debian/Ubuntu: libsqlite3-dev, qtkeychain-qt6-dev, libgtest-dev,
# libbenchmark-dev, libssl-dev). Where a platform has no such packages (Windows with the Qt online installer, macOS
# without Homebrew), QUOTASCOPE_FETCH_DEPS=ON downloads and builds the missing ones from source with
# FetchContent. It is OFF by default so that distribution builds never download anything.
option(QUOTASCOPE_FETCH_DEPS "Download and build SQLite, QtKeychain, simdjson, GoogleTest and Google Benchmark if not found" OFF)

include(FetchContent)
if(POLICY CMP0135)
    cmake_policy(SET CMP0135 NEW) # extracted files get the time of extraction, so rebuilds follow new URLs
endif()

if(QUOTASCOPE_FETCH_DEPS)
    # Everything fetched is linked statically into the executables: nothing extra to deploy next to them.
    set(BUILD_SHARED_LIBS OFF)
endif()

# SQLite: the one copy the cache links (see design.md §7, "One SQLite per process").
find_package(SQLite3)
if(NOT SQLite3_FOUND)
    if(NOT QUOTASCOPE_FETCH_DEPS)
        message(FATAL_ERROR "SQLite3 not found: install its development files (Debian: libsqlite3-dev) "
                            "or configure with -DQUOTASCOPE_FETCH_DEPS=ON to build the amalgamation")
    endif()
    enable_language(C)
    FetchContent_Declare(quotascope_sqlite3
        URL https://www.sqlite.org/2024/sqlite-amalgamation-3460100.zip)
    FetchContent_MakeAvailable(quotascope_sqlite3)
    add_library(quotascope_sqlite3 STATIC ${quotascope_sqlite3_SOURCE_DIR}/sqlite3.c)
    target_include_directories(quotascope_sqlite3 SYSTEM PUBLIC ${quotascope_sqlite3_SOURCE_DIR})
    target_compile_definitions(quotascope_sqlite3 PRIVATE SQLITE_THREADSAFE=1 SQLITE_OMIT_LOAD_EXTENSION)
    if(UNIX)
        find_package(Threads REQUIRED)
        target_link_libraries(quotascope_sqlite3 PUBLIC Threads::Threads ${CMAKE_DL_LIBS})
    endif()
    add_library(SQLite::SQLite3 ALIAS quotascope_sqlite3)
    message(STATUS "SQLite3: building the amalgamation ${quotascope_sqlite3_SOURCE_DIR}")
endif()

# simdjson: optional; the fast path of JSON and JSONL reading (core/ingest/jsonrowparser). Without it those files
# are read by Qt's JSON parser alone, with the same results, several times slower.
find_package(simdjson QUIET)
if(NOT TARGET simdjson::simdjson AND QUOTASCOPE_FETCH_DEPS)
    set(SIMDJSON_DEVELOPER_MODE OFF)
    FetchContent_Declare(simdjson
        URL https://github.com/simdjson/simdjson/archive/refs/tags/v3.0.1.tar.gz)
    FetchContent_MakeAvailable(simdjson)
    if(TARGET simdjson AND NOT TARGET simdjson::simdjson)
        add_library(simdjson::simdjson ALIAS simdjson)
    endif()
endif()
if(TARGET simdjson::simdjson)
    set(QUOTASCOPE_HAVE_SIMDJSON ON)
else()
    set(QUOTASCOPE_HAVE_SIMDJSON OFF)
    message(STATUS "simdjson not found: JSON and JSONL files are read with Qt's parser only (slower)")
endif()

# OpenSSL's libcrypto: only to turn off its exit handler, which races with Qt's detached worker threads when the
# process ends after a PostgreSQL or MySQL connection (platform/process/processexit.h). Required on Linux, where those
# client libraries use the system's OpenSSL; elsewhere used where found.
find_package(OpenSSL QUIET COMPONENTS Crypto)
if(NOT TARGET OpenSSL::Crypto)
    if(UNIX AND NOT APPLE)
        message(FATAL_ERROR "OpenSSL not found: install its development files (Debian: libssl-dev)")
    endif()
    message(STATUS "OpenSSL not found: its exit handler stays on")
endif()

# QtKeychain: optional; without it tokens can only be used for the session (see platform/keychain).
find_package(Qt6Keychain QUIET)
if(NOT TARGET qt6keychain AND QUOTASCOPE_FETCH_DEPS)
    set(BUILD_WITH_QT6 ON)
    set(BUILD_WITH_QT5 OFF)
    set(BUILD_TRANSLATIONS OFF)
    set(BUILD_TEST_APPLICATION OFF)
    # EXCLUDE_FROM_ALL also leaves out its install rules (static library, headers, CMake config), which
    # have no place in the app's packages.
    if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.28)
        FetchContent_Declare(qtkeychain
            GIT_REPOSITORY https://github.com/frankosterfeld/qtkeychain.git
            GIT_TAG 0.15.0
            GIT_SHALLOW ON
            EXCLUDE_FROM_ALL)
        FetchContent_MakeAvailable(qtkeychain)
    else()
        FetchContent_Declare(qtkeychain
            GIT_REPOSITORY https://github.com/frankosterfeld/qtkeychain.git
            GIT_TAG 0.15.0
            GIT_SHALLOW ON)
        FetchContent_GetProperties(qtkeychain)
        if(NOT qtkeychain_POPULATED)
            FetchContent_Populate(qtkeychain)
            add_subdirectory(${qtkeychain_SOURCE_DIR} ${qtkeychain_BINARY_DIR} EXCLUDE_FROM_ALL)
        endif()
    endif()
    # A static build exports nothing: tell its header so, or MSVC looks for __declspec(dllimport) symbols.
    target_compile_definitions(qt6keychain PUBLIC QT6KEYCHAIN_STATIC_DEFINE)
    # Uninstalled, its header is <qtkeychain/keychain.h>; installed packages use <qt6keychain/keychain.h>.
    set(forward_dir ${CMAKE_BINARY_DIR}/fetched-include)
    file(WRITE ${forward_dir}/qt6keychain/keychain.h "#pragma once\n#include <qtkeychain/keychain.h>\n")
    target_include_directories(qt6keychain SYSTEM INTERFACE $<BUILD_INTERFACE:${forward_dir}>)
endif()

if(QUOTASCOPE_BUILD_TESTS)
    find_package(GTest QUIET)
    if(NOT TARGET GTest::gtest AND QUOTASCOPE_FETCH_DEPS)
        set(INSTALL_GTEST OFF)
        # MSVC: link the C runtime the same way as the rest of the project (the DLL runtime).
        set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
        FetchContent_Declare(googletest
            URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz)
        FetchContent_MakeAvailable(googletest)
    endif()
    if(NOT TARGET GTest::gtest)
        message(FATAL_ERROR "GoogleTest not found: install it (Debian: libgtest-dev libgmock-dev), configure "
                            "with -DQUOTASCOPE_FETCH_DEPS=ON, or turn the tests off (-DQUOTASCOPE_BUILD_TESTS=OFF)")
    endif()

    if(QUOTASCOPE_BUILD_BENCH)
        find_package(benchmark QUIET)
        if(NOT TARGET benchmark::benchmark AND QUOTASCOPE_FETCH_DEPS)
            set(BENCHMARK_ENABLE_TESTING OFF)
            set(BENCHMARK_ENABLE_GTEST_TESTS OFF)
            set(BENCHMARK_ENABLE_INSTALL OFF)
            set(BENCHMARK_ENABLE_WERROR OFF)
            FetchContent_Declare(benchmark
                URL https://github.com/google/benchmark/archive/refs/tags/v1.8.3.tar.gz)
            FetchContent_MakeAvailable(benchmark)
        endif()
    endif()
endif()
