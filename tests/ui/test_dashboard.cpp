#include "uitestsupport.h"

#include "aggregate/aggregator.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "dashboardquery.h"
#include "ingest/importer.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "model/limits.h"
#include "statcardspanel.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/printers.h"

#include <QChart>
#include <QDateTime>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// key -> bucket start -> the named counter, from `quotascope-cli report --format json`.
using CliCells = QHash<QString, QHash<qint64, double>>;

CliCells cliReport(const QString &db, const DashboardData &d, const QString &by, const QString &rankBy,
    const char *counter, QJsonObject *totals = nullptr)
{
    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        { QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"), QString::number(d.from),
            QStringLiteral("--to"), QString::number(d.to), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--granularity"), granularityName(d.granularity), QStringLiteral("--by"), by,
            QStringLiteral("--top"), QStringLiteral("8"), QStringLiteral("--rank-by"), rankBy,
            QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CliCells cells;
    const QJsonArray rows = doc.value(QLatin1String("rows")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const qint64 bucket
            = QDateTime::fromString(row.value(QLatin1String("bucket")).toString(), Qt::ISODate).toSecsSinceEpoch();
        cells[row.value(QLatin1String("key")).toString()][bucket] += row.value(QLatin1String(counter)).toDouble();
    }
    if (totals)
        *totals = doc.value(QLatin1String("totals")).toObject();
    return cells;
}

class DashboardTest : public ::testing::Test
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

    Report aggregatorReport(Dimension by, Metric rankBy) const
    {
        auto cache = CacheDb::open(m_db, QStringLiteral("dashboard-test-check"));
        EXPECT_TRUE(cache.ok());
        const DashboardData &d = m_window->dashboardData();
        ReportQuery q;
        q.from = d.from;
        q.to = d.to;
        q.tz = timeZoneFromName(QStringLiteral("UTC"));
        q.granularity = d.granularity;
        q.filter = m_window->currentRequest().filter;
        q.by = by;
        q.topN = by == Dimension::None ? 0 : 8;
        q.rankBy = rankBy;
        auto report = Aggregator(cache->db()).report(q);
        EXPECT_TRUE(report.ok());
        return report.value();
    }

    TempDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(DashboardTest, ChartsShowWhatTheCliReports)
{
    const DashboardData &d = m_window->dashboardData();
    ASSERT_GT(d.stats.totals.requests, 1000) << "the demo data should fill the last 30 days";

    QJsonObject totals;
    const CliCells quota = cliReport(m_db, d, QStringLiteral("model"), QStringLiteral("quota"), "quota", &totals);
    QuotaBarChart *bars = m_window->quotaChart();
    QStringList cliKeys = quota.keys();
    QStringList chartKeys = bars->keys();
    cliKeys.sort();
    chartKeys.sort();
    EXPECT_EQ(chartKeys, cliKeys);
    EXPECT_EQ(chartKeys.size(), 8) << "the demo data has 8 models, all within the top 8";
    const QList<qint64> buckets = bars->buckets();
    for (const QString &key : bars->keys()) {
        const QList<double> values = bars->values(key);
        ASSERT_EQ(values.size(), buckets.size());
        for (int i = 0; i < buckets.size(); ++i)
            EXPECT_NEAR(values.at(i), quota.value(key).value(buckets.at(i)) / 500000.0, 1e-9) << key.toStdString();
    }

    const CliCells requests = cliReport(m_db, d, QStringLiteral("model"), QStringLiteral("requests"), "requests");
    const auto slices = m_window->requestChart()->slices();
    ASSERT_EQ(slices.size(), requests.size());
    for (const auto &slice : slices) {
        double expected = 0;
        for (double v : requests.value(slice.first))
            expected += v;
        EXPECT_EQ(slice.second, expected) << slice.first.toStdString();
    }

    const CliCells tokens = cliReport(m_db, d, QStringLiteral("none"), QStringLiteral("tokens"), "total_tokens");
    const QList<double> trend = m_window->tokenChart()->values();
    ASSERT_EQ(trend.size(), buckets.size());
    for (int i = 0; i < buckets.size(); ++i)
        EXPECT_NEAR(trend.at(i), tokens.value(QString()).value(buckets.at(i)), 1e-6); // drawn in millions

    EXPECT_EQ(m_window->statCards()->value(StatCardsPanel::Requests),
        QLocale().toString(qint64(totals.value(QLatin1String("requests")).toDouble())));
}

TEST_F(DashboardTest, GranularityIsCoarsenedToKeepBarsReadable)
{
    EXPECT_TRUE(m_window->coarseningNote().isEmpty());
    m_window->setGranularity(Granularity::Hour);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const DashboardData &d = m_window->dashboardData();
    EXPECT_TRUE(d.coarsened);
    EXPECT_EQ(d.granularity, Granularity::Day);
    EXPECT_GT(d.requestedBuckets, MaxChartBuckets);
    EXPECT_FALSE(m_window->coarseningNote().isEmpty());
    EXPECT_LE(m_window->quotaChart()->buckets().size(), MaxChartBuckets);

    m_window->setRangePreset(RangePreset::Last7Days);
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_FALSE(m_window->dashboardData().coarsened);
    EXPECT_EQ(m_window->dashboardData().granularity, Granularity::Hour);
    EXPECT_EQ(m_window->quotaChart()->buckets().size(), 7 * 24);
    EXPECT_TRUE(m_window->coarseningNote().isEmpty());
    const Report expected = aggregatorReport(Dimension::Model, Metric::Quota);
    double chartSum = 0;
    for (const QString &key : m_window->quotaChart()->keys()) {
        for (double v : m_window->quotaChart()->values(key))
            chartSum += v;
    }
    EXPECT_NEAR(chartSum, expected.totals.quota / 500000.0, 1e-6);
}

TEST_F(DashboardTest, TimeZoneMovesTheBucketBoundaries)
{
    ASSERT_EQ(m_window->quotaChart()->buckets().first() % 86400, 0) << "UTC days start at 00:00 UTC";
    ASSERT_TRUE(m_window->setTimeZoneName(QStringLiteral("Asia/Kolkata")));
    ASSERT_TRUE(waitForDashboard(*m_window));
    // Midnight in India (UTC+05:30) is 18:30 UTC.
    EXPECT_EQ(m_window->quotaChart()->buckets().first() % 86400, 18 * 3600 + 1800);
}

TEST_F(DashboardTest, SourceSelectionFiltersEveryChart)
{
    const qint64 allRequests = m_window->dashboardData().stats.totals.requests;
    // A second source: the sample fixture moved into the last week.
    qint64 sampleId = 0;
    {
        auto cache = CacheDb::open(m_db, QStringLiteral("dashboard-test-import"));
        ASSERT_TRUE(cache.ok());
        ImportOptions options;
        options.format = ImportFormat::NewApiJsonl;
        const qint64 firstSampleAt = 1748822400; // the fixture's first row, 2025-06-02
        options.timeShift = (QDateTime::currentSecsSinceEpoch() - 3 * 86400 - firstSampleAt) / 86400 * 86400;
        auto summary
            = Importer(cache->db())
                  .importFile(fixturePath(QStringLiteral("ui-newapi-sample.jsonl")), QStringLiteral("Sample"), options);
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
        ASSERT_GT(summary->added, 0);
        auto source = SourceRepository(cache->db()).byName(QStringLiteral("Sample"));
        ASSERT_TRUE(source.ok());
        sampleId = source->id;
    }
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_GT(m_window->dashboardData().stats.totals.requests, allRequests);

    m_window->setSourceId(sampleId);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const DashboardData &d = m_window->dashboardData();
    EXPECT_EQ(m_window->currentRequest().filter.sourceIds, QList<qint64> { sampleId });
    const Report expected = aggregatorReport(Dimension::Model, Metric::Requests);
    EXPECT_EQ(d.stats.totals.requests, expected.totals.requests);
    EXPECT_LT(d.stats.totals.requests, 60);
    double pieTotal = 0;
    for (const auto &s : m_window->requestChart()->slices())
        pieTotal += s.second;
    EXPECT_EQ(pieTotal, double(expected.totals.requests));
}

TEST_F(DashboardTest, ClickingABarFiltersTheLogTable)
{
    QuotaBarChart *bars = m_window->quotaChart();
    const QString model = bars->keys().first();
    const QList<double> values = bars->values(model);
    const int busiest = int(std::max_element(values.begin(), values.end()) - values.begin());
    const qint64 from = bars->buckets().at(busiest);
    const qint64 to = from + 86400;
    emit bars->barClicked(model, from, to);
    ASSERT_TRUE(waitForDashboard(*m_window));
    LogTableModel *log = m_window->logModel();
    ASSERT_GT(log->rowCount(), 0);
    for (int row = 0; row < log->rowCount(); ++row) {
        EXPECT_EQ(log->record(row).model, model);
        EXPECT_GE(log->record(row).createdAt, from);
        EXPECT_LT(log->record(row).createdAt, to);
        if (row > 0) {
            EXPECT_GE(log->record(row - 1).createdAt, log->record(row).createdAt) << "newest first";
        }
    }
    EXPECT_TRUE(m_window->drillDownText().contains(model));
}

TEST_F(DashboardTest, RequestPieLegendShowsEveryModelNameWhole)
{
    RequestPieChart *pie = m_window->requestChart();
    QChart *chart = pie->chart();
    QLegend *legend = chart->legend();
    ASSERT_GE(legend->markers().size(), 2);
    m_window->show();
    // Wide: the legend beside the pie; narrow: below it. Either way every entry is as wide as its text.
    for (const QSize size : { QSize(1600, 1000), QSize(1000, 700) }) {
        const QSize pieBefore = pie->size();
        m_window->resize(size);
        ASSERT_TRUE(
            waitUntil([&] { return pie->size() != pieBefore && chart->size() == QSizeF(pie->viewport()->size()); }));
        const QRectF legendRect = legend->geometry();
        const QRectF chartRect(QPointF(0, 0), chart->size());
        EXPECT_TRUE(chartRect.contains(legendRect)) << size.width();
        EXPECT_FALSE(chart->plotArea().intersects(legendRect)) << size.width();
        const QFontMetricsF fm(legend->font());
        for (QLegendMarker *marker : legend->markers())
            EXPECT_GT(legendRect.width(), fm.horizontalAdvance(marker->label()))
                << size.width() << " " << marker->label().toStdString();
    }
}

TEST_F(DashboardTest, ARangeOfTooManyBucketsIsCappedAndSaysSo)
{
    // 1800 to 9999: more months than a report builds, even after coarsening.
    const qint64 from = QDateTime(QDate(1800, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(9999, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    m_window->setCustomRange(from, to);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const DashboardData &d = m_window->dashboardData();
    EXPECT_EQ(d.granularity, Granularity::Month);
    EXPECT_TRUE(d.quotaByModel.capped);
    EXPECT_LE(d.quotaByModel.buckets.size(), Limits::MaxBuckets);
    EXPECT_EQ(m_window->coarseningNote(), d.quotaByModel.note);
    EXPECT_FALSE(m_window->coarseningNote().isEmpty());
    // Narrowed to the data, the chart still holds all the quota of the range, as the stat cards count it.
    EXPECT_GT(d.stats.totals.quota, 0);
    EXPECT_EQ(d.quotaByModel.totals.quota, d.stats.totals.quota);
}
