#pragma once

#include "store/cachedb.h"
#include "support/result.h"

#include <QTextStream>

#include <cstdio>

namespace QuotaScope::Cli {

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

/// Opens the cache at path (default location when empty), printing the error on failure.
Result<CacheDb> openCache(const QString &path, Io &io);

} // namespace QuotaScope::Cli
