#pragma once

#include "store/cachedb.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

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
qint64 scalar(sqlite3 *db, const QString &sql);
/// Every row of sql (integers as qint64, reals as double, text as QString, NULL as a null QVariant), failing the
/// current test when the query does not run.
QList<QVariantList> rows(sqlite3 *db, const QString &sql);
/// Writes bytes to the file at path (replacing it); false when it cannot.
bool writeBytes(const QString &path, const QByteArray &bytes);
/// The file's bytes; empty when it cannot be read.
QByteArray readBytes(const QString &path);
/// The connection's journal mode, as SQLite names it ("wal", "delete"), failing the current test when unreadable.
QString journalMode(sqlite3 *db);
/// Stores every record's `other` as its text, as a cache written before schema 14 holds it (blobs decoded through
/// OtherDecoder), failing the current test when it cannot.
void storeOtherAsText(sqlite3 *db);
/// Records whose `other` SQLite holds as type ("text" or "blob").
qint64 othersStoredAs(sqlite3 *db, const char *type);
/// Runs statements without results; returns SQLite's message, or an empty string when they ran.
QString execSql(sqlite3 *db, const QString &sql);
/// Runs statements on the SQLite file at path (created if missing) through a connection of its own.
QString execSqlFile(const QString &path, const QString &sql);

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
