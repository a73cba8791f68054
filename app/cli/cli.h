#pragma once

#include <QStringList>

namespace QuotaScope::Cli {

/// Exit codes: 0 ok, 1 failure, 2 usage error.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

/// Runs one command line (args[0] is the program name).
int run(const QStringList &args);

} // namespace QuotaScope::Cli
