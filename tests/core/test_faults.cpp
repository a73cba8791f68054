// A process killed (SIGKILL) in the middle of an import or a sync: the real quotascope-cli, a real cache file.
// Afterwards the cache must verify, hold no empty or partial source, and a re-run must reach exactly the totals.
#include "gateway/syncengine.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <optional>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QString cli = QStringLiteral(QS_CLI_PATH);
const QString token = QStringLiteral("s3cr3t-access-token-for-tests-1");

struct Totals
{
    qint64 count = 0;
    qint64 quota = 0;
};

/// Reads the cache without writing to it (no migration, no WAL checkpoint), as a second process would.
class CacheReader
{
public:
    explicit CacheReader(const QString &path)
        : m_name(QStringLiteral("fault-reader-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~CacheReader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }

    Totals totals(const QString &source) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(r.quota), 0) FROM usage_records r "
                                 "JOIN sources s ON s.id = r.source_id WHERE s.name = ?"));
        q.addBindValue(source);
        Totals t;
        if (q.exec() && q.next()) {
            t.count = q.value(0).toLongLong();
            t.quota = q.value(1).toLongLong();
        }
        return t;
    }

    std::optional<qint64> logsCursor(const QString &source) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT st.value FROM sync_state st JOIN sources s ON s.id = st.source_id WHERE "
                                 "s.name = ? AND st.key = ?"));
        q.addBindValue(source);
        q.addBindValue(SyncEngine::logsCursorKey());
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
        return std::nullopt;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

/// The read offset of the child's descriptor on `file`, from /proc (Linux); -1 while it has none.
qint64 readOffset(qint64 pid, const QString &file)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QString target = QFileInfo(file).canonicalFilePath();
    for (const QString &fd : QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd) != target)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
        if (!info.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("pos:"))
                return line.mid(4).trimmed().toLongLong();
        }
    }
    return -1;
}

/// The first bytes of a SQLite file: bytes 18 and 19 are 2 in WAL mode, 1 in rollback-journal mode.
QByteArray header(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

class FaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifndef Q_OS_LINUX
        GTEST_SKIP() << "the kill point is found through /proc";
#endif
    }

    QProcessEnvironment environment(const QStringList &extra = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.dir() + QStringLiteral("/config"));
        e.remove(QStringLiteral("QUOTASCOPE_TOKEN"));
        for (const QString &kv : extra)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        return e;
    }

    /// Runs the CLI to completion while this thread's event loop keeps serving a fake gateway.
    ProcessResult runCli(const QStringList &args, const QStringList &env = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(env));
        p.start(cli, QStringList { QStringLiteral("--db"), m_dir.path() } + args);
        ProcessResult r;
        if (!p.waitForStarted())
            return r;
        p.closeWriteChannel();
        waitUntil([&] { return p.state() == QProcess::NotRunning; }, 600000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList sourceNames()
    {
        const ProcessResult r = runCli({ QStringLiteral("sources"), QStringLiteral("--json") });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            names << v.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    void expectVerifies()
    {
        const ProcessResult r = runCli({ QStringLiteral("verify") });
        EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("ok:"))) << r.out.toStdString();
    }

    /// A new-api JSONL export large enough that the reader is still busy long after the import began.
    Totals writeLargeExport(const QString &path, int rows)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        Totals t;
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 20 * 86400;
        const qint64 firstId = 1000000; // apart from the ids of the fixtures
        QByteArray line;
        for (int i = 0; i < rows; ++i) {
            const qint64 quota = 100 + i % 977;
            line = QStringLiteral(
                "{\"id\": %1, \"user_id\": 1, \"created_at\": %2, \"type\": 2, \"username\": \"alice\", "
                "\"token_name\": \"desktop\", \"model_name\": \"model-%3\", \"quota\": %4, "
                "\"prompt_tokens\": %5, \"completion_tokens\": %6, \"use_time\": 2, \"is_stream\": "
                "false, \"channel\": 3, \"group\": \"default\", \"request_id\": \"req-%1\", "
                "\"content\": \"padding to make the row the size of a real log row, about 300 B\"}\n")
                       .arg(firstId + i)
                       .arg(start + i * 7)
                       .arg(i % 13)
                       .arg(quota)
                       .arg(1000 + i % 311)
                       .arg(10 + i % 97)
                       .toUtf8();
            file.write(line);
            ++t.count;
            t.quota += quota;
        }
        return t;
    }

    /// Starts an import and kills it once its reader has passed a quarter of the file (the writer is then inside
    /// its transaction). Fails the test if the import ended before the kill.
    void killImportMidway(const QString &file, const QString &source)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(cli,
            { QStringLiteral("--db"), m_dir.path(), QStringLiteral("import"), QStringLiteral("--source"), source,
                file });
        ASSERT_TRUE(p.waitForStarted());
        const qint64 size = QFileInfo(file).size();
        bool killed = false;
        while (p.state() != QProcess::NotRunning) {
            const qint64 offset = readOffset(p.processId(), file);
            if (offset >= size / 4 && offset < size) {
                p.kill(); // SIGKILL: no cleanup of any kind
                killed = true;
                break;
            }
            p.waitForFinished(1);
        }
        p.waitForFinished(60000);
        ASSERT_TRUE(killed) << "the import ended before it could be killed: " << p.readAllStandardError().toStdString();
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);
    }

    TempDir m_dir;
};

} // namespace

TEST_F(FaultTest, ImportKilledMidwayLeavesNoSourceAndARerunAddsEverything)
{
    const QString file = m_dir.path(QStringLiteral("large.jsonl"));
    const Totals expected = writeLargeExport(file, 60000);

    killImportMidway(file, QStringLiteral("large"));
    if (HasFatalFailure())
        return;
    // The first import into an empty cache runs in rollback-journal mode (store/cachedb.h: BulkLoadJournal); the
    // kill leaves its hot journal, which the next open rolls back before returning the file to WAL.
    EXPECT_TRUE(QFile::exists(m_dir.path() + QStringLiteral("-journal")));

    expectVerifies();
    EXPECT_FALSE(QFile::exists(m_dir.path() + QStringLiteral("-journal")));
    EXPECT_EQ(QString::fromUtf8(header(m_dir.path()).mid(18, 2).toHex()), QStringLiteral("0202"))
        << "the file is not back in WAL mode";
    EXPECT_FALSE(sourceNames().contains(QStringLiteral("large"))) << "the killed import left an empty source";
    {
        CacheReader cache(m_dir.path());
        ASSERT_TRUE(cache.isOpen());
        EXPECT_EQ(cache.totals(QStringLiteral("large")).count, 0);
    }

    const ProcessResult again = runCli({ QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("large"),
        QStringLiteral("--json"), file });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("added")).toInteger(),
        expected.count);
    CacheReader cache(m_dir.path());
    const Totals cached = cache.totals(QStringLiteral("large"));
    EXPECT_EQ(cached.count, expected.count);
    EXPECT_EQ(cached.quota, expected.quota);
    expectVerifies();
}

TEST_F(FaultTest, ImportKilledMidwayKeepsAnExistingSourceAsItWas)
{
    ProcessResult r = runCli({ QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("files"),
        fixturePath(QStringLiteral("cli-newapi.jsonl")) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Totals before;
    {
        CacheReader cache(m_dir.path());
        before = cache.totals(QStringLiteral("files"));
    }
    ASSERT_EQ(before.count, 12);

    const QString file = m_dir.path(QStringLiteral("large.jsonl"));
    const Totals large = writeLargeExport(file, 60000);
    killImportMidway(file, QStringLiteral("files"));
    if (HasFatalFailure())
        return;
    // A cache that holds usage stays in WAL mode for an import: readers go on reading it as it was.
    EXPECT_FALSE(QFile::exists(m_dir.path() + QStringLiteral("-journal")));
    EXPECT_TRUE(QFile::exists(m_dir.path() + QStringLiteral("-wal")));

    expectVerifies();
    EXPECT_TRUE(sourceNames().contains(QStringLiteral("files")));
    {
        CacheReader cache(m_dir.path());
        const Totals after = cache.totals(QStringLiteral("files"));
        EXPECT_EQ(after.count, before.count);
        EXPECT_EQ(after.quota, before.quota);
    }

    r = runCli({ QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("files"), file });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    CacheReader cache(m_dir.path());
    const Totals cached = cache.totals(QStringLiteral("files"));
    EXPECT_EQ(cached.count, before.count + large.count);
    EXPECT_EQ(cached.quota, before.quota + large.quota);
}

TEST_F(FaultTest, SyncKilledMidwayKeepsWholeWindowsAndARerunReachesTheGatewayTotals)
{
    FakeGateway server(FakeGateway::Shape::U);
    ASSERT_TRUE(server.listen());
    FakeGateway::User alice;
    alice.id = 5;
    alice.name = QStringLiteral("alice");
    alice.token = token;
    server.addUser(alice);
    // More rows than one window may hold (SyncOptions::maxWindowRows), so the sync commits several windows.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int logs = 4500;
    for (int i = 0; i < logs; ++i) {
        FakeGateway::Log l;
        l.userId = 5;
        l.userName = QStringLiteral("alice");
        l.createdAt = now - 3 * 86400 + i * 50;
        l.quota = 100 + i % 500;
        l.promptTokens = 1000 + i;
        l.completionTokens = 10 + i % 40;
        l.requestId = QStringLiteral("req-%1").arg(i);
        server.addLog(l);
    }
    const qint64 since = now - 4 * 86400;
    const QStringList args { QStringLiteral("sync"), QStringLiteral("--url"), server.url().toString(),
        QStringLiteral("--user-id"), QStringLiteral("5"), QStringLiteral("--source"), QStringLiteral("gw"),
        QStringLiteral("--since"), QString::number(since) };
    const QStringList env { QStringLiteral("QUOTASCOPE_TOKEN=") + token };

    // The CLI commits a window and moves the cursor before it asks for the next page, so the first list request
    // that finds a cursor in the cache comes after one whole window: the kill lands while the next is read.
    QProcess p;
    p.setProcessEnvironment(environment(env));
    bool killed = false;
    server.setBeforeLogList([&](int) {
        if (killed || p.state() == QProcess::NotRunning)
            return;
        CacheReader cache(m_dir.path());
        if (cache.isOpen() && cache.logsCursor(QStringLiteral("gw"))) {
            p.kill(); // SIGKILL: no cleanup of any kind
            killed = true;
        }
    });
    p.start(cli, QStringList { QStringLiteral("--db"), m_dir.path() } + args);
    ASSERT_TRUE(p.waitForStarted());
    p.closeWriteChannel();
    waitUntil([&] { return p.state() == QProcess::NotRunning; }, 600000);
    server.setBeforeLogList({});
    ASSERT_TRUE(killed) << "the sync ended before it could be killed: " << p.readAllStandardError().toStdString();
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

    expectVerifies();
    {
        CacheReader cache(m_dir.path());
        const std::optional<qint64> cursor = cache.logsCursor(QStringLiteral("gw"));
        ASSERT_TRUE(cursor.has_value());
        // Exactly the gateway's rows up to the cursor: whole windows, nothing of the window being read.
        const auto upToCursor = server.totals(5, since, *cursor);
        const Totals cached = cache.totals(QStringLiteral("gw"));
        EXPECT_GT(cached.count, 0);
        EXPECT_LT(cached.count, logs);
        EXPECT_EQ(cached.count, upToCursor.count);
        EXPECT_EQ(cached.quota, upToCursor.quota);
    }

    const ProcessResult again = runCli(args, env);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const auto gateway = server.totals(5, 0, now);
    CacheReader cache(m_dir.path());
    const Totals cached = cache.totals(QStringLiteral("gw"));
    EXPECT_EQ(cached.count, gateway.count);
    EXPECT_EQ(cached.quota, gateway.quota);
    EXPECT_EQ(cached.count, logs);
    expectVerifies();
}
