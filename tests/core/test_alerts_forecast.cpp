// Month-end forecasts back-tested on four months of hourly usage with a weekday and hour rhythm, noise and a
// slow growth: cut the data at past dates, forecast, compare with what the month really came to.
#include "alerts/alertstore.h"
#include "forecast/forecaster.h"
#include "gateway/gatewaystatus.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Jan1 = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr int Days = 120; // to 2026-04-30

/// A small deterministic generator (the standard distributions differ between standard libraries).
class Noise
{
public:
    double next() // uniform in [0, 1)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return double(m_state >> 11) / double(1ULL << 53);
    }

private:
    quint64 m_state = 0x9e3779b97f4a7c15ULL;
};

/// Quota of one hour for one user: weekdays busier than weekends, office hours busier than nights, +/-30 %
/// noise, 0.3 % growth a day.
QList<HourlyBucket> history()
{
    Noise noise;
    QList<HourlyBucket> out;
    for (qint64 h = 0; h < Days * 24; ++h) {
        const qint64 t = Jan1 + h * Hour;
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        const int weekday = utc.date().dayOfWeek();
        const int hour = utc.time().hour();
        const double day = weekday <= 5 ? 1.0 : weekday == 6 ? 0.4 : 0.3;
        const double clock = hour < 8 ? 0.2 : hour < 19 ? 1.0 : 0.6;
        const double growth = 1.0 + 0.003 * double(h / 24);
        for (const auto &[user, share] : { std::pair { "alice", 0.7 }, { "bob", 0.3 } }) {
            HourlyBucket b;
            b.hourStart = t;
            b.userName = QString::fromLatin1(user);
            b.model = QStringLiteral("gpt-4o");
            b.quota = qint64(100000.0 * share * day * clock * growth * (0.7 + 0.6 * noise.next()));
            b.requests = b.quota / 1000 + 1;
            out << b;
        }
    }
    return out;
}

class ForecastTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        auto source = SourceRepository(m_cache.db())
                          .ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate);
        ASSERT_TRUE(source.ok());
        m_source = source.value();
        m_buckets = history();
        AggregateWriter w(m_cache.db(), m_source);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace(m_buckets).ok());
        ASSERT_TRUE(w.commit().ok());
    }

    /// What [from, to) really cost, from the generated buckets (user empty: everyone).
    qint64 actual(qint64 from, qint64 to, const QString &user = QString()) const
    {
        qint64 sum = 0;
        for (const HourlyBucket &b : m_buckets) {
            if (b.hourStart >= from && b.hourStart < to && (user.isEmpty() || b.userName == user))
                sum += b.quota;
        }
        return sum;
    }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_source = 0;
    QList<HourlyBucket> m_buckets;
};

} // namespace

TEST_F(ForecastTest, MonthEndBackTestStaysWithinItsErrorBound)
{
    const Forecaster forecaster(m_cache.db());
    double sumError = 0, maxError = 0;
    int cuts = 0, covered = 0;
    for (int month : { 2, 3, 4 }) {
        for (int day : { 1, 5, 10, 15, 20, 25 }) {
            const qint64 asOf = QDateTime(QDate(2026, month, day), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
            auto f = forecaster.monthEnd({}, asOf, QTimeZone::utc());
            ASSERT_TRUE(f.ok()) << f.error().message.toStdString();
            const double real = double(actual(f->monthStart, f->monthEnd));
            EXPECT_EQ(f->spent, actual(f->monthStart, asOf));
            EXPECT_EQ(f->weeksOfHistory, Forecaster::ProfileWeeks);
            EXPECT_LE(f->low, f->projected);
            EXPECT_GE(f->high, f->projected);
            const double error = std::abs(f->projected - real) / real;
            sumError += error;
            maxError = std::max(maxError, error);
            covered += (real >= f->low && real <= f->high) ? 1 : 0;
            ++cuts;
        }
    }
    const double meanError = sumError / cuts;
    std::printf("month-end back-test: %d cuts, mean absolute error %.2f %%, worst %.2f %%, actual inside the "
                "interval %d of %d\n",
        cuts, 100 * meanError, 100 * maxError, covered, cuts);
    EXPECT_LT(meanError, 0.02);
    EXPECT_LT(maxError, 0.05);
    EXPECT_GE(covered, cuts * 3 / 4);
}

TEST_F(ForecastTest, PerUserForecastsAddUpToTheTotal)
{
    const Forecaster forecaster(m_cache.db());
    const qint64 asOf = QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone::utc()).toSecsSinceEpoch();
    auto users = forecaster.monthEndByUser({}, asOf, QTimeZone::utc(), 10);
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 2);
    EXPECT_EQ(users->at(0).key, QStringLiteral("alice")); // 70 % of the spend
    auto total = forecaster.monthEnd({}, asOf, QTimeZone::utc());
    ASSERT_TRUE(total.ok());
    // Each user's trend is fitted on its own, so their sum differs a little from the total's projection.
    EXPECT_NEAR(users->at(0).projected + users->at(1).projected, total->projected, total->projected * 1e-4);
    EXPECT_EQ(users->at(1).spent, actual(total->monthStart, asOf, QStringLiteral("bob")));
    const double bobReal = double(actual(total->monthStart, total->monthEnd, QStringLiteral("bob")));
    EXPECT_LT(std::abs(users->at(1).projected - bobReal) / bobReal, 0.06);
}

TEST_F(ForecastTest, WithoutAWeekOfHistoryThereIsNoProjection)
{
    const Forecaster forecaster(m_cache.db());
    const qint64 asOf = Jan1 + 3 * Day;
    auto f = forecaster.monthEnd({}, asOf, QTimeZone::utc());
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->weeksOfHistory, 0);
    EXPECT_EQ(f->projected, double(f->spent));
}

TEST_F(ForecastTest, BalanceRunsOutAtTheRecentBurnRate)
{
    const qint64 asOf = QDateTime(QDate(2026, 4, 20), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    GatewayAccount account;
    account.quota = 5000000;
    ASSERT_TRUE(SourceRepository(m_cache.db())
                    .setMeta(m_source, QJsonObject { { QStringLiteral("account"), account.toMeta() } })
                    .ok());
    const qint64 recorded = asOf - Day;
    ASSERT_TRUE(AlertStore(m_cache.db()).recordBalance(m_source, recorded, account.quota).ok());
    auto list = Forecaster(m_cache.db()).balanceRunOut({}, asOf);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    const BalanceForecast &b = list->at(0);
    EXPECT_EQ(b.recordedAt, recorded);
    const double burn = double(actual(asOf - 7 * Day, asOf)) / 7.0;
    EXPECT_NEAR(b.burnPerDay, burn, 1e-6);
    // Hourly data ends at whole hours: the day since the sync holds 24 buckets.
    const double remaining = double(account.quota - actual(recorded, asOf));
    EXPECT_NEAR(b.remaining, remaining, 1e-6);
    EXPECT_EQ(b.runOutAt, asOf + qint64(remaining / burn * Day));
    EXPECT_GT(b.runOutAt, asOf);
}

TEST_F(ForecastTest, StatsShowTheForecastsInTheCli)
{
    GatewayAccount account;
    account.quota = 5000000;
    ASSERT_TRUE(SourceRepository(m_cache.db())
                    .setMeta(m_source, QJsonObject { { QStringLiteral("account"), account.toMeta() } })
                    .ok());
    ASSERT_TRUE(AlertStore(m_cache.db()).recordBalance(m_source, Jan1 + Days * Day, account.quota).ok());
    const QString cli = QStringLiteral(QS_CLI_PATH);
    ProcessResult r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--format"),
            QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray balances
        = o.value(QStringLiteral("forecast")).toObject().value(QStringLiteral("balances")).toArray();
    ASSERT_EQ(balances.size(), 1) << r.out.toStdString();
    EXPECT_EQ(balances[0][QStringLiteral("source")].toString(), QStringLiteral("gw"));
    // Nothing was spent after the balance was recorded (the data ends there).
    EXPECT_EQ(balances[0][QStringLiteral("remaining_quota")].toInteger(), 5000000);
    r = runProcess(cli, { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats") });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Balance run-out     gw: $10.00 left"))) << r.out.toStdString();
}

TEST_F(ForecastTest, StatsForecastPerUserInTheCli)
{
    const qint64 asOf = Jan1 + 100 * Day + 12 * Hour; // 2026-04-11T12:00:00Z
    const QString cli = QStringLiteral(QS_CLI_PATH);
    ProcessResult r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--as-of"), QString::number(asOf), QStringLiteral("--forecast-by"), QStringLiteral("user"),
            QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject forecast
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("forecast")).toObject();
    const QJsonArray users = forecast.value(QStringLiteral("month_end_by_user")).toArray();
    ASSERT_EQ(users.size(), 2) << r.out.toStdString();
    // The library's per-user forecasts, largest first.
    auto expected = Forecaster(m_cache.db()).monthEndByUser({}, asOf, QTimeZone::utc(), 10);
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected->size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(users[i][QStringLiteral("user")].toString(), expected->at(i).key);
        EXPECT_EQ(users[i][QStringLiteral("projected_quota")].toInteger(), qint64(expected->at(i).projected));
        EXPECT_EQ(users[i][QStringLiteral("spent_quota")].toInteger(), expected->at(i).spent);
        EXPECT_EQ(users[i][QStringLiteral("month_start")].toString(), QStringLiteral("2026-04-01"));
    }
    EXPECT_EQ(users[0][QStringLiteral("user")].toString(), QStringLiteral("alice"));

    r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--as-of"), QString::number(asOf), QStringLiteral("--forecast-by"), QStringLiteral("user"),
            QStringLiteral("--forecast-top"), QStringLiteral("1") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Month-end forecast by user"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  alice "))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("  bob "))) << r.out.toStdString();

    r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--forecast-by"),
            QStringLiteral("model") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--forecast-by \"model\""))) << r.err.toStdString();
    r = runProcess(cli,
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--as-of"),
            QStringLiteral("yesterday") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--as-of: \"yesterday\""))) << r.err.toStdString();
}
