#pragma once

#include "store/cachedb.h"
#include "support/result.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace QuotaScope {

/// A connection name no other open connection uses: every task on a pool thread opens its own connection
/// (a connection serves one thread at a time) and closes it when the task ends.
QString uniqueConnectionName(const QString &prefix);

/**
 * Runs fn(sqlite3 *) on the thread pool with a fresh connection to the cache at dbPath. fn returns a
 * Result<T>; failing to open the cache becomes that Result's error.
 */
template <typename T, typename Fn>
QFuture<Result<T>> runWithCache(const QString &dbPath, Fn fn)
{
    return QtConcurrent::run([dbPath, fn = std::move(fn)]() -> Result<T> {
        auto cache = CacheDb::open(dbPath, uniqueConnectionName(QStringLiteral("qs-ui")));
        if (!cache)
            return cache.error();
        return fn(cache->db());
    });
}

} // namespace QuotaScope
