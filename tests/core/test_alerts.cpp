// Alert rules evaluated on crafted rollups (see alerttestdata.h), the firing store's notification policy, the
// rule file, and the schema migration that added the alert tables.
#include "alerttestdata.h"

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "gateway/gatewaystatus.h"
#include "support/printers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

class AlertsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        m_source = AlertData::write(m_cache.db());
    }

    AlertRule rule(AlertCondition c, AlertScope scope, double threshold, qint64 minRequests = 0)
    {
        AlertRule r;
        r.id = QStringLiteral("r");
        r.name = QStringLiteral("test rule");
        r.condition = c;
        r.scope = scope;
        r.threshold = threshold;
        r.minRequests = minRequests;
        return r;
    }

    QList<AlertHit> hits(const AlertRule &r, qint64 now = AlertData::SpikeHour + 3599)
    {
        auto h = AlertEvaluator(m_cache.db()).evaluate(r, now);
        EXPECT_TRUE(h.ok()) << h.error().message.toStdString();
        return h ? h.value() : QList<AlertHit>();
    }

    static QStringList keys(const QList<AlertHit> &hits)
    {
        QStringList out;
        for (const AlertHit &h : hits)
            out << (h.detail.isEmpty() ? h.key : h.key + QLatin1Char('/') + h.detail);
        out.sort();
        return out;
    }

    void addSync(qint64 finishedAt, const QString &error = QString())
    {
        ImportHistoryEntry e;
        e.sourceId = m_source;
        e.what = QStringLiteral("sync");
        e.format = QStringLiteral("newapi");
        e.startedAt = finishedAt - 5;
        e.finishedAt = finishedAt;
        e.error = error;
        ASSERT_TRUE(SourceRepository(m_cache.db()).addHistory(e).ok());
    }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_source = 0;
};

} // namespace

TEST_F(AlertsTest, SpikeAgainstTheSameHourOfThePreviousWeekFiresOnlyAboveTheMinimumVolume)
{
    const QList<AlertHit> spikes = hits(rule(AlertCondition::Spike, AlertScope::Token, 5, 20));
    ASSERT_EQ(keys(spikes), QStringList { QStringLiteral("steady") });
    // 302 000 quota against a median of 30 000 with a scale of max(1.4826 * MAD 1000, 10 % of 30 000, one cent
    // = 5000 quota) = 5000.
    EXPECT_NEAR(spikes[0].value, (302000.0 - 30000.0) / 5000.0, 1e-9);
    EXPECT_EQ(spikes[0].from, AlertData::SpikeHour);
    EXPECT_EQ(spikes[0].to, AlertData::SpikeHour + 3600);
    EXPECT_TRUE(spikes[0].message.contains(QStringLiteral("steady")));

    // "quiet" tripled, but 6 requests stay under any sensible minimum; with none its z-score is still small.
    EXPECT_EQ(
        keys(hits(rule(AlertCondition::Spike, AlertScope::Token, 5, 0))), QStringList { QStringLiteral("steady") });
    // Measured in requests the spike is as clear; so is the new token "batch": 42 requests where there were none
    // (in quota its 420 stay under the one-cent floor of the scale).
    AlertRule byRequests = rule(AlertCondition::Spike, AlertScope::Token, 5, 20);
    byRequests.metric = AlertMetric::Requests;
    EXPECT_EQ(keys(hits(byRequests)), (QStringList { QStringLiteral("batch"), QStringLiteral("steady") }));
    // A day later the hour is quiet again.
    EXPECT_TRUE(
        hits(rule(AlertCondition::Spike, AlertScope::Token, 5, 20), AlertData::SpikeHour + AlertData::Day + 3599)
            .isEmpty());
    // Without a week of history before the window there is no baseline, so nothing fires.
    EXPECT_TRUE(
        hits(rule(AlertCondition::Spike, AlertScope::Token, 5, 0), AlertData::SpikeHour - 6 * AlertData::Day + 3599)
            .isEmpty());
}

TEST_F(AlertsTest, WindowsEndAtTheCurrentRollupBucketEvenBetweenHours)
{
    AlertRule r = rule(AlertCondition::Requests, AlertScope::Token, 0);
    r.match = QStringLiteral("steady");
    // At 10:30:10 the window is [09:45, 10:45): requests at 11 s steps up to 2699 s (246) plus the o1 request.
    const QList<AlertHit> h = hits(r, AlertData::SpikeHour + 1810);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].from, AlertData::SpikeHour - 900);
    EXPECT_EQ(h[0].to, AlertData::SpikeHour + 2700);
    EXPECT_EQ(h[0].value, 247.0);
}

TEST_F(AlertsTest, SpendAndRequestThresholds)
{
    // 302 000 quota = $0.604 at 500 000 quota per dollar.
    const QList<AlertHit> spend = hits(rule(AlertCondition::Spend, AlertScope::Token, 0.5));
    ASSERT_EQ(keys(spend), QStringList { QStringLiteral("steady") });
    EXPECT_NEAR(spend[0].value, 0.604, 1e-9);
    EXPECT_TRUE(hits(rule(AlertCondition::Spend, AlertScope::Token, 0.7)).isEmpty());

    // All consumption in the hour: 300 + 1 (steady) + 6 (quiet) + 42 + 5 (batch).
    const QList<AlertHit> all = hits(rule(AlertCondition::Requests, AlertScope::All, 100));
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].value, 354.0);
    AlertRule daily = rule(AlertCondition::Requests, AlertScope::Source, 300);
    daily.windowMinutes = 24 * 60;
    // The 24 hours up to 11:00 on day 0 start at 11:00 on day -1, after that day's busy hour.
    const QList<AlertHit> day = hits(daily);
    ASSERT_EQ(keys(day), QStringList { QStringLiteral("gw") });
    EXPECT_EQ(day[0].value, 354.0);
    EXPECT_EQ(day[0].from, AlertData::SpikeHour + 3600 - AlertData::Day);
    EXPECT_EQ(day[0].sourceId, m_source);
}

TEST_F(AlertsTest, ErrorRateNeedsTheMinimumNumberOfRequests)
{
    const QList<AlertHit> h = hits(rule(AlertCondition::ErrorRate, AlertScope::Channel, 20, 50));
    ASSERT_EQ(keys(h), QStringList { QStringLiteral("9") });
    EXPECT_NEAR(h[0].value, 30.0, 1e-9);
    // Channel 11 fails half its requests but has only 10.
    EXPECT_EQ(keys(hits(rule(AlertCondition::ErrorRate, AlertScope::Channel, 20, 10))),
        (QStringList { QStringLiteral("11"), QStringLiteral("9") }));
    EXPECT_TRUE(hits(rule(AlertCondition::ErrorRate, AlertScope::Channel, 30, 50)).isEmpty());
}

TEST_F(AlertsTest, FirstUseOfAModelOrChannel)
{
    AlertRule models = rule(AlertCondition::NewModel, AlertScope::Token, 0);
    // "batch" is a new token, so its model is new too.
    EXPECT_EQ(keys(hits(models)), (QStringList { QStringLiteral("batch/gpt-4o"), QStringLiteral("steady/o1") }));
    models.match = QStringLiteral("steady");
    EXPECT_EQ(keys(hits(models)), QStringList { QStringLiteral("steady/o1") });
    // An hour later it is no longer new.
    EXPECT_TRUE(hits(models, AlertData::SpikeHour + 2 * 3600 + 3599).isEmpty());
    EXPECT_EQ(keys(hits(rule(AlertCondition::NewChannel, AlertScope::Token, 0))),
        (QStringList { QStringLiteral("batch/11"), QStringLiteral("batch/9") }));
}

// A first use is told apart from a use long before with nothing in between (the evaluator looks back day by day
// and stops when every pair is accounted for), per source when the rule names one, and per user.
TEST_F(AlertsTest, FirstUseLooksBackOverTheWholeHistoryOfTheRuleSources)
{
    auto second = SourceRepository(m_cache.db())
                      .ensure(QStringLiteral("gw2"), QStringLiteral("newapi"), SourceInfo::Backing::Records);
    ASSERT_TRUE(second.ok());
    const auto bob = [](UsageRecord r) {
        r.userName = QStringLiteral("bob");
        return r;
    };
    const qint64 t = AlertData::SpikeHour;
    RecordWriter w(m_cache.db(), second.value());
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.write({
                           // six days before, and not since: neither o1 nor channel 9 is new for "old" in the hour
                           bob(AlertData::rec(QStringLiteral("id:1"), t - 6 * AlertData::Day, QStringLiteral("old"),
                               9, QStringLiteral("o1"), 10)),
                           bob(AlertData::rec(QStringLiteral("id:2"), t + 600, QStringLiteral("old"), 9,
                               QStringLiteral("o1"), 10)),
                           // o3 on channel 12 is
                           bob(AlertData::rec(QStringLiteral("id:3"), t + 700, QStringLiteral("old"), 12,
                               QStringLiteral("o3"), 10)),
                           // "steady" has used gpt-4o on channel 7 for days, but in the other source
                           bob(AlertData::rec(QStringLiteral("id:4"), t + 800, QStringLiteral("steady"), 7,
                               QStringLiteral("gpt-4o"), 10)),
                       })
                    .ok());
    ASSERT_TRUE(w.commit().ok());

    AlertRule models = rule(AlertCondition::NewModel, AlertScope::Token, 0);
    EXPECT_EQ(keys(hits(models)),
        (QStringList { QStringLiteral("batch/gpt-4o"), QStringLiteral("old/o3"), QStringLiteral("steady/o1") }));
    models.source = QStringLiteral("gw2");
    EXPECT_EQ(keys(hits(models)), (QStringList { QStringLiteral("old/o3"), QStringLiteral("steady/gpt-4o") }));
    AlertRule users = rule(AlertCondition::NewModel, AlertScope::User, 0);
    EXPECT_EQ(keys(hits(users)),
        (QStringList { QStringLiteral("alice/o1"), QStringLiteral("bob/gpt-4o"), QStringLiteral("bob/o3") }));
    AlertRule channels = rule(AlertCondition::NewChannel, AlertScope::Token, 0);
    EXPECT_EQ(keys(hits(channels)),
        (QStringList { QStringLiteral("batch/11"), QStringLiteral("batch/9"), QStringLiteral("old/12") }));
    channels.source = QStringLiteral("gw2");
    EXPECT_EQ(keys(hits(channels)), (QStringList { QStringLiteral("old/12"), QStringLiteral("steady/7") }));
    // A week later none of it is new any more.
    models.source.clear();
    EXPECT_TRUE(hits(models, t + 7 * AlertData::Day + 3599).isEmpty());
}

TEST_F(AlertsTest, BalanceAndSyncStateOfSources)
{
    GatewayAccount account;
    account.quota = 100000; // $0.20
    ASSERT_TRUE(SourceRepository(m_cache.db())
                    .setMeta(m_source, QJsonObject { { QStringLiteral("account"), account.toMeta() } })
                    .ok());
    const QList<AlertHit> low = hits(rule(AlertCondition::Balance, AlertScope::Source, 1));
    ASSERT_EQ(keys(low), QStringList { QStringLiteral("gw") });
    EXPECT_NEAR(low[0].value, 0.2, 1e-9);
    EXPECT_TRUE(hits(rule(AlertCondition::Balance, AlertScope::All, 0.1)).isEmpty());

    auto files = SourceRepository(m_cache.db())
                     .ensure(QStringLiteral("files"), QStringLiteral("file"), SourceInfo::Backing::Records);
    ASSERT_TRUE(files.ok());
    const qint64 now = AlertData::SpikeHour + 3599;
    addSync(now - 2 * 3600);
    addSync(now - 1800, QStringLiteral("HTTP 401")); // a failed sync does not count
    const QList<AlertHit> stale = hits(rule(AlertCondition::NotSynced, AlertScope::Source, 60), now);
    ASSERT_EQ(keys(stale), QStringList { QStringLiteral("gw") }); // never the imported files
    EXPECT_NEAR(stale[0].value, 120.0, 1e-9);
    addSync(now - 600);
    EXPECT_TRUE(hits(rule(AlertCondition::NotSynced, AlertScope::Source, 60), now).isEmpty());
}

TEST_F(AlertsTest, DefaultRulesFireOnTheSpikesAndTheFailingChannel)
{
    addSync(AlertData::SpikeHour + 3000);
    const AlertEvaluation e
        = AlertEvaluator(m_cache.db()).evaluate(AlertRuleSet::defaults().rules, AlertData::SpikeHour + 3599);
    EXPECT_TRUE(e.errors.isEmpty()) << e.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(e.evaluatedRuleIds.size(), 4);
    QStringList fired;
    for (const AlertHit &h : e.hits)
        fired << h.ruleId + QLatin1Char(':') + h.key;
    fired.sort();
    EXPECT_EQ(fired,
        (QStringList { QStringLiteral("error-rate-channel:9"), QStringLiteral("spike-channel:7"),
            QStringLiteral("spike-token:steady") }));
}

TEST_F(AlertsTest, ARuleThatCannotRunIsReportedAndTheOthersStillRun)
{
    AlertRule missing = rule(AlertCondition::Spend, AlertScope::Token, 0.5);
    missing.id = QStringLiteral("missing");
    missing.source = QStringLiteral("nowhere");
    const AlertEvaluation e
        = AlertEvaluator(m_cache.db())
              .evaluate({ missing, rule(AlertCondition::Spend, AlertScope::Token, 0.5) }, AlertData::SpikeHour + 3599);
    ASSERT_EQ(e.errors.size(), 1);
    EXPECT_TRUE(e.errors[0].contains(QStringLiteral("nowhere")));
    EXPECT_EQ(e.evaluatedRuleIds, QStringList { QStringLiteral("r") });
    EXPECT_EQ(e.hits.size(), 1);
}

TEST_F(AlertsTest, BacktestCountsOnsets)
{
    const AlertRule spike = rule(AlertCondition::Spike, AlertScope::Token, 5, 20);
    auto bt = AlertEvaluator(m_cache.db())
                  .backtest(spike, AlertData::Day0 - 2 * AlertData::Day, AlertData::Day0 + AlertData::Day);
    ASSERT_TRUE(bt.ok()) << bt.error().message.toStdString();
    EXPECT_EQ(bt->firings, 1);
    EXPECT_EQ(bt->stepsChecked, 72);
    EXPECT_EQ(bt->keys, QStringList { QStringLiteral("steady") });
    // A threshold every day's hour crosses fires once per day for "steady" (8 days of history plus day 0), and
    // once for "batch" on day 0.
    AlertRule busy = rule(AlertCondition::Requests, AlertScope::Token, 20);
    bt = AlertEvaluator(m_cache.db())
             .backtest(busy, AlertData::Day0 - 9 * AlertData::Day, AlertData::Day0 + AlertData::Day);
    ASSERT_TRUE(bt.ok());
    EXPECT_EQ(bt->firings, 10);
    EXPECT_EQ(bt->keys, (QStringList { QStringLiteral("steady"), QStringLiteral("batch") }));
    EXPECT_FALSE(AlertEvaluator(m_cache.db())
                     .backtest(rule(AlertCondition::Balance, AlertScope::All, 1), 0, 10)
                     ->note.isEmpty());
}

TEST_F(AlertsTest, FiringsAreStoredAndClearedWhenTheConditionClears)
{
    AlertStore store(m_cache.db());
    const QList<AlertRule> rules = AlertRuleSet::defaults().rules;
    NotifyPolicy policy;
    policy.zone = QTimeZone::utc();
    addSync(AlertData::SpikeHour + 3000);
    auto notified = store.record(
        AlertEvaluator(m_cache.db()).evaluate(rules, AlertData::SpikeHour + 3599), AlertData::SpikeHour + 3599, policy);
    ASSERT_TRUE(notified.ok()) << notified.error().message.toStdString();
    EXPECT_EQ(notified->size(), 3);
    auto listed = store.list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 3);
    for (const AlertFiring &f : listed.value()) {
        EXPECT_TRUE(f.isOpen());
        EXPECT_GT(f.hit.value, f.hit.threshold);
        EXPECT_EQ(f.firedAt, AlertData::SpikeHour + 3599);
    }
    // Two hours later the spike hour has left every window and the sync is recent: all three clear.
    addSync(AlertData::SpikeHour + 3 * 3600);
    const qint64 later = AlertData::SpikeHour + 3 * 3600 + 60;
    notified = store.record(AlertEvaluator(m_cache.db()).evaluate(rules, later), later, policy);
    ASSERT_TRUE(notified.ok());
    EXPECT_TRUE(notified->isEmpty());
    listed = store.list();
    ASSERT_EQ(listed->size(), 3);
    for (const AlertFiring &f : listed.value())
        EXPECT_EQ(f.resolvedAt, later);
}

namespace {

AlertHit syntheticHit(const QString &key)
{
    AlertHit h;
    h.ruleId = QStringLiteral("spend");
    h.ruleName = QStringLiteral("Spend");
    h.scope = AlertScope::Token;
    h.key = key;
    h.value = 2;
    h.threshold = 1;
    return h;
}

AlertEvaluation evaluation(const QList<AlertHit> &hits)
{
    AlertEvaluation e;
    e.hits = hits;
    e.evaluatedRuleIds = { QStringLiteral("spend") };
    return e;
}

QStringList notifiedKeys(const Result<QList<AlertFiring>> &r)
{
    QStringList out;
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    if (r) {
        for (const AlertFiring &f : r.value())
            out << f.hit.key;
    }
    return out;
}

} // namespace

TEST_F(AlertsTest, NoRepeatUntilClearedOrTheReNotifyIntervalHasPassed)
{
    AlertStore store(m_cache.db());
    NotifyPolicy policy;
    policy.zone = QTimeZone::utc();
    policy.renotifySeconds = 3600;
    const qint64 t = AlertData::Day0 + 12 * 3600;
    const QString a = QStringLiteral("a");
    EXPECT_EQ(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t, policy)), QStringList { a });
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t + 600, policy)).isEmpty());
    EXPECT_EQ(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t + 3600, policy)), QStringList { a });
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t + 3700, policy)).isEmpty());
    // A rule that could not run clears nothing.
    AlertEvaluation failed;
    EXPECT_TRUE(notifiedKeys(store.record(failed, t + 3750, policy)).isEmpty());
    EXPECT_EQ(store.list()->constFirst().resolvedAt, 0);
    // Cleared, then back: a new firing, told at once.
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({}), t + 3800, policy)).isEmpty());
    EXPECT_EQ(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t + 3900, policy)), QStringList { a });
    const auto all = store.list();
    ASSERT_EQ(all->size(), 2);
    EXPECT_TRUE(all->at(0).isOpen());
    EXPECT_EQ(all->at(1).resolvedAt, t + 3800);

    // Without a re-notify interval an open firing is told once.
    policy.renotifySeconds = 0;
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(a) }), t + 90000, policy)).isEmpty());
}

TEST_F(AlertsTest, QuietHoursHoldNotificationsBackUntilTheyEnd)
{
    AlertStore store(m_cache.db());
    NotifyPolicy policy;
    policy.zone = QTimeZone::utc();
    policy.renotifySeconds = 3600;
    policy.quietHours = QuietHours { true, 22 * 60, 7 * 60 };
    const QString b = QStringLiteral("b");
    const qint64 night = AlertData::Day0 + 23 * 3600;
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(b) }), night, policy)).isEmpty());
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(b) }), night + 5 * 3600, policy)).isEmpty());
    EXPECT_EQ(store.list()->size(), 1); // stored all the same
    // 07:00: quiet hours are over and the firing was never told.
    const qint64 morning = AlertData::Day0 + AlertData::Day + 7 * 3600;
    EXPECT_EQ(notifiedKeys(store.record(evaluation({ syntheticHit(b) }), morning, policy)), QStringList { b });
    // Quiet hours again: the re-notify interval has passed, but it waits.
    const qint64 nextNight = morning + 15 * 3600 + 60;
    EXPECT_TRUE(notifiedKeys(store.record(evaluation({ syntheticHit(b) }), nextNight, policy)).isEmpty());
    // Paused alerts tell nothing either, even outside quiet hours.
    policy.paused = true;
    EXPECT_TRUE(
        notifiedKeys(store.record(evaluation({ syntheticHit(b) }), morning + AlertData::Day, policy)).isEmpty());
    policy.paused = false;
    EXPECT_EQ(notifiedKeys(store.record(evaluation({ syntheticHit(b) }), morning + AlertData::Day + 60, policy)),
        QStringList { b });
}

TEST(AlertRuleFile, RoundTripsAndNamesWhatIsWrong)
{
    AlertRuleSet set = AlertRuleSet::defaults();
    ASSERT_EQ(set.rules.size(), 4);
    set.quietHours = QuietHours { true, 22 * 60 + 30, 6 * 60 };
    set.renotifyMinutes = 90;
    set.rules[0].match = QStringLiteral("sk-team");
    set.rules[0].source = QStringLiteral("prod");
    set.rules[0].enabled = false;
    set.rules[0].metric = AlertMetric::Requests;
    auto back = AlertRuleSet::fromJson(set.toJson(), QStringLiteral("x.json"));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->toJson(), set.toJson());
    EXPECT_EQ(back->quietHours.fromMinute, 22 * 60 + 30);
    EXPECT_EQ(back->renotifyMinutes, 90);
    EXPECT_FALSE(back->rules[0].enabled);
    EXPECT_EQ(back->enabledRules().size(), 3);
    EXPECT_EQ(back->rules[0].metric, AlertMetric::Requests);

    TempDir dir;
    ASSERT_TRUE(set.save(dir.path(QStringLiteral("rules.json"))).ok());
    auto loaded = AlertRuleSet::load(dir.path(QStringLiteral("rules.json")));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->toJson(), set.toJson());

    const auto error = [](const char *json) {
        auto r = AlertRuleSet::fromJson(QByteArray(json), QStringLiteral("rules.json"));
        EXPECT_FALSE(r.ok());
        return r ? QString() : r.error().message;
    };
    QString e = error(
        R"({"rules":[{"id":"a","condition":"spend","threshold":1},{"id":"b","name":"Night","condition":"sprike"}]})");
    EXPECT_TRUE(e.startsWith(QStringLiteral("rules.json: rule 2 (\"Night\"): condition: unknown condition \"sprike\"")))
        << e.toStdString();
    e = error(R"({"rules":[{"id":"a","condition":"spend","threshold":"ten"}]})");
    EXPECT_TRUE(e.contains(QStringLiteral("threshold"))) << e.toStdString();
    e = error(R"({"rules":[{"id":"a","condition":"spend","window_minutes":90}]})");
    EXPECT_TRUE(e.contains(QStringLiteral("window_minutes"))) << e.toStdString();
    e = error(R"({"rules":[{"id":"a","condition":"new_model","scope":"channel"}]})");
    EXPECT_TRUE(e.contains(QStringLiteral("scope"))) << e.toStdString();
    e = error(R"({"rules":[{"id":"a","condition":"spend"},{"id":"a","condition":"requests"}]})");
    EXPECT_TRUE(e.contains(QStringLiteral("used twice"))) << e.toStdString();
    e = error(R"({"rules":[], "quiet_hours":{"from":"25:00","to":"07:00"}})");
    EXPECT_TRUE(e.contains(QStringLiteral("quiet_hours"))) << e.toStdString();
    e = error("{\"rules\": [");
    EXPECT_TRUE(e.contains(QStringLiteral("not valid JSON"))) << e.toStdString();
    EXPECT_FALSE(AlertRuleSet::load(dir.path(QStringLiteral("missing.json"))).ok());
}

TEST(AlertRuleFile, QuietHoursWrapPastMidnight)
{
    const QuietHours q { true, 22 * 60, 7 * 60 };
    const auto at = [](int h, int m) { return QDateTime(QDate(2026, 3, 10), QTime(h, m), QTimeZone::utc()); };
    EXPECT_TRUE(q.contains(at(23, 0)));
    EXPECT_TRUE(q.contains(at(6, 59)));
    EXPECT_FALSE(q.contains(at(7, 0)));
    EXPECT_FALSE(q.contains(at(21, 59)));
    const QuietHours day { true, 9 * 60, 17 * 60 };
    EXPECT_TRUE(day.contains(at(12, 0)));
    EXPECT_FALSE(day.contains(at(18, 0)));
    EXPECT_FALSE((QuietHours { false, 0, 24 * 60 - 1 }).contains(at(12, 0)));
}

TEST(AlertSchema, AVersion3CacheGainsTheAlertTablesAndKeepsItsData)
{
    TempDir dir;
    {
        CacheDb cache = openCache(dir.path());
        AlertData::write(cache.db());
        ASSERT_EQ(execSql(cache.db(),
                      QStringLiteral("DROP TABLE alert_firings; DROP TABLE balance_history; PRAGMA user_version = 3")),
            QString());
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(
        scalar(cache.db(),
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('alert_firings', 'balance_history')")),
        2);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), AlertData::records().size());
    AlertStore store(cache.db());
    ASSERT_TRUE(store.recordBalance(1, 100, 5000).ok());
    ASSERT_TRUE(store.recordBalance(1, 200, 4000).ok());
    const auto balances = store.balances(1);
    ASSERT_TRUE(balances.ok());
    EXPECT_EQ(balances.value(), (QList<QPair<qint64, qint64>> { { 100, 5000 }, { 200, 4000 } }));
}
