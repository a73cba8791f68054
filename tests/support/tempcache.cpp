#include "tempcache.h"

#include "store/othercodec.h"
#include "store/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <vector>

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

void storeOtherAsText(sqlite3 *db)
{
    ASSERT_EQ(execSql(db, QStringLiteral("BEGIN")), QString());
    std::vector<std::pair<qint64, QByteArray>> texts;
    {
        OtherDecoder decoder(db);
        SqliteStatement st;
        ASSERT_TRUE(st.prepare(db, "SELECT rowid, other FROM usage_records WHERE typeof(other) = 'blob'").ok());
        while (st.step()) {
            const auto text = decoder.decode(st.bytes(1), true);
            ASSERT_TRUE(text.ok()) << text.error().message.toStdString();
            texts.emplace_back(st.int64(0), text.value());
        }
        ASSERT_TRUE(st.ok());
    }
    SqliteStatement update;
    ASSERT_TRUE(update.prepare(db, "UPDATE usage_records SET other = ?1 WHERE rowid = ?2").ok());
    for (const auto &[rowid, text] : texts) {
        update.reset();
        update.bindText(1, text);
        update.bind(2, rowid);
        update.step();
        ASSERT_TRUE(update.ok());
    }
    ASSERT_EQ(execSql(db, QStringLiteral("COMMIT")), QString());
}

qint64 othersStoredAs(sqlite3 *db, const char *type)
{
    return scalar(
        db, QStringLiteral("SELECT count(*) FROM usage_records WHERE typeof(other) = '%1'").arg(QLatin1String(type)));
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
