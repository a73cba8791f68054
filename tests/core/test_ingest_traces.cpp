#include "ingesttesthelpers.h"

#include "support/printers.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 DocumentedBurstGptBase = 1700092800; // 2023-11-16T00:00:00Z, the README's default

qint64 sumColumn(const QList<QStringList> &rows, int column)
{
    qint64 sum = 0;
    for (const QStringList &row : rows)
        sum += qint64(row.at(column).toDouble());
    return sum;
}

} // namespace

TEST(IngestTraces, BurstGpt1)
{
    const QString path = fixturePath(QStringLiteral("BurstGPT_1.head400.csv"));
    EXPECT_EQ(UsageFileReader::detect(path).value(), ImportFormat::MappedCsv);
    Collected c;
    auto stats = readAll(path, {}, &c); // the preset is recognised from the header
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_EQ(stats->preset, QStringLiteral("burstgpt"));
    const QList<QStringList> rows = plainCsvRows(path);
    ASSERT_EQ(c.records.size(), rows.size());
    qint64 prompt = 0, completion = 0, failed = 0;
    for (const UsageRecord &r : c.records) {
        prompt += r.promptTokens;
        completion += r.completionTokens;
        failed += r.type == int(LogType::Error) ? 1 : 0;
        EXPECT_EQ(r.quota, 0);
    }
    EXPECT_EQ(prompt, sumColumn(rows, 2));
    EXPECT_EQ(completion, sumColumn(rows, 3));
    qint64 zeroResponse = 0;
    for (const QStringList &row : rows)
        zeroResponse += row.at(3) == QLatin1String("0") ? 1 : 0;
    EXPECT_EQ(failed, zeroResponse);
    EXPECT_GT(failed, 0);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(c.records.at(i).createdAt, DocumentedBurstGptBase + rows.at(i).at(0).toLongLong());
        EXPECT_EQ(c.records.at(i).model, rows.at(i).at(1));
        EXPECT_EQ(c.records.at(i).group, rows.at(i).at(5));
    }
    QSet<QString> ids;
    for (const UsageRecord &r : c.records)
        ids.insert(r.identity);
    EXPECT_EQ(ids.size(), c.records.size());
}

TEST(IngestTraces, BurstGpt3SessionsLatencyAndEpochBase)
{
    const QString path = fixturePath(QStringLiteral("BurstGPT_3.head400.csv"));
    ImportOptions options;
    options.preset = QStringLiteral("burstgpt");
    options.epochBase = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    options.user = QStringLiteral("replay");
    Collected c;
    auto stats = readAll(path, options, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    const QList<QStringList> rows = plainCsvRows(path);
    ASSERT_EQ(c.records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const UsageRecord &r = c.records.at(i);
        EXPECT_EQ(r.createdAt, *options.epochBase + qint64(rows.at(i).at(0).toDouble()));
        EXPECT_EQ(r.tokenName, rows.at(i).at(1));
        EXPECT_EQ(r.useTimeMs, rows.at(i).at(2).toLongLong() * 1000);
        EXPECT_EQ(r.userName, QStringLiteral("replay"));
        EXPECT_EQ(r.promptTokens, rows.at(i).at(4).toLongLong());
    }
}

TEST(IngestTraces, AzureTraces)
{
    for (const char *name : { "code", "conv" }) {
        const QString path
            = fixturePath(QStringLiteral("AzureLLMInferenceTrace_%1.head500.csv").arg(QLatin1String(name)));
        Collected c;
        auto stats = readAll(path, {}, &c);
        ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
        EXPECT_EQ(stats->preset, QStringLiteral("azure-trace"));
        const QList<QStringList> rows = plainCsvRows(path);
        ASSERT_EQ(rows.size(), 500);
        ASSERT_EQ(c.records.size(), 500);
        qint64 prompt = 0, completion = 0;
        for (const UsageRecord &r : c.records) {
            prompt += r.promptTokens;
            completion += r.completionTokens;
            EXPECT_EQ(r.model, QLatin1String(name));
            EXPECT_EQ(r.type, int(LogType::Consume));
        }
        EXPECT_EQ(prompt, sumColumn(rows, 1));
        EXPECT_EQ(completion, sumColumn(rows, 2));
        for (qsizetype i = 0; i < rows.size(); i += 97) {
            const QDateTime t = QDateTime::fromString(rows.at(i).at(0).left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            EXPECT_EQ(c.records.at(i).createdAt, QDateTime(t.date(), t.time(), QTimeZone::utc()).toSecsSinceEpoch());
        }
    }
}

TEST(IngestTraces, AzureModelOptionWins)
{
    ImportOptions options;
    options.model = QStringLiteral("gpt-4");
    Collected c;
    ASSERT_TRUE(readAll(fixturePath(QStringLiteral("AzureLLMInferenceTrace_code.head500.csv")), options, &c).ok());
    EXPECT_EQ(c.records.first().model, QStringLiteral("gpt-4"));
}

TEST(IngestTraces, Mooncake)
{
    const QString path = fixturePath(QStringLiteral("mooncake_conversation_trace.head300.jsonl"));
    EXPECT_EQ(UsageFileReader::detect(path).value(), ImportFormat::MappedJsonl);
    Collected c;
    auto stats = readAll(path, {}, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_EQ(stats->preset, QStringLiteral("mooncake"));
    const QRegularExpression re(
        QStringLiteral("\"timestamp\": (\\d+), \"input_length\": (\\d+), \"output_length\": (\\d+)"));
    qint64 rows = 0, prompt = 0, completion = 0;
    for (const QByteArray &line : fileBytes(path).split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        EXPECT_EQ(c.records.at(rows).createdAt, DocumentedBurstGptBase + m.captured(1).toLongLong() / 1000);
        ++rows;
        prompt += m.captured(2).toLongLong();
        completion += m.captured(3).toLongLong();
    }
    ASSERT_EQ(rows, 300);
    ASSERT_EQ(c.records.size(), rows);
    qint64 p = 0, q = 0;
    for (const UsageRecord &r : c.records) {
        p += r.promptTokens;
        q += r.completionTokens;
    }
    EXPECT_EQ(p, prompt);
    EXPECT_EQ(q, completion);
}

TEST(IngestTraces, MappingWithUnitAndBase)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("t.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ms,who,in,out,cost\n1500,u1,3,4,17\n2500,u2,5,6,\n");
    f.close();
    ImportOptions options;
    ASSERT_TRUE(parseColumnMapping(
        QStringLiteral("created_at=ms:ms,user=who,prompt_tokens=in,completion_tokens=out,quota=cost"), &options.mapping,
        nullptr));
    options.epochBase = 1700000000;
    options.model = QStringLiteral("m");
    Collected c;
    auto stats = readAll(path, options, &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(c.records.size(), 2);
    EXPECT_EQ(c.records.at(0).createdAt, 1700000001);
    EXPECT_EQ(c.records.at(1).createdAt, 1700000002);
    EXPECT_EQ(c.records.at(0).quota, 17);
    EXPECT_EQ(c.records.at(1).quota, 0);
    EXPECT_EQ(c.records.at(1).userName, QStringLiteral("u2"));
    EXPECT_EQ(c.records.at(1).model, QStringLiteral("m"));

    // Without a base the unit reads absolute epoch milliseconds.
    options.epochBase.reset();
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("ms,who,in,out,cost\n1700000001500,u1,3,4,17\n");
    f.close();
    Collected absolute;
    ASSERT_TRUE(readAll(path, options, &absolute).ok());
    ASSERT_EQ(absolute.records.size(), 1);
    EXPECT_EQ(absolute.records.at(0).createdAt, 1700000001);
}

TEST(IngestTraces, MappingErrorsNameTheColumn)
{
    ImportOptions options;
    ASSERT_TRUE(
        parseColumnMapping(QStringLiteral("created_at=Timestamp,prompt_tokens=Nope"), &options.mapping, nullptr));
    Collected c;
    auto stats = readAll(fixturePath(QStringLiteral("BurstGPT_1.head400.csv")), options, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("BurstGPT_1.head400.csv line 1:")))
        << stats.error().message.toStdString();
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("`Nope`"))) << stats.error().message.toStdString();

    ImportOptions unknown;
    unknown.preset = QStringLiteral("nosuch");
    stats = readAll(fixturePath(QStringLiteral("BurstGPT_1.head400.csv")), unknown, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("nosuch")));

    TempDir dir;
    const QString path = dir.path(QStringLiteral("plain.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    stats = readAll(path, {}, &c);
    ASSERT_FALSE(stats.ok());
    EXPECT_EQ(stats.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(stats.error().message.contains(QLatin1String("a, b"))) << stats.error().message.toStdString();
}
