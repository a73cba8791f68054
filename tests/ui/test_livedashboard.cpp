// The dashboard live from a gateway's database (a real PostgreSQL server started by the test): the same cards and
// charts as the dashboard of the same logs copied into the cache.

#include "dashboardquery.h"
#include "gateway/dbsource.h"
#include "store/sourcerepository.h"
#include "support/dbservers.h"
#include "support/gatewaylogs.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

void expectSameReport(const Report &a, const Report &b, const char *what)
{
    EXPECT_EQ(a.buckets, b.buckets) << what;
    EXPECT_EQ(a.keys, b.keys) << what;
    ASSERT_EQ(a.rows.size(), b.rows.size()) << what;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        EXPECT_EQ(a.rows[i].bucket, b.rows[i].bucket) << what;
        EXPECT_EQ(a.rows[i].key, b.rows[i].key) << what;
        EXPECT_EQ(a.rows[i].counters.quota, b.rows[i].counters.quota) << what;
        EXPECT_EQ(a.rows[i].counters.requests, b.rows[i].counters.requests) << what;
        EXPECT_EQ(a.rows[i].counters.totalTokens(), b.rows[i].counters.totalTokens()) << what;
    }
    EXPECT_EQ(a.totals.quota, b.totals.quota) << what;
}

} // namespace

TEST(LiveDashboard, ShowsWhatTheCopiedCacheShows)
{
    PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    ASSERT_EQ(server.createDatabase(QStringLiteral("livegw")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livegw"), schemaSql(Schema::NewApi, false)), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livegw"), insertSql(Schema::NewApi, false, makeLogs(3000))), QString());
    ASSERT_EQ(server.createReader(QStringLiteral("livegw"), QStringLiteral("reader"), QStringLiteral("Rd-Pw-31")),
        QString());
    DatabaseProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = server.port();
    profile.database = QStringLiteral("livegw");
    profile.user = QStringLiteral("reader");
    profile.tls = DatabaseProfile::Tls::Disable;
    auto db = GatewayDatabase::open(profile, QStringLiteral("Rd-Pw-31"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    auto copied = DatabaseCopier(cache.db()).copy(*db.value(), QStringLiteral("copy"));
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    ASSERT_EQ(copied->added, 3000);
    const auto source = SourceRepository(cache.db()).byName(QStringLiteral("copy"));
    ASSERT_TRUE(source.ok());

    for (const RangePreset preset : { RangePreset::Custom, RangePreset::All }) {
        DashboardRequest r;
        r.preset = preset;
        r.customFrom = 1780000000 - 3600;
        r.customTo = 1780000000 + 3000 * 37 + 3600;
        r.now = 1780000000 + 3000 * 37 + 7200;
        r.tz = QTimeZone("Asia/Kolkata");
        r.granularity = Granularity::Hour;
        r.topN = 2;
        r.by = Dimension::User;
        r.comparePrevious = false;
        r.filter.sourceIds = { source->id };
        auto local = loadDashboard(cache.db(), r);
        auto live = loadLiveDashboard(db.value().get(), r);
        ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
        ASSERT_TRUE(live.ok()) << live.error().message.toStdString();
        EXPECT_EQ(live->from, local->from);
        EXPECT_EQ(live->to, local->to);
        EXPECT_EQ(live->granularity, local->granularity);
        EXPECT_GT(live->stats.totals.requests, 0);
        EXPECT_EQ(live->stats.totals.requests, local->stats.totals.requests);
        EXPECT_EQ(live->stats.totals.quota, local->stats.totals.quota);
        EXPECT_EQ(live->stats.errors, local->stats.errors);
        EXPECT_EQ(live->stats.refundQuota, local->stats.refundQuota);
        EXPECT_EQ(live->stats.peakRpm, local->stats.peakRpm);
        expectSameReport(live->quotaByModel, local->quotaByModel, "spend");
        expectSameReport(live->requestsByModel, local->requestsByModel, "requests");
        expectSameReport(live->tokens, local->tokens, "tokens");
    }

    // The comparison with the previous period (with its tokens for the overlay), the ranking and the filter
    // pickers' values come from the server too.
    DashboardRequest r;
    r.preset = RangePreset::Custom;
    r.customFrom = 1780000000 + 86400;
    r.customTo = 1780000000 + 2 * 86400;
    r.now = r.customTo;
    r.tz = QTimeZone("America/New_York");
    r.granularity = Granularity::Hour;
    r.comparePrevious = true;
    r.overlayPrevious = true;
    r.withRanking = true;
    r.rankingBy = Dimension::Token;
    r.filter.sourceIds = { source->id };
    auto local = loadDashboard(cache.db(), r);
    auto live = loadLiveDashboard(db.value().get(), r);
    ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
    ASSERT_TRUE(live.ok()) << live.error().message.toStdString();
    EXPECT_TRUE(live->live);
    EXPECT_FALSE(local->live);
    ASSERT_TRUE(live->previous.has_value());
    ASSERT_TRUE(local->previous.has_value());
    EXPECT_EQ(live->previous->from, local->previous->from);
    EXPECT_GT(live->previous->stats.totals.requests, 0);
    EXPECT_EQ(live->previous->stats.totals.requests, local->previous->stats.totals.requests);
    EXPECT_EQ(live->previous->stats.totals.quota, local->previous->stats.totals.quota);
    expectSameReport(live->previous->tokens, local->previous->tokens, "previous tokens");
    ASSERT_GT(live->ranking.rows.size(), 1);
    ASSERT_EQ(live->ranking.rows.size(), local->ranking.rows.size());
    for (qsizetype i = 0; i < live->ranking.rows.size(); ++i) {
        EXPECT_EQ(live->ranking.rows[i].key, local->ranking.rows[i].key);
        EXPECT_EQ(live->ranking.rows[i].current.quota, local->ranking.rows[i].current.quota);
        EXPECT_EQ(live->ranking.rows[i].previous.quota, local->ranking.rows[i].previous.quota);
    }
    auto liveChoices = loadLiveFilterChoices(db.value().get());
    auto localChoices = loadFilterChoices(cache.db(), { source->id });
    ASSERT_TRUE(liveChoices.ok()) << liveChoices.error().message.toStdString();
    ASSERT_TRUE(localChoices.ok()) << localChoices.error().message.toStdString();
    EXPECT_FALSE(liveChoices->models.isEmpty());
    EXPECT_EQ(liveChoices->users, localChoices->users);
    EXPECT_EQ(liveChoices->tokens, localChoices->tokens);
    EXPECT_EQ(liveChoices->models, localChoices->models);
    EXPECT_EQ(liveChoices->channels, localChoices->channels);
    EXPECT_EQ(liveChoices->groups, localChoices->groups);
}
