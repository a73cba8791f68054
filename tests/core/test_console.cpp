#include "console/console.h"
#include "support/tempcache.h"

#include <QFile>
#include <QtGlobal>

#include <cstdio>
#include <memory>

#include <gtest/gtest.h>

#ifndef Q_OS_WIN
// Only the tests open pipes and pseudo-terminals; the code under test keeps its POSIX calls in
// platform/console/console_posix.cpp.
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace QuotaScope;

namespace {

struct FileCloser
{
    void operator()(std::FILE *f) const
    {
        if (f)
            std::fclose(f);
    }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

} // namespace

TEST(ConsoleTest, NoStreamIsNoTerminal)
{
    EXPECT_FALSE(Console::isTerminal(nullptr));
    const Console::EchoGuard guard(nullptr);
    EXPECT_FALSE(guard.active());
}

TEST(ConsoleTest, RegularFileIsNoTerminalAndStaysReadable)
{
    // A named file in a temporary folder: MSVC's std::tmpfile() writes to the drive's root, often read-only.
    const QuotaScope::Test::TempDir dir;
    const File file(std::fopen(QFile::encodeName(dir.path(QStringLiteral("token.txt"))).constData(), "w+"));
    ASSERT_TRUE(file);
    ASSERT_GE(std::fputs("secret-token\n", file.get()), 0);
    std::rewind(file.get());
    EXPECT_FALSE(Console::isTerminal(file.get()));
    char line[32] = {};
    {
        const Console::EchoGuard guard(file.get());
        EXPECT_FALSE(guard.active());
        ASSERT_NE(std::fgets(line, sizeof line, file.get()), nullptr);
    }
    EXPECT_STREQ(line, "secret-token\n");
}

#ifndef Q_OS_WIN

TEST(ConsoleTest, PipeIsNoTerminal)
{
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const File reader(fdopen(fds[0], "r"));
    const File writer(fdopen(fds[1], "w"));
    ASSERT_TRUE(reader && writer);
    EXPECT_FALSE(Console::isTerminal(reader.get()));
    EXPECT_FALSE(Console::isTerminal(writer.get()));
    const Console::EchoGuard guard(reader.get());
    EXPECT_FALSE(guard.active());
}

/// A pseudo-terminal: the closest thing to a user at a keyboard that a test can open.
class PseudoTerminalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
            GTEST_SKIP() << "no pseudo-terminals here";
        const char *name = ptsname(m_master);
        ASSERT_NE(name, nullptr);
        // O_NOCTTY: the test must not become the terminal's controlling process.
        const int fd = open(name, O_RDWR | O_NOCTTY);
        ASSERT_GE(fd, 0) << name;
        m_terminal.reset(fdopen(fd, "r+"));
        ASSERT_TRUE(m_terminal) << name;
    }
    void TearDown() override
    {
        m_terminal.reset();
        if (m_master >= 0)
            close(m_master);
    }

    tcflag_t localFlags() const
    {
        termios mode = {};
        EXPECT_EQ(tcgetattr(fileno(m_terminal.get()), &mode), 0);
        return mode.c_lflag;
    }

    int m_master = -1;
    File m_terminal;
};

TEST_F(PseudoTerminalTest, IsATerminal)
{
    EXPECT_TRUE(Console::isTerminal(m_terminal.get()));
}

TEST_F(PseudoTerminalTest, EchoIsOffWhileTheGuardLivesAndRestoredAfter)
{
    const tcflag_t before = localFlags();
    ASSERT_TRUE(before & ECHO) << "a new terminal echoes";
    {
        const Console::EchoGuard guard(m_terminal.get());
        EXPECT_TRUE(guard.active());
        const tcflag_t during = localFlags();
        EXPECT_FALSE(during & ECHO);
        EXPECT_EQ(during | ECHO, before) << "only echo is switched off";
    }
    EXPECT_EQ(localFlags(), before);
}

#endif
