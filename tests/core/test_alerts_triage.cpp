// Anomaly triage on crafted records: a token that spends five times its usual from a new IP with a new model,
// a channel that slowed down and one that fails; ranked by the spend each carries.
#include "alerts/triage.h"
#include "model/usagerecord.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z
constexpr qint64 Day = 86400;

UsageRecord rec(int n, qint64 t, const QString &token, qint64 channel, const QString &ip, const QString &model,
    qint64 quota, qint64 ms, LogType type = LogType::Consume)
{
    UsageRecord r;
    r.identity = QStringLiteral("id:%1").arg(n);
    r.createdAt = t;
    r.type = int(type);
    r.tokenName = token;
    r.channelId = channel;
    r.ip = ip;
    r.model = model;
    r.quota = type == LogType::Consume ? quota : 0;
    r.useTimeMs = ms;
    return r;
}

QList<UsageRecord> records()
{
    QList<UsageRecord> out;
    int n = 0;
    const QString gpt = QStringLiteral("gpt-4o");
    for (int d = 1; d <= 4; ++d) {
        const qint64 day = Day0 - d * Day;
        for (int i = 0; i < 40; ++i)
            out << rec(++n, day + i * 600, QStringLiteral("a"), 7, QStringLiteral("1.1.1.1"), gpt, 1000, 500);
        for (int i = 0; i < 30; ++i)
            out << rec(++n, day + i * 600, QStringLiteral("b"), 8, QStringLiteral("2.2.2.2"), gpt, 1000, 800);
        out << rec(++n, day + 3600, QStringLiteral("b"), 8, QStringLiteral("2.2.2.2"), gpt, 0, 0, LogType::Error);
    }
    for (int i = 0; i < 200; ++i) {
        const bool o1 = i >= 190;
        out << rec(++n, Day0 + i * 300, QStringLiteral("a"), 7,
            i < 100 ? QStringLiteral("9.9.9.9") : QStringLiteral("1.1.1.1"), o1 ? QStringLiteral("o1") : gpt,
            o1 ? 3500 : 1000, 4000);
    }
    for (int i = 0; i < 30; ++i)
        out << rec(++n, Day0 + i * 600, QStringLiteral("b"), 8, QStringLiteral("2.2.2.2"), gpt, 1000, 800);
    for (int i = 0; i < 20; ++i)
        out << rec(
            ++n, Day0 + i * 600 + 1, QStringLiteral("b"), 8, QStringLiteral("2.2.2.2"), gpt, 0, 0, LogType::Error);
    return out;
}

class TriageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CacheDb cache = openCache(m_dir.path());
        auto source = SourceRepository(cache.db())
                          .ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records);
        ASSERT_TRUE(source.ok());
        RecordWriter w(cache.db(), source.value());
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(records()).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    TempDir m_dir;
};

} // namespace

TEST_F(TriageTest, ListsWhatChangedRankedByTheSpendItCarries)
{
    CacheDb cache = openCache(m_dir.path());
    auto entries = Triage(cache.db()).run(Day0, Day0 + Day, {});
    ASSERT_TRUE(entries.ok()) << entries.error().message.toStdString();
    QStringList seen;
    for (const TriageEntry &e : entries.value())
        seen << QStringLiteral("%1 %2 %3 %4").arg(TriageEntry::kindName(e.kind), e.key, e.detail).arg(e.effect);
    EXPECT_EQ(seen,
        (QStringList { QStringLiteral("channel_latency 7  225000"), QStringLiteral("spend_jump a  185000"),
            QStringLiteral("new_ip a 9.9.9.9 100000"), QStringLiteral("new_model a o1 35000"),
            QStringLiteral("channel_errors 8  30000") }));
    const TriageEntry &errors = entries->last();
    EXPECT_NEAR(errors.after, 40.0, 1e-9); // 20 of 50
    EXPECT_NEAR(errors.before, 100.0 * 4 / 124, 1e-9); // 4 of 124
    EXPECT_NEAR(entries->at(0).before, 500, 1e-9);
    EXPECT_NEAR(entries->at(0).after, 4000, 1e-9);

    // The day before held nothing unusual.
    auto quiet = Triage(cache.db()).run(Day0 - Day, Day0, {});
    ASSERT_TRUE(quiet.ok());
    EXPECT_TRUE(quiet->isEmpty());
}

TEST_F(TriageTest, CliPrintsTheEntriesWithTheirLogs)
{
    const QString cli = QStringLiteral(QS_CLI_PATH);
    ProcessResult r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("triage"), QStringLiteral("--from"),
            QStringLiteral("2026-03-10T00:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-03-11T00:00:00Z"),
            QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list[1][QStringLiteral("logs")].toString(),
        QStringLiteral("quotascope-cli export --token \"a\" --from 2026-03-10T00:00:00Z --to 2026-03-11T00:00:00Z"));
    // The logs command works and finds the token's 200 requests of that day.
    r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("export"), QStringLiteral("--token"),
            QStringLiteral("a"), QStringLiteral("--from"), QStringLiteral("2026-03-10T00:00:00Z"),
            QStringLiteral("--to"), QStringLiteral("2026-03-11T00:00:00Z"), QStringLiteral("--format"),
            QStringLiteral("jsonl") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 200);
    r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("triage"), QStringLiteral("--from"),
            QStringLiteral("2026-03-10"), QStringLiteral("--to"), QStringLiteral("2026-03-11") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("token \"a\" spent 5.6 times its usual"))) << r.out.toStdString();
}
