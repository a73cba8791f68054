#pragma once

#include "store/cachedb.h"
#include "support/result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace QuotaScope::Cli {

/// Exit codes: 0 ok, 1 failure, 2 usage error.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

/** stdout for results, stderr for errors: one clear line each. */
struct Io
{
    QTextStream out{stdout};
    QTextStream err{stderr};

    void error(const QString &message)
    {
        err << "error: " << message << Qt::endl;
    }
};

/// Adds --help and parses a command's arguments; on a usage error or --help prints and sets *exitCode.
bool parseArgs(QCommandLineParser &p, const QStringList &args, Io &io, int *exitCode);

/// Opens the cache at path (default location when empty), printing the error on failure.
Result<CacheDb> openCache(const QString &path, Io &io);

} // namespace QuotaScope::Cli
