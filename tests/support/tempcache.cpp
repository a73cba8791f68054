#include "tempcache.h"

#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <QProcessEnvironment>

namespace QuotaScope::Test {

QString fixturePath(const QString &name)
{
    return QStringLiteral(QS_FIXTURES_DIR "/") + name;
}

CacheDb openCache(const QString &path, const QString &connection)
{
    auto cache = CacheDb::open(path, connection);
    EXPECT_TRUE(cache.ok()) << cache.error().message.toStdString();
    return std::move(cache).value();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
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
