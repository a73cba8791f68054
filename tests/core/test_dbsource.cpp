// Reading a gateway's own database: real PostgreSQL and MariaDB servers started by the tests in temporary folders,
// loaded with the gateways' schemas (new-api current and older, one-api) and generated logs. A copy must give
// exactly the records an import of the same logs, exported to a file, gives.

#include "aggregate/aggregator.h"
#include "aggregate/liveaggregator.h"
#include "aggregate/ranking.h"
#include "gateway/dbsource.h"
#include "gateway/syncscheduler.h"
#include "ingest/importer.h"
#include "model/usagerecord.h"
#include "store/recordquery.h"
#include "store/sourcerepository.h"
#include "support/dbservers.h"
#include "support/gatewaylogs.h"
#include "support/eventwait.h"
#include "support/tempcache.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <future>
#include <memory>
#include <thread>
#ifdef Q_OS_LINUX
#include <QDir>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// The same logs as the gateway's Log JSON, one per line: what an export or /api/log/ gives.
QString writeJsonl(const QString &path, Schema s, const QList<GenLog> &logs)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    for (const GenLog &g : logs) {
        QJsonObject o { { "id", g.id }, { "user_id", g.userId }, { "created_at", g.createdAt }, { "type", g.type },
            { "content", "" }, { "username", g.user }, { "token_name", g.token }, { "model_name", g.model },
            { "quota", g.quota }, { "prompt_tokens", g.prompt }, { "completion_tokens", g.completion },
            { "is_stream", g.stream }, { "channel", g.channel } };
        if (s == Schema::OneApi) {
            o.insert(QStringLiteral("elapsed_time"), g.useTime * 1000);
            o.insert(QStringLiteral("request_id"), g.requestId);
        } else {
            o.insert(QStringLiteral("use_time"), g.useTime);
            o.insert(QStringLiteral("token_id"), g.tokenId);
            o.insert(QStringLiteral("group"), g.group);
            o.insert(QStringLiteral("other"), g.other);
            if (s == Schema::NewApi) {
                o.insert(QStringLiteral("ip"), g.ip);
                o.insert(QStringLiteral("request_id"), g.requestId);
            }
        }
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return {};
}

const char *recordColumns
    = "identity, gateway_id, created_at, type, user_id, user_name, token_id, token_name, model, "
      "channel_id, channel_name, grp, quota, prompt_tokens, completion_tokens, cache_read_tokens, "
      "cache_write_tokens, use_time_ms, is_stream, request_id, ip, content, other";

/// Records of one source that the other does not hold, both ways (0 when the two are the same to the unit).
qint64 differingRecords(sqlite3 *cache, qint64 a, qint64 b)
{
    auto diff = [&](qint64 x, qint64 y) {
        return scalar(cache,
            QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM usage_records WHERE source_id = %2 EXCEPT SELECT %1 "
                           "FROM usage_records WHERE source_id = %3)")
                .arg(QLatin1String(recordColumns))
                .arg(x)
                .arg(y));
    };
    return diff(a, b) + diff(b, a);
}

qint64 sourceId(sqlite3 *cache, const QString &name)
{
    auto info = SourceRepository(cache).byName(name);
    return info ? info->id : -1;
}

StatCards statsOf(sqlite3 *cache, qint64 source)
{
    ReportQuery q;
    q.from = 1700000000;
    q.to = 1900000000;
    q.filter.sourceIds = { source };
    auto s = Aggregator(cache).stats(q);
    return s ? s.value() : StatCards();
}

/// A gateway's SQLite file with new-api's schema and logs: an error message, or empty.
QString writeSqliteGateway(const QString &path, const QList<GenLog> &logs)
{
    const QString schema = execSqlFile(path,
        schemaSql(Schema::NewApi, false)
            .replace(QStringLiteral("bigserial PRIMARY KEY"), QStringLiteral("integer PRIMARY KEY AUTOINCREMENT"))
            .replace(QStringLiteral(";\n"), QStringLiteral(";")));
    if (!schema.isEmpty())
        return schema;
    return execSqlFile(path, insertSql(Schema::NewApi, false, logs).replace(QStringLiteral(";\n"), QStringLiteral(";")));
}

/// One server per engine for the whole suite (starting one takes seconds).
template <typename Server>
class DbSourceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<Server>();
        s_missing = s_server->missingBinaries();
        if (s_missing.isEmpty())
            s_startError = s_server->start();
    }
    static void TearDownTestSuite() { s_server.reset(); }

    void SetUp() override
    {
        if (!s_missing.isEmpty())
            GTEST_SKIP() << "SKIPPED: " << s_missing.toStdString();
        ASSERT_TRUE(s_startError.isEmpty()) << s_startError.toStdString();
    }

    TestDbServer &server() { return *s_server; }
    bool mysql() const { return s_server->engine() == QLatin1String("mysql"); }

    /// A database with the schema and logs, readable by user "reader" with readerPassword().
    void load(const QString &database, Schema s, const QList<GenLog> &logs)
    {
        ASSERT_EQ(server().createDatabase(database), QString());
        ASSERT_EQ(server().exec(database, schemaSql(s, mysql())), QString());
        ASSERT_EQ(server().exec(database, insertSql(s, mysql(), logs)), QString());
        ASSERT_EQ(server().createReader(database, QStringLiteral("reader"), readerPassword()), QString());
        ASSERT_EQ(server().exec(database, mysql() ? QStringLiteral("ANALYZE TABLE logs") : QStringLiteral("ANALYZE")),
            QString());
    }

    DatabaseProfile profile(const QString &database, const QString &user = QStringLiteral("reader")) const
    {
        DatabaseProfile p;
        p.engine = mysql() ? DatabaseProfile::Engine::MySql : DatabaseProfile::Engine::PostgreSql;
        p.host = QStringLiteral("127.0.0.1");
        p.port = s_server->port();
        p.database = database;
        p.user = user;
        p.tls = mysql() ? DatabaseProfile::Tls::Prefer : DatabaseProfile::Tls::Disable;
        return p;
    }

    static QString readerPassword() { return QStringLiteral("reader-Pw-73"); }

    std::unique_ptr<GatewayDatabase> connect(const DatabaseProfile &p, const QString &password = readerPassword())
    {
        auto db = GatewayDatabase::open(p, password);
        EXPECT_TRUE(db.ok()) << (db.ok() ? std::string() : db.error().message.toStdString());
        return db.ok() ? std::move(db.value()) : nullptr;
    }

    /// A session on database, with everything in it copied into cache as the source "db"; nullptr, the failure
    /// reported, when either fails.
    std::unique_ptr<GatewayDatabase> connectAndCopy(const QString &database, CacheDb &cache)
    {
        auto db = connect(profile(database));
        if (!db)
            return nullptr;
        const auto copied = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"));
        EXPECT_TRUE(copied.ok()) << (copied.ok() ? std::string() : copied.error().message.toStdString());
        return copied.ok() ? std::move(db) : nullptr;
    }

    /// Copies the database into one source and imports the exported file into another; both must agree.
    void copyEqualsImport(const QString &database, Schema s)
    {
        const QList<GenLog> logs = makeLogs(2500);
        load(database, s, logs);
        TempDir dir;
        CacheDb cache = openCache(dir.path());
        auto db = connect(profile(database));
        ASSERT_TRUE(db);
        CopyOptions options;
        options.batchSize = 1000;
        options.overlapIds = 1000;
        auto copied = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options);
        ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
        EXPECT_EQ(copied->rowsRead, 2500);
        EXPECT_EQ(copied->added, 2500);
        EXPECT_EQ(copied->batches, 3);
        EXPECT_EQ(copied->lastId, 2500);

        const QString file = dir.path(QStringLiteral("export.jsonl"));
        ASSERT_EQ(writeJsonl(file, s, logs), QString());
        auto imported = Importer(cache.db()).importFile(file, QStringLiteral("file"), {});
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        EXPECT_EQ(imported->added, 2500);

        const qint64 dbSource = sourceId(cache.db(), QStringLiteral("db"));
        const qint64 fileSource = sourceId(cache.db(), QStringLiteral("file"));
        EXPECT_EQ(
            scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1").arg(dbSource)),
            2500);
        EXPECT_EQ(differingRecords(cache.db(), dbSource, fileSource), 0);
        const StatCards a = statsOf(cache.db(), dbSource);
        const StatCards b = statsOf(cache.db(), fileSource);
        EXPECT_GT(a.totals.requests, 0);
        EXPECT_EQ(a.totals.requests, b.totals.requests);
        EXPECT_EQ(a.totals.quota, b.totals.quota);
        EXPECT_EQ(a.totals.totalTokens(), b.totals.totalTokens());
        EXPECT_EQ(a.totals.cacheReadTokens, b.totals.cacheReadTokens);
        EXPECT_EQ(a.errors, b.errors);
        EXPECT_EQ(a.refundQuota, b.refundQuota);

        // A second run reads only its overlap again and adds nothing.
        auto again = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options);
        ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
        EXPECT_EQ(again->added, 0);
        EXPECT_EQ(again->fromId, 1500);
        EXPECT_EQ(again->duplicates, 1000);
    }

    static std::unique_ptr<Server> s_server;
    static QString s_missing;
    static QString s_startError;
};

template <typename Server>
std::unique_ptr<Server> DbSourceTest<Server>::s_server;
template <typename Server>
QString DbSourceTest<Server>::s_missing;
template <typename Server>
QString DbSourceTest<Server>::s_startError;

using Postgres = DbSourceTest<PostgresServer>;
using MariaDb = DbSourceTest<MariaDbServer>;

} // namespace

TEST(DatabaseProfile, DsnParsesEnginesAndRefusesPasswords)
{
    auto pg = DatabaseProfile::fromDsn(
        QStringLiteral("postgresql://reader@db.example.com:6543/newapi?sslmode=verify-full&logs=newapi_logs"));
    ASSERT_TRUE(pg.ok()) << pg.error().message.toStdString();
    EXPECT_EQ(pg->engine, DatabaseProfile::Engine::PostgreSql);
    EXPECT_EQ(pg->host, QStringLiteral("db.example.com"));
    EXPECT_EQ(pg->port, 6543);
    EXPECT_EQ(pg->database, QStringLiteral("newapi"));
    EXPECT_EQ(pg->user, QStringLiteral("reader"));
    EXPECT_EQ(pg->tls, DatabaseProfile::Tls::VerifyFull);
    EXPECT_EQ(pg->logsDatabase, QStringLiteral("newapi_logs"));
    auto back = DatabaseProfile::fromDsn(pg->dsn());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.value() == pg.value()) << pg->dsn().toStdString();

    auto my = DatabaseProfile::fromDsn(QStringLiteral("mysql://ro@10.0.0.5/oneapi"));
    ASSERT_TRUE(my.ok());
    EXPECT_EQ(my->engine, DatabaseProfile::Engine::MySql);
    EXPECT_EQ(my->effectivePort(), 3306);

    auto file = DatabaseProfile::fromDsn(QStringLiteral("sqlite:///data/gateway/one-api.db"));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->engine, DatabaseProfile::Engine::Sqlite);
    EXPECT_EQ(file->path, QStringLiteral("/data/gateway/one-api.db"));

    auto secret = DatabaseProfile::fromDsn(QStringLiteral("postgresql://reader:hunter2@db/newapi"));
    ASSERT_FALSE(secret.ok());
    EXPECT_FALSE(secret.error().message.contains(QStringLiteral("hunter2")));
    EXPECT_TRUE(secret.error().message.contains(QStringLiteral("QUOTASCOPE_DB_PASSWORD")));

    auto noUser = DatabaseProfile::fromDsn(QStringLiteral("postgresql://db/newapi"));
    ASSERT_FALSE(noUser.ok());
    EXPECT_TRUE(noUser.error().message.contains(QStringLiteral("user"))) << noUser.error().message.toStdString();
    auto badMode = DatabaseProfile::fromDsn(QStringLiteral("postgresql://u@db/newapi?sslmode=maybe"));
    ASSERT_FALSE(badMode.ok());
    EXPECT_TRUE(badMode.error().message.contains(QStringLiteral("maybe")));
}

TEST(GatewaySchema, TellsTheProductsApartByTheirColumns)
{
    const QStringList common { "id", "created_at", "type", "username", "model_name", "quota" };
    EXPECT_EQ(
        GatewaySchema::fromColumns(common + QStringList { "use_time", "other", "request_id", "ip" }, true).product,
        GatewaySchema::Product::NewApi);
    EXPECT_EQ(GatewaySchema::fromColumns(common + QStringList { "use_time", "other" }, true).product,
        GatewaySchema::Product::NewApiOlder);
    EXPECT_EQ(GatewaySchema::fromColumns(common + QStringList { "elapsed_time", "request_id" }, false).product,
        GatewaySchema::Product::OneApi);
    EXPECT_FALSE(GatewaySchema::fromColumns({}, true).hasLogs);
}

TEST(DatabaseCopy, ASqliteFileCopiesLikeItsImport)
{
    TempDir dir;
    const QString gateway = dir.path(QStringLiteral("one-api.db"));
    ASSERT_EQ(writeSqliteGateway(gateway, makeLogs(1200)), QString());
    CacheDb cache = openCache(dir.path());
    DatabaseProfile p;
    p.engine = DatabaseProfile::Engine::Sqlite;
    p.path = gateway;
    auto db = GatewayDatabase::open(p, QString());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto report = db.value()->test();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->readOnly);
    EXPECT_EQ(report->schema.product, GatewaySchema::Product::NewApi);
    EXPECT_EQ(report->logsEstimate, 1200);
    CopyOptions options;
    options.batchSize = 500;
    auto copied = DatabaseCopier(cache.db()).copy(*db.value(), QStringLiteral("db"), options);
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ(copied->added, 1200);
    auto imported = Importer(cache.db()).importFile(gateway, QStringLiteral("file"), {});
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 1200);
    EXPECT_EQ(differingRecords(
                  cache.db(), sourceId(cache.db(), QStringLiteral("db")), sourceId(cache.db(), QStringLiteral("file"))),
        0);
}

namespace {

/// What a session answered to a slow query that was cancelled, and to the query after it.
struct CancelOutcome
{
    Result<QList<QVariantList>> slow = Error(QStringLiteral("not run"));
    Result<QList<QVariantList>> next = Error(QStringLiteral("not run"));
};

/**
 * Runs slowSql in a session opened on a thread of its own (a connection belongs to its thread) and cancels it
 * from this thread once the server shows it running (runningSql, as the admin, counts it); the session then
 * runs the query after it.
 */
CancelOutcome cancelASlowQuery(const DatabaseProfile &reader, const QString &password, GatewayDatabase *admin,
    const QString &slowSql, const QString &runningSql)
{
    CancelOutcome out;
    std::promise<QueryCanceller> canceller;
    std::future<QueryCanceller> cancellerReady = canceller.get_future();
    std::thread worker([&] {
        auto db = GatewayDatabase::open(reader, password);
        if (!db) {
            out.slow = db.error();
            canceller.set_value(QueryCanceller());
            return;
        }
        canceller.set_value(db.value()->canceller());
        out.slow = db.value()->selectLogs(slowSql);
        out.next = db.value()->selectLogs(QStringLiteral("SELECT count(*) FROM logs"));
    });
    const QueryCanceller c = cancellerReady.get();
    // Wait until the server runs it (the worker ends on its own if it could not even start).
    for (int i = 0; i < 6000; ++i) {
        auto running = admin->selectLogs(runningSql);
        if (running && running->value(0).value(0).toLongLong() > 0)
            break;
        QThread::msleep(10);
    }
    const Result<void> cancelled = c.cancel();
    EXPECT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    worker.join();
    return out;
}

} // namespace

TEST_F(Postgres, CopyOfNewApiEqualsImportOfTheExportedLogs)
{
    copyEqualsImport(QStringLiteral("newapi"), Schema::NewApi);
}

TEST_F(Postgres, CopyOfOlderNewApiEqualsImport)
{
    copyEqualsImport(QStringLiteral("newapi_old"), Schema::NewApiOlder);
}

TEST_F(Postgres, CopyOfOneApiEqualsImport)
{
    copyEqualsImport(QStringLiteral("oneapi"), Schema::OneApi);
}

#ifdef Q_OS_LINUX
namespace {

/// This process's TCP sockets connected to 127.0.0.1:port (Linux: its open files in /proc).
QList<int> socketsTo(int port)
{
    QList<int> found;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const int fd = name.toInt();
        sockaddr_in peer {};
        socklen_t size = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &size) == 0 && peer.sin_family == AF_INET
            && ntohs(peer.sin_port) == port)
            found << fd;
    }
    return found;
}

int socketOption(int fd, int level, int option)
{
    int value = -1;
    socklen_t size = sizeof value;
    return getsockopt(fd, level, option, &value, &size) == 0 ? value : -2;
}

} // namespace

// A server that vanishes without a reset (a dropped VPN, a dead host) cannot be made on 127.0.0.1; what can be
// checked is that each connection of a session asks the system to probe a silent server and to give up on it.
TEST_F(Postgres, ASessionsConnectionsGiveUpOnAServerThatFellSilent)
{
    load(QStringLiteral("keepalive"), Schema::NewApi, makeLogs(5));
    const QList<int> before = socketsTo(server().port());
    auto db = connect(profile(QStringLiteral("keepalive")));
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->selectLogs(QStringLiteral("SELECT count(*) FROM logs")).ok());
    QList<int> opened;
    for (const int fd : socketsTo(server().port())) {
        if (!before.contains(fd))
            opened << fd;
    }
    ASSERT_FALSE(opened.isEmpty());
    const DatabaseOptions defaults;
    for (const int fd : opened) {
        SCOPED_TRACE(fd);
        EXPECT_EQ(socketOption(fd, SOL_SOCKET, SO_KEEPALIVE), 1);
        EXPECT_EQ(socketOption(fd, IPPROTO_TCP, TCP_KEEPIDLE), defaults.silentServerSeconds / 2);
        EXPECT_EQ(socketOption(fd, IPPROTO_TCP, TCP_KEEPINTVL), defaults.silentServerSeconds / 6);
        EXPECT_EQ(socketOption(fd, IPPROTO_TCP, TCP_KEEPCNT), 3);
        EXPECT_EQ(socketOption(fd, IPPROTO_TCP, TCP_USER_TIMEOUT), defaults.silentServerSeconds * 1000);
    }
}
#endif

TEST_F(Postgres, TheSessionRefusesWritesEvenForASuperuser)
{
    load(QStringLiteral("ro_check"), Schema::NewApi, makeLogs(10));
    // The admin may write anything on this server; through QuotaScope's session it may not.
    auto db = connect(profile(QStringLiteral("ro_check"), QStringLiteral("qsadmin")), TestDbServer::adminPassword());
    ASSERT_TRUE(db);
    QSqlQuery q(QSqlDatabase::database(db->mainConnectionName(), false));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO logs (id, created_at) VALUES (99999, 1780000000)")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("read-only"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM logs")));
    auto report = db->test();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->readOnly);
    EXPECT_FALSE(report->mayWrite.isEmpty()); // the superuser could, and the report says so
    db.reset();
    // Nothing changed on the server.
    auto check = connect(profile(QStringLiteral("ro_check")));
    ASSERT_TRUE(check);
    auto rows = check->selectLogs(QStringLiteral("SELECT count(*) FROM logs"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->value(0).value(0).toLongLong(), 10);
}

TEST_F(Postgres, TestConnectionReportsVersionSchemaEstimatesAndRights)
{
    load(QStringLiteral("report"), Schema::NewApi, makeLogs(3000));
    auto db = connect(profile(QStringLiteral("report")));
    ASSERT_TRUE(db);
    auto r = db->test();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->serverVersion.startsWith(QStringLiteral("PostgreSQL 1"))) << r->serverVersion.toStdString();
    EXPECT_EQ(r->schema.product, GatewaySchema::Product::NewApi);
    EXPECT_TRUE(r->schema.hasQuotaData);
    EXPECT_EQ(r->logsEstimate, 3000); // ANALYZE counted the small table exactly
    EXPECT_EQ(r->mayRead, QStringList({ QStringLiteral("logs"), QStringLiteral("quota_data") }));
    EXPECT_TRUE(r->mayWrite.isEmpty());
    EXPECT_TRUE(r->readOnly);
    EXPECT_TRUE(r->lines().join(u'\n').contains(QStringLiteral("new-api")));
}

TEST_F(Postgres, AWrongPasswordSaysSoAndLeavesNoTrace)
{
    load(QStringLiteral("pwcheck"), Schema::NewApi, makeLogs(5));
    const QString wrong = QStringLiteral("Wrong-Pw-5821");
    auto db = GatewayDatabase::open(profile(QStringLiteral("pwcheck")), wrong);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, Error::Kind::Auth);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("password authentication failed")))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("\"reader\"")));
    EXPECT_FALSE(db.error().message.contains(wrong));
    QFile log(server().logFile());
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    EXPECT_TRUE(text.contains("password authentication failed")); // the server saw the attempt...
    EXPECT_FALSE(text.contains(wrong.toUtf8())); // ...but not the password
    EXPECT_TRUE(QSqlDatabase::connectionNames().filter(QStringLiteral("quotascope")).isEmpty());
}

TEST_F(Postgres, AKilledServerMidCopyLosesNothingAndTheNextRunResumes)
{
    const QList<GenLog> logs = makeLogs(5000);
    load(QStringLiteral("killed"), Schema::NewApi, logs);
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    CopyOptions options;
    options.batchSize = 1000;
    options.overlapIds = 1000;
    {
        auto db = connect(profile(QStringLiteral("killed")));
        ASSERT_TRUE(db);
        bool killed = false;
        auto copied = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options, [&](qint64 done, qint64) {
            if (done >= 2000 && !killed) {
                killed = true;
                server().kill();
            }
        });
        ASSERT_TRUE(killed);
        ASSERT_FALSE(copied.ok());
        EXPECT_TRUE(copied.error().message.contains(QStringLiteral("127.0.0.1")))
            << copied.error().message.toStdString();
    }
    const qint64 source = sourceId(cache.db(), QStringLiteral("db"));
    // Two whole batches were committed with their cursor; nothing of the third.
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1").arg(source)),
        2000);
    EXPECT_EQ(SourceRepository(cache.db()).state(source, DatabaseCopier::cursorKey()).value(), QStringLiteral("2000"));
    auto history = SourceRepository(cache.db()).history(source);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    EXPECT_FALSE(history->last().error.isEmpty());

    ASSERT_EQ(server().start(), QString());
    auto db = connect(profile(QStringLiteral("killed")));
    ASSERT_TRUE(db);
    auto resumed = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options);
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->fromId, 1000);
    EXPECT_EQ(resumed->added, 3000);
    EXPECT_EQ(resumed->duplicates, 1000);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1").arg(source)),
        5000);
    const QString file = dir.path(QStringLiteral("export.jsonl"));
    ASSERT_EQ(writeJsonl(file, Schema::NewApi, logs), QString());
    ASSERT_TRUE(Importer(cache.db()).importFile(file, QStringLiteral("file"), {}).ok());
    EXPECT_EQ(differingRecords(cache.db(), source, sourceId(cache.db(), QStringLiteral("file"))), 0);
}

TEST_F(Postgres, LateRowsAreFoundAndPrunedRowsStayInTheCache)
{
    load(QStringLiteral("late"), Schema::NewApi, makeLogs(3000, 1001));
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connect(profile(QStringLiteral("late")));
    ASSERT_TRUE(db);
    CopyOptions options;
    options.batchSize = 1000;
    options.overlapIds = 500;
    auto first = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 3000);
    EXPECT_EQ(first->lastId, 4000);

    // A request stamped long ago but written now (a new id, an old created_at), and the gateway's log cleanup
    // deleting the oldest 200 rows.
    GenLog oldStamp = makeLogs(1, 4001, 1700000000).first();
    ASSERT_EQ(server().exec(QStringLiteral("late"), insertSql(Schema::NewApi, false, { oldStamp })), QString());
    ASSERT_EQ(server().exec(QStringLiteral("late"), QStringLiteral("DELETE FROM logs WHERE id < 1201")), QString());

    auto second = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"), options);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->fromId, 3500);
    EXPECT_EQ(second->added, 1); // the old-stamped row
    EXPECT_EQ(second->lastId, 4001);
    EXPECT_EQ(second->serverMinId, 1201);
    EXPECT_EQ(second->keptAfterPruning, 200);
    const qint64 source = sourceId(cache.db(), QStringLiteral("db"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1").arg(source)),
        3001);
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1 AND created_at = 1700000000")
                      .arg(source)),
        1);

    // A row that became visible below the cursor, within the overlap, is picked up on the next run.
    ASSERT_EQ(server().exec(QStringLiteral("late"), QStringLiteral("DELETE FROM logs WHERE id = 3990")), QString());
    auto third = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db2"), options); // a fresh source lacks it
    ASSERT_TRUE(third.ok());
    GenLog hidden = makeLogs(1, 3990).first();
    ASSERT_EQ(server().exec(QStringLiteral("late"), insertSql(Schema::NewApi, false, { hidden })), QString());
    auto fourth = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db2"), options);
    ASSERT_TRUE(fourth.ok());
    EXPECT_EQ(fourth->added, 1);
}

TEST_F(Postgres, LogsInASeparateDatabaseAreReadThere)
{
    // new-api's LOG_SQL_DSN: quota_data in the main database, logs in another.
    ASSERT_EQ(server().createDatabase(QStringLiteral("mainonly")), QString());
    ASSERT_EQ(server().exec(QStringLiteral("mainonly"),
                  QStringLiteral("CREATE TABLE quota_data (id bigserial PRIMARY KEY, created_at bigint)")),
        QString());
    ASSERT_EQ(server().createReader(QStringLiteral("mainonly"), QStringLiteral("reader"), readerPassword()), QString());
    ASSERT_EQ(server().createDatabase(QStringLiteral("logsonly")), QString());
    ASSERT_EQ(server().exec(
                  QStringLiteral("logsonly"), schemaSql(Schema::NewApi, false).section(QStringLiteral(";\n"), 0, 0)),
        QString());
    ASSERT_EQ(server().exec(QStringLiteral("logsonly"), insertSql(Schema::NewApi, false, makeLogs(700))), QString());
    ASSERT_EQ(server().exec(QStringLiteral("logsonly"), QStringLiteral("GRANT SELECT ON logs TO reader")), QString());
    DatabaseProfile p = profile(QStringLiteral("mainonly"));
    {
        auto db = connect(p);
        ASSERT_TRUE(db);
        TempDir dir;
        CacheDb cache = openCache(dir.path());
        auto copied = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"));
        ASSERT_FALSE(copied.ok());
        EXPECT_TRUE(copied.error().message.contains(QStringLiteral("LOG_SQL_DSN")))
            << copied.error().message.toStdString();
    }
    p.logsDatabase = QStringLiteral("logsonly");
    auto db = connect(p);
    ASSERT_TRUE(db);
    auto report = db->test();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->schema.hasLogs);
    EXPECT_TRUE(report->schema.hasQuotaData);
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto copied = DatabaseCopier(cache.db()).copy(*db, QStringLiteral("db"));
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ(copied->added, 700);
}

TEST_F(MariaDb, CopyOfNewApiEqualsImportOfTheExportedLogs)
{
    copyEqualsImport(QStringLiteral("newapi"), Schema::NewApi);
}

TEST_F(MariaDb, CopyOfOneApiEqualsImport)
{
    copyEqualsImport(QStringLiteral("oneapi"), Schema::OneApi);
}

TEST_F(MariaDb, TheSessionRefusesWrites)
{
    load(QStringLiteral("ro_check"), Schema::NewApi, makeLogs(10));
    auto db = connect(profile(QStringLiteral("ro_check"), QStringLiteral("qsadmin")), TestDbServer::adminPassword());
    ASSERT_TRUE(db);
    QSqlQuery q(QSqlDatabase::database(db->mainConnectionName(), false));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO logs (id, created_at) VALUES (99999, 1780000000)")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("READ ONLY"), Qt::CaseInsensitive))
        << q.lastError().text().toStdString();
    auto report = db->test();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->readOnly);
    EXPECT_TRUE(report->serverVersion.startsWith(QStringLiteral("MariaDB"))) << report->serverVersion.toStdString();
    auto reader = connect(profile(QStringLiteral("ro_check")));
    ASSERT_TRUE(reader);
    auto readerReport = reader->test();
    ASSERT_TRUE(readerReport.ok()) << readerReport.error().message.toStdString();
    EXPECT_TRUE(readerReport->mayRead.contains(QStringLiteral("logs")));
    EXPECT_TRUE(readerReport->mayWrite.isEmpty()) << readerReport->mayWrite.join(u',').toStdString();
    auto rows = reader->selectLogs(QStringLiteral("SELECT count(*) FROM logs"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->value(0).value(0).toLongLong(), 10);
}

TEST_F(MariaDb, AWrongPasswordSaysSo)
{
    load(QStringLiteral("pwcheck"), Schema::NewApi, makeLogs(5));
    const QString wrong = QStringLiteral("Wrong-Pw-5821");
    auto db = GatewayDatabase::open(profile(QStringLiteral("pwcheck")), wrong);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, Error::Kind::Auth);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("Access denied"))) << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(wrong));
}

TEST_F(Postgres, TheCliCopiesWithThePasswordFromTheEnvironmentOrStdinAndNeverPrintsIt)
{
    load(QStringLiteral("clicopy"), Schema::NewApi, makeLogs(1500));
    TempDir dir;
    const QString cli = QStringLiteral(QS_CLI_PATH);
    const QString dsn = QStringLiteral("postgresql://reader@127.0.0.1:%1/clicopy?sslmode=disable").arg(server().port());
    const QStringList base { QStringLiteral("sync"), QStringLiteral("--db"), dir.path(), QStringLiteral("--database"),
        dsn };

    const QString wrong = QStringLiteral("Not-The-Pw-991");
    const ProcessResult denied = runProcess(cli, base, {}, { QStringLiteral("QUOTASCOPE_DB_PASSWORD=") + wrong });
    EXPECT_EQ(denied.exitCode, 1);
    EXPECT_TRUE(denied.err.contains(QStringLiteral("refused the login of user \"reader\"")))
        << denied.err.toStdString();
    EXPECT_FALSE((denied.out + denied.err).contains(wrong));

    const ProcessResult tested = runProcess(cli, base + QStringList { QStringLiteral("--test") }, {},
        { QStringLiteral("QUOTASCOPE_DB_PASSWORD=") + readerPassword() });
    EXPECT_EQ(tested.exitCode, 0) << tested.err.toStdString();
    EXPECT_TRUE(tested.out.contains(QStringLiteral("Session: read-only"))) << tested.out.toStdString();
    EXPECT_TRUE(tested.out.contains(QStringLiteral("about 1,500 rows"))
        || tested.out.contains(QStringLiteral("about 1500 rows")))
        << tested.out.toStdString();

    const ProcessResult copied
        = runProcess(cli, base + QStringList { QStringLiteral("--password-stdin"), QStringLiteral("--json") },
            readerPassword().toUtf8() + '\n');
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(copied.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("added")).toInteger(), 1500);
    EXPECT_EQ(summary.value(QStringLiteral("source")).toString(), QStringLiteral("127.0.0.1/clicopy"));
    EXPECT_FALSE((copied.out + copied.err).contains(readerPassword()));

    // A password in the address is refused before anything is sent.
    const ProcessResult inArgv = runProcess(cli,
        { QStringLiteral("sync"), QStringLiteral("--db"), dir.path(), QStringLiteral("--database"),
            QStringLiteral("postgresql://reader:%1@127.0.0.1:%2/clicopy").arg(readerPassword()).arg(server().port()) });
    EXPECT_EQ(inArgv.exitCode, 2);
    EXPECT_TRUE(inArgv.err.contains(QStringLiteral("QUOTASCOPE_DB_PASSWORD"))) << inArgv.err.toStdString();
    EXPECT_FALSE(inArgv.err.contains(readerPassword()));

    // Nothing of the password in the cache either (history holds the address without it).
    CacheDb cache = openCache(dir.path());
    const auto history = SourceRepository(cache.db()).history();
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    for (const ImportHistoryEntry &h : history.value())
        EXPECT_FALSE(h.what.contains(readerPassword()) || h.what.contains(wrong) || h.error.contains(wrong));
}

TEST_F(Postgres, ADatabaseProfileKeepsItsPasswordInTheKeychainAndSyncsByName)
{
    load(QStringLiteral("profilecopy"), Schema::NewApi, makeLogs(1200));
    TempDir dir;
    const QString cli = QStringLiteral(QS_CLI_PATH);
    const QString config = QStringLiteral("XDG_CONFIG_HOME=") + dir.path(QStringLiteral("config"));
    const QString name = QStringLiteral("pg-profile-%1").arg(server().port());
    const QString dsn = QStringLiteral("postgresql://reader@127.0.0.1:%1/profilecopy?sslmode=disable").arg(server().port());
    const QString passwordEnv = QStringLiteral("QUOTASCOPE_DB_PASSWORD=") + readerPassword();

    ProcessResult r = runProcess(cli,
        { QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--database"), dsn,
            QStringLiteral("--mode"), QStringLiteral("live"), QStringLiteral("--password-stdin") },
        readerPassword().toUtf8() + '\n', { config });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added database profile"))) << r.out.toStdString();
    EXPECT_FALSE((r.out + r.err).contains(readerPassword()));

    // A second profile of the same name, or one with a password in its address, is refused.
    r = runProcess(cli, { QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--database"), dsn },
        {}, { config, passwordEnv });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    r = runProcess(cli,
        { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("other"), QStringLiteral("--database"),
            QStringLiteral("postgresql://reader:%1@127.0.0.1/x").arg(readerPassword()) },
        {}, { config });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.contains(readerPassword()));

    int settingsFiles = 0;
    QDirIterator files(dir.path(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains(readerPassword().toUtf8())) << file.fileName().toStdString();
        if (content.contains("profilecopy"))
            ++settingsFiles;
    }
#ifndef Q_OS_WIN
    EXPECT_EQ(settingsFiles, 1) << "the profile is saved under XDG_CONFIG_HOME";
#endif

    r = runProcess(cli, { QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json") }, {}, { config });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(listed.size(), 1) << r.out.toStdString();
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("database"));
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("database")).toString(), dsn);

    // With a keychain the stored password is used; without one it comes from the environment for each run.
    const bool realKeyring = qEnvironmentVariable("QUOTASCOPE_TEST_KEYRING") == QLatin1String("1");
    const QStringList env = realKeyring ? QStringList { config } : QStringList { config, passwordEnv };
    r = runProcess(cli, { QStringLiteral("profile"), QStringLiteral("test"), name }, {}, env);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Session: read-only"))) << r.out.toStdString();
    r = runProcess(cli,
        { QStringLiteral("sync"), QStringLiteral("--db"), dir.path(), QStringLiteral("--profile"), name,
            QStringLiteral("--json") },
        {}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("added")).toInteger(), 1200) << r.out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("source")).toString(), name);
    EXPECT_FALSE((r.out + r.err).contains(readerPassword()));

    // A wrong password for one run overrides the stored one, and says so clearly.
    r = runProcess(cli,
        { QStringLiteral("sync"), QStringLiteral("--db"), dir.path(), QStringLiteral("--profile"), name },
        {}, { config, QStringLiteral("QUOTASCOPE_DB_PASSWORD=Wrong-Pw-5521") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused the login of user \"reader\""))) << r.err.toStdString();

    r = runProcess(cli, { QStringLiteral("profile"), QStringLiteral("remove"), name }, {}, { config });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    CacheDb cache = openCache(dir.path());
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1")
                      .arg(sourceId(cache.db(), name))),
        1200)
        << "removing the profile keeps its cached data";
}

TEST_F(Postgres, TheSchedulerCopiesADatabaseProfileOnItsIntervalWithThePasswordFromTheStore)
{
    load(QStringLiteral("scheduled"), Schema::NewApi, makeLogs(1800));
    TempDir dir;
    MemoryCredentialStore credentials;
    GatewayProfile p;
    p.name = QStringLiteral("scheduled db");
    p.source = GatewayProfile::Source::Database;
    p.database = profile(QStringLiteral("scheduled"));
    p.refreshSeconds = 3600;
    ASSERT_TRUE(credentials.write(p.name, readerPassword()).ok());

    SyncScheduler scheduler(dir.path(), &credentials);
    QStringList changed;
    QList<SyncReport> reports;
    qint64 progressSeen = 0;
    QObject::connect(&scheduler, &SyncScheduler::dataChanged, [&](const QString &name) { changed << name; });
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](const SyncReport &r) { reports << r; });
    QObject::connect(&scheduler, &SyncScheduler::statusChanged, [&](const QString &name) {
        progressSeen = std::max(progressSeen, scheduler.status(name).progressDone);
    });
    scheduler.setProfiles({ p }); // automatic: copies at once
    waitUntil([&] { return !reports.isEmpty(); });
    ASSERT_EQ(reports.size(), 1);
    ASSERT_TRUE(reports[0].ok) << reports[0].error.message.toStdString();
    EXPECT_EQ(reports[0].added, 1800);
    EXPECT_EQ(reports[0].cursor, 1800);
    EXPECT_TRUE(changed.contains(p.name));
    EXPECT_EQ(progressSeen, 1800);
    SourceStatus s = scheduler.status(p.name);
    EXPECT_FALSE(s.running);
    EXPECT_TRUE(s.lastSuccess.isValid());
    EXPECT_TRUE(s.nextSync.isValid()) << "the next copy is armed on the refresh interval";
    {
        CacheDb cache = openCache(dir.path());
        EXPECT_EQ(scalar(cache.db(),
                      QStringLiteral("SELECT count(*) FROM usage_records WHERE source_id = %1")
                          .arg(sourceId(cache.db(), p.name))),
            1800);
    }

    // The next run adds nothing new; a wrong stored password stops automatic runs with a clear message.
    scheduler.syncNow(p.name);
    waitUntil([&] { return reports.size() == 2; });
    ASSERT_EQ(reports.size(), 2);
    EXPECT_TRUE(reports[1].ok);
    EXPECT_EQ(reports[1].added, 0);
    ASSERT_TRUE(credentials.write(p.name, QStringLiteral("Wrong-Pw-208")).ok());
    GatewayProfile changedProfile = p;
    changedProfile.refreshSeconds = 1800;
    scheduler.setProfiles({ changedProfile });
    waitUntil([&] { return reports.size() == 3; });
    ASSERT_EQ(reports.size(), 3);
    EXPECT_FALSE(reports[2].ok);
    EXPECT_EQ(reports[2].error.kind, Error::Kind::Auth) << reports[2].error.message.toStdString();
    EXPECT_FALSE(reports[2].error.message.contains(QStringLiteral("Wrong-Pw-208")));
    s = scheduler.status(p.name);
    EXPECT_TRUE(s.authFailed);
    EXPECT_FALSE(s.nextSync.isValid());
}

namespace {

/// Reports and stat cards from the copied cache and live from the server, for the same queries, must agree.
void expectLiveEqualsLocal(GatewayDatabase *db, sqlite3 *cache, qint64 source)
{
    LiveAggregator live(db);
    const Aggregator local(cache);
    const QTimeZone zones[] = { QTimeZone::utc(), QTimeZone("Asia/Kolkata"), QTimeZone("America/New_York") };
    for (const QTimeZone &tz : zones) {
        for (const Dimension by : { Dimension::Model, Dimension::User, Dimension::Channel, Dimension::None }) {
            for (const Granularity g : { Granularity::Hour, Granularity::Day }) {
                ReportQuery q;
                q.from = 1780000000 - 7200;
                q.to = 1780000000 + 2500 * 37 + 7200;
                q.tz = tz;
                q.granularity = g;
                q.by = by;
                q.topN = 2;
                q.filter.sourceIds = { source };
                q.filter.types = { int(LogType::Consume) };
                auto a = live.report(q);
                auto b = local.report(q);
                ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
                ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
                EXPECT_EQ(a->buckets, b->buckets);
                EXPECT_EQ(a->keys, b->keys) << tz.id().toStdString();
                ASSERT_EQ(a->rows.size(), b->rows.size()) << tz.id().toStdString() << " by " << int(by);
                for (qsizetype i = 0; i < a->rows.size(); ++i) {
                    EXPECT_EQ(a->rows[i].bucket, b->rows[i].bucket);
                    EXPECT_EQ(a->rows[i].key, b->rows[i].key);
                    EXPECT_EQ(a->rows[i].counters.quota, b->rows[i].counters.quota);
                    EXPECT_EQ(a->rows[i].counters.requests, b->rows[i].counters.requests);
                    EXPECT_EQ(a->rows[i].counters.totalTokens(), b->rows[i].counters.totalTokens());
                    EXPECT_EQ(a->rows[i].counters.cacheReadTokens, b->rows[i].counters.cacheReadTokens);
                }
                EXPECT_GT(a->totals.requests, 0);
                EXPECT_EQ(a->totals.quota, b->totals.quota);
            }
        }
    }
    ReportQuery q;
    q.from = 1780000000;
    q.to = 1780000000 + 86400 * 2;
    q.filter.sourceIds = { source };
    q.filter.types = { int(LogType::Consume) };
    q.filter.models = { QStringLiteral("deepseek-chat") };
    for (bool allTypes : { false, true }) {
        if (allTypes)
            q.filter.types.clear();
        auto a = live.stats(q);
        auto b = local.stats(q);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        EXPECT_GT(a->totals.requests, 0);
        EXPECT_EQ(a->totals.requests, b->totals.requests);
        EXPECT_EQ(a->totals.quota, b->totals.quota);
        EXPECT_EQ(a->totals.totalTokens(), b->totals.totalTokens());
        EXPECT_EQ(a->totals.cacheReadTokens, b->totals.cacheReadTokens);
        EXPECT_EQ(a->errors, b->errors);
        EXPECT_EQ(a->refundQuota, b->refundQuota);
        EXPECT_EQ(a->netQuota, b->netQuota);
        EXPECT_DOUBLE_EQ(a->failureRate, b->failureRate);
        EXPECT_EQ(a->peakRpm, b->peakRpm);
        EXPECT_EQ(a->peakRpmAt, b->peakRpmAt);
    }
    // The rankings (with the previous period) and the filter pickers' values.
    for (const Dimension by : { Dimension::Token, Dimension::Model, Dimension::Channel }) {
        ReportQuery r;
        r.from = 1780000000 + 86400;
        r.to = 1780000000 + 86400 * 2;
        r.tz = QTimeZone("Asia/Kolkata");
        r.granularity = Granularity::Hour;
        r.by = by;
        r.rankBy = Metric::Quota;
        r.filter.sourceIds = { source };
        auto a = rankKeys(live, r);
        auto b = rankKeys(cache, r);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        ASSERT_GT(a->rows.size(), 1);
        ASSERT_EQ(a->rows.size(), b->rows.size());
        EXPECT_GT(a->previousTotals.requests, 0);
        EXPECT_EQ(a->previousTotals.quota, b->previousTotals.quota);
        for (qsizetype i = 0; i < a->rows.size(); ++i) {
            EXPECT_EQ(a->rows[i].key, b->rows[i].key);
            EXPECT_EQ(a->rows[i].current.quota, b->rows[i].current.quota);
            EXPECT_EQ(a->rows[i].previous.quota, b->rows[i].previous.quota);
            EXPECT_EQ(a->rows[i].sparkline, b->rows[i].sparkline);
        }
    }
    Filter all;
    all.sourceIds = { source };
    for (const Dimension d : { Dimension::User, Dimension::Token, Dimension::Model, Dimension::Channel, Dimension::Group }) {
        auto a = live.distinctValues(d);
        auto b = local.distinctValues(d, all);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        EXPECT_FALSE(a->isEmpty()) << int(d);
        EXPECT_EQ(a.value(), b.value()) << int(d);
    }
    EXPECT_TRUE(live.statusText().startsWith(QStringLiteral("live from ") + db->serverVersion()))
        << live.statusText().toStdString();
}

} // namespace

namespace {

/// makeLogs(n) and, at four of their times, three more rows each with higher ids: ties on created_at that only
/// the id orders.
QList<GenLog> logsWithTies(int n)
{
    QList<GenLog> logs = makeLogs(n);
    qint64 id = n;
    for (int k = 0; k < 4; ++k) {
        const GenLog base = logs.at(40 + k * (n / 5));
        for (int j = 0; j < 3; ++j) {
            GenLog g = base;
            g.id = ++id;
            g.quota = base.quota + 11 * (j + 1);
            g.model = j == 1 ? QStringLiteral("deepseek-chat") : base.model;
            g.requestId = QStringLiteral("tie-%1").arg(g.id);
            logs << g;
        }
    }
    return logs;
}

void expectSameRecord(const UsageRecord &a, const UsageRecord &b, const std::string &where)
{
    EXPECT_EQ(a.identity, b.identity) << where;
    EXPECT_EQ(a.gatewayId, b.gatewayId) << where;
    EXPECT_EQ(a.createdAt, b.createdAt) << where;
    EXPECT_EQ(a.type, b.type) << where;
    EXPECT_EQ(a.userId, b.userId) << where;
    EXPECT_EQ(a.userName, b.userName) << where;
    EXPECT_EQ(a.tokenId, b.tokenId) << where;
    EXPECT_EQ(a.tokenName, b.tokenName) << where;
    EXPECT_EQ(a.model, b.model) << where;
    EXPECT_EQ(a.channelId, b.channelId) << where;
    EXPECT_EQ(a.channelName, b.channelName) << where;
    EXPECT_EQ(a.group, b.group) << where;
    EXPECT_EQ(a.quota, b.quota) << where;
    EXPECT_EQ(a.promptTokens, b.promptTokens) << where;
    EXPECT_EQ(a.completionTokens, b.completionTokens) << where;
    EXPECT_EQ(a.cacheReadTokens, b.cacheReadTokens) << where;
    EXPECT_EQ(a.cacheWriteTokens, b.cacheWriteTokens) << where;
    EXPECT_EQ(a.useTimeMs, b.useTimeMs) << where;
    EXPECT_EQ(a.isStream, b.isStream) << where;
    EXPECT_EQ(a.requestId, b.requestId) << where;
    EXPECT_EQ(a.ip, b.ip) << where;
    EXPECT_EQ(a.content, b.content) << where;
    EXPECT_EQ(a.other, b.other) << where;
}

/// Every listing of the log table, paged live on the server and from the copied cache, holds the same records
/// in the same order, in both orders and across many pages (ties on created_at included).
void expectLiveLogEqualsLocal(GatewayDatabase *db, sqlite3 *cache, qint64 source, qint64 tieAt)
{
    const LiveAggregator live(db);
    const RecordQuery local(cache);
    struct Case
    {
        const char *name;
        RecordSelection selection;
        int pageSize;
    };
    QList<Case> cases;
    RecordSelection all;
    all.from = 1780000000 - 3600;
    all.to = 1780000000 + 86400 * 2;
    cases << Case { "everything", all, 97 };
    RecordSelection window = all; // a few minutes round a tie, a row or two per page
    window.from = tieAt - 37 * 4;
    window.to = tieAt + 37 * 4;
    cases << Case { "ties", window, 2 };
    RecordSelection typed = all;
    typed.from = 1780000000 + 37 * 100 + 5; // bounds inside the data, to the second
    typed.to = 1780000000 + 37 * 600 + 1;
    typed.filter.types = { int(LogType::Consume), int(LogType::Refund) };
    typed.filter.users = { QString::fromUtf8("张三"), QStringLiteral("o'brien") };
    cases << Case { "types and users", typed, 31 };
    RecordSelection dims = all;
    dims.filter.models = { QStringLiteral("deepseek-chat") };
    dims.filter.tokens = { QStringLiteral("key-1"), QStringLiteral("key-3") };
    dims.filter.groups = { QStringLiteral("vip") };
    cases << Case { "model, token, group", dims, 9 };
    RecordSelection channel = all;
    channel.filter.channels = { QStringLiteral("2") };
    channel.filter.types = { int(LogType::Error) };
    cases << Case { "channel and errors", channel, 5 };
    RecordSelection text = all;
    text.text = QStringLiteral("O'BRIEN");
    cases << Case { "text", text, 40 };
    RecordSelection digits = all; // '%' and digits in the pattern
    digits.text = QStringLiteral("0.0.1");
    cases << Case { "text of digits", digits, 25 };
    RecordSelection chinese = all;
    chinese.text = QString::fromUtf8("张");
    cases << Case { "text in Chinese", chinese, 60 };
    RecordSelection wildcard = all;
    wildcard.text = QStringLiteral("y-3");
    cases << Case { "text in the token", wildcard, 40 };
    RecordSelection request = all;
    request.requestId = QStringLiteral("2026%1req").arg(123, 8, 10, QLatin1Char('0'));
    cases << Case { "request id", request, 10 };

    for (const Case &c : cases) {
        RecordSelection cached = c.selection;
        cached.filter.sourceIds = { source };
        auto liveCount = live.logCount(c.selection);
        auto localCount = local.count(cached);
        ASSERT_TRUE(liveCount.ok()) << liveCount.error().message.toStdString();
        ASSERT_TRUE(localCount.ok());
        EXPECT_GT(localCount.value(), 0) << c.name;
        EXPECT_EQ(liveCount.value(), localCount.value()) << c.name;
        for (const bool descending : { true, false }) {
            const std::string where = std::string(c.name) + (descending ? ", newest first" : ", oldest first");
            QList<UsageRecord> a, b;
            std::optional<RecordCursor> liveAfter, localAfter;
            int pages = 0;
            for (bool liveDone = false, localDone = false; !liveDone || !localDone; ++pages) {
                ASSERT_LT(pages, 1000) << where;
                if (!liveDone) {
                    auto page = live.logPage(c.selection, descending, liveAfter, c.pageSize);
                    ASSERT_TRUE(page.ok()) << where << ": " << page.error().message.toStdString();
                    ASSERT_EQ(page->records.size(), page->cursors.size());
                    ASSERT_TRUE(page->atEnd || page->records.size() == c.pageSize) << where;
                    a << page->records;
                    if (!page->cursors.isEmpty())
                        liveAfter = page->cursors.last();
                    liveDone = page->atEnd;
                }
                if (!localDone) {
                    auto page = local.keysetPage(cached, descending, localAfter, c.pageSize);
                    ASSERT_TRUE(page.ok()) << where;
                    b << page->records;
                    if (!page->cursors.isEmpty())
                        localAfter = page->cursors.last();
                    localDone = page->atEnd;
                }
            }
            EXPECT_EQ(a.size(), localCount.value()) << where;
            ASSERT_EQ(a.size(), b.size()) << where;
            for (qsizetype i = 0; i < a.size(); ++i)
                expectSameRecord(a[i], b[i], where + ", row " + std::to_string(i));
            if (c.pageSize < a.size()) {
                EXPECT_GT(pages, 1) << where;
            }
        }
    }
}

} // namespace

TEST_F(Postgres, LiveLogPagesEqualTheCopiedCacheLogTable)
{
    const QList<GenLog> logs = logsWithTies(720);
    load(QStringLiteral("livelog"), Schema::NewApi, logs);
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connectAndCopy(QStringLiteral("livelog"), cache);
    ASSERT_TRUE(db);
    expectLiveLogEqualsLocal(db.get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")), logs.last().createdAt);
}

TEST_F(MariaDb, LiveLogPagesEqualTheCopiedCacheLogTable)
{
    const QList<GenLog> logs = logsWithTies(720);
    load(QStringLiteral("livelog"), Schema::NewApi, logs);
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connectAndCopy(QStringLiteral("livelog"), cache);
    ASSERT_TRUE(db);
    expectLiveLogEqualsLocal(db.get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")), logs.last().createdAt);
}

TEST(DatabaseLive, ASqliteFileLiveLogPagesEqualTheCopiedCacheLogTable)
{
    TempDir dir;
    const QString gateway = dir.path(QStringLiteral("gateway.db"));
    const QList<GenLog> logs = logsWithTies(720);
    ASSERT_EQ(writeSqliteGateway(gateway, logs), QString());
    CacheDb cache = openCache(dir.path());
    DatabaseProfile p;
    p.engine = DatabaseProfile::Engine::Sqlite;
    p.path = gateway;
    auto db = GatewayDatabase::open(p, QString());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    ASSERT_TRUE(DatabaseCopier(cache.db()).copy(*db.value(), QStringLiteral("db")).ok());
    expectLiveLogEqualsLocal(
        db.value().get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")), logs.last().createdAt);
}

TEST_F(Postgres, LiveReportsAndCardsEqualTheCopiedCacheInEveryZone)
{
    load(QStringLiteral("live"), Schema::NewApi, makeLogs(2500));
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connectAndCopy(QStringLiteral("live"), cache);
    ASSERT_TRUE(db);
    expectLiveEqualsLocal(db.get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")));
    EXPECT_TRUE(LiveAggregator(db.get()).statusText().contains(QStringLiteral("PostgreSQL 1")));
}

TEST_F(MariaDb, LiveReportsAndCardsEqualTheCopiedCacheInEveryZone)
{
    load(QStringLiteral("live"), Schema::NewApi, makeLogs(2500));
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connectAndCopy(QStringLiteral("live"), cache);
    ASSERT_TRUE(db);
    expectLiveEqualsLocal(db.get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")));
}

// MariaDB's default collation compares text case-insensitively. Before, a live report merged "Alice" and "alice"
// (and the two spellings of a model), its pickers showed one of them, and a filter on one matched both, where the
// cache keeps them apart.
TEST_F(MariaDb, NamesThatDifferOnlyByCaseStayApartLiveAsInTheCache)
{
    QList<GenLog> logs = makeLogs(2500);
    for (qsizetype i = 0; i < logs.size(); i += 5)
        logs[i].model = QStringLiteral("DeepSeek-Chat"); // beside makeLogs' "deepseek-chat"
    for (qsizetype i = 0; i < logs.size(); i += 7)
        logs[i].user = QStringLiteral("Alice"); // beside "alice"
    load(QStringLiteral("cased"), Schema::NewApi, logs);
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto db = connectAndCopy(QStringLiteral("cased"), cache);
    ASSERT_TRUE(db);
    // Reports by model and by user, and the cards filtered to "deepseek-chat", equal the cache's.
    expectLiveEqualsLocal(db.get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")));
    const LiveAggregator live(db.get());
    const auto models = live.distinctValues(Dimension::Model);
    ASSERT_TRUE(models.ok()) << models.error().message.toStdString();
    EXPECT_TRUE(models->contains(QStringLiteral("DeepSeek-Chat"))) << models->join(u',').toStdString();
    EXPECT_TRUE(models->contains(QStringLiteral("deepseek-chat"))) << models->join(u',').toStdString();
    const auto users = live.distinctValues(Dimension::User);
    ASSERT_TRUE(users.ok()) << users.error().message.toStdString();
    EXPECT_TRUE(users->contains(QStringLiteral("Alice"))) << users->join(u',').toStdString();
    EXPECT_TRUE(users->contains(QStringLiteral("alice"))) << users->join(u',').toStdString();
    EXPECT_TRUE(users->contains(QStringLiteral("张三"))) << users->join(u',').toStdString();
}

TEST(DatabaseLive, ASqliteFileAnswersLiveLikeItsCopyInEveryZone)
{
    TempDir dir;
    const QString gateway = dir.path(QStringLiteral("one-api.db"));
    ASSERT_EQ(writeSqliteGateway(gateway, makeLogs(2500)), QString());
    CacheDb cache = openCache(dir.path());
    DatabaseProfile p;
    p.engine = DatabaseProfile::Engine::Sqlite;
    p.path = gateway;
    auto db = GatewayDatabase::open(p, QString());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    ASSERT_TRUE(DatabaseCopier(cache.db()).copy(*db.value(), QStringLiteral("db")).ok());
    expectLiveEqualsLocal(db.value().get(), cache.db(), sourceId(cache.db(), QStringLiteral("db")));
    EXPECT_EQ(LiveAggregator(db.value().get()).statusText(), QStringLiteral("live from SQLite %1 at %2")
        .arg(QString::fromLatin1(sqlite3_libversion()), gateway));
}

TEST_F(Postgres, ACancelStopsASlowQueryOnTheServerAndTheSessionGoesOn)
{
    load(QStringLiteral("cancel"), Schema::NewApi, makeLogs(30));
    auto admin = connect(profile(QStringLiteral("cancel"), QStringLiteral("qsadmin")), TestDbServer::adminPassword());
    ASSERT_TRUE(admin);
    const QString running = QStringLiteral(
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%' AND state = 'active'");
    const CancelOutcome out = cancelASlowQuery(profile(QStringLiteral("cancel")), readerPassword(), admin.get(),
        QStringLiteral("SELECT pg_sleep(600)"), running);
    ASSERT_FALSE(out.slow.ok());
    EXPECT_EQ(out.slow.error().kind, Error::Kind::Cancelled) << out.slow.error().message.toStdString();
    // The server's own words: stopped at the user's request, not by the statement timeout.
    EXPECT_TRUE(out.slow.error().message.contains(QStringLiteral("user request"))) << out.slow.error().message.toStdString();
    ASSERT_TRUE(out.next.ok()) << out.next.error().message.toStdString();
    EXPECT_EQ(out.next->value(0).value(0).toLongLong(), 30);
    auto still = admin->selectLogs(running);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still->value(0).value(0).toLongLong(), 0);
}

TEST_F(MariaDb, ACancelStopsASlowQueryOnTheServerAndTheSessionGoesOn)
{
    load(QStringLiteral("cancel"), Schema::NewApi, makeLogs(30));
    auto admin = connect(profile(QStringLiteral("cancel"), QStringLiteral("qsadmin")), TestDbServer::adminPassword());
    ASSERT_TRUE(admin);
    // A query that works for a long time (SLEEP() would just return early when killed, without an error).
    const QString slow = QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS a, information_schema.COLUMNS b, "
                                        "information_schema.COLUMNS c, information_schema.COLUMNS d");
    const QString running = QStringLiteral("SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE "
                                           "'SELECT count(*) FROM information_schema.COLUMNS a,%' AND COMMAND = 'Query'");
    const CancelOutcome out
        = cancelASlowQuery(profile(QStringLiteral("cancel")), readerPassword(), admin.get(), slow, running);
    ASSERT_FALSE(out.slow.ok());
    EXPECT_EQ(out.slow.error().kind, Error::Kind::Cancelled) << out.slow.error().message.toStdString();
    EXPECT_TRUE(out.slow.error().message.contains(QStringLiteral("interrupted"))) << out.slow.error().message.toStdString();
    EXPECT_FALSE(out.slow.error().message.contains(QStringLiteral("max_statement_time")));
    ASSERT_TRUE(out.next.ok()) << out.next.error().message.toStdString();
    EXPECT_EQ(out.next->value(0).value(0).toLongLong(), 30);
    auto still = admin->selectLogs(running);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still->value(0).value(0).toLongLong(), 0);
}

TEST(DatabaseLive, ACancelInterruptsAQueryOnASqliteFile)
{
    TempDir dir;
    const QString gateway = dir.path(QStringLiteral("one-api.db"));
    ASSERT_EQ(writeSqliteGateway(gateway, makeLogs(30)), QString());
    DatabaseProfile p;
    p.engine = DatabaseProfile::Engine::Sqlite;
    p.path = gateway;
    auto db = GatewayDatabase::open(p, QString());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    std::atomic_bool started { false };
    Result<QList<QVariantList>> slow = Error(QStringLiteral("not run"));
    std::thread worker([&] {
        started = true;
        // Counts to 10^11: hours, unless interrupted.
        slow = db.value()->selectLogs(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                     "WHERE i < 100000000000) SELECT count(*) FROM n"));
    });
    while (!started)
        QThread::msleep(1);
    QThread::msleep(50);
    ASSERT_TRUE(db.value()->canceller().cancel().ok());
    worker.join();
    ASSERT_FALSE(slow.ok());
    EXPECT_EQ(slow.error().kind, Error::Kind::Cancelled) << slow.error().message.toStdString();
    auto next = db.value()->selectLogs(QStringLiteral("SELECT count(*) FROM logs"));
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_EQ(next->value(0).value(0).toLongLong(), 30);
}


namespace {

/// Runs openssl in dir; an error message or empty.
QString openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("openssl %1: %2").arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

/// ca.pem, server.pem/server.key for 127.0.0.1 signed by it, and other.pem: an authority that signed nothing here.
QString makeCertificates(const QString &dir)
{
    QFile ext(QDir(dir).filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\n") < 0)
        return ext.errorString();
    ext.close();
    const QList<QStringList> steps {
        { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-subj",
            "/CN=QuotaScope test CA", "-days", "2" },
        { "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj",
            "/CN=127.0.0.1" },
        { "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
            "server.pem", "-days", "2", "-extfile", "ext.cnf" },
        { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.pem", "-subj",
            "/CN=Another CA", "-days", "2" },
    };
    for (const QStringList &step : steps) {
        if (const QString e = openssl(dir, step); !e.isEmpty())
            return e;
    }
    return {};
}

QString sessionCipher(GatewayDatabase *db)
{
    auto rows = db->selectLogs(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
    return rows.ok() ? rows->value(0).value(1).toString() : QStringLiteral("(failed)");
}

} // namespace

TEST_F(MariaDb, TlsRequireIsRefusedByAServerWithoutTls)
{
    load(QStringLiteral("notls"), Schema::NewApi, makeLogs(5));
    DatabaseProfile p = profile(QStringLiteral("notls"));
    p.tls = DatabaseProfile::Tls::Require;
    auto db = GatewayDatabase::open(p, readerPassword());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("did not encrypt the connection")))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("offers no TLS"))) << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(readerPassword()));
    // prefer goes on in the clear, as PostgreSQL's prefer does.
    p.tls = DatabaseProfile::Tls::Prefer;
    auto plain = connect(p);
    ASSERT_TRUE(plain);
    EXPECT_EQ(sessionCipher(plain.get()), QString());
}

TEST(MariaDbTls, RequireAndVerifyCaEncryptAndAnotherAuthorityIsRefused)
{
    MariaDbServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    const QString certs = server.filePath(QString());
    ASSERT_EQ(makeCertificates(certs), QString());
    const auto file = [&](const char *name) { return QDir(certs).filePath(QLatin1String(name)); };
    server.setExtraArguments({ QStringLiteral("--ssl-ca=") + file("ca.pem"),
        QStringLiteral("--ssl-cert=") + file("server.pem"), QStringLiteral("--ssl-key=") + file("server.key") });
    ASSERT_EQ(server.start(), QString());
    ASSERT_EQ(server.createDatabase(QStringLiteral("tls")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("tls"), schemaSql(Schema::NewApi, true)), QString());
    ASSERT_EQ(server.createReader(QStringLiteral("tls"), QStringLiteral("reader"), QStringLiteral("Tls-Pw-41")),
        QString());
    DatabaseProfile p;
    p.engine = DatabaseProfile::Engine::MySql;
    p.port = server.port();
    p.database = QStringLiteral("tls");
    p.user = QStringLiteral("reader");

    for (const DatabaseProfile::Tls mode : { DatabaseProfile::Tls::Prefer, DatabaseProfile::Tls::Require }) {
        p.tls = mode;
        auto db = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_FALSE(sessionCipher(db.value().get()).isEmpty()) << DatabaseProfile::tlsName(mode).toStdString();
    }
    p.tls = DatabaseProfile::Tls::Disable;
    {
        auto db = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(sessionCipher(db.value().get()), QString());
    }

    // verify-ca: the server's certificate must come from the named authority.
    p.tls = DatabaseProfile::Tls::VerifyCa;
    auto noFile = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
    ASSERT_FALSE(noFile.ok());
    EXPECT_TRUE(noFile.error().message.contains(QStringLiteral("sslrootcert"))) << noFile.error().message.toStdString();
    p.caFile = file("ca.pem");
    {
        auto db = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_FALSE(sessionCipher(db.value().get()).isEmpty());
    }
    p.caFile = file("other.pem");
    auto wrong = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("certificate"))) << wrong.error().message.toStdString();

    // verify-full is refused, saying why.
    p.tls = DatabaseProfile::Tls::VerifyFull;
    p.caFile = file("ca.pem");
    auto full = GatewayDatabase::open(p, QStringLiteral("Tls-Pw-41"));
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(QStringLiteral("host name"))) << full.error().message.toStdString();

    // The address carries the authority's file and gives it back.
    auto parsed = DatabaseProfile::fromDsn(QStringLiteral("mysql://reader@127.0.0.1/tls?sslmode=verify-ca&sslrootcert=")
        + QString::fromUtf8(QUrl::toPercentEncoding(file("ca.pem"))));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->caFile, file("ca.pem"));
    auto back = DatabaseProfile::fromDsn(parsed->dsn());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back.value() == parsed.value()) << parsed->dsn().toStdString();
}

TEST(DatabaseProfile, AnUnknownParameterOrACertificateFileWithASemicolonIsRefusedByName)
{
    auto unknown = DatabaseProfile::fromDsn(QStringLiteral("postgresql://reader@db.example.com/newapi?sslmod=require"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("unknown parameter \"sslmod\"")))
        << unknown.error().message.toStdString();

    auto profile = DatabaseProfile::fromDsn(QStringLiteral("postgresql://reader@db.example.com/newapi?sslmode=verify-ca"));
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    DatabaseProfile p = profile.value();
    p.caFile = QStringLiteral("certs/ca;old.pem");
    const auto checked = p.validate();
    ASSERT_FALSE(checked.ok());
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("ca;old.pem")))
        << checked.error().message.toStdString();
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("\";\""))) << checked.error().message.toStdString();
}
