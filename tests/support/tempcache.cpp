#include "tempcache.h"

#include "store/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace QuotaScope::Test {

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(QS_FIXTURES_DIR)).filePath(name);
}

CacheDb openCache(const QString &path, const QString &connection)
{
    auto cache = CacheDb::open(path, connection);
    EXPECT_TRUE(cache.ok()) << cache.error().message.toStdString();
    return std::move(cache).value();
}

QList<QVariantList> rows(sqlite3 *db, const QString &sql)
{
    QList<QVariantList> out;
    SqliteStatement st;
    if (auto prepared = st.prepare(db, sql.toUtf8()); !prepared) {
        ADD_FAILURE() << sql.toStdString() << ": " << prepared.error().message.toStdString();
        return out;
    }
    while (st.step()) {
        QVariantList row;
        for (int i = 0; i < st.columnCount(); ++i)
            row << st.value(i);
        out << row;
    }
    if (!st.ok())
        ADD_FAILURE() << sql.toStdString() << ": " << SqliteStatement::lastError(db).toStdString();
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString journalMode(sqlite3 *db)
{
    return rows(db, QStringLiteral("PRAGMA journal_mode")).value(0).value(0).toString();
}

qint64 scalar(sqlite3 *db, const QString &sql)
{
    const auto r = rows(db, sql);
    EXPECT_FALSE(r.isEmpty()) << "no row: " << sql.toStdString();
    return r.isEmpty() || r.first().isEmpty() ? 0 : r.first().first().toLongLong();
}

QString execSql(sqlite3 *db, const QString &sql)
{
    const auto done = SqliteStatement::exec(db, sql.toUtf8().constData());
    return done ? QString() : done.error().message;
}

QString execSqlFile(const QString &path, const QString &sql)
{
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWriteCreate);
    return db ? execSql(db->handle(), sql) : db.error().message;
}

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData,
    const QStringList &extraEnv, int timeoutMs)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv) {
        const int eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start ") + program;
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace QuotaScope::Test
