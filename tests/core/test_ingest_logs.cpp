#include "ingesttesthelpers.h"

#include "ingest/boundedlinereader.h"
#include "ingest/csvreader.h"
#include "ingest/identityassigner.h"
#include "ingest/jsonitemreader.h"
#include "ingest/rowmapper.h"
#include "support/printers.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <deque>
#include <map>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const UsageRecord *byGatewayId(const QList<UsageRecord> &records, qint64 id)
{
    for (const UsageRecord &r : records) {
        if (r.gatewayId == id)
            return &r;
    }
    return nullptr;
}

// Every field of each Log item in the fixture, compared with what the reader produced for the same id.
void expectMatchesItems(const QList<UsageRecord> &records, const QJsonArray &items)
{
    ASSERT_EQ(records.size(), items.size());
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QLatin1String("id")).toInteger();
        const UsageRecord *r = byGatewayId(records, id);
        ASSERT_NE(r, nullptr) << id;
        EXPECT_EQ(r->identity, QStringLiteral("id:%1").arg(id));
        EXPECT_EQ(r->createdAt, o.value(QLatin1String("created_at")).toInteger());
        EXPECT_EQ(r->type, o.value(QLatin1String("type")).toInt());
        EXPECT_EQ(r->userId, o.value(QLatin1String("user_id")).toInteger());
        EXPECT_EQ(r->userName, o.value(QLatin1String("username")).toString());
        EXPECT_EQ(r->tokenName, o.value(QLatin1String("token_name")).toString());
        EXPECT_EQ(r->model, o.value(QLatin1String("model_name")).toString());
        EXPECT_EQ(r->quota, o.value(QLatin1String("quota")).toInteger());
        EXPECT_EQ(r->promptTokens, o.value(QLatin1String("prompt_tokens")).toInteger());
        EXPECT_EQ(r->completionTokens, o.value(QLatin1String("completion_tokens")).toInteger());
        EXPECT_EQ(r->useTimeMs, o.value(QLatin1String("use_time")).toInteger() * 1000);
        EXPECT_EQ(r->isStream, o.value(QLatin1String("is_stream")).toBool());
        EXPECT_EQ(r->channelId, o.value(QLatin1String("channel")).toInteger());
        EXPECT_EQ(r->group, o.value(QLatin1String("group")).toString());
        EXPECT_EQ(r->requestId, o.value(QLatin1String("request_id")).toString());
        EXPECT_EQ(r->other, o.value(QLatin1String("other")).toString());
        const QJsonObject other = QJsonDocument::fromJson(r->other).object();
        EXPECT_EQ(r->cacheReadTokens, other.value(QLatin1String("cache_tokens")).toInteger());
    }
}

} // namespace

TEST(IngestLogs, PagedAdminAnswerStreamsEveryItem)
{
    const QString path = fixturePath(QStringLiteral("newapi-log-page.json"));
    ASSERT_EQ(UsageFileReader::detect(path).value(), ImportFormat::NewApiJson);
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_EQ(stats->rowsRead, 6);
    EXPECT_EQ(stats->skipped, 0);
    EXPECT_FALSE(stats->aggregate);
    expectMatchesItems(c.records, wholeDocumentItems(path));
    EXPECT_EQ(byGatewayId(c.records, 90212)->content, QStringLiteral("brace { in \"content\" ] ["));
}

TEST(IngestLogs, CacheWriteUsesTotalOrTheSplit)
{
    Collected c;
    ASSERT_TRUE(readAll(fixturePath(QStringLiteral("newapi-log-page.json")), {}, &c).ok());
    // Only the 5m/1h split: their sum. The total present: the total, not total + split.
    EXPECT_EQ(byGatewayId(c.records, 90212)->cacheWriteTokens, 300 + 200);
    EXPECT_EQ(byGatewayId(c.records, 90211)->cacheWriteTokens, 700);
    // "null", "" and a non-object `other` are kept raw and give no cache tokens.
    for (const qint64 id : { 90210, 90209, 90208 }) {
        EXPECT_EQ(byGatewayId(c.records, id)->cacheReadTokens, 0);
        EXPECT_EQ(byGatewayId(c.records, id)->cacheWriteTokens, 0);
    }
    EXPECT_EQ(byGatewayId(c.records, 90208)->other, QStringLiteral("[1,2]"));
    EXPECT_EQ(byGatewayId(c.records, 90210)->type, int(LogType::Error));
}

TEST(IngestLogs, JsonlAndCsvGiveTheSameRecordsAsJson)
{
    Collected json, jsonl, csv;
    ASSERT_TRUE(readAll(fixturePath(QStringLiteral("newapi-log-page.json")), {}, &json).ok());
    const QString jsonlPath = fixturePath(QStringLiteral("newapi-logs.jsonl"));
    const QString csvPath = fixturePath(QStringLiteral("newapi-logs.csv"));
    EXPECT_EQ(UsageFileReader::detect(jsonlPath).value(), ImportFormat::NewApiJsonl);
    EXPECT_EQ(UsageFileReader::detect(csvPath).value(), ImportFormat::NewApiCsv);
    auto s1 = readAll(jsonlPath, {}, &jsonl);
    ASSERT_TRUE(s1.ok()) << s1.error().message.toStdString();
    EXPECT_EQ(s1->skipped, 2);
    EXPECT_EQ(s1->skippedBy.value(QStringLiteral("empty line")), 2);
    auto s2 = readAll(csvPath, {}, &csv);
    ASSERT_TRUE(s2.ok()) << s2.error().message.toStdString();
    ASSERT_EQ(jsonl.records.size(), json.records.size());
    ASSERT_EQ(csv.records.size(), json.records.size());
    for (qsizetype i = 0; i < json.records.size(); ++i) {
        for (const UsageRecord *r : { &jsonl.records.at(i), &csv.records.at(i) }) {
            const UsageRecord &e = json.records.at(i);
            EXPECT_EQ(r->identity, e.identity);
            EXPECT_EQ(r->createdAt, e.createdAt);
            EXPECT_EQ(r->quota, e.quota);
            EXPECT_EQ(r->promptTokens, e.promptTokens);
            EXPECT_EQ(r->completionTokens, e.completionTokens);
            EXPECT_EQ(r->cacheReadTokens, e.cacheReadTokens);
            EXPECT_EQ(r->cacheWriteTokens, e.cacheWriteTokens);
            EXPECT_EQ(r->useTimeMs, e.useTimeMs);
            EXPECT_EQ(r->isStream, e.isStream);
            EXPECT_EQ(r->channelId, e.channelId);
            EXPECT_EQ(r->other, e.other);
            EXPECT_EQ(r->type, e.type);
        }
    }
    // The CSV's quoted field keeps its embedded newline and comma.
    EXPECT_EQ(byGatewayId(csv.records, 90212)->content, QStringLiteral("line one\nline two, with comma"));
}

TEST(IngestLogs, BareArrayAnswerAndPlainArray)
{
    Collected c;
    const QString path = fixturePath(QStringLiteral("newapi-logs-array.json"));
    ASSERT_EQ(UsageFileReader::detect(path).value(), ImportFormat::NewApiJson);
    ASSERT_TRUE(readAll(path, {}, &c).ok());
    expectMatchesItems(c.records, wholeDocumentItems(path));
}

TEST(IngestLogs, SelfLogsAreKeyedByContentNotByRowNumber)
{
    const QString path = fixturePath(QStringLiteral("newapi-log-self-l.json"));
    ImportOptions options;
    options.selfLogs = true;
    Collected c;
    auto stats = readAll(path, options, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(c.records.size(), 4);
    QSet<QString> identities;
    for (const UsageRecord &r : c.records) {
        EXPECT_EQ(r.gatewayId, 0);
        EXPECT_TRUE(r.identity.startsWith(QLatin1String("h:"))) << r.identity.toStdString();
        identities.insert(r.identity);
    }
    EXPECT_EQ(identities.size(), 4);
    // Rows 1 and 3 are identical: the same hash, numbered 0 and 1.
    EXPECT_EQ(c.records.at(1).identity.section(QLatin1Char('#'), 0, 0),
        c.records.at(3).identity.section(QLatin1Char('#'), 0, 0));
    EXPECT_TRUE(c.records.at(1).identity.endsWith(QLatin1String("#0")));
    EXPECT_TRUE(c.records.at(3).identity.endsWith(QLatin1String("#1")));

    Collected again;
    ASSERT_TRUE(readAll(path, options, &again).ok());
    for (qsizetype i = 0; i < c.records.size(); ++i)
        EXPECT_EQ(again.records.at(i).identity, c.records.at(i).identity);
}

TEST(IngestLogs, OneApiAnswer)
{
    const QString path = fixturePath(QStringLiteral("oneapi-log.json"));
    ASSERT_EQ(UsageFileReader::detect(path).value(), ImportFormat::OneApiJson);
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    const QJsonArray items = wholeDocumentItems(path);
    ASSERT_EQ(c.records.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const UsageRecord &r = c.records.at(i);
        EXPECT_EQ(r.useTimeMs, o.value(QLatin1String("elapsed_time")).toInteger());
        EXPECT_EQ(r.quota, o.value(QLatin1String("quota")).toInteger());
        EXPECT_EQ(r.gatewayId, 0);
        const QString requestId = o.value(QLatin1String("request_id")).toString();
        EXPECT_EQ(r.identity.startsWith(QLatin1String("r:")), !requestId.isEmpty()) << r.identity.toStdString();
        if (o.value(QLatin1String("type")).toInt() == 5) {
            EXPECT_EQ(r.type, int(LogType::System));
            EXPECT_EQ(QJsonDocument::fromJson(r.other).object().value(QLatin1String("one_api_type")).toInt(), 5);
        } else {
            EXPECT_EQ(r.type, o.value(QLatin1String("type")).toInt());
        }
    }
    EXPECT_EQ(c.records.at(0).identity, QStringLiteral("r:1740000000:2025021912000000000000001"));
}

TEST(IngestLogs, GatewayErrorAnswerIsRefusedWithItsMessage)
{
    Collected c;
    auto stats = readAll(fixturePath(QStringLiteral("newapi-error-answer.json")), {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("New-Api-User header not provided")))
        << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("newapi-error-answer.json")));
}

TEST(IngestLogs, MalformedFilesNameFileLineAndReason)
{
    struct Case
    {
        const char *file;
        const char *where;
        const char *why;
    };
    const Case cases[] = {
        { "malformed-truncated.json", "malformed-truncated.json line", "truncated" },
        { "malformed-bad-number.csv", "malformed-bad-number.csv line 5:", "column `quota` is not a number (\"30k\")" },
        { "malformed-wrong-columns.csv", "malformed-wrong-columns.csv line 6:", "expected 16 columns" },
        { "malformed-line.jsonl", "malformed-line.jsonl line 3:", "byte" },
    };
    for (const Case &k : cases) {
        Collected c;
        auto stats = readAll(fixturePath(QString::fromLatin1(k.file)), {}, &c);
        ASSERT_FALSE(stats.ok()) << k.file;
        EXPECT_EQ(stats.error().kind, Error::Kind::Parse);
        EXPECT_TRUE(stats.error().message.contains(QLatin1String(k.where))) << stats.error().message.toStdString();
        EXPECT_TRUE(stats.error().message.contains(QLatin1String(k.why))) << stats.error().message.toStdString();
    }
}

TEST(IngestLogs, TruncatedJsonReportsTheByteOffsetOfTheEnd)
{
    const QString path = fixturePath(QStringLiteral("malformed-truncated.json"));
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QStringLiteral("(byte %1)").arg(fileBytes(path).size())))
        << stats.error().message.toStdString();
}

TEST(IngestLogs, BatchesProgressAndCancel)
{
    const QString path = fixturePath(QStringLiteral("newapi-logs.jsonl"));
    ImportOptions options;
    options.batchSize = 2;
    Collected c;
    QList<qint64> done;
    qint64 total = -1;
    ASSERT_TRUE(readAll(path, options, &c, [&](qint64 d, qint64 t) {
        done.append(d);
        total = t;
    }).ok());
    EXPECT_EQ(c.recordBatches, 3);
    EXPECT_EQ(total, fileBytes(path).size());
    ASSERT_FALSE(done.isEmpty());
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
    EXPECT_EQ(done.last(), total);

    std::atomic_bool cancel { false };
    Collected partial;
    auto stats = readAll(
        path, options, &partial, [&](qint64, qint64) { cancel = true; }, &cancel);
    ASSERT_FALSE(stats.ok());
    EXPECT_EQ(stats.error().kind, Error::Kind::Cancelled);
    EXPECT_EQ(partial.recordBatches, 1);
}

TEST(IngestLogs, CsvRowsRepeatingTheHeaderAreCountedAsSkipped)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("two-exports.csv"));
    QByteArray text = fileBytes(fixturePath(QStringLiteral("newapi-logs.csv")));
    const QByteArray body = text.mid(3); // without the BOM
    text += "\r\n" + body;
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_EQ(stats->rowsRead, 12);
    EXPECT_EQ(stats->skippedBy.value(QStringLiteral("repeated header")), 1);
    EXPECT_EQ(stats->skippedBy.value(QStringLiteral("empty line")), 1);
    EXPECT_EQ(stats->skipped, 2);
}

TEST(IngestIdentity, IdenticalRowsInATraceAreNumbered)
{
    ImportOptions options;
    ASSERT_TRUE(parseColumnMapping(QStringLiteral("created_at=time,model=model,prompt_tokens=in,completion_tokens=out"),
        &options.mapping, nullptr));
    Collected c;
    auto stats = readAll(fixturePath(QStringLiteral("identical-rows.csv")), options, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(c.records.size(), 6);
    QSet<QString> ids;
    for (const UsageRecord &r : c.records)
        ids.insert(r.identity);
    EXPECT_EQ(ids.size(), 6);
    EXPECT_TRUE(c.records.at(2).identity.endsWith(QLatin1String("#2")));
    EXPECT_TRUE(c.records.at(5).identity.endsWith(QLatin1String("#1")));
    EXPECT_TRUE(c.records.at(4).identity.endsWith(QLatin1String("#0")));
}

TEST(IngestIdentity, CountersArePrunedInTimeOrderAndDisorderIsRefused)
{
    IdentityAssigner ids(4);
    auto record = [](qint64 t) {
        UsageRecord r;
        r.createdAt = t;
        r.model = QStringLiteral("m");
        return r;
    };
    for (qint64 i = 0; i < 50; ++i) {
        UsageRecord r = record(i * 1000);
        ASSERT_TRUE(ids.assign(&r).ok());
        UsageRecord twin = record(i * 1000);
        ASSERT_TRUE(ids.assign(&twin).ok());
        EXPECT_TRUE(twin.identity.endsWith(QLatin1String("#1")));
    }
    EXPECT_LT(ids.trackedEntries(), 20);
    UsageRecord old = record(5000);
    auto r = ids.assign(&old);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QLatin1String("out of time order")));
}

TEST(IngestTime, ParsesTheFormatsTracesUse)
{
    qint64 t = 0;
    ASSERT_TRUE(RowMapper::parseDateTime(u"2023-11-16 18:17:03.9799600", &t));
    EXPECT_EQ(t, QDateTime(QDate(2023, 11, 16), QTime(18, 17, 3), QTimeZone::utc()).toSecsSinceEpoch());
    ASSERT_TRUE(RowMapper::parseDateTime(u"2023-11-16T18:17:03+08:00", &t));
    EXPECT_EQ(t, QDateTime(QDate(2023, 11, 16), QTime(10, 17, 3), QTimeZone::utc()).toSecsSinceEpoch());
    ASSERT_TRUE(RowMapper::parseDateTime(u"2023-11-16T18:17Z", &t));
    EXPECT_EQ(t, QDateTime(QDate(2023, 11, 16), QTime(18, 17), QTimeZone::utc()).toSecsSinceEpoch());
    ASSERT_TRUE(RowMapper::parseDateTime(u"1969-12-31", &t));
    EXPECT_EQ(t, -86400);
    EXPECT_FALSE(RowMapper::parseDateTime(u"2023-02-30 00:00:00", &t));
    EXPECT_FALSE(RowMapper::parseDateTime(u"2023-11-16 25:00:00", &t));
    EXPECT_FALSE(RowMapper::parseDateTime(u"16/11/2023", &t));
    EXPECT_FALSE(RowMapper::parseDateTime(u"2023-11-16 18:17:03.", &t));
}

TEST(IngestOptions, FormatNamesAndMappingSyntax)
{
    for (const char *name : { "newapi-json", "newapi-jsonl", "newapi-csv", "oneapi-json", "newapi-data",
             "gateway-sqlite", "csv", "jsonl" }) {
        ImportFormat f = ImportFormat::Auto;
        ASSERT_TRUE(parseImportFormat(QString::fromLatin1(name), &f)) << name;
        EXPECT_NE(f, ImportFormat::Auto);
        EXPECT_EQ(importFormatName(f), QString::fromLatin1(name));
    }
    ImportFormat f;
    EXPECT_FALSE(parseImportFormat(QStringLiteral("xml"), &f));

    QHash<QString, QString> m;
    QString error;
    ASSERT_TRUE(parseColumnMapping(QStringLiteral("created_at=Timestamp:s, model=Model,user=Session ID"), &m, &error));
    EXPECT_EQ(m.value(QStringLiteral("created_at")), QStringLiteral("Timestamp:s"));
    EXPECT_EQ(m.value(QStringLiteral("model_name")), QStringLiteral("Model"));
    EXPECT_EQ(m.value(QStringLiteral("username")), QStringLiteral("Session ID"));
    EXPECT_FALSE(parseColumnMapping(QStringLiteral("colour=x"), &m, &error));
    EXPECT_TRUE(error.contains(QLatin1String("colour")));
    EXPECT_FALSE(parseColumnMapping(QStringLiteral("created_at"), &m, &error));
    EXPECT_TRUE(error.contains(QLatin1String("field=column")));
}

TEST(IngestLogs, LargeDocumentsAcrossReadChunks)
{
    // Several MiB, so items, strings and quoted CSV fields straddle the reader's 1 MiB chunks.
    TempDir dir;
    const int n = 12000;
    QByteArray json = "{\"success\":true,\"message\":\"\",\"data\":{\"page\":1,\"total\":12000,\"items\":[\n";
    QByteArray csv = "id,created_at,model_name,quota,content\r\n";
    qint64 quota = 0;
    for (int i = 0; i < n; ++i) {
        const QByteArray content = "say \\\"{[\\\" " + QByteArray(200 + i % 97, 'x') + " ]}";
        json += (i ? ",\n" : "") + QByteArray("{\"id\":") + QByteArray::number(i + 1)
            + ",\"created_at\":" + QByteArray::number(1780000000 + i)
            + ",\"model_name\":\"m\",\"quota\":" + QByteArray::number(i * 3) + ",\"content\":\"" + content + "\"}";
        csv += QByteArray::number(i + 1) + "," + QByteArray::number(1780000000 + i) + ",m," + QByteArray::number(i * 3)
            + ",\"a \"\"quoted\"\", multi\nline " + QByteArray(200 + i % 97, 'y') + "\"\r\n";
        quota += i * 3;
    }
    json += "]}}";
    for (const auto &[name, bytes] :
        { std::pair { QStringLiteral("big.json"), json }, std::pair { QStringLiteral("big.csv"), csv } }) {
        const QString path = dir.path(name);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        ASSERT_GT(bytes.size(), 3 * 1024 * 1024);
        Collected c;
        auto stats = readAll(path, {}, &c);
        ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
        ASSERT_EQ(c.records.size(), n);
        qint64 sum = 0;
        for (const UsageRecord &r : c.records)
            sum += r.quota;
        EXPECT_EQ(sum, quota);
        EXPECT_EQ(c.records.last().gatewayId, n);
        const QString content = c.records.at(5).content;
        EXPECT_TRUE(content.endsWith(QLatin1Char(name.endsWith(QLatin1String("json")) ? '}' : 'y')))
            << content.toStdString();
    }

    // An error in the last CSV row names its line: two physical lines per row plus the header.
    QByteArray bad = csv;
    bad.chop(2);
    bad += "\r\n" + QByteArray::number(n + 1) + "," + QByteArray::number(1780000000) + ",m,oops,\"\"\r\n";
    const QString path = dir.path(QStringLiteral("bad.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bad);
    f.close();
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QStringLiteral("bad.csv line %1:").arg(2 + 2 * n)))
        << stats.error().message.toStdString();
}

TEST(IngestLogs, UnclosedQuoteIsAnError)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("q.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("created_at,model_name,quota\n1780000000,m,1\n1780000001,\"m,2\n");
    f.close();
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("q.csv line 3:"))) << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("not closed"))) << stats.error().message.toStdString();
}

TEST(IngestLogs, OneApiLogsAsJsonl)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("oneapi.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    for (const QJsonValue &v : wholeDocumentItems(fixturePath(QStringLiteral("oneapi-log.json"))))
        f.write(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n');
    f.close();
    EXPECT_EQ(UsageFileReader::detect(path).value(), ImportFormat::NewApiJsonl);
    Collected c;
    ASSERT_TRUE(readAll(path, {}, &c).ok());
    ASSERT_EQ(c.records.size(), 3);
    EXPECT_EQ(c.records.at(1).type, int(LogType::System));
    EXPECT_EQ(c.records.at(1).useTimeMs, 950);
}

TEST(IngestIdentity, RowNumberIdsAreRefusedUnlessSelfLogs)
{
    TempDir dir;
    // A current /api/log/self answer: newest first, ids renumbered 1..n.
    QByteArray self
        = "{\"success\":true,\"message\":\"\",\"data\":{\"page\":1,\"page_size\":20,\"total\":20,\"items\":[";
    for (int i = 0; i < 20; ++i) {
        self += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i + 1) + ",\"created_at\":"
            + QByteArray::number(1780000000 - i * 60) + ",\"type\":2,\"model_name\":\"m\",\"quota\":5}";
    }
    self += "]}}";
    const QString path = dir.path(QStringLiteral("self.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(self);
    f.close();
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("self.json:"))) << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("self logs"))) << stats.error().message.toStdString();

    ImportOptions options;
    options.selfLogs = true;
    Collected ok;
    ASSERT_TRUE(readAll(path, options, &ok).ok());
    EXPECT_EQ(ok.records.size(), 20);
    EXPECT_TRUE(ok.records.first().identity.startsWith(QLatin1String("h:")));

    // The same id at two different times cannot be one gateway log.
    IdentityAssigner ids;
    UsageRecord a;
    a.gatewayId = 7;
    a.createdAt = 100;
    UsageRecord again = a;
    ASSERT_TRUE(ids.assign(&a).ok());
    EXPECT_TRUE(ids.assign(&again).ok()); // the same log twice (overlapping exports) is fine
    UsageRecord b = a;
    b.createdAt = 200;
    EXPECT_FALSE(ids.assign(&b).ok());
}

TEST(IngestLogs, RecentIdsRemembersExactlyTheLastIdsSeen)
{
    // Against a plain model (a map and the ids in order), over runs that rise, fall, repeat and collide in the
    // table (multiples of its size share a home slot), across many evictions.
    RecentIds recent;
    std::map<qint64, qint64> model;
    std::deque<qint64> order;
    QRandomGenerator rng(11);
    qint64 rising = 1000;
    for (int step = 0; step < 60000; ++step) {
        qint64 id = 0;
        switch (step / 5000 % 4) {
        case 0:
            id = ++rising; // gateway ids
            break;
        case 1:
            id = qint64(rng.bounded(6000)); // repeats, some still remembered, some forgotten
            break;
        case 2:
            id = qint64(rng.bounded(64)) * 8192; // all in one home slot: long probe runs, shifted on erase
            break;
        default:
            id = 1000000 - step; // falling
        }
        const auto it = model.find(id);
        const qint64 *found = recent.find(id);
        ASSERT_EQ(found != nullptr, it != model.end()) << "step " << step << " id " << id;
        if (found) {
            EXPECT_EQ(*found, it->second);
            continue;
        }
        recent.add(id, step);
        model[id] = step;
        order.push_back(id);
        if (qsizetype(order.size()) > RecentIds::Capacity) {
            model.erase(order.front());
            order.pop_front();
        }
        ASSERT_EQ(recent.size(), qsizetype(model.size()));
    }
    for (const auto &[id, at] : model) {
        const qint64 *found = recent.find(id);
        ASSERT_NE(found, nullptr) << id;
        EXPECT_EQ(*found, at);
    }

    // Through the assigner: a repeat at another time is caught while remembered, not once 4096 other ids came.
    IdentityAssigner ids;
    UsageRecord first;
    first.gatewayId = 5;
    first.createdAt = 100;
    ASSERT_TRUE(ids.assign(&first).ok());
    for (qint64 id = 6; id < 6 + RecentIds::Capacity - 1; ++id) {
        UsageRecord r;
        r.gatewayId = id;
        r.createdAt = 100 + id;
        ASSERT_TRUE(ids.assign(&r).ok());
    }
    UsageRecord moved = first;
    moved.createdAt = 999;
    EXPECT_FALSE(ids.assign(&moved).ok());
    UsageRecord pushOut;
    pushOut.gatewayId = 1000000;
    pushOut.createdAt = 100 + 1000000;
    ASSERT_TRUE(ids.assign(&pushOut).ok());
    EXPECT_TRUE(ids.assign(&moved).ok()) << "id 5 is no longer among the last 4096";
}

TEST(IngestLogs, JsonlLinesWithoutAnEndAreRefusedNotHeld)
{
    // 64 MiB and more without a newline: not a JSONL file. Refused with the line, without reading it all in.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("one-line.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"created_at\":1780729200,\"model_name\":\"m\",\"content\":\"");
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 65; ++i)
        f.write(chunk);
    f.write("\"}\n");
    f.close();
    ImportOptions options;
    options.format = ImportFormat::NewApiJsonl;
    Collected got;
    const auto read = readAll(path, options, &got);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("one-line.jsonl line 1")))
        << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("64 MiB"))) << read.error().message.toStdString();
    EXPECT_TRUE(got.records.isEmpty());
}

namespace {

/// A file-like device that answers its first bytes, then fails every read while claiming more data: a disk or
/// network file that stops answering halfway.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray head)
        : m_head(std::move(head))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return 1 << 20; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = pos();
        if (at >= m_head.size()) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min<qint64>(maxSize, m_head.size() - at);
        memcpy(data, m_head.constData() + at, size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
};

} // namespace

TEST(BoundedLineReader, AReadErrorIsFailedNotAnEndlessRunOfEmptyLines)
{
    // Before, the JSONL reader took the empty answer of a failing read for an empty line and asked again, forever.
    FailingDevice device(QByteArrayLiteral("{\"a\":1}\n{\"a\":2}\n"));
    BoundedLineReader reader(&device, 1024);
    QByteArray line;
    ASSERT_EQ(reader.next(&line), BoundedLineReader::Status::Line);
    EXPECT_EQ(line, QByteArrayLiteral("{\"a\":1}\n"));
    ASSERT_EQ(reader.next(&line), BoundedLineReader::Status::Line);
    EXPECT_EQ(reader.lineStart(), 8);
    EXPECT_EQ(reader.next(&line), BoundedLineReader::Status::Failed);
    EXPECT_EQ(reader.lineStart(), 16);
    EXPECT_FALSE(device.errorString().isEmpty());
}

// The CSV and JSON readers used by an import (the parallel readers hand a failed read over to them) say that the
// read failed, where, and why: before, a CSV said nothing after its file name, and a JSON page that it was
// truncated.
TEST(FailedRead, CsvAndJsonReadersSayTheReadFailedWhereAndWhy)
{
    {
        // The failure comes inside the second record: it is not handed out cut short.
        FailingDevice device(QByteArrayLiteral("id,model\n1,gpt-4o\n2,\"gpt"));
        CsvReader csv(&device);
        ASSERT_EQ(csv.nextRecord(), CsvReader::Status::Record);
        ASSERT_EQ(csv.nextRecord(), CsvReader::Status::Record);
        EXPECT_EQ(csv.fields()[1], QByteArrayView("gpt-4o"));
        EXPECT_EQ(csv.nextRecord(), CsvReader::Status::Error);
        EXPECT_EQ(csv.errorString(), QStringLiteral("line 3: reading failed at byte 24: Input/output error"));
    }
    {
        FailingDevice device(QByteArrayLiteral("{\"data\":{\"items\":[{\"id\":1},\n{\"id\":2,\"other\":\"{\\\"frt"));
        JsonItemReader reader(&device);
        QList<QByteArray> items;
        const auto read = reader.read([&](QByteArrayView item, qint64, qint64) -> Result<void> {
            items << item.toByteArray();
            return {};
        });
        ASSERT_FALSE(read.ok());
        EXPECT_EQ(items, QList<QByteArray> { QByteArrayLiteral("{\"id\":1}") });
        EXPECT_EQ(read.error().kind, Error::Kind::Io);
        EXPECT_EQ(read.error().message, QStringLiteral("line 2 (byte 51): reading failed: Input/output error"));
    }
}

TEST(BoundedLineReader, LinesLastLineAndTooLong)
{
    QByteArray text = "one\n\ntwo-is-longer-than-ten\nlast";
    QBuffer buffer(&text);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    BoundedLineReader reader(&buffer, 10);
    QByteArray line;
    ASSERT_EQ(reader.next(&line), BoundedLineReader::Status::Line);
    EXPECT_EQ(line, QByteArrayLiteral("one\n"));
    ASSERT_EQ(reader.next(&line), BoundedLineReader::Status::Line);
    EXPECT_EQ(line, QByteArrayLiteral("\n"));
    EXPECT_EQ(reader.next(&line), BoundedLineReader::Status::TooLong);
    EXPECT_EQ(line.size(), 10);

    QByteArray tail = "a\nlast";
    QBuffer second(&tail);
    ASSERT_TRUE(second.open(QIODevice::ReadOnly));
    BoundedLineReader lines(&second, 10);
    ASSERT_EQ(lines.next(&line), BoundedLineReader::Status::Line);
    ASSERT_EQ(lines.next(&line), BoundedLineReader::Status::Line);
    EXPECT_EQ(line, QByteArrayLiteral("last"));
    EXPECT_EQ(lines.next(&line), BoundedLineReader::Status::End);
}
