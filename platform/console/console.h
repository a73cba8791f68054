#pragma once

#include <cstdio>
#include <memory>

/*
 * The CLI's only contact with the operating system's terminal. console_posix.cpp implements it with
 * isatty/termios, console_win.cpp with the Win32 console API; CMake builds the one that fits.
 */
namespace QuotaScope::Console {

/// True when stream is an interactive terminal (not a file, a pipe or, on Windows, the NUL device).
bool isTerminal(std::FILE *stream);

/**
 * Turns off echo on an input terminal while it lives (for typing an access token) and restores the
 * terminal's previous mode when destroyed. Does nothing when the stream is not a terminal.
 */
class EchoGuard
{
public:
    explicit EchoGuard(std::FILE *input);
    ~EchoGuard();
    EchoGuard(const EchoGuard &) = delete;
    EchoGuard &operator=(const EchoGuard &) = delete;

    /// True when echo was switched off and will be restored.
    bool active() const { return m_saved != nullptr; }

private:
    struct SavedMode;
    std::FILE *m_input;
    std::unique_ptr<SavedMode> m_saved;
};

} // namespace QuotaScope::Console
