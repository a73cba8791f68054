#include "cliio.h"

namespace QuotaScope::Cli {

int cmdRender(const QStringList &, Io &io)
{
    io.error(QStringLiteral("render: this build has no GUI libraries (configure with QUOTASCOPE_BUILD_GUI=ON)"));
    return Failure;
}

} // namespace QuotaScope::Cli
