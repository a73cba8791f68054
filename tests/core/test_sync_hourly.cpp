#include "aggregate/aggregator.h"
#include "gateway/syncengine.h"
#include "gateway/syncscheduler.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace QuotaScope;
using QuotaScope::Test::FakeGateway;
using QuotaScope::Test::waitUntil;

namespace {

constexpr qint64 kHourNow = 1780732800 + 1800; // half way through an hour
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
const QString kToken = QStringLiteral("hourly-token-abcdefghijklmnopqrs");

struct HourlyFixture : ::testing::Test
{
    QuotaScope::Test::TempDir dir;
    std::optional<CacheDb> cache;
    QNetworkAccessManager nam;
    FakeGateway server{FakeGateway::Shape::U};
    GatewayProfile profile;
    qint64 now = kHourNow;

    void SetUp() override
    {
        auto opened = CacheDb::open(dir.path(), QStringLiteral("hourly-test"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        cache.emplace(std::move(opened.value()));
        ASSERT_TRUE(server.listen());
        FakeGateway::User u;
        u.id = 5;
        u.name = QStringLiteral("alice");
        u.role = 10;
        u.token = kToken;
        server.addUser(u);
        profile.name = QStringLiteral("hourly");
        profile.baseUrl = server.url();
        profile.userId = 5;
        profile.scope = GatewayProfile::Scope::Self;
        profile.mode = GatewayProfile::Mode::Hourly;
        profile.requestBudget = 1000;
        profile.backfillFrom = kHourNow - 45 * kDay;
    }

    void row(qint64 user, const QString &model, qint64 hour, qint64 count, qint64 quota, qint64 tokens)
    {
        FakeGateway::QuotaRow r;
        r.userId = user;
        r.userName = user == 5 ? QStringLiteral("alice") : QStringLiteral("bob");
        r.model = model;
        r.createdAt = hour - hour % kHour;
        r.count = count;
        r.quota = quota;
        r.tokenUsed = tokens;
        server.addQuotaRow(r);
    }

    SyncReport sync()
    {
        SyncOptions o;
        o.client.baseDelayMs = 1;
        o.client.maxDelayMs = 4;
        o.clock = [this] { return now; };
        SyncEngine engine(&nam, cache->db());
        std::optional<SyncReport> report;
        QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &r) { report = r; });
        engine.start(profile, kToken, o);
        waitUntil([&] { return report.has_value(); });
        return report ? *report : SyncReport();
    }

    Counters cached()
    {
        auto info = SourceRepository(cache->db()).byName(profile.name);
        if (!info)
            return {};
        ReportQuery q;
        q.from = kHourNow - 90 * kDay;
        q.to = kHourNow + kDay;
        q.filter.sourceIds = {info->id};
        q.by = Dimension::None;
        auto stats = Aggregator(cache->db()).stats(q);
        EXPECT_TRUE(stats.ok()) << stats.error().message.toStdString();
        return stats ? stats->totals : Counters();
    }
};

void expectSame(const Counters &c, const FakeGateway::Totals &server)
{
    EXPECT_EQ(c.requests, server.count);
    EXPECT_EQ(c.quota, server.quota);
    EXPECT_EQ(c.totalTokens(), server.promptTokens); // the fake reports token_used there
}

} // namespace

TEST_F(HourlyFixture, BackfillInWindowsTheGatewayAcceptsAndSumsDuplicateRows)
{
    for (qint64 h = kHourNow - 44 * kDay; h <= kHourNow; h += 7 * kHour) {
        row(5, QStringLiteral("gpt-4o-mini"), h, 3, 3000, 900);
        row(5, QStringLiteral("claude-sonnet-4"), h, 1, 12000, 400);
        row(6, QStringLiteral("gpt-4o-mini"), h, 9, 9000, 100); // another user's: not in /self
    }
    // Two nodes flushed the same (user, model, hour): the gateway holds duplicate rows.
    row(5, QStringLiteral("gpt-4o-mini"), kHourNow - 10 * kDay, 2, 500, 50);
    row(5, QStringLiteral("gpt-4o-mini"), kHourNow - 10 * kDay, 4, 700, 70);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.windows, 2); // 45 days need two windows of at most 30 days
    expectSame(cached(), server.quotaTotals(5, 0, kHourNow));
    EXPECT_EQ(server.countRequests(QStringLiteral("/api/data/self")), 2);
}

TEST_F(HourlyFixture, RefetchingTheCurrentHourDoesNotDoubleCount)
{
    const qint64 current = kHourNow - kHourNow % kHour;
    row(5, QStringLiteral("gpt-4o-mini"), current - 5 * kHour, 10, 1000, 100);
    row(5, QStringLiteral("gpt-4o-mini"), current, 2, 200, 20);
    ASSERT_TRUE(sync().ok);
    expectSame(cached(), server.quotaTotals(5, 0, kHourNow));

    // The gateway flushes again: the current hour grows, and a late row lands in the previous hour.
    server.quotaRows().last().count += 5;
    server.quotaRows().last().quota += 500;
    row(5, QStringLiteral("claude-sonnet-4"), current - kHour, 1, 3000, 30);
    now = kHourNow + 600;
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    expectSame(cached(), server.quotaTotals(5, 0, kHourNow));
    EXPECT_LE(r.from, current - kHour);
}

TEST_F(HourlyFixture, AdminHourlyDataCoversEveryone)
{
    profile.scope = GatewayProfile::Scope::Admin;
    for (qint64 h = kHourNow - 20 * kDay; h <= kHourNow; h += 5 * kHour) {
        row(5, QStringLiteral("gpt-4o-mini"), h, 3, 3000, 900);
        row(6, QStringLiteral("gpt-4o-mini"), h, 9, 9000, 100);
    }
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    expectSame(cached(), server.quotaTotals(0, 0, kHourNow));
}

TEST_F(HourlyFixture, OneApiHasNoHourlyData)
{
    FakeGateway one(FakeGateway::Shape::O);
    ASSERT_TRUE(one.listen());
    FakeGateway::User u;
    u.id = 5;
    u.token = kToken;
    one.addUser(u);
    profile.baseUrl = one.url();
    const SyncReport r = sync();
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("one-api")));
}

namespace {

struct SchedulerFixture : HourlyFixture
{
    MemoryCredentialStore credentials;
};

} // namespace

TEST_F(SchedulerFixture, SyncsOnItsWorkerAndReportsStatus)
{
    row(5, QStringLiteral("gpt-4o-mini"), kHourNow - 3 * kHour, 4, 4000, 400);
    profile.backfillFrom = kHourNow - 2 * kDay;
    profile.refreshSeconds = 3600;
    ASSERT_TRUE(credentials.write(profile.name, kToken).ok());
    SyncScheduler scheduler(dir.path(), &credentials);
    SyncOptions o;
    o.client.baseDelayMs = 1;
    scheduler.setSyncOptions(o);
    QStringList changed;
    std::optional<SyncReport> report;
    QObject::connect(&scheduler, &SyncScheduler::dataChanged, [&](const QString &p) { changed << p; });
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](const SyncReport &r) { report = r; });
    scheduler.setProfiles({profile}); // automatic: syncs at once
    waitUntil([&] { return report.has_value(); });
    ASSERT_TRUE(report.has_value());
    ASSERT_TRUE(report->ok) << report->error.message.toStdString();
    EXPECT_TRUE(changed.contains(profile.name));
    const SourceStatus s = scheduler.status(profile.name);
    EXPECT_TRUE(s.lastSuccess.isValid());
    EXPECT_TRUE(s.nextSync.isValid());
    EXPECT_GT(s.nextSync, s.lastSuccess);
    EXPECT_FALSE(s.running);
    EXPECT_TRUE(s.lastError.message.isEmpty());
    // The worker wrote through its own connection; this one sees the result.
    expectSame(cached(), server.quotaTotals(5, 0, kHourNow));
}

TEST_F(SchedulerFixture, AuthFailureStopsAutomaticSyncs)
{
    profile.refreshSeconds = 1;
    ASSERT_TRUE(credentials.write(profile.name, QStringLiteral("wrong-token")).ok());
    SyncScheduler scheduler(dir.path(), &credentials);
    std::optional<SyncReport> report;
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](const SyncReport &r) { report = r; });
    scheduler.setProfiles({profile});
    waitUntil([&] { return report.has_value(); });
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->error.kind, Error::Kind::Auth);
    const SourceStatus s = scheduler.status(profile.name);
    EXPECT_TRUE(s.authFailed);
    EXPECT_FALSE(s.nextSync.isValid());
    EXPECT_FALSE(s.lastSuccess.isValid());
}

TEST_F(SchedulerFixture, UnreachableGatewayIsReportedOffline)
{
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    profile.refreshSeconds = 0; // manual
    ASSERT_TRUE(credentials.write(profile.name, kToken).ok());
    SyncScheduler scheduler(dir.path(), &credentials);
    SyncOptions o;
    o.client.baseDelayMs = 1;
    o.client.maxDelayMs = 2;
    o.client.maxAttempts = 2;
    scheduler.setSyncOptions(o);
    std::optional<SyncReport> report;
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](const SyncReport &r) { report = r; });
    scheduler.setProfiles({profile});
    EXPECT_TRUE(scheduler.isIdle()); // manual profiles do not sync by themselves
    scheduler.syncNow(profile.name);
    waitUntil([&] { return report.has_value(); });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->offline);
    const SourceStatus s = scheduler.status(profile.name);
    EXPECT_TRUE(s.offlineSince.isValid());
    EXPECT_FALSE(s.nextSync.isValid());
    EXPECT_EQ(s.lastError.kind, Error::Kind::Network);
}

TEST_F(HourlyFixture, AnEmptyAnswerKeepsTheStoredHours)
{
    const qint64 current = kHourNow - kHourNow % kHour;
    for (qint64 h = current - 20 * kDay; h <= current; h += 5 * kHour)
        row(5, QStringLiteral("gpt-4o-mini"), h, 3, 3000, 900);
    ASSERT_TRUE(sync().ok);
    const FakeGateway::Totals stored = server.quotaTotals(5, 0, kHourNow);
    expectSame(cached(), stored);

    // The gateway (or a proxy answering for it) now says success with no rows, for recent hours and, after the
    // cursor is reset, for the whole month.
    server.quotaRows().clear();
    now = kHourNow + 600;
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    expectSame(cached(), stored);
    auto info = SourceRepository(cache->db()).byName(profile.name);
    ASSERT_TRUE(info.ok());
    ASSERT_TRUE(SourceRepository(cache->db()).setState(info->id, SyncEngine::hourlyCursorKey(), QString()).ok());
    ASSERT_TRUE(sync().ok);
    expectSame(cached(), stored);
}

namespace {

/// A keychain that answers like the real one does: read() waits in a nested event loop until a timer fires.
/// The first read also lets `duringFirstRead` run inside that loop, as a timer or a click would.
class SlowCredentialStore : public MemoryCredentialStore
{
public:
    Result<QString> read(const QString &profile) override
    {
        ++reads;
        maxDepth = std::max(maxDepth, ++depth);
        QEventLoop loop;
        if (reads == 1 && duringFirstRead)
            QTimer::singleShot(0, &loop, duringFirstRead);
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        --depth;
        return MemoryCredentialStore::read(profile);
    }

    std::function<void()> duringFirstRead;
    int reads = 0;
    int depth = 0;
    int maxDepth = 0;
};

} // namespace

TEST_F(HourlyFixture, SyncsRequestedWhileTheKeychainAnswersQueueInsteadOfRunningTwice)
{
    row(5, QStringLiteral("gpt-4o-mini"), kHourNow - 3 * kHour, 4, 4000, 400);
    profile.backfillFrom = kHourNow - 2 * kDay;
    profile.refreshSeconds = 3600;
    GatewayProfile other = profile;
    other.name = QStringLiteral("hourly-other");
    other.refreshSeconds = 0;
    SlowCredentialStore credentials;
    ASSERT_TRUE(credentials.write(profile.name, kToken).ok());
    ASSERT_TRUE(credentials.write(other.name, kToken).ok());
    SyncScheduler scheduler(dir.path(), &credentials);
    SyncOptions o;
    o.client.baseDelayMs = 1;
    scheduler.setSyncOptions(o);
    QList<SyncReport> reports;
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](const SyncReport &r) { reports.append(r); });
    credentials.duringFirstRead = [&] {
        scheduler.syncNow(profile.name);
        scheduler.syncNow(other.name);
    };
    scheduler.setProfiles({ profile, other }); // the automatic one syncs at once
    ASSERT_TRUE(waitUntil([&] { return reports.size() >= 2 && scheduler.isIdle(); }));
    EXPECT_EQ(credentials.maxDepth, 1) << "a second dispatch started inside the keychain's event loop";
    ASSERT_EQ(reports.size(), 2);
    for (const SyncReport &r : reports)
        EXPECT_TRUE(r.ok) << r.profile.toStdString() << ": " << r.error.message.toStdString();
    EXPECT_EQ(reports[0].profile, profile.name);
    EXPECT_EQ(reports[1].profile, other.name);
    EXPECT_EQ(server.countRequests(QStringLiteral("/api/status")), 2);
}
