#include "console.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>

namespace QuotaScope::Console {

namespace {

/// The console handle behind a C stream, or nullptr when the stream is not attached to a console.
HANDLE consoleHandle(std::FILE *stream)
{
    if (!stream)
        return nullptr;
    const int fd = _fileno(stream);
    // _isatty is true for every character device, the NUL device included; GetConsoleMode below is
    // what tells a real console apart.
    if (fd < 0 || !_isatty(fd))
        return nullptr;
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (handle == INVALID_HANDLE_VALUE || handle == nullptr)
        return nullptr;
    DWORD mode = 0;
    return GetConsoleMode(handle, &mode) ? handle : nullptr;
}

} // namespace

struct EchoGuard::SavedMode
{
    HANDLE handle;
    DWORD mode;
};

bool isTerminal(std::FILE *stream)
{
    return consoleHandle(stream) != nullptr;
}

EchoGuard::EchoGuard(std::FILE *input)
    : m_input(input)
{
    const HANDLE handle = consoleHandle(input);
    DWORD mode = 0;
    if (!handle || !GetConsoleMode(handle, &mode))
        return;
    // ENABLE_ECHO_INPUT only has an effect with ENABLE_LINE_INPUT, which stays on: the token is still
    // read a line at a time.
    if (!SetConsoleMode(handle, mode & ~DWORD(ENABLE_ECHO_INPUT)))
        return;
    m_saved = std::make_unique<SavedMode>();
    m_saved->handle = handle;
    m_saved->mode = mode;
}

EchoGuard::~EchoGuard()
{
    if (m_saved)
        SetConsoleMode(m_saved->handle, m_saved->mode);
}

} // namespace QuotaScope::Console
