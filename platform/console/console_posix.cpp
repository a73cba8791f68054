#include "console.h"

#include <termios.h>
#include <unistd.h>

namespace QuotaScope::Console {

struct EchoGuard::SavedMode
{
    termios mode;
};

bool isTerminal(std::FILE *stream)
{
    return stream && isatty(fileno(stream)) == 1;
}

EchoGuard::EchoGuard(std::FILE *input)
    : m_input(input)
{
    if (!isTerminal(input))
        return;
    termios mode = {};
    if (tcgetattr(fileno(input), &mode) != 0)
        return;
    termios quiet = mode;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    if (tcsetattr(fileno(input), TCSANOW, &quiet) != 0)
        return;
    m_saved = std::make_unique<SavedMode>();
    m_saved->mode = mode;
}

EchoGuard::~EchoGuard()
{
    if (m_saved)
        tcsetattr(fileno(m_input), TCSANOW, &m_saved->mode);
}

} // namespace QuotaScope::Console
