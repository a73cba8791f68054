#pragma once

#include "store/cachedb.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace QuotaScope::Test {

/** A fresh directory for a test's cache file(s); removed when the test ends. */
class TempDir
{
public:
    QString path(const QString &name = QStringLiteral("cache.sqlite")) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QString fixturePath(const QString &name); ///< tests/fixtures/<name>

/// Opens (creating) a cache, failing the current test with the store's message when it cannot.
CacheDb openCache(const QString &path, const QString &connection = QStringLiteral("test"));
/// The first column of the first row of sql, failing the current test when the query does not run.
qint64 scalar(const QSqlDatabase &db, const QString &sql);

/// Runs a program to completion with args (and optional stdin/env); returns exit code, captures output.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                         const QStringList &extraEnv = {}, int timeoutMs = 120000);

} // namespace QuotaScope::Test
