#include "aggregate/aggregator.h"
#include "gateway/gatewaystatus.h"
#include "gateway/syncengine.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <optional>

using namespace QuotaScope;
using QuotaScope::Test::FakeGateway;
using QuotaScope::Test::waitUntil;
using QuotaScope::Test::execSql;
using QuotaScope::Test::scalar;

namespace {

constexpr qint64 kNow = 1780732800; // the tests' fixed "now" (an hour start)
constexpr qint64 kDay = 86400;
const QString kToken = QStringLiteral("tok-0123456789abcdefghijklmnop");

struct SyncFixture : ::testing::Test
{
    QuotaScope::Test::TempDir dir;
    std::optional<CacheDb> cache;
    QNetworkAccessManager nam;
    std::unique_ptr<FakeGateway> server;
    GatewayProfile profile;
    qint64 now = kNow;
    QRandomGenerator rng{20260606};
    int nextRequest = 1;

    void start(FakeGateway::Shape shape, GatewayProfile::Scope scope, int role = 1)
    {
        auto opened = CacheDb::open(dir.path(), QStringLiteral("sync-test"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        cache.emplace(std::move(opened.value()));
        server = std::make_unique<FakeGateway>(shape);
        ASSERT_TRUE(server->listen());
        FakeGateway::User alice;
        alice.id = 5;
        alice.name = QStringLiteral("alice");
        alice.role = role;
        alice.token = kToken;
        server->addUser(alice);
        FakeGateway::User bob;
        bob.id = 6;
        bob.name = QStringLiteral("bob");
        bob.token = QStringLiteral("bob-token");
        server->addUser(bob);
        profile.name = QStringLiteral("gw");
        profile.baseUrl = server->url();
        profile.userId = 5;
        profile.scope = scope;
        profile.backfillFrom = kNow - 20 * kDay;
    }

    /// n logs for user at random times in [from, to], a mix of types, some without request id.
    void seed(int n, qint64 from, qint64 to, qint64 user = 5, bool requestIds = true)
    {
        static const QStringList models{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-sonnet-4"),
                                        QStringLiteral("deepseek-chat")};
        for (int i = 0; i < n; ++i) {
            FakeGateway::Log l;
            l.userId = user;
            l.createdAt = from + qint64(rng.bounded(quint64(to - from + 1)));
            l.type = rng.bounded(20) == 0 ? 6 : 2;
            l.model = models[int(rng.bounded(models.size()))];
            l.quota = qint64(rng.bounded(50000));
            l.promptTokens = qint64(rng.bounded(4000));
            l.completionTokens = qint64(rng.bounded(1000));
            l.isStream = rng.bounded(2);
            if (requestIds && rng.bounded(4) != 0)
                l.requestId = QStringLiteral("req-%1").arg(nextRequest++);
            server->addLog(l);
        }
    }

    SyncOptions options()
    {
        SyncOptions o;
        o.client.baseDelayMs = 1;
        o.client.maxDelayMs = 4;
        o.client.rateLimitDelayMs = 1;
        o.client.transferTimeoutMs = 500;
        o.client.maxAttempts = 4;
        o.client.budgetWindowMs = 180000;
        o.settleSeconds = 10;
        o.maxWindowRows = 300;
        o.clock = [this] { return now; };
        return o;
    }

    SyncReport sync(std::optional<SyncOptions> opts = std::nullopt, const QString &token = kToken)
    {
        profile.requestBudget = 10000;
        SyncEngine engine(&nam, cache->db());
        std::optional<SyncReport> report;
        QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &r) { report = r; });
        engine.start(profile, token, opts ? *opts : options());
        waitUntil([&] { return report.has_value(); }, 120000);
        EXPECT_TRUE(report.has_value());
        return report ? *report : SyncReport();
    }

    qint64 sourceId()
    {
        auto info = SourceRepository(cache->db()).byName(profile.name);
        return info ? info->id : 0;
    }

    /// The cache's own totals for consumption logs, through the Aggregator, plus the count of all records.
    FakeGateway::Totals cacheTotals(qint64 *allRecords = nullptr)
    {
        FakeGateway::Totals t;
        const qint64 id = sourceId();
        if (!id)
            return t;
        ReportQuery q;
        q.from = kNow - 60 * kDay;
        q.to = kNow + kDay;
        q.filter.sourceIds = {id};
        q.by = Dimension::None;
        auto stats = Aggregator(cache->db()).stats(q);
        EXPECT_TRUE(stats.ok()) << stats.error().message.toStdString();
        if (stats) {
            t.count = stats->totals.requests;
            t.quota = stats->totals.quota;
            t.promptTokens = stats->totals.promptTokens;
            t.completionTokens = stats->totals.completionTokens;
        }
        if (allRecords) {
            Filter all;
            all.sourceIds = {id};
            all.types.clear();
            auto page = RecordQuery(cache->db()).page(q.from, q.to, all, 0, 1);
            *allRecords = page ? page->total : -1;
        }
        return t;
    }

    /// What the gateway holds for this profile up to `to` (consumption only), and all types.
    FakeGateway::Totals serverTotals(qint64 to, qint64 *all = nullptr, qint64 from = 0)
    {
        const qint64 user = profile.scope == GatewayProfile::Scope::Admin ? 0 : profile.userId;
        if (all)
            *all = server->totals(user, from, to).count;
        return server->totals(user, from, to, 2);
    }
};

void expectSame(const FakeGateway::Totals &cache, const FakeGateway::Totals &server)
{
    EXPECT_EQ(cache.count, server.count);
    EXPECT_EQ(cache.quota, server.quota);
    EXPECT_EQ(cache.promptTokens, server.promptTokens);
    EXPECT_EQ(cache.completionTokens, server.completionTokens);
}

} // namespace

TEST_F(SyncFixture, AdminBackfillMatchesTheGatewayTotalsExactly)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(900, kNow - 19 * kDay, kNow - 60, 5);
    seed(400, kNow - 19 * kDay, kNow - 60, 6);
    seed(50, kNow - 40 * kDay, kNow - 21 * kDay, 5); // before the backfill start: not wanted
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.kind, GatewayProfile::Kind::NewApi);
    EXPECT_GT(r.windows, 4); // 1300 rows with 300 per window must have been split
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll, profile.backfillFrom));
    EXPECT_EQ(cachedAll, serverAll);
    EXPECT_EQ(r.added, serverAll);
    EXPECT_EQ(r.cursor, kNow - 10);

    // Meta feeds the stat cards and money formatting.
    auto info = SourceRepository(cache->db()).byName(profile.name);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(currencyFromMeta(info->meta).type, CurrencyDisplay::Type::Usd);
    auto account = accountFromMeta(info->meta);
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->usedQuota, 1500000);
    EXPECT_EQ(account->requestCount, 812);
    EXPECT_EQ(info->meta.value(QStringLiteral("gateway")).toObject().value(QStringLiteral("quota_per_unit")).toDouble(),
              500000.0);
}

TEST_F(SyncFixture, SelfLogsWithoutRealIdsAreNeitherLostNorDoubled)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Self);
    seed(500, kNow - 10 * kDay, kNow - 60, 5, true);
    seed(200, kNow - 10 * kDay, kNow - 60, 5, false);
    seed(300, kNow - 10 * kDay, kNow - 60, 6); // someone else's
    // Identical rows in the same second without request id: only their occurrence tells them apart.
    FakeGateway::Log twin;
    twin.userId = 5;
    twin.createdAt = kNow - 3 * kDay;
    twin.quota = 777;
    server->addLog(twin);
    server->addLog(twin);
    server->addLog(twin);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);

    // Reading everything again (cursor reset) must change nothing.
    ASSERT_TRUE(SourceRepository(cache->db()).setState(sourceId(), SyncEngine::logsCursorKey(), QString()).ok());
    const SyncReport again = sync();
    ASSERT_TRUE(again.ok) << again.error.message.toStdString();
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, serverAll);
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, IncrementalSyncPicksUpLiveGrowthOnly)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(300, kNow - 5 * kDay, kNow - 60);
    ASSERT_TRUE(sync().ok);
    // Rows written in the settle margin of the first run are picked up by the next one.
    seed(20, kNow - 9, kNow);
    now = kNow + 3600;
    seed(150, kNow, now - 11);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.from, kNow - 9 - GatewayProfile().overlapSeconds); // the overlap behind the cursor is read again
    EXPECT_EQ(r.added, 20 + 150);
    EXPECT_EQ(r.duplicates, server->totals(0, r.from, kNow - 10).count);
    expectSame(cacheTotals(), serverTotals(now));
}

TEST_F(SyncFixture, LogsArrivingWhilePagingCauseARereadNotAGapOrDuplicate)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Self);
    seed(250, kNow - 2 * kDay, kNow - 60);
    // A node with a lagging clock writes rows into the window being paged (on its 2nd and 3rd page).
    server->setBeforeLogList([this](int listRequest) {
        if (listRequest == 2 || listRequest == 3)
            seed(3, kNow - 2 * kDay, kNow - 60);
    });
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_GE(r.rereads, 1);
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);
}

TEST_F(SyncFixture, TransientFaultsAreRetriedAndTotalsStillMatch)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(700, kNow - 10 * kDay, kNow - 60);
    server->injectFaultOnPath(FakeGateway::Fault::Http500, QStringLiteral("/api/log"), 1);
    server->injectFaultOnPath(FakeGateway::Fault::Truncated, QStringLiteral("/api/log"), 3);
    server->injectFaultOnPath(FakeGateway::Fault::Drop, QStringLiteral("/api/log"), 5);
    server->injectFaultOnPath(FakeGateway::Fault::InvalidJson, QStringLiteral("/api/log"), 7);
    server->injectFaultOnPath(FakeGateway::Fault::Stall, QStringLiteral("/api/log"), 9);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_GE(r.retries, 4);
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, AFailedSyncLeavesOnlyCompleteWindowsAndResumes)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(1200, kNow - 10 * kDay, kNow - 60);
    // The 9th log request onwards fails for good: some windows are complete, one is half read.
    server->injectFaultOnPath(FakeGateway::Fault::Http500, QStringLiteral("/api/log"), 8, 1000);
    const SyncReport failed = sync();
    ASSERT_FALSE(failed.ok);
    EXPECT_EQ(failed.error.kind, Error::Kind::Network);
    EXPECT_GT(failed.cursor, profile.backfillFrom);
    EXPECT_LT(failed.cursor, kNow - 10);
    // Exactly the windows up to the cursor are cached: nothing of the half-read window.
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(failed.cursor, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);
    EXPECT_GT(cachedAll, 0);
}

TEST_F(SyncFixture, InterruptedSyncResumesFromItsCursor)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(1200, kNow - 10 * kDay, kNow - 60);
    server->injectFaultOnPath(FakeGateway::Fault::Http500, QStringLiteral("/api/log"), 8, 4);
    const SyncReport failed = sync();
    ASSERT_FALSE(failed.ok);
    qint64 cachedBefore = 0;
    cacheTotals(&cachedBefore);
    const int requestsBefore = server->countRequests(QStringLiteral("/api/log"));
    const SyncReport resumed = sync();
    ASSERT_TRUE(resumed.ok) << resumed.error.message.toStdString();
    EXPECT_EQ(resumed.from, failed.cursor + 1 - GatewayProfile().overlapSeconds);
    EXPECT_EQ(resumed.added, server->totals(0, 0, kNow).count - cachedBefore);
    EXPECT_GT(server->countRequests(QStringLiteral("/api/log")), requestsBefore);
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, TokenRotatedMidSyncStopsWithAnAuthError)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Self);
    seed(900, kNow - 10 * kDay, kNow - 60);
    server->injectFaultOnPath(FakeGateway::Fault::RotateToken, QStringLiteral("/api/log"), 4);
    const SyncReport r = sync();
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind, Error::Kind::Auth);
    EXPECT_FALSE(r.error.message.contains(kToken));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("token")));
    EXPECT_EQ(server->requests().last().path, QStringLiteral("/api/log/self")); // nothing after the 401
    expectSame(cacheTotals(), serverTotals(r.cursor));
}

TEST_F(SyncFixture, RateLimitedSyncBacksOffAndCompletes)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(600, kNow - 10 * kDay, kNow - 60);
    server->setRateLimit(3, 2);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_GT(r.rateLimitWaits, 0);
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, OneApiPagesOfTenWithoutTotals)
{
    start(FakeGateway::Shape::O, GatewayProfile::Scope::Self);
    seed(260, kNow - 6 * kDay, kNow - 60);
    seed(40, kNow - 6 * kDay, kNow - 60, 6);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.kind, GatewayProfile::Kind::OneApi);
    for (const auto &req : server->requests())
        EXPECT_FALSE(req.headers.contains("new-api-user"));
    expectSame(cacheTotals(), serverTotals(kNow));
    // 260 rows at 10 a page need at least 26 list requests.
    EXPECT_GE(server->countRequests(QStringLiteral("/api/log")), 26);
}

TEST_F(SyncFixture, OneApiAdminLogs)
{
    start(FakeGateway::Shape::O, GatewayProfile::Scope::Admin, 10);
    seed(130, kNow - 3 * kDay, kNow - 60);
    seed(70, kNow - 3 * kDay, kNow - 60, 6);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, OlderNewApiShapes)
{
    start(FakeGateway::Shape::L, GatewayProfile::Scope::Self);
    seed(450, kNow - 4 * kDay, kNow - 60, 5, false);
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.kind, GatewayProfile::Kind::NewApi);
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);

    auto admin = std::make_unique<FakeGateway>(FakeGateway::Shape::L);
    FakeGateway::User root;
    root.id = 5;
    root.role = 100;
    root.token = kToken;
    admin->addUser(root);
    ASSERT_TRUE(admin->listen());
    server = std::move(admin);
    seed(330, kNow - 4 * kDay, kNow - 60);
    profile.name = QStringLiteral("gw-admin");
    profile.baseUrl = server->url();
    profile.scope = GatewayProfile::Scope::Admin;
    const SyncReport ra = sync();
    ASSERT_TRUE(ra.ok) << ra.error.message.toStdString();
    expectSame(cacheTotals(), serverTotals(kNow));
}

TEST_F(SyncFixture, AdminScopeWithACommonUserIsRefusedWithAFix)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 1);
    seed(10, kNow - kDay, kNow - 60);
    const SyncReport r = sync();
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind, Error::Kind::Auth);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("self scope")));
    EXPECT_EQ(server->countRequests(QStringLiteral("/api/log")), 0);
}

TEST_F(SyncFixture, ProgressReachesTheTotal)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(520, kNow - 10 * kDay, kNow - 60);
    profile.requestBudget = 10000;
    SyncEngine engine(&nam, cache->db());
    QList<QPair<qint64, qint64>> steps;
    std::optional<SyncReport> report;
    QObject::connect(&engine, &SyncEngine::progress, [&](qint64 done, qint64 total, qint64) { steps.append({done, total}); });
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &r) { report = r; });
    engine.start(profile, kToken, options());
    waitUntil([&] { return report.has_value(); });
    ASSERT_TRUE(report && report->ok);
    ASSERT_GE(steps.size(), 2);
    EXPECT_EQ(steps.last().first, server->totals(0, 0, kNow).count);
    EXPECT_EQ(steps.last().first, steps.last().second);
    for (int i = 1; i < steps.size(); ++i)
        EXPECT_GE(steps[i].first, steps[i - 1].first);
}

TEST_F(SyncFixture, CancelStopsWithoutWritingTheOpenWindow)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(500, kNow - 10 * kDay, kNow - 60);
    profile.requestBudget = 10000;
    SyncEngine engine(&nam, cache->db());
    std::optional<SyncReport> report;
    server->setBeforeLogList([&](int listRequest) {
        if (listRequest == 3)
            engine.cancel();
    });
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &r) { report = r; });
    engine.start(profile, kToken, options());
    waitUntil([&] { return report.has_value(); });
    ASSERT_TRUE(report.has_value());
    EXPECT_FALSE(report->ok);
    EXPECT_EQ(report->error.kind, Error::Kind::Cancelled);
    expectSame(cacheTotals(), serverTotals(report->cursor));
}

TEST_F(SyncFixture, RowsWrittenLateBehindTheCursorReachTheCacheExactly)
{
    for (const auto scope : { GatewayProfile::Scope::Admin, GatewayProfile::Scope::Self }) {
        SCOPED_TRACE(scope == GatewayProfile::Scope::Admin ? "admin" : "self");
        now = kNow;
        start(FakeGateway::Shape::U, scope, 10);
        profile.name
            = scope == GatewayProfile::Scope::Admin ? QStringLiteral("late-admin") : QStringLiteral("late-self");
        seed(200, kNow - 2 * kDay, kNow - 60);
        for (int round = 0; round < 12; ++round) {
            const SyncReport r = sync();
            ASSERT_TRUE(r.ok) << r.error.message.toStdString();
            // Between two runs the gateway writes rows for requests that started 2 minutes earlier, behind the
            // cursor the last run stored (now - 10 s).
            now += 60;
            seed(8, now - 125, now - 115, 5, round % 2 == 0);
        }
        const SyncReport last = sync();
        ASSERT_TRUE(last.ok) << last.error.message.toStdString();
        qint64 cachedAll = 0, serverAll = 0;
        expectSame(cacheTotals(&cachedAll), serverTotals(now, &serverAll));
        EXPECT_EQ(cachedAll, serverAll);
        cache.reset();
    }
}

TEST_F(SyncFixture, TheFirstRunAfterTheMappingChangedDoesNotReReadRowsStoredTheOldWay)
{
    // A source synced before syncs and imports shared one mapping: its self logs without a request id carry content
    // identities of the earlier kind, and no mapping mark. Re-reading the overlap would store them a second time.
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Self, 1);
    seed(60, kNow - 900, kNow - 60, 5, false); // most of them inside the overlap of the next run
    ASSERT_TRUE(sync().ok);
    const qint64 records = scalar(cache->db(), QStringLiteral("SELECT count(*) FROM usage_records"));
    ASSERT_GT(records, 0);
    ASSERT_EQ(execSql(cache->db(),
                  QStringLiteral("UPDATE usage_records SET identity = 'h:earlier-' || id; "
                                 "DELETE FROM sync_state WHERE key = '%1'")
                      .arg(SyncEngine::logsMappingKey())),
        QString());

    now += 120;
    const SyncReport first = sync();
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    EXPECT_GT(first.from, kNow - 60); // from the cursor, no overlap
    EXPECT_EQ(first.added, 0);
    EXPECT_EQ(scalar(cache->db(), QStringLiteral("SELECT count(*) FROM usage_records")), records);
    auto mark = SourceRepository(cache->db()).state(sourceId(), SyncEngine::logsMappingKey());
    ASSERT_TRUE(mark.ok());
    EXPECT_EQ(mark.value(), SyncEngine::logsMappingVersion());

    // From then on the overlap is read again.
    now += 120;
    const SyncReport second = sync();
    ASSERT_TRUE(second.ok) << second.error.message.toStdString();
    EXPECT_LE(second.from, now - 120 - GatewayProfile().overlapSeconds);
}

TEST_F(SyncFixture, OverlapGrowsWhenTheGatewayClockIsBehind)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(50, kNow - kDay, kNow - 60);
    ASSERT_TRUE(sync().ok);
    server->setDate(QDateTime::currentDateTimeUtc().addSecs(-1800));
    now += 300;
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    // The cursor was kNow - 10; half an hour of skew comes on top of the usual overlap (the header has whole
    // seconds, so one second either way).
    EXPECT_LE(r.from, kNow - 10 + 1 - GatewayProfile().overlapSeconds - 1799);
    EXPECT_GE(r.from, kNow - 10 + 1 - GatewayProfile().overlapSeconds - 1801);
}

TEST_F(SyncFixture, AClockAheadOfTheSystemClockNeverStoresAFutureCursor)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    const qint64 wall = QDateTime::currentSecsSinceEpoch();
    profile.backfillFrom = wall - 2 * kDay;
    seed(40, wall - kDay, wall - 3600);
    SyncOptions o = options();
    o.clock = [] { return QDateTime::currentSecsSinceEpoch() + 30 * kDay; }; // sync --until next month
    const SyncReport r = sync(o);
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    auto stored = SourceRepository(cache->db()).state(sourceId(), SyncEngine::logsCursorKey());
    ASSERT_TRUE(stored.ok());
    EXPECT_LE(stored->toLongLong(), QDateTime::currentSecsSinceEpoch());
    EXPECT_LE(r.to, QDateTime::currentSecsSinceEpoch());
    EXPECT_EQ(r.added, 40);
}

TEST_F(SyncFixture, AListThatIgnoresThePageParameterStopsWithAClearError)
{
    for (const auto shape : { FakeGateway::Shape::O, FakeGateway::Shape::U }) {
        SCOPED_TRACE(shape == FakeGateway::Shape::O ? "one-api, no total" : "new-api, with total");
        start(shape, GatewayProfile::Scope::Self);
        profile.name = shape == FakeGateway::Shape::O ? QStringLiteral("one") : QStringLiteral("new");
        profile.backfillFrom = kNow - 12 * 3600; // one window
        seed(250, kNow - 6 * 3600, kNow - 60);
        server->setIgnorePageParameter(true);
        const SyncReport r = sync();
        ASSERT_FALSE(r.ok);
        EXPECT_TRUE(r.error.message.contains(QStringLiteral("page parameter"))) << r.error.message.toStdString();
        EXPECT_TRUE(r.error.message.contains(server->url().host())) << r.error.message.toStdString();
        EXPECT_LE(server->countRequests(QStringLiteral("/api/log")), 3);
        qint64 cachedAll = 0;
        cacheTotals(&cachedAll);
        EXPECT_EQ(cachedAll, 0);
        cache.reset();
    }
}

TEST_F(SyncFixture, PagesPerWindowAreCapped)
{
    start(FakeGateway::Shape::O, GatewayProfile::Scope::Self);
    profile.backfillFrom = kNow - 12 * 3600;
    seed(55, kNow - 6 * 3600, kNow - 60);
    SyncOptions o = options();
    o.maxPagesPerWindow = 3;
    o.splitAfterPages = 1000;
    const SyncReport r = sync(o);
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("3 pages"))) << r.error.message.toStdString();
    EXPECT_EQ(server->countRequests(QStringLiteral("/api/log")), 3);
}

TEST_F(SyncFixture, AnAdminLogIdSeenTwiceInAWindowIsStoredOnce)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Admin, 10);
    seed(120, kNow - 2 * kDay, kNow - 60);
    FakeGateway::Log l;
    l.userId = 5;
    l.createdAt = kNow - kDay;
    l.quota = 4242;
    server->repeatLog(server->addLog(l));
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);
    EXPECT_EQ(r.added, serverAll);
    EXPECT_EQ(r.duplicates, 1);
}

TEST_F(SyncFixture, ARenamedProfileKeepsItsSourceAndHistory)
{
    start(FakeGateway::Shape::U, GatewayProfile::Scope::Self);
    profile.id = QStringLiteral("3f1c2a9e-profile");
    seed(300, kNow - 10 * kDay, kNow - 60);
    ASSERT_TRUE(sync().ok);
    qint64 before = 0;
    cacheTotals(&before);
    ASSERT_EQ(before, server->totals(5, 0, kNow).count);

    profile.name = QStringLiteral("gw-renamed");
    now += 3600;
    const SyncReport r = sync();
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.added, 0);
    EXPECT_GT(r.from, profile.backfillFrom) << "an incremental run, not a second backfill";
    auto sources = SourceRepository(cache->db()).list();
    ASSERT_TRUE(sources.ok());
    ASSERT_EQ(sources->size(), 1);
    EXPECT_EQ(sources->first().name, QStringLiteral("gw-renamed"));
    qint64 after = 0;
    cacheTotals(&after);
    EXPECT_EQ(after, before);
}

TEST_F(SyncFixture, BusyListsWithoutATotalAreSplitInsteadOfRunningIntoTheCap)
{
    start(FakeGateway::Shape::O, GatewayProfile::Scope::Self);
    profile.backfillFrom = kNow - 12 * 3600;
    seed(95, kNow - 6 * 3600, kNow - 60);
    SyncOptions o = options();
    o.splitAfterPages = 2;
    o.maxPagesPerWindow = 4;
    const SyncReport r = sync(o);
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_GT(r.windows, 4);
    qint64 cachedAll = 0, serverAll = 0;
    expectSame(cacheTotals(&cachedAll), serverTotals(kNow, &serverAll));
    EXPECT_EQ(cachedAll, serverAll);
}
