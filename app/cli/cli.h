#pragma once

#include <QStringList>

namespace QuotaScope::Cli {

/// Runs one command line (args[0] is the program name).
int run(const QStringList &args);

} // namespace QuotaScope::Cli
