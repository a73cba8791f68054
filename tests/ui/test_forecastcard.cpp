// The month-end forecast on the dashboard: the card shows what `quotascope-cli stats` prints for the same view,
// and the spend chart's dashed projection exists only for ranges in the current month and ends at its end.
#include "uitestsupport.h"

#include "aggregate/timebuckets.h"
#include "alerts/alertstore.h"
#include "charts/quotabarchart.h"
#include "dashboardquery.h"
#include "charts/tokentrendchart.h"
#include "gateway/gatewaystatus.h"
#include "mainwindow.h"
#include "statcardspanel.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Jan1 = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 Mar1 = 1772323200; // 2026-03-01T00:00:00Z
constexpr qint64 Apr1 = 1775001600; // 2026-04-01T00:00:00Z
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 AsOf = Mar1 + 9 * Day + 12 * Hour + 1800; // 2026-03-10T12:30:00Z, a Tuesday

class ForecastCardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CacheDb cache = openCache(m_dir.path());
        auto source = SourceRepository(cache.db())
                          .ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate);
        ASSERT_TRUE(source.ok());
        // Two users, office hours on weekdays busier than nights and weekends, to the end of March.
        QList<HourlyBucket> buckets;
        for (qint64 t = Jan1; t < Apr1; t += Hour) {
            const QDateTime utc = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
            const bool weekday = utc.date().dayOfWeek() <= 5;
            const int hour = utc.time().hour();
            const qint64 level = (weekday ? 10 : 3) * (hour >= 8 && hour < 19 ? 4 : 1) * 1000 + (t / Hour) % 7 * 100;
            for (const auto &[user, share] : { std::pair { "alice", 3 }, { "bob", 1 } }) {
                HourlyBucket b;
                b.hourStart = t;
                b.userName = QString::fromLatin1(user);
                b.model = QStringLiteral("gpt-4o");
                b.quota = level * share;
                b.requests = 1 + b.quota / 1000;
                buckets << b;
            }
        }
        AggregateWriter w(cache.db(), source.value());
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace(buckets).ok());
        ASSERT_TRUE(w.commit().ok());
        GatewayAccount account;
        account.quota = 400000000;
        ASSERT_TRUE(SourceRepository(cache.db())
                        .setMeta(source.value(), QJsonObject { { QStringLiteral("account"), account.toMeta() } })
                        .ok());
        ASSERT_TRUE(AlertStore(cache.db()).recordBalance(source.value(), AsOf - Day, account.quota).ok());
    }

    DashboardData load(RangePreset preset, Granularity g = Granularity::Day, qint64 from = 0, qint64 to = 0) const
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("forecast-card-test"));
        EXPECT_TRUE(cache.ok());
        DashboardRequest r;
        r.preset = preset;
        r.customFrom = from;
        r.customTo = to;
        r.now = AsOf;
        r.tz = QTimeZone::utc();
        r.granularity = g;
        auto data = loadDashboard(cache->db(), r);
        EXPECT_TRUE(data.ok()) << (data ? "" : data.error().message.toStdString());
        return data ? data.value() : DashboardData();
    }

    TempDir m_dir;
};

} // namespace

TEST_F(ForecastCardTest, CardShowsWhatTheCliPrints)
{
    const DashboardData d = load(RangePreset::ThisMonth);
    ASSERT_TRUE(d.forecast.has_value());
    StatCardsPanel cards;
    cards.setForecast(d.forecast, d.balances, d.currency, QTimeZone::utc());

    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        { QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--as-of"), QString::number(AsOf), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject forecast
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("forecast")).toObject();
    const QJsonObject month = forecast.value(QStringLiteral("month_end")).toObject();
    ASSERT_FALSE(month.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(month.value(QStringLiteral("month_start")).toString(), QStringLiteral("2026-03-01"));
    EXPECT_EQ(month.value(QStringLiteral("weeks_of_history")).toInt(), 4);
    const auto money = [&](const char *field) {
        return d.currency.format(month.value(QLatin1String(field)).toInteger(), 2);
    };
    EXPECT_EQ(cards.value(StatCardsPanel::MonthEnd), money("projected_quota"));
    EXPECT_TRUE(cards.detail(StatCardsPanel::MonthEnd)
                    .startsWith(QStringLiteral("%1 – %2").arg(money("low_quota"), money("high_quota"))))
        << cards.detail(StatCardsPanel::MonthEnd).toStdString();
    EXPECT_TRUE(cards.toolTip(StatCardsPanel::MonthEnd).contains(money("spent_quota") + QStringLiteral(" spent")))
        << cards.toolTip(StatCardsPanel::MonthEnd).toStdString();

    const QJsonArray balances = forecast.value(QStringLiteral("balances")).toArray();
    ASSERT_EQ(balances.size(), 1);
    const QString runsOut = QDateTime::fromString(balances[0][QStringLiteral("runs_out")].toString(), Qt::ISODate)
                                .toUTC()
                                .toString(QStringLiteral("yyyy-MM-dd"));
    EXPECT_TRUE(cards.detail(StatCardsPanel::MonthEnd).endsWith(QStringLiteral("balance runs out %1").arg(runsOut)))
        << cards.detail(StatCardsPanel::MonthEnd).toStdString();
    // A projection is not a period's total: no change against the previous period on this card.
    cards.setComparison(d.stats, d.stats, 0, 0, d.currency, QTimeZone::utc());
    EXPECT_TRUE(cards.delta(StatCardsPanel::MonthEnd).isEmpty());
    EXPECT_FALSE(cards.delta(StatCardsPanel::Spend).isEmpty());
}

TEST_F(ForecastCardTest, CardSaysWhenThereIsNoHistory)
{
    StatCardsPanel cards;
    SpendForecast none;
    cards.setForecast(none, {}, CurrencyDisplay(), QTimeZone::utc());
    EXPECT_EQ(cards.value(StatCardsPanel::MonthEnd), QStringLiteral("n/a"));
    EXPECT_EQ(cards.detail(StatCardsPanel::MonthEnd), QStringLiteral("needs a week of history"));
}

TEST_F(ForecastCardTest, ProjectionRunsFromTodayToTheMonthsEnd)
{
    const DashboardData d = load(RangePreset::ThisMonth);
    ASSERT_TRUE(d.forecast.has_value());
    ASSERT_EQ(d.projection.size(), 22) << "March 10 to March 31";
    EXPECT_EQ(d.projection.constFirst().first, Mar1 + 9 * Day);
    EXPECT_EQ(d.projection.constLast().first, Apr1 - Day);
    // What the buckets expect adds up to the card's projection, less what the month spent before today.
    double sum = 0;
    for (const auto &p : d.projection)
        sum += p.second;
    qint64 beforeToday = 0;
    for (const ReportRow &row : d.quotaByModel.rows) {
        if (row.bucket < Mar1 + 9 * Day)
            beforeToday += row.counters.quota;
    }
    EXPECT_NEAR(sum + double(beforeToday), d.forecast->projected, 1.0);

    QuotaBarChart chart;
    chart.setReport(d.quotaByModel, d.currency, d.now, d.projection);
    const QList<qint64> buckets = chart.buckets();
    ASSERT_EQ(buckets.size(), 31) << "the axis reaches the month's end";
    EXPECT_EQ(buckets.constLast(), Apr1 - Day);
    const auto drawn = chart.projection();
    ASSERT_EQ(drawn.size(), d.projection.size());
    EXPECT_EQ(drawn.constLast().first, Apr1 - Day);
    EXPECT_NEAR(drawn.constFirst().second, d.currency.amount(qint64(d.projection.constFirst().second)), 1e-9);
    // Future days have no bars.
    EXPECT_EQ(chart.values(QStringLiteral("gpt-4o")).constLast(), 0.0);

    // Without a projection (the View menu's toggle off) the chart ends with the range.
    chart.setReport(d.quotaByModel, d.currency, d.now);
    EXPECT_TRUE(chart.projection().isEmpty());
    EXPECT_EQ(chart.buckets().size(), 10);
    // A metric other than spend gets no spend projection.
    Report requests = d.quotaByModel;
    requests.query.rankBy = Metric::Requests;
    chart.setReport(requests, d.currency, d.now, d.projection);
    EXPECT_TRUE(chart.projection().isEmpty());
}

TEST_F(ForecastCardTest, OnlyRangesInTheCurrentMonthAreProjected)
{
    // A range that ends before the present has nothing to extend.
    EXPECT_TRUE(load(RangePreset::Custom, Granularity::Day, Jan1, Mar1).projection.isEmpty());
    // One that starts before the month would squeeze its history.
    EXPECT_TRUE(load(RangePreset::Last90Days).projection.isEmpty());
    // Hours to the month's end would pass the chart's limit of buckets.
    EXPECT_TRUE(load(RangePreset::Last24Hours, Granularity::Hour).projection.isEmpty());
    // A custom range inside the month that reaches now is.
    const DashboardData custom = load(RangePreset::Custom, Granularity::Day, Mar1 + 5 * Day, AsOf + Hour);
    ASSERT_FALSE(custom.projection.isEmpty());
    EXPECT_EQ(custom.projection.constLast().first, Apr1 - Day);
}

TEST_F(ForecastCardTest, WindowShowsTheForecastAndItsToggle)
{
    MainWindow window(m_dir.path());
    ASSERT_TRUE(window.setTimeZoneName(QStringLiteral("UTC")));
    window.setClock(AsOf);
    window.setRangePreset(RangePreset::ThisMonth);
    window.setGranularity(Granularity::Day);
    window.start(false);
    ASSERT_TRUE(waitForDashboard(window));

    // The window's card, loaded on the worker thread, shows what the same request gives.
    const DashboardData d = load(RangePreset::ThisMonth);
    ASSERT_TRUE(d.forecast.has_value());
    EXPECT_EQ(window.statCards()->value(StatCardsPanel::MonthEnd), d.currency.format(qint64(d.forecast->projected), 2));
    EXPECT_TRUE(window.statCards()->detail(StatCardsPanel::MonthEnd).contains(QStringLiteral("balance runs out")));

    const auto axisMax = [&window] {
        const auto axes = window.tokenChart()->chart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? 0.0 : qobject_cast<QValueAxis *>(axes.constFirst())->max();
    };
    EXPECT_EQ(window.quotaChart()->projection().size(), 22);
    EXPECT_EQ(window.quotaChart()->buckets().size(), 31);
    EXPECT_DOUBLE_EQ(axisMax(), 30.5) << "the trend keeps the spend chart's days";

    QAction *toggle = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
        if (a->text() == MainWindow::tr("Show the month-end &projection"))
            toggle = a;
    }
    ASSERT_NE(toggle, nullptr);
    EXPECT_TRUE(toggle->isChecked());
    toggle->trigger();
    EXPECT_TRUE(window.quotaChart()->projection().isEmpty());
    EXPECT_EQ(window.quotaChart()->buckets().size(), 10);
    EXPECT_DOUBLE_EQ(axisMax(), 9.5);
    toggle->trigger();
    EXPECT_EQ(window.quotaChart()->projection().size(), 22);
}
