// The group-by and metric selectors, the ranking view, and the cache and latency view: their models pass
// QAbstractItemModelTester, and what they show equals what quotascope-cli prints for the same view.
#include "uitestsupport.h"

#include "cachelatencyview.h"
#include "charts/cachechart.h"
#include "charts/chartstyle.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "insightmodels.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "rankingview.h"
#include "support/eventwait.h"
#include "support/printers.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QBarSet>
#include <QJsonArray>
#include <QLegend>
#include <QLegendMarker>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

class InsightViewsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = makeDemoCache(m_dir);
        m_window = std::make_unique<MainWindow>(m_db);
        ASSERT_TRUE(m_window->setTimeZoneName(QStringLiteral("UTC")));
        m_window->setRangePreset(RangePreset::Last30Days);
        m_window->setGranularity(Granularity::Day);
        m_window->start(false);
        ASSERT_TRUE(waitForDashboard(*m_window));
    }

    QJsonObject cli(const QString &command, const QStringList &options)
    {
        const DashboardData &d = m_window->dashboardData();
        QStringList args { QStringLiteral("--db"), m_db, command, QStringLiteral("--from"), QString::number(d.from),
            QStringLiteral("--to"), QString::number(d.to), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--granularity"), granularityName(d.granularity), QStringLiteral("--format"),
            QStringLiteral("json") };
        const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH), args + options);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    TempDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(InsightViewsTest, ModelsPassTheModelTester)
{
    RankingModel *ranking = m_window->rankingView()->model();
    PerformanceModel *performance = m_window->cacheLatencyView()->model();
    QAbstractItemModelTester rankingTester(ranking, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester perfTester(performance, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Each view is loaded when its tab is shown.
    EXPECT_EQ(ranking->rowCount(), 0);
    m_window->showDashboardTab(1);
    ASSERT_TRUE(waitForDashboard(*m_window));
    ASSERT_GT(ranking->rowCount(), 3);
    m_window->showDashboardTab(2);
    ASSERT_TRUE(waitForDashboard(*m_window));
    ASSERT_GT(performance->rowCount(), 3);
    // A reset with other data and an empty one go through the tester too.
    m_window->cacheLatencyView()->setDimension(Dimension::Channel);
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(performance->performance().query.by, Dimension::Channel);
    m_window->showDashboardTab(1);
    m_window->rankingView()->setDimension(Dimension::Channel);
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(ranking->ranking().query.by, Dimension::Channel);
    ranking->setRanking(Ranking(), CurrencyDisplay());
    performance->setPerformance(Performance(), CurrencyDisplay());
    EXPECT_EQ(ranking->rowCount(), 0);
    EXPECT_EQ(performance->rowCount(), 0);
}

TEST_F(InsightViewsTest, RankingEqualsTheCliRanking)
{
    m_window->showDashboardTab(1);
    m_window->rankingView()->setDimension(Dimension::Token);
    m_window->setMetric(Metric::Quota);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QJsonObject expected = cli(QStringLiteral("rank"),
        { QStringLiteral("--by"), QStringLiteral("token"), QStringLiteral("--metric"), QStringLiteral("quota") });
    const QJsonArray rows = expected.value(QStringLiteral("rows")).toArray();
    const RankingModel *model = m_window->rankingView()->model();
    ASSERT_EQ(model->rowCount(), rows.size());
    ASSERT_GT(rows.size(), 3);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        SCOPED_TRACE(row.value(QStringLiteral("key")).toString().toStdString());
        EXPECT_EQ(model->index(i, RankingModel::Key).data(RankingModel::KeyRole).toString(),
            row.value(QStringLiteral("key")).toString());
        EXPECT_EQ(model->index(i, RankingModel::Requests).data(RankingModel::SortRole).toLongLong(),
            row.value(QStringLiteral("requests")).toInteger());
        EXPECT_EQ(model->index(i, RankingModel::Spend).data(RankingModel::SortRole).toLongLong(),
            row.value(QStringLiteral("quota")).toInteger());
        EXPECT_EQ(model->index(i, RankingModel::Tokens).data(RankingModel::SortRole).toLongLong(),
            row.value(QStringLiteral("total_tokens")).toInteger());
        EXPECT_NEAR(model->index(i, RankingModel::Share).data(RankingModel::ShareRole).toDouble(),
            row.value(QStringLiteral("share")).toDouble(), 1e-12);
        const QJsonValue change = row.value(QStringLiteral("change"));
        if (!change.isNull()) {
            EXPECT_NEAR(model->index(i, RankingModel::Change).data(RankingModel::SortRole).toDouble(),
                change.toDouble(), 1e-12);
        }
        const QVariantList spark = model->index(i, RankingModel::Trend).data(RankingModel::SparklineRole).toList();
        const QJsonArray cliSpark = row.value(QStringLiteral("sparkline")).toArray();
        ASSERT_EQ(spark.size(), cliSpark.size());
        for (int b = 0; b < spark.size(); ++b)
            EXPECT_EQ(spark[b].toLongLong(), cliSpark[b].toInteger());
    }
}

TEST_F(InsightViewsTest, CacheAndLatencyEqualTheCli)
{
    m_window->showDashboardTab(2);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QJsonObject stats = cli(QStringLiteral("stats"), {});
    const CacheLatencyView *view = m_window->cacheLatencyView();
    const Performance &p = view->model()->performance();
    ASSERT_GT(p.totals.counters.cacheReadTokens, 0) << "the demo data has cached prompts";
    EXPECT_EQ(p.totals.savedQuota, stats.value(QStringLiteral("saved_quota")).toInteger());
    EXPECT_GT(p.totals.savedQuota, 0);
    EXPECT_NEAR(p.totals.hitRate(), stats.value(QStringLiteral("cache_hit_rate")).toDouble(), 1e-12);
    EXPECT_NEAR(p.totals.useTime.p95, stats.value(QStringLiteral("use_time_p95_ms")).toDouble(), 0.05);
    EXPECT_NEAR(p.totals.firstResponse.p50, stats.value(QStringLiteral("frt_p50_ms")).toDouble(), 0.05);
    EXPECT_EQ(view->cardValue(CacheLatencyView::HitRate),
        QLocale().toString(stats.value(QStringLiteral("cache_hit_rate")).toDouble() * 100.0, 'f', 1)
            + QLatin1Char('%'));

    const QJsonObject perf = cli(QStringLiteral("perf"),
        { QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--top"), QStringLiteral("8") });
    const QJsonArray rows = perf.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(p.rows.size(), rows.size());
    const CacheChart *chart = view->chart();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        SCOPED_TRACE(row.value(QStringLiteral("key")).toString().toStdString());
        EXPECT_EQ(p.rows[i].key, row.value(QStringLiteral("key")).toString());
        EXPECT_EQ(p.rows[i].requests, row.value(QStringLiteral("requests")).toInteger());
        EXPECT_EQ(p.rows[i].counters.cacheReadTokens, row.value(QStringLiteral("cache_read_tokens")).toInteger());
        EXPECT_EQ(p.rows[i].savedQuota, row.value(QStringLiteral("saved_quota")).toInteger());
        EXPECT_NEAR(p.rows[i].errorRate(), row.value(QStringLiteral("error_rate")).toDouble(), 1e-12);
        EXPECT_NEAR(p.rows[i].useTime.p50, row.value(QStringLiteral("use_time_p50_ms")).toDouble(), 0.05);
        EXPECT_EQ(chart->keys().value(i), p.rows[i].key);
        // Drawn in millions of tokens: read back within rounding.
        EXPECT_NEAR(chart->values(0).value(i), double(p.rows[i].counters.cacheReadTokens), 1e-3);
    }
}

TEST_F(InsightViewsTest, GroupByAndMetricDriveTheChartsWithStableColours)
{
    const auto colours = [this] {
        QHash<QString, QColor> out;
        const auto series = m_window->quotaChart()->chart()->series();
        for (QAbstractSeries *s : series) {
            for (QBarSet *set : static_cast<QStackedBarSeries *>(s)->barSets())
                out.insert(set->property("key").toString(), set->color());
        }
        return out;
    };
    m_window->setGroupBy(Dimension::Channel);
    m_window->setMetric(Metric::CacheReadTokens);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QJsonObject expected = cli(QStringLiteral("report"),
        { QStringLiteral("--by"), QStringLiteral("channel"), QStringLiteral("--metric"), QStringLiteral("cache-read"),
            QStringLiteral("--top"), QStringLiteral("8") });
    QHash<QString, double> cliTotals;
    const QJsonArray rows = expected.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        cliTotals[row.value(QStringLiteral("key")).toString()]
            += row.value(QStringLiteral("cache_read_tokens")).toDouble();
    }
    QStringList chartKeys = m_window->quotaChart()->keys();
    QStringList cliKeys = cliTotals.keys();
    chartKeys.sort();
    cliKeys.sort();
    EXPECT_EQ(chartKeys, cliKeys);
    EXPECT_FALSE(chartKeys.isEmpty());
    EXPECT_EQ(m_window->dashboardData().quotaByModel.query.by, Dimension::Channel);
    for (const QString &key : m_window->quotaChart()->keys()) {
        double drawn = 0;
        for (double v : m_window->quotaChart()->values(key))
            drawn += v;
        EXPECT_EQ(drawn, cliTotals.value(key)) << key.toStdString();
    }
    // The pie follows the group-by too, and a key has one colour in both charts and across refreshes.
    const QHash<QString, QColor> before = colours();
    const auto slices = m_window->requestChart()->slices();
    ASSERT_FALSE(slices.isEmpty());
    const auto pie = static_cast<QPieSeries *>(m_window->requestChart()->chart()->series().first());
    for (QPieSlice *slice : pie->slices()) {
        const QString key = slice->property("key").toString();
        if (before.contains(key)) {
            EXPECT_EQ(slice->color(), before.value(key)) << key.toStdString();
        }
    }
    m_window->setMetric(Metric::Requests);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QHash<QString, QColor> after = colours();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key())) {
            EXPECT_EQ(it.value(), before.value(it.key())) << it.key().toStdString();
        }
    }
    QSet<QRgb> distinct;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        distinct.insert(it.value().rgb());
    EXPECT_EQ(distinct.size(), after.size()) << "keys shown together get different colours";
}

TEST_F(InsightViewsTest, ClickingARankingRowFiltersTheDashboardAndListsItsLogs)
{
    m_window->showDashboardTab(1);
    RankingView *view = m_window->rankingView();
    view->setDimension(Dimension::Token);
    ASSERT_TRUE(waitForDashboard(*m_window));
    QTableView *table = view->table();
    const QModelIndex first = table->model()->index(0, RankingModel::Key);
    const QString key = first.data(RankingModel::KeyRole).toString();
    ASSERT_FALSE(key.isEmpty());
    table->selectRow(0);
    emit table->clicked(first);
    EXPECT_EQ(m_window->currentRequest().filter.tokens, QStringList { key });
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(
        m_window->dashboardData().stats.totals.requests, m_window->rankingView()->model()->ranking().totals.requests);

    emit view->logsRequested(Dimension::Token, key);
    ASSERT_TRUE(waitUntil([&] { return m_window->drillDownText().contains(key); }));
    EXPECT_EQ(m_window->logModel()->totalCount() > 0, true);
}

TEST_F(InsightViewsTest, RankingRowsShowTheirChannelsAsTheCliCountsThem)
{
    m_window->setRangePreset(RangePreset::ThisMonth);
    m_window->showDashboardTab(1);
    m_window->rankingView()->setDimension(Dimension::Token);
    m_window->setMetric(Metric::Quota);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const RankingModel *model = m_window->rankingView()->model();
    ASSERT_TRUE(model->breakdownLoaded());
    EXPECT_EQ(model->headerData(RankingModel::Breakdown, Qt::Horizontal).toString(), QStringLiteral("Top channels"));
    ASSERT_GE(model->rowCount(), 10);
    for (int i = 0; i < 10; ++i) {
        const QString key = model->index(i, RankingModel::Key).data(RankingModel::KeyRole).toString();
        SCOPED_TRACE(key.toStdString());
        const QJsonArray rows = cli(QStringLiteral("rank"),
            { QStringLiteral("--by"), QStringLiteral("channel"), QStringLiteral("--token"), key,
                QStringLiteral("--metric"), QStringLiteral("quota") })
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        const QList<QPair<QString, Counters>> parts = model->breakdown(i);
        ASSERT_EQ(parts.size(), rows.size());
        ASSERT_FALSE(parts.isEmpty());
        qint64 quota = 0;
        for (int c = 0; c < rows.size(); ++c) {
            const QJsonObject row = rows[c].toObject();
            EXPECT_EQ(parts[c].first, row.value(QStringLiteral("key")).toString());
            EXPECT_EQ(parts[c].second.quota, row.value(QStringLiteral("quota")).toInteger());
            EXPECT_EQ(parts[c].second.requests, row.value(QStringLiteral("requests")).toInteger());
            quota += parts[c].second.quota;
        }
        // The parts add up to the row, and the column names the largest with its share of the row's spend.
        EXPECT_EQ(quota, model->index(i, RankingModel::Spend).data(RankingModel::SortRole).toLongLong());
        const QString text = model->index(i, RankingModel::Breakdown).data().toString();
        const QString share = QLocale().toString(double(parts[0].second.quota) / double(quota) * 100.0, 'f', 1);
        EXPECT_TRUE(text.startsWith(parts[0].first + QLatin1Char(' ') + share + QLatin1Char('%'))) << text.toStdString();
        EXPECT_EQ(text.count(QStringLiteral(" · ")) + 1,
            qMin<qsizetype>(parts.size(), RankingModel::BreakdownShown) + (parts.size() > RankingModel::BreakdownShown ? 1 : 0));
        EXPECT_EQ(model->index(i, RankingModel::Breakdown).data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')) + 1,
            parts.size());
    }

    // A ranking of channels breaks each down by model, as `rank --by model --channel NAME` counts them.
    m_window->rankingView()->setDimension(Dimension::Channel);
    ASSERT_TRUE(waitForDashboard(*m_window));
    ASSERT_TRUE(model->breakdownLoaded());
    EXPECT_EQ(model->headerData(RankingModel::Breakdown, Qt::Horizontal).toString(), QStringLiteral("Top models"));
    const QString channel = model->index(0, RankingModel::Key).data(RankingModel::KeyRole).toString();
    const QJsonArray models = cli(QStringLiteral("rank"),
        { QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--channel"), channel,
            QStringLiteral("--metric"), QStringLiteral("quota") })
                                  .value(QStringLiteral("rows"))
                                  .toArray();
    const QList<QPair<QString, Counters>> parts = model->breakdown(0);
    ASSERT_EQ(parts.size(), models.size());
    for (int c = 0; c < models.size(); ++c) {
        EXPECT_EQ(parts[c].first, models[c].toObject().value(QStringLiteral("key")).toString());
        EXPECT_EQ(parts[c].second.quota, models[c].toObject().value(QStringLiteral("quota")).toInteger());
    }
}

TEST_F(InsightViewsTest, TheTopTenKeysOfTheMonthAndTheirChannelsAreThreeClicksAway)
{
    // A window as it opens: overview, last 30 days, group by model.
    MainWindow window(m_db);
    ASSERT_TRUE(window.setTimeZoneName(QStringLiteral("UTC")));
    window.resize(1400, 900);
    window.show();
    window.start(false);
    ASSERT_TRUE(waitForDashboard(window));
    QComboBox *range = nullptr;
    const auto combos = window.findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->accessibleName() == QLatin1String("Range"))
            range = combo;
    }
    ASSERT_NE(range, nullptr);
    auto *tabs = window.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->currentIndex(), 0);
    int clicks = 0;

    // 1: open the range list; 2: "This month".
    QTest::mouseClick(range, Qt::LeftButton, {}, range->rect().center());
    ++clicks;
    ASSERT_TRUE(waitUntil([&] { return range->view()->isVisible(); }, 5000));
    const int thisMonth = range->findText(QStringLiteral("This month"));
    ASSERT_GE(thisMonth, 0);
    QAbstractItemView *list = range->view();
    // A combo box ignores a release within the double-click interval of opening it (the opening click's own).
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    const QRect item = list->visualRect(list->model()->index(thisMonth, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    ++clicks;
    ASSERT_TRUE(waitUntil([&] { return !list->isVisible(); }, 5000));
    EXPECT_EQ(window.currentRequest().preset, RangePreset::ThisMonth);
    // 3: the Rankings tab.
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    ++clicks;
    ASSERT_TRUE(waitForDashboard(window));
    EXPECT_EQ(clicks, 3);

    // The ten keys that spent the most this month, in order, each with its channels.
    const RankingModel *model = window.rankingView()->model();
    EXPECT_EQ(model->ranking().query.by, Dimension::Token);
    EXPECT_EQ(model->ranking().query.rankBy, Metric::Quota);
    ASSERT_TRUE(model->breakdownLoaded());
    const DashboardData &d = window.dashboardData();
    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        { QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--by"), QStringLiteral("token"),
            QStringLiteral("--metric"), QStringLiteral("quota"), QStringLiteral("--from"), QString::number(d.from),
            QStringLiteral("--to"), QString::number(d.to), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--top"), QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray top = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    ASSERT_GE(top.size(), 10);
    QTableView *table = window.rankingView()->table();
    for (int i = 0; i < 10; ++i) {
        const QJsonObject row = top[i].toObject();
        EXPECT_EQ(table->model()->index(i, RankingModel::Key).data(RankingModel::KeyRole).toString(),
            row.value(QStringLiteral("key")).toString());
        EXPECT_EQ(table->model()->index(i, RankingModel::Spend).data(RankingModel::SortRole).toLongLong(),
            row.value(QStringLiteral("quota")).toInteger());
        EXPECT_FALSE(model->breakdown(i).isEmpty());
        EXPECT_FALSE(table->isColumnHidden(RankingModel::Breakdown));
        EXPECT_TRUE(table->model()->index(i, RankingModel::Breakdown).data().toString().contains(model->breakdown(i).first().first));
    }
}

TEST_F(InsightViewsTest, TheCacheChartDrawsLoadingAndEmptyInPlace)
{
    MainWindow fresh(m_db);
    EXPECT_EQ(fresh.cacheLatencyView()->chart()->state(), ChartView::State::Loading);
    EXPECT_FALSE(fresh.cacheLatencyView()->chart()->stateText().isEmpty());

    m_window->showDashboardTab(2);
    ASSERT_TRUE(waitForDashboard(*m_window));
    CacheChart *chart = m_window->cacheLatencyView()->chart();
    EXPECT_EQ(chart->state(), ChartView::State::Ready);
    EXPECT_TRUE(chart->stateText().isEmpty());
    m_window->setFilterValue(Dimension::Model, QStringLiteral("no-such-model"));
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(chart->state(), ChartView::State::Empty);
    EXPECT_EQ(chart->stateText(), QStringLiteral("No requests in this range"));
}

TEST(ChartLegends, LongNamesAreElidedInTheMiddleAndShownWholeOnHover)
{
    const QString longName = QStringLiteral("vendor-prefix/an-exceptionally-long-model-name-2026-preview");
    const QString other = QStringLiteral("vendor-prefix/an-exceptionally-long-model-name-2025-stable");
    Report report;
    report.query.by = Dimension::Model;
    report.query.from = 1780272000;
    report.query.to = report.query.from + 2 * 86400;
    report.query.tz = QTimeZone::utc();
    report.buckets = { report.query.from, report.query.from + 86400 };
    report.keys = { longName, other };
    Counters c;
    c.requests = 3;
    c.quota = 1500000;
    report.rows = { { report.buckets[0], longName, c }, { report.buckets[1], other, c } };
    report.totals.requests = 6;
    report.totals.quota = 3000000;
    QuotaBarChart bars;
    bars.resize(900, 400);
    bars.setReport(report, CurrencyDisplay());
    RequestPieChart pie;
    pie.resize(500, 400);
    pie.setReport(report);
    bars.show();
    pie.show();

    QStringList labels;
    for (ChartView *view : std::initializer_list<ChartView *> { &bars, &pie }) {
        const auto markers = view->chart()->legend()->markers();
        ASSERT_EQ(markers.size(), 2);
        for (QLegendMarker *marker : markers) {
            labels << marker->label();
            // Both names stay apart: the middle goes, the start and the distinguishing end stay.
            EXPECT_TRUE(marker->label().contains(QChar(0x2026))) << marker->label().toStdString();
            EXPECT_TRUE(marker->label().startsWith(QStringLiteral("vendor-prefix/")));
            emit marker->hovered(true);
            const QString tip = QToolTip::text();
            EXPECT_TRUE(tip == longName || tip.startsWith(longName) || tip == other || tip.startsWith(other))
                << tip.toStdString();
            emit marker->hovered(false);
        }
    }
    EXPECT_EQ(ChartStyle::legendLabel(longName).size(), ChartStyle::LegendMaxChars);
    EXPECT_NE(ChartStyle::legendLabel(longName), ChartStyle::legendLabel(other));
    EXPECT_TRUE(labels.contains(ChartStyle::legendLabel(longName)));
}
