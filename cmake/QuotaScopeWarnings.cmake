# Compiler warnings for QuotaScope's own targets. Third-party code (Qt, GoogleTest, Google Benchmark,
# QtKeychain, SQLite) is never given these flags: imported targets' headers are system headers, and
# fetched dependencies are built with their own settings.
#
#   quotascope_set_warnings(<target>...)
#
# QUOTASCOPE_WERROR turns warnings into errors; the CI preset sets it so a new warning fails the build.
option(QUOTASCOPE_WERROR "Treat compiler warnings as errors in QuotaScope's own code" OFF)

function(quotascope_set_warnings)
    foreach(target IN LISTS ARGN)
        if(MSVC)
            # /utf-8: sources are UTF-8 (¥, €, …, Chinese text); /permissive-: standard conformance, as GCC and
            # Clang have; /Zc:__cplusplus: report the real C++ version to headers that test for it.
            target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive- /Zc:__cplusplus)
            # Standard C calls (fopen, getenv) stay: the "_s" replacements MSVC suggests are not portable.
            target_compile_definitions(${target} PRIVATE _CRT_SECURE_NO_WARNINGS)
            if(QUOTASCOPE_WERROR)
                target_compile_options(${target} PRIVATE /WX)
            endif()
        elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
            target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
            if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
                # Qt's logging macros are used as qCDebug(category) << ...: no argument for their "...", which
                # Clang's -Wpedantic reports in C++17 (C++20 allows it). GCC does not.
                target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
            endif()
            if(QUOTASCOPE_WERROR)
                target_compile_options(${target} PRIVATE -Werror)
            endif()
        endif()
    endforeach()
endfunction()
