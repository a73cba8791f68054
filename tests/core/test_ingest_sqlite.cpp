#include "ingesttesthelpers.h"

#include "support/printers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

// The gateway's own tables as GORM creates them on SQLite (U: current new-api; L: the older line).
const char *const LogsU = R"(CREATE TABLE `logs` (`id` integer PRIMARY KEY AUTOINCREMENT,`user_id` integer,
`created_at` integer,`type` integer,`content` text,`username` text DEFAULT '',`token_name` text DEFAULT '',
`model_name` text DEFAULT '',`quota` integer DEFAULT 0,`prompt_tokens` integer DEFAULT 0,
`completion_tokens` integer DEFAULT 0,`use_time` integer DEFAULT 0,`is_stream` numeric,`channel_id` integer,
`channel_name` text,`token_id` integer DEFAULT 0,`group` text,`ip` text DEFAULT '',`request_id` varchar(64) DEFAULT '',
`upstream_request_id` varchar(128) DEFAULT '',`other` text))";
const char *const LogsL = R"(CREATE TABLE `logs` (`id` integer PRIMARY KEY AUTOINCREMENT,`user_id` integer,
`created_at` integer,`type` integer,`content` text,`username` text DEFAULT '',`token_name` text DEFAULT '',
`model_name` text DEFAULT '',`quota` integer DEFAULT 0,`prompt_tokens` integer DEFAULT 0,
`completion_tokens` integer DEFAULT 0,`use_time` integer DEFAULT 0,`is_stream` numeric DEFAULT false,
`channel_id` integer,`channel_name` text,`token_id` integer DEFAULT 0,`group` text,`other` text))";
const char *const QuotaData = R"(CREATE TABLE `quota_data` (`id` integer PRIMARY KEY AUTOINCREMENT,`user_id` integer,
`username` text DEFAULT '',`model_name` text DEFAULT '',`created_at` integer,`token_used` integer DEFAULT 0,
`count` integer DEFAULT 0,`quota` integer DEFAULT 0))";

struct GatewayDb
{
    QString connection;
    QSqlDatabase db;

    explicit GatewayDb(const QString &path)
        : connection(QStringLiteral("gw-") + path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.open();
    }
    ~GatewayDb()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db);
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << q.lastError().text().toStdString() << " in " << sql.toStdString();
        return ok;
    }
};

void fillLogs(GatewayDb &g, bool withRequestIds, int rows)
{
    g.db.transaction();
    for (int i = 1; i <= rows; ++i) {
        const QString extra = withRequestIds ? QStringLiteral(", ip, request_id") : QString();
        const QString extraValues = withRequestIds ? QStringLiteral(", '10.0.0.%1', 'req-%1'").arg(i) : QString();
        g.exec(QStringLiteral("INSERT INTO logs (user_id, created_at, type, content, username, token_name, model_name, "
                              "quota, prompt_tokens, completion_tokens, use_time, is_stream, channel_id, token_id, "
                              "\"group\", other%1) VALUES (%2, %3, 2, '', 'u%2', 'k', 'm%4', %5, %6, %7, 2, %8, 4, 9, "
                              "'g%4', '{\"cache_tokens\":%9}'%10)")
                   .arg(extra)
                   .arg(i % 3 + 1)
                   .arg(1780000000 + i * 10)
                   .arg(i % 2)
                   .arg(i * 100)
                   .arg(i * 10)
                   .arg(i)
                   .arg(i % 2)
                   .arg(i % 5)
                   .arg(extraValues));
    }
    g.db.commit();
}

} // namespace

TEST(IngestSqlite, NewAndOldLogsSchemas)
{
    for (const bool modern : { true, false }) {
        TempDir dir;
        const QString path = dir.path(QStringLiteral("one-api.db"));
        const int rows = 23;
        {
            GatewayDb g(path);
            g.exec(QString::fromLatin1(modern ? LogsU : LogsL));
            fillLogs(g, modern, rows);
            g.exec(QStringLiteral("UPDATE logs SET channel_name = NULL, \"group\" = NULL WHERE id = 3"));
        }
        ASSERT_EQ(UsageFileReader::detect(path).value(), ImportFormat::GatewaySqlite);
        ImportOptions options;
        options.batchSize = 5;
        Collected c;
        auto stats = readAll(path, options, &c);
        ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
        ASSERT_EQ(c.records.size(), rows);
        EXPECT_EQ(c.recordBatches, 5);
        qint64 quota = 0, prompt = 0;
        for (int i = 1; i <= rows; ++i) {
            const UsageRecord &r = c.records.at(i - 1);
            EXPECT_EQ(r.identity, QStringLiteral("id:%1").arg(i));
            EXPECT_EQ(r.createdAt, 1780000000 + i * 10);
            EXPECT_EQ(r.useTimeMs, 2000);
            EXPECT_EQ(r.isStream, i % 2 == 1);
            EXPECT_EQ(r.channelId, 4);
            EXPECT_EQ(r.tokenId, 9);
            EXPECT_EQ(r.cacheReadTokens, i % 5);
            EXPECT_EQ(r.group, i == 3 ? QString() : QStringLiteral("g%1").arg(i % 2));
            EXPECT_EQ(r.requestId, modern ? QStringLiteral("req-%1").arg(i) : QString());
            quota += r.quota;
            prompt += r.promptTokens;
        }
        EXPECT_EQ(quota, 100 * rows * (rows + 1) / 2);
        EXPECT_EQ(prompt, 10 * rows * (rows + 1) / 2);
    }
}

TEST(IngestSqlite, QuotaDataIsSummedPerHour)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new-api.db"));
    {
        GatewayDb g(path);
        g.exec(QString::fromLatin1(QuotaData));
        g.exec(QString::fromLatin1(LogsU));
        // Two nodes raced: duplicate rows for (hour, user, model) that must be summed.
        const char *rows[] = {
            "(1, 'alice', 'gpt', 1780729200, 100, 2, 50)",
            "(1, 'alice', 'gpt', 1780729200, 10, 1, 5)",
            "(1, 'alice', 'claude', 1780729200, 7, 1, 70)",
            "(2, 'bob', 'gpt', 1780732800, 1, 1, 1)",
            "(1, 'alice', 'gpt', 1780736400, 3, 1, 2)",
        };
        for (const char *r : rows) {
            g.exec(QStringLiteral("INSERT INTO quota_data (user_id, username, model_name, created_at, token_used, "
                                  "count, quota) VALUES %1")
                       .arg(QLatin1String(r)));
        }
    }
    ImportOptions options;
    options.quotaData = true;
    options.batchSize = 1;
    Collected c;
    auto stats = readAll(path, options, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_TRUE(stats->aggregate);
    EXPECT_EQ(stats->rowsRead, 5);
    ASSERT_EQ(c.buckets.size(), 4);
    qint64 requests = 0, tokens = 0, quota = 0;
    for (const HourlyBucket &b : c.buckets) {
        requests += b.requests;
        tokens += b.tokens;
        quota += b.quota;
        if (b.hourStart == 1780729200 && b.model == QLatin1String("gpt")) {
            EXPECT_EQ(b.requests, 3);
            EXPECT_EQ(b.tokens, 110);
            EXPECT_EQ(b.quota, 55);
        }
    }
    EXPECT_EQ(requests, 6);
    EXPECT_EQ(tokens, 121);
    EXPECT_EQ(quota, 128);
    // A batch never splits an hour: each hour's buckets arrive together.
    EXPECT_EQ(c.bucketBatches, 3);
}

TEST(IngestSqlite, MissingTableAndNotADatabase)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.db"));
    {
        GatewayDb g(path);
        g.exec(QString::fromLatin1(QuotaData));
    }
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("empty.db"))) << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("quota_data"))) << stats.error().message.toStdString();

    ImportOptions forced;
    forced.format = ImportFormat::GatewaySqlite;
    stats = readAll(fixturePath(QStringLiteral("newapi-logs.csv")), forced, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("newapi-logs.csv")))
        << stats.error().message.toStdString();
}

TEST(IngestData, HourlyAnswersAreSummedAndEmptyShapesAccepted)
{
    const QString path = fixturePath(QStringLiteral("newapi-data-self.json"));
    ASSERT_EQ(UsageFileReader::detect(path).value(), ImportFormat::NewApiData);
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_TRUE(stats->aggregate);
    const QJsonArray items = wholeDocumentItems(path);
    EXPECT_EQ(stats->rowsRead, items.size());
    qint64 count = 0, quota = 0, tokens = 0;
    for (const QJsonValue &v : items) {
        count += v[QLatin1String("count")].toInteger();
        quota += v[QLatin1String("quota")].toInteger();
        tokens += v[QLatin1String("token_used")].toInteger();
    }
    qint64 requests = 0, q = 0, t = 0;
    for (const HourlyBucket &b : c.buckets) {
        requests += b.requests;
        q += b.quota;
        t += b.tokens;
        EXPECT_EQ(b.hourStart % 3600, 0);
    }
    EXPECT_EQ(requests, count);
    EXPECT_EQ(q, quota);
    EXPECT_EQ(t, tokens);
    EXPECT_EQ(c.buckets.size(), items.size() - 1); // two rows share (hour, user, model)

    for (const char *empty : { "newapi-data-null.json", "newapi-data-empty.json" }) {
        const QString p = fixturePath(QString::fromLatin1(empty));
        EXPECT_EQ(UsageFileReader::detect(p).value(), ImportFormat::NewApiData) << empty;
        Collected none;
        auto s = readAll(p, {}, &none);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(s->rowsRead, 0);
        EXPECT_TRUE(none.buckets.isEmpty());
    }
}

TEST(IngestData, NonNumericCountsAreRefused)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("data.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"success\":true,\"message\":\"\",\"data\":[\n"
            "{\"user_id\":1,\"username\":\"a\",\"model_name\":\"m\",\"created_at\":1780729200,\"token_used\":1,"
            "\"count\":1,\"quota\":1},\n"
            "{\"user_id\":1,\"username\":\"a\",\"model_name\":\"m\",\"created_at\":1780729200,\"token_used\":1,"
            "\"count\":\"many\",\"quota\":1}]}\n");
    f.close();
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("data.json line 3:")))
        << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("`count`"))) << stats.error().message.toStdString();
    EXPECT_TRUE(c.buckets.isEmpty());
}
