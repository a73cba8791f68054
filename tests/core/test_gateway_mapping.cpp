// One gateway Log gives one record, whether it is synced (the /api/log page parser) or imported from a file;
// the gateway's hourly rows give the same buckets from every reader.
#include "ingesttesthelpers.h"

#include "gateway/logpage.h"
#include "ingest/rowmapper.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

QJsonObject log(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

/// new-api admin logs: a Claude log with the cache-write total and its 5m/1h split, a refund, an error log, a
/// plain consumption log without request id.
QJsonArray newApiLogs()
{
    return {
        log({ { QStringLiteral("id"), 101 }, { QStringLiteral("created_at"), 1780732805 },
            { QStringLiteral("type"), 2 }, { QStringLiteral("user_id"), 1 },
            { QStringLiteral("username"), QStringLiteral("alice") }, { QStringLiteral("token_id"), 7 },
            { QStringLiteral("token_name"), QStringLiteral("desktop") },
            { QStringLiteral("model_name"), QStringLiteral("claude-sonnet-4") }, { QStringLiteral("quota"), 61800 },
            { QStringLiteral("prompt_tokens"), 1830 }, { QStringLiteral("completion_tokens"), 412 },
            { QStringLiteral("use_time"), 3 }, { QStringLiteral("is_stream"), true }, { QStringLiteral("channel"), 3 },
            { QStringLiteral("channel_name"), QStringLiteral("anthropic") },
            { QStringLiteral("group"), QStringLiteral("default") },
            { QStringLiteral("request_id"), QStringLiteral("20260606092005123456789a") },
            { QStringLiteral("other"),
                QStringLiteral("{\"cache_tokens\":900,\"cache_creation_tokens\":300,\"cache_creation_tokens_5m\":100,"
                               "\"cache_creation_tokens_1h\":200,\"claude\":true}") } }),
        log({ { QStringLiteral("id"), 102 }, { QStringLiteral("created_at"), 1780732900 },
            { QStringLiteral("type"), 6 }, { QStringLiteral("user_id"), 1 },
            { QStringLiteral("username"), QStringLiteral("alice") },
            { QStringLiteral("model_name"), QStringLiteral("veo-3") }, { QStringLiteral("quota"), 25000 },
            { QStringLiteral("content"), QStringLiteral("task failed, refunded") },
            { QStringLiteral("other"), QStringLiteral("{\"is_task\":true,\"reason\":\"upstream error\"}") } }),
        log({ { QStringLiteral("id"), 103 }, { QStringLiteral("created_at"), 1780733000 },
            { QStringLiteral("type"), 5 }, { QStringLiteral("user_id"), 2 },
            { QStringLiteral("username"), QStringLiteral("bob") },
            { QStringLiteral("model_name"), QStringLiteral("gpt-4o") }, { QStringLiteral("quota"), 0 },
            { QStringLiteral("content"), QStringLiteral("status_code=429") },
            { QStringLiteral("other"), QStringLiteral("{\"error_type\":\"upstream\",\"status_code\":429}") } }),
        log({ { QStringLiteral("id"), 104 }, { QStringLiteral("created_at"), 1780733100 },
            { QStringLiteral("type"), 2 }, { QStringLiteral("username"), QStringLiteral("bob") },
            { QStringLiteral("model_name"), QStringLiteral("gpt-4o") }, { QStringLiteral("quota"), 1562 },
            { QStringLiteral("prompt_tokens"), 100 }, { QStringLiteral("completion_tokens"), 50 },
            { QStringLiteral("use_time"), 1 },
            { QStringLiteral("other"),
                QStringLiteral("{\"cache_creation_tokens_5m\":40,\"cache_creation_tokens_1h\":2}") } }),
    };
}

/// one-api logs: elapsed_time in ms, and type 5 meaning a channel test.
QJsonArray oneApiLogs()
{
    return {
        log({ { QStringLiteral("id"), 7 }, { QStringLiteral("created_at"), 1780730000 }, { QStringLiteral("type"), 5 },
            { QStringLiteral("username"), QStringLiteral("root") },
            { QStringLiteral("model_name"), QStringLiteral("gpt-3.5") }, { QStringLiteral("quota"), 0 },
            { QStringLiteral("elapsed_time"), 812 }, { QStringLiteral("channel"), 2 },
            { QStringLiteral("content"), QStringLiteral("channel test") } }),
        log({ { QStringLiteral("id"), 8 }, { QStringLiteral("created_at"), 1780730100 }, { QStringLiteral("type"), 2 },
            { QStringLiteral("username"), QStringLiteral("root") },
            { QStringLiteral("model_name"), QStringLiteral("gpt-3.5") }, { QStringLiteral("quota"), 300 },
            { QStringLiteral("prompt_tokens"), 20 }, { QStringLiteral("completion_tokens"), 30 },
            { QStringLiteral("elapsed_time"), 1500 } }),
    };
}

void expectSameRecord(const UsageRecord &synced, const UsageRecord &imported)
{
    // Import numbers identical content rows ("#k") itself; sync adds the same suffix per window.
    const QString syncedIdentity
        = synced.identity.startsWith(QLatin1String("h:")) ? synced.identity + QStringLiteral("#0") : synced.identity;
    EXPECT_EQ(syncedIdentity, imported.identity);
    EXPECT_EQ(synced.gatewayId, imported.gatewayId);
    EXPECT_EQ(synced.createdAt, imported.createdAt);
    EXPECT_EQ(synced.type, imported.type);
    EXPECT_EQ(synced.userId, imported.userId);
    EXPECT_EQ(synced.userName, imported.userName);
    EXPECT_EQ(synced.tokenId, imported.tokenId);
    EXPECT_EQ(synced.tokenName, imported.tokenName);
    EXPECT_EQ(synced.model, imported.model);
    EXPECT_EQ(synced.channelId, imported.channelId);
    EXPECT_EQ(synced.channelName, imported.channelName);
    EXPECT_EQ(synced.group, imported.group);
    EXPECT_EQ(synced.quota, imported.quota);
    EXPECT_EQ(synced.promptTokens, imported.promptTokens);
    EXPECT_EQ(synced.completionTokens, imported.completionTokens);
    EXPECT_EQ(synced.cacheReadTokens, imported.cacheReadTokens);
    EXPECT_EQ(synced.cacheWriteTokens, imported.cacheWriteTokens);
    EXPECT_EQ(synced.useTimeMs, imported.useTimeMs);
    EXPECT_EQ(synced.isStream, imported.isStream);
    EXPECT_EQ(synced.requestId, imported.requestId);
    EXPECT_EQ(synced.ip, imported.ip);
    EXPECT_EQ(synced.content, imported.content);
    EXPECT_EQ(synced.other, imported.other);
}

QList<UsageRecord> synced(const QJsonArray &logs, GatewayProfile::Scope scope, GatewayProfile::Kind kind)
{
    const QJsonObject page { { QStringLiteral("page"), 1 }, { QStringLiteral("page_size"), 100 },
        { QStringLiteral("total"), logs.size() }, { QStringLiteral("items"), logs } };
    auto parsed = LogPage::parse(page, scope, kind);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return parsed.ok() ? parsed->records : QList<UsageRecord>();
}

QList<UsageRecord> imported(const TempDir &dir, const QString &name, const QByteArray &bytes, bool selfLogs)
{
    const QString path = dir.path(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    ImportOptions options;
    options.selfLogs = selfLogs;
    Collected c;
    auto stats = readAll(path, options, &c);
    EXPECT_TRUE(stats.ok()) << stats.error().message.toStdString();
    return c.records;
}

QByteArray jsonl(const QJsonArray &logs)
{
    QByteArray out;
    for (const QJsonValue &v : logs)
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace

TEST(GatewayMapping, SyncedAndImportedLogsGiveTheSameRecords)
{
    TempDir dir;
    const QJsonArray newApi = newApiLogs();
    const QJsonArray oneApi = oneApiLogs();
    struct Case
    {
        const char *name;
        QJsonArray logs;
        GatewayProfile::Scope scope;
        GatewayProfile::Kind kind;
        QString file;
        QByteArray bytes;
    };
    const QByteArray array = QJsonDocument(newApi).toJson();
    const QList<Case> cases = {
        { "new-api admin, JSON array", newApi, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi,
            QStringLiteral("admin.json"), array },
        { "new-api admin, JSONL", newApi, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi,
            QStringLiteral("admin.jsonl"), jsonl(newApi) },
        { "new-api self", newApi, GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi,
            QStringLiteral("self.json"), array },
        { "one-api admin", oneApi, GatewayProfile::Scope::Admin, GatewayProfile::Kind::OneApi,
            QStringLiteral("oneapi.json"), QJsonDocument(oneApi).toJson() },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QList<UsageRecord> viaSync = synced(c.logs, c.scope, c.kind);
        const QList<UsageRecord> viaImport = imported(dir, c.file, c.bytes, c.scope == GatewayProfile::Scope::Self);
        ASSERT_EQ(viaSync.size(), c.logs.size());
        ASSERT_EQ(viaImport.size(), viaSync.size());
        for (qsizetype i = 0; i < viaSync.size(); ++i) {
            SCOPED_TRACE(i);
            expectSameRecord(viaSync.at(i), viaImport.at(i));
        }
    }

    // What the shared mapping decides, checked against the fixture's own numbers.
    const QList<UsageRecord> admin = synced(newApi, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
    ASSERT_EQ(admin.size(), 4);
    EXPECT_EQ(admin.at(0).identity, QStringLiteral("id:101"));
    // cache_creation_tokens is the total of its 5m/1h split: counted once, not twice.
    EXPECT_EQ(admin.at(0).cacheWriteTokens, 300);
    EXPECT_EQ(admin.at(0).cacheReadTokens, 900);
    // Without the total, the split is added up.
    EXPECT_EQ(admin.at(3).cacheWriteTokens, 42);
    EXPECT_EQ(admin.at(1).type, int(LogType::Refund));
    EXPECT_EQ(admin.at(1).quota, 25000);
    EXPECT_EQ(admin.at(2).type, int(LogType::Error));
    const QList<UsageRecord> self = synced(newApi, GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi);
    EXPECT_EQ(self.at(0).identity, QStringLiteral("r:1780732805:20260606092005123456789a"));
    EXPECT_TRUE(self.at(1).identity.startsWith(QLatin1String("h:")));
    const QList<UsageRecord> one = synced(oneApi, GatewayProfile::Scope::Admin, GatewayProfile::Kind::OneApi);
    ASSERT_EQ(one.size(), 2);
    EXPECT_EQ(one.at(0).type, int(LogType::System));
    EXPECT_EQ(one.at(0).other, QStringLiteral("{\"one_api_type\":5}"));
    EXPECT_EQ(one.at(0).useTimeMs, 812);
}

TEST(GatewayMapping, SyncRefusesALogOutsideThePlausibleRanges)
{
    QJsonArray logs = newApiLogs();
    QJsonObject bad = logs.at(1).toObject();
    bad.insert(QStringLiteral("quota"), 5e18);
    logs.replace(1, bad);
    const QJsonObject page { { QStringLiteral("total"), logs.size() }, { QStringLiteral("items"), logs } };
    auto parsed = LogPage::parse(page, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QLatin1String("log id 102"))) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.error().message.contains(QLatin1String("`quota`"))) << parsed.error().message.toStdString();

    QJsonObject future = newApiLogs().at(0).toObject();
    future.insert(QStringLiteral("created_at"), 1.7e18);
    auto late = LogPage::parse(QJsonArray { future }, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QLatin1String("`created_at`"))) << late.error().message.toStdString();
}

TEST(GatewayMapping, HourlyRowsReadAlikeFromJsonAndTheQuotaDataTable)
{
    TempDir dir;
    struct Row
    {
        qint64 createdAt, userId;
        const char *user, *model;
        double count, quota, tokens;
    };
    // Two rows of one (hour, user, model) to be summed; one with a quota no gateway column holds.
    const QList<Row> rows = { { 1780729200, 1, "alice", "gpt-4o-mini", 37, 20544, 48211 },
        { 1780729200, 1, "alice", "gpt-4o-mini", 3, 100, 500 },
        { 1780732800 + 59, 1, "alice", "claude-sonnet-4", 4, 61800, 9120 },
        { 1780736400, 2, "bob", "gpt-4o", 1, 5e18, 10 } };

    QJsonArray items;
    for (const Row &r : rows) {
        items.append(QJsonObject { { QStringLiteral("created_at"), r.createdAt },
            { QStringLiteral("user_id"), r.userId }, { QStringLiteral("username"), QLatin1String(r.user) },
            { QStringLiteral("model_name"), QLatin1String(r.model) }, { QStringLiteral("count"), r.count },
            { QStringLiteral("quota"), r.quota }, { QStringLiteral("token_used"), r.tokens } });
    }
    const QString jsonPath = dir.path(QStringLiteral("data.json"));
    {
        QFile f(jsonPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject { { QStringLiteral("success"), true }, { QStringLiteral("data"), items } })
                    .toJson());
    }
    const QString dbPath = dir.path(QStringLiteral("gateway.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mapping-quota-data"));
        db.setDatabaseName(dbPath);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE quota_data (id integer PRIMARY KEY AUTOINCREMENT, user_id "
                                          "integer, username text, model_name text, created_at integer, token_used "
                                          "integer, count integer, quota integer)")));
        for (const Row &r : rows) {
            ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO quota_data (user_id, username, model_name, created_at, "
                                                 "token_used, count, quota) VALUES (?, ?, ?, ?, ?, ?, ?)")));
            for (const QVariant &v : { QVariant(r.userId), QVariant(QLatin1String(r.user)),
                     QVariant(QLatin1String(r.model)), QVariant(r.createdAt), QVariant(qint64(r.tokens)),
                     QVariant(qint64(r.count)), QVariant(qint64(r.quota)) })
                q.addBindValue(v);
            ASSERT_TRUE(q.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mapping-quota-data"));

    Collected fromJson, fromTable;
    ImportOptions options;
    auto a = readAll(jsonPath, options, &fromJson);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    options.quotaData = true;
    auto b = readAll(dbPath, options, &fromTable);
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();

    auto sorted = [](QList<HourlyBucket> list) {
        std::sort(list.begin(), list.end(), [](const HourlyBucket &x, const HourlyBucket &y) {
            return std::tie(x.hourStart, x.model) < std::tie(y.hourStart, y.model);
        });
        return list;
    };
    const QList<HourlyBucket> js = sorted(fromJson.buckets), tb = sorted(fromTable.buckets);
    ASSERT_EQ(js.size(), 2);
    ASSERT_EQ(tb.size(), js.size());
    for (qsizetype i = 0; i < js.size(); ++i) {
        EXPECT_EQ(js.at(i).hourStart, tb.at(i).hourStart);
        EXPECT_EQ(js.at(i).userId, tb.at(i).userId);
        EXPECT_EQ(js.at(i).userName, tb.at(i).userName);
        EXPECT_EQ(js.at(i).model, tb.at(i).model);
        EXPECT_EQ(js.at(i).requests, tb.at(i).requests);
        EXPECT_EQ(js.at(i).quota, tb.at(i).quota);
        EXPECT_EQ(js.at(i).tokens, tb.at(i).tokens);
    }
    EXPECT_EQ(js.at(0).requests, qint64(rows.at(0).count + rows.at(1).count));
    EXPECT_EQ(js.at(0).quota, qint64(rows.at(0).quota + rows.at(1).quota));
    EXPECT_EQ(js.at(1).hourStart, 1780732800);
    // The absurd row is skipped and counted by both, with its reason.
    for (const ReadStats *s : { &a.value(), &b.value() }) {
        EXPECT_EQ(s->skipped, 1);
        ASSERT_EQ(s->skippedBy.size(), 1);
        EXPECT_TRUE(s->skippedBy.keys().first().contains(QLatin1String("`quota`")))
            << s->skippedBy.keys().first().toStdString();
    }

    // The parser the sync engine uses on /api/data answers is this same function.
    auto parsed = parseHourlyRow(items.at(2).toObject());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->hourStart, 1780732800);
    QString why;
    EXPECT_FALSE(parseHourlyRow(items.at(3).toObject(), 0, 0, &why).ok());
    EXPECT_FALSE(why.isEmpty());
    QJsonObject fractional = items.at(0).toObject();
    fractional.insert(QStringLiteral("count"), 1.5);
    EXPECT_FALSE(parseHourlyRow(fractional).ok());
    QJsonObject text = items.at(0).toObject();
    text.insert(QStringLiteral("quota"), QStringLiteral("12"));
    EXPECT_FALSE(parseHourlyRow(text).ok());
}
