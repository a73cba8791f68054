#pragma once

#include "store/cachedb.h"
#include "support/result.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace QuotaScope {

/**
 * Runs fn(sqlite3 *) on the thread pool with a fresh connection to the cache at dbPath. fn returns a
 * Result<T>; failing to open the cache becomes that Result's error.
 */
template <typename T, typename Fn>
QFuture<Result<T>> runWithCache(const QString &dbPath, Fn fn)
{
    return QtConcurrent::run([dbPath, fn = std::move(fn)]() -> Result<T> {
        auto cache = CacheDb::open(dbPath, QStringLiteral("qs-ui"));
        if (!cache)
            return cache.error();
        return fn(cache->db());
    });
}

} // namespace QuotaScope
