// The process's exit with OpenSSL, which the PostgreSQL and MySQL client libraries use from Qt's worker threads.
#ifdef QUOTASCOPE_HAVE_OPENSSL

#include "process/processexit.h"

#include <QtConcurrent>

#include <gtest/gtest.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdint>
#include <cstdlib>

namespace {

// OpenSSL's OPENSSL_INIT_BASE_ONLY (not in its public header): initialises nothing more, and answers 0, without
// raising an error, once OPENSSL_cleanup() has run.
constexpr std::uint64_t openSslBaseOnly = 0x00040000L;

// Registered before OpenSSL is first used, so it runs after every exit handler registered later, OpenSSL's too.
void exitWithOpenSslState()
{
    std::_Exit(OPENSSL_init_crypto(openSslBaseOnly, nullptr) == 1 ? 0 : 3);
}

} // namespace

// The exit handler that frees every thread's OpenSSL state without a lock races with a detached pool thread still
// ending (a double free at exit, seen under load). main() turns it off first thing, as the app's and the CLI's do.
TEST(ProcessExit, OpenSslHasNoExitHandlerToRaceWithAPoolThreadThatUsedIt)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe"); // a fresh process: main() again, then only this statement
    EXPECT_EXIT(
        {
            std::atexit(exitWithOpenSslState);
            // What the PostgreSQL client library does on a pool thread when it authenticates (the SCRAM nonce).
            const int drawn = QtConcurrent::run([] {
                unsigned char nonce[18];
                return RAND_bytes(nonce, sizeof nonce);
            }).result();
            std::exit(drawn == 1 ? 0 : 4);
        },
        ::testing::ExitedWithCode(0), "")
        << "exit code 3: OpenSSL's exit handler ran and cleaned up; 4: no random bytes";
}

#endif
