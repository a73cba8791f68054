#pragma once

#include "gateway/dbsource.h"
#include "support/result.h"

#include <QFuture>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

/**
 * "Test connection" for a database profile, off the UI thread: opens a read-only session on the thread pool
 * (a connection belongs to the thread that opened it), runs GatewayDatabase::test() and closes it again. The
 * report's lines (server version, tables and schema, estimated rows, rights), or the error.
 */
inline QFuture<Result<QStringList>> testDatabaseInBackground(const DatabaseProfile &profile, const QString &password)
{
    return QtConcurrent::run([profile, password]() -> Result<QStringList> {
        auto db = GatewayDatabase::open(profile, password);
        if (!db)
            return db.error();
        auto report = db.value()->test();
        if (!report)
            return report.error();
        return report->lines();
    });
}

} // namespace QuotaScope
