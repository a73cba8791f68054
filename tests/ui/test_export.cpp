#include "uitestsupport.h"

#include "aggregate/recordexport.h"
#include "charts/chartstyle.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "export/dashboardreport.h"
#include "export/exportmenu.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "model/savedview.h"
#include "savedviewmenu.h"
#include "store/cachedb.h"
#include "support/eventwait.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QSvgRenderer>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QStringList offscreen { QStringLiteral("QT_QPA_PLATFORM=offscreen") };

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double sum(const QList<double> &values)
{
    double s = 0;
    for (double v : values)
        s += v;
    return s;
}

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = makeDemoCache(m_dir);
        m_window = std::make_unique<MainWindow>(m_db);
        m_window->setViewsDirectory(m_dir.path(QStringLiteral("views")));
        ASSERT_TRUE(m_window->setTimeZoneName(QStringLiteral("UTC")));
        m_window->setRangePreset(RangePreset::Last30Days);
        m_window->setGranularity(Granularity::Day);
        m_window->start(false);
        ASSERT_TRUE(waitForDashboard(*m_window));
        ASSERT_GT(m_window->dashboardData().stats.totals.requests, 0);
    }

    TempDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ExportTest, NumbersAsJsonAreWhatTheChartsDraw)
{
    m_window->setFilterValue(Dimension::Group, QStringLiteral("vip"));
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QString path = m_dir.path(QStringLiteral("view.json"));
    ASSERT_TRUE(m_window->exportMenu()->exportNumbers(path).ok());
    const QJsonObject doc = QJsonDocument::fromJson(readAll(path)).object();
    const DashboardData &d = m_window->dashboardData();

    const QJsonObject view = doc.value(QLatin1String("view")).toObject();
    EXPECT_EQ(
        QDateTime::fromString(view.value(QLatin1String("from")).toString(), Qt::ISODate).toSecsSinceEpoch(), d.from);
    EXPECT_EQ(QDateTime::fromString(view.value(QLatin1String("to")).toString(), Qt::ISODate).toSecsSinceEpoch(), d.to);
    EXPECT_EQ(view.value(QLatin1String("tz")).toString(), QStringLiteral("UTC"));
    EXPECT_EQ(view.value(QLatin1String("filters")).toObject().value(QLatin1String("groups")).toArray(),
        QJsonArray { QStringLiteral("vip") });
    EXPECT_EQ(doc.value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInteger(),
        d.stats.totals.requests);

    QHash<QString, QJsonObject> charts;
    for (const QJsonValue &c : doc.value(QLatin1String("charts")).toArray())
        charts.insert(c.toObject().value(QLatin1String("id")).toString(), c.toObject());
    ASSERT_EQ(charts.size(), 3);
    const QJsonObject spend = charts.value(QStringLiteral("spend_by_model"));
    const QJsonArray series = spend.value(QLatin1String("series")).toArray();
    ASSERT_EQ(series.size(), m_window->quotaChart()->keys().size());
    for (const QJsonValue &s : series) {
        const QString key = s.toObject().value(QLatin1String("key")).toString();
        const QList<double> drawn = m_window->quotaChart()->values(key);
        const QJsonArray values = s.toObject().value(QLatin1String("values")).toArray();
        ASSERT_EQ(values.size(), drawn.size()) << key.toStdString();
        for (int i = 0; i < drawn.size(); ++i)
            EXPECT_DOUBLE_EQ(values.at(i).toDouble(), drawn.at(i)) << key.toStdString() << " bucket " << i;
    }
    EXPECT_EQ(spend.value(QLatin1String("buckets")).toArray().size(), m_window->quotaChart()->buckets().size());
    const QJsonArray tokens = charts.value(QStringLiteral("tokens"))
                                  .value(QLatin1String("series"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("values"))
                                  .toArray();
    const QList<double> drawnTokens = m_window->tokenChart()->values();
    ASSERT_EQ(tokens.size(), drawnTokens.size());
    for (int i = 0; i < drawnTokens.size(); ++i)
        EXPECT_DOUBLE_EQ(tokens.at(i).toDouble(), drawnTokens.at(i));
    double requests = 0;
    for (const QJsonValue &s :
        charts.value(QStringLiteral("requests_by_model")).value(QLatin1String("series")).toArray())
        requests += s.toObject().value(QLatin1String("values")).toArray().at(0).toDouble();
    EXPECT_EQ(qint64(requests), d.stats.totals.requests);
}

TEST_F(ExportTest, NumbersAsCsvCarryTheRangeAndFiltersInAHeader)
{
    const QString model = m_window->quotaChart()->keys().first();
    m_window->setFilterValue(Dimension::Model, model);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const QString path = m_dir.path(QStringLiteral("view.csv"));
    ASSERT_TRUE(m_window->exportMenu()->exportNumbers(path).ok());
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList header;
    int row = 0;
    while (row < lines.size() && lines.at(row).startsWith(QLatin1Char('#')))
        header << lines.at(row++);
    EXPECT_TRUE(header.contains(QStringLiteral("# Models: %1").arg(model)))
        << header.join(QLatin1Char('|')).toStdString();
    const DashboardData &d = m_window->dashboardData();
    EXPECT_TRUE(header.contains(QStringLiteral("# Range: %1").arg(rangeText(d.from, d.to, QTimeZone::utc()))));
    ASSERT_LT(row, lines.size());
    EXPECT_EQ(lines.at(row), QStringLiteral("chart,unit,bucket,key,value"));
    double spend = 0;
    int spendRows = 0;
    for (int i = row + 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        ASSERT_EQ(cells.size(), 5) << lines.at(i).toStdString();
        if (cells.at(0) == QLatin1String("spend_by_model")) {
            EXPECT_EQ(cells.at(3), model);
            spend += cells.at(4).toDouble();
            ++spendRows;
        }
    }
    EXPECT_EQ(spendRows, m_window->quotaChart()->buckets().size());
    EXPECT_NEAR(spend, sum(m_window->quotaChart()->values(model)), 1e-9);
    EXPECT_NEAR(spend, d.currency.amount(d.stats.totals.quota), 1e-6);
}

TEST_F(ExportTest, ChartsExportAsCrispPngAndAsSvg)
{
    m_window->show();
    QuotaBarChart *chart = m_window->quotaChart();
    ASSERT_TRUE(waitUntil([&] { return chart->isVisible() && chart->width() > 300; }));
    const QString png = m_dir.path(QStringLiteral("spend.png"));
    const QString svg = m_dir.path(QStringLiteral("spend.svg"));
    ASSERT_TRUE(m_window->exportMenu()->exportChart(chart, png).ok());
    ASSERT_TRUE(m_window->exportMenu()->exportChart(chart, svg).ok());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), chart->size() * 2);
    const QByteArray svgData = readAll(svg);
    EXPECT_TRUE(svgData.contains("<svg"));
    EXPECT_TRUE(svgData.contains(chart->keys().first().toUtf8())); // the legend's text stays text
    EXPECT_TRUE(QSvgRenderer(svgData).isValid());
}

TEST_F(ExportTest, AnUnwritableFileIsNamedInTheError)
{
    const QString path = m_dir.path(QStringLiteral("missing-folder/view.json"));
    auto r = m_window->exportMenu()->exportNumbers(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("view.json"))) << r.error().message.toStdString();
    auto chart = m_window->exportMenu()->exportChart(m_window->tokenChart(), m_dir.path(QStringLiteral("no/t.png")));
    ASSERT_FALSE(chart.ok());
    EXPECT_TRUE(chart.error().message.contains(QStringLiteral("t.png")));
}

TEST_F(ExportTest, LogsExportTheCurrentFilterThroughTheSharedExport)
{
    m_window->setFilterValue(Dimension::User, QStringLiteral("alice"));
    ASSERT_TRUE(waitForDashboard(*m_window));
    ASSERT_TRUE(waitUntil([&] { return !m_window->logModel()->isLoading(); }));
    const qint64 shown = m_window->logModel()->totalCount();
    ASSERT_GT(shown, 0);
    for (const bool jsonl : { false, true }) {
        const QString path = m_dir.path(jsonl ? QStringLiteral("logs.jsonl") : QStringLiteral("logs.csv"));
        bool finished = false, ok = false;
        QObject::connect(
            m_window->exportMenu(), &ExportMenu::logsExported, m_window.get(),
            [&](bool success, const QString &) {
                finished = true;
                ok = success;
            },
            Qt::SingleShotConnection);
        m_window->exportMenu()->exportLogs(path, jsonl);
        ASSERT_TRUE(waitUntil([&] { return finished; }));
        ASSERT_TRUE(ok);
        const QList<QByteArray> lines = readAll(path).split('\n');
        QList<QByteArray> rows;
        for (const QByteArray &l : lines) {
            if (!l.isEmpty())
                rows << l;
        }
        if (jsonl) {
            ASSERT_EQ(rows.size(), shown);
            for (const QByteArray &l : std::as_const(rows))
                EXPECT_EQ(QJsonDocument::fromJson(l).object().value(QLatin1String("username")).toString(),
                    QStringLiteral("alice"));
        } else {
            ASSERT_EQ(rows.size(), shown + 1);
            EXPECT_EQ(QString::fromUtf8(rows.first()), RecordExport::csvColumns().join(QLatin1Char(',')));
            const int userColumn = int(RecordExport::csvColumns().indexOf(QStringLiteral("username")));
            EXPECT_EQ(QString::fromUtf8(rows.at(1)).split(QLatin1Char(',')).value(userColumn), QStringLiteral("alice"));
        }
    }
}

TEST_F(ExportTest, PdfReportHasItsPagesAndText)
{
    const QString path = m_dir.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(m_window->exportMenu()->exportReport(path).ok());
    const QByteArray pdf = readAll(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), ReportRenderer::PageCount);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        const ProcessResult r = runProcess(pdftotext, { path, QStringLiteral("-") });
        ASSERT_EQ(r.exitCode, 0);
        EXPECT_TRUE(r.out.contains(QStringLiteral("QuotaScope usage report")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Top 10 models")));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Top 10 channels")));
        EXPECT_TRUE(r.out.contains(m_window->quotaChart()->keys().first()));
        EXPECT_TRUE(r.out.contains(QLocale().toString(m_window->dashboardData().stats.totals.requests)));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Page 2 of 2")));
    }
}

TEST_F(ExportTest, SavedViewsRoundTrip)
{
    m_window->setRangePreset(RangePreset::Last7Days);
    m_window->setGranularity(Granularity::Hour);
    m_window->setFilterValue(Dimension::Model, QStringLiteral("gpt-4o"));
    m_window->setFilterValue(Dimension::Channel, QStringLiteral("cn-relay"));
    ASSERT_TRUE(waitForDashboard(*m_window));
    const SavedView saved = m_window->currentView();
    EXPECT_EQ(saved.range, QStringLiteral("last-7-days"));
    EXPECT_EQ(saved.filter.models, QStringList { QStringLiteral("gpt-4o") });
    auto file = m_window->viewMenu()->saveCurrent(QStringLiteral("Relay / GPT-4o"));
    ASSERT_TRUE(file.ok()) << file.error().message.toStdString();
    ASSERT_EQ(m_window->viewMenu()->savedViews().size(), 1);
    EXPECT_EQ(m_window->viewMenu()->savedViews().first().first, QStringLiteral("Relay / GPT-4o"));

    m_window->setRangePreset(RangePreset::All);
    m_window->setGranularity(Granularity::Month);
    m_window->setFilterValue(Dimension::Model, QString());
    m_window->setFilterValue(Dimension::Channel, QString());
    ASSERT_TRUE(waitForDashboard(*m_window));
    ASSERT_FALSE(m_window->currentView().filter == saved.filter);

    QString error;
    ASSERT_TRUE(m_window->openViewFile(file.value(), &error)) << error.toStdString();
    ASSERT_TRUE(waitForDashboard(*m_window));
    SavedView back = m_window->currentView();
    back.name = saved.name;
    EXPECT_EQ(back, saved);
    EXPECT_EQ(m_window->dashboardData().requestedGranularity, Granularity::Hour);

    // A custom range comes back to the second.
    const qint64 from = m_window->dashboardData().from;
    m_window->setCustomRange(from, from + 3 * 86400);
    ASSERT_TRUE(waitForDashboard(*m_window));
    const SavedView custom = m_window->currentView();
    EXPECT_EQ(custom.range, QStringLiteral("custom"));
    m_window->setRangePreset(RangePreset::Last30Days);
    ASSERT_TRUE(m_window->applyView(custom));
    EXPECT_EQ(m_window->currentView(), custom);
}

TEST_F(ExportTest, ChartsTakeTheirColoursFromTheLightOrDarkPalette)
{
    for (Theme::Choice choice : { Theme::Choice::Dark, Theme::Choice::Light }) {
        const QPalette palette = Theme::palette(choice);
        EXPECT_EQ(Theme::isDark(palette), choice == Theme::Choice::Dark);
        for (ChartView *view : std::initializer_list<ChartView *> {
                 m_window->quotaChart(), m_window->tokenChart(), m_window->requestChart() }) {
            view->setPalette(palette);
            QChart *chart = view->chart();
            EXPECT_EQ(chart->backgroundBrush().color(), palette.color(QPalette::Base));
            EXPECT_EQ(chart->titleBrush().color(), palette.color(QPalette::Text));
            EXPECT_EQ(chart->legend()->labelColor(), palette.color(QPalette::Text));
            const auto axes = chart->axes();
            for (const QAbstractAxis *axis : axes)
                EXPECT_EQ(axis->labelsColor(), palette.color(QPalette::Text));
        }
    }
    // A refresh builds new axes: they are coloured too.
    m_window->quotaChart()->setPalette(Theme::palette(Theme::Choice::Dark));
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    const auto axes = m_window->quotaChart()->chart()->axes();
    ASSERT_FALSE(axes.isEmpty());
    for (const QAbstractAxis *axis : axes)
        EXPECT_EQ(axis->labelsColor(), Theme::palette(Theme::Choice::Dark).color(QPalette::Text));
}

TEST_F(ExportTest, TheStillFillingBucketIsDrawnIncomplete)
{
    // "Last 30 days" ends with the current day, which is still filling, and starts inside a day (unless the
    // clock is in the last hour of the day, when it starts at midnight).
    const QList<bool> partial = m_window->quotaChart()->partial();
    const bool firstPartial = m_window->dashboardData().from % 86400 != 0;
    ASSERT_GE(partial.size(), 3);
    EXPECT_TRUE(partial.last());
    EXPECT_EQ(partial.first(), firstPartial);
    EXPECT_FALSE(partial.at(partial.size() / 2));
    const auto sets = m_window->quotaChart()->chart()->series();
    auto *bars = qobject_cast<QStackedBarSeries *>(sets.first());
    ASSERT_NE(bars, nullptr);
    QBarSet *set = bars->barSets().first();
    EXPECT_TRUE(set->isBarSelected(int(partial.size()) - 1));
    EXPECT_FALSE(set->isBarSelected(int(partial.size()) / 2));
    EXPECT_EQ(set->selectedColor(), ChartStyle::incompleteColor(set->color()));

    const int n = int(m_window->tokenChart()->buckets().size());
    const auto dashed = m_window->tokenChart()->dashedSegments();
    ASSERT_EQ(dashed.size(), firstPartial ? 2 : 1);
    if (firstPartial) {
        EXPECT_EQ(dashed.first(), qMakePair(0, 1));
    }
    EXPECT_EQ(dashed.last(), qMakePair(n - 2, n - 1));
    EXPECT_EQ(m_window->tokenChart()->values().size(), n); // the numbers still cover every bucket

    // A whole past range has no incomplete bucket.
    const qint64 dayStart = m_window->quotaChart()->buckets().at(2);
    m_window->setCustomRange(dayStart, dayStart + 5 * 86400);
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_FALSE(m_window->quotaChart()->partial().contains(true));
    EXPECT_TRUE(m_window->tokenChart()->dashedSegments().isEmpty());
}

TEST_F(ExportTest, EmptyStateIsDrawnInPlace)
{
    EXPECT_EQ(m_window->quotaChart()->state(), ChartView::State::Ready);
    m_window->setFilterValue(Dimension::Model, QStringLiteral("no-such-model"));
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->quotaChart()->state(), ChartView::State::Empty);
    EXPECT_EQ(m_window->tokenChart()->state(), ChartView::State::Empty);
    EXPECT_FALSE(m_window->requestChart()->stateText().isEmpty());
}

TEST_F(ExportTest, BarAndTrendShareOneTimeAxis)
{
    m_window->resize(1300, 900);
    m_window->show();
    ASSERT_TRUE(waitUntil([&] {
        const QRectF a = m_window->quotaChart()->chart()->plotArea();
        const QRectF b = m_window->tokenChart()->chart()->plotArea();
        return !a.isEmpty() && qAbs(a.left() - b.left()) < 0.5 && qAbs(a.right() - b.right()) < 0.5;
    }));
}

TEST(Render, WritesPdfPngAndSvgWithoutADisplay)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg") }) {
        const QString out = dir.path(QStringLiteral("report.") + format);
        // No QT_QPA_PLATFORM: the command picks the offscreen platform itself.
        const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
            { QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("--output"), out,
                QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--title"), QStringLiteral("Weekly") },
            {}, { QStringLiteral("QT_QPA_PLATFORM=") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(out)) << r.err.toStdString();
        const QByteArray data = readAll(out);
        if (format == QLatin1String("pdf")) {
            EXPECT_TRUE(data.startsWith("%PDF-"));
        } else if (format == QLatin1String("png")) {
            const QImage image(out);
            EXPECT_EQ(image.size(), QSize(ReportRenderer::PageWidth * 2, ReportRenderer::PageHeight * 2 * 2));
        } else {
            EXPECT_TRUE(data.contains("Weekly"));
            EXPECT_TRUE(data.contains("Top 10 models"));
        }
    }
}

TEST(Render, ExitCodesAndMessages)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    const auto render = [&](const QStringList &args) {
        return runProcess(QStringLiteral(QS_CLI_PATH),
            QStringList { QStringLiteral("--db"), db, QStringLiteral("render") } + args, {}, offscreen);
    };
    ProcessResult r = render({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--output"))) << r.err.toStdString();
    r = render({ QStringLiteral("--output"), dir.path(QStringLiteral("r.docx")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pdf, png or svg")));
    r = render({ QStringLiteral("--output"), dir.path(QStringLiteral("r.pdf")), QStringLiteral("--range"),
        QStringLiteral("fortnight") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("fortnight")));
    const QString unwritable = dir.path(QStringLiteral("no-such-folder/r.pdf"));
    r = render({ QStringLiteral("--output"), unwritable });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("r.pdf"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(unwritable));
    QFile bad(dir.path(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"quotascope_view": 1, "granularity": "fortnight"})");
    bad.close();
    r = render(
        { QStringLiteral("--output"), dir.path(QStringLiteral("r.pdf")), QStringLiteral("--view"), bad.fileName() });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.json")));
}

TEST(Render, TakesASavedView)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    SavedView view;
    view.name = QStringLiteral("Only deepseek");
    view.range = QStringLiteral("all");
    view.timeZone = QStringLiteral("UTC");
    view.filter.models = { QStringLiteral("deepseek-chat") };
    const QString file = dir.path(QStringLiteral("deepseek.json"));
    ASSERT_TRUE(view.save(file).ok());
    const QString out = dir.path(QStringLiteral("view.svg"));
    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        { QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("--view"), file,
            QStringLiteral("--output"), out },
        {}, offscreen);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray svg = readAll(out);
    EXPECT_TRUE(svg.contains("Only deepseek")); // the view's name is the title
    EXPECT_TRUE(svg.contains("Models: deepseek-chat"));
    EXPECT_FALSE(svg.contains("claude-sonnet-4"));
}

TEST_F(ExportTest, ALogExportReportsProgressAndCanBeCancelled)
{
    auto cache = CacheDb::open(m_db, QStringLiteral("export-cancel-test"));
    ASSERT_TRUE(cache.ok());
    Filter every;
    every.types.clear();
    const qint64 from = 0, to = qint64(1) << 40;

    QBuffer all;
    ASSERT_TRUE(all.open(QIODevice::WriteOnly));
    qint64 lastDone = -1, lastTotal = -1;
    auto written = RecordExport::write(
        cache->db(), from, to, every, RecordExport::Format::Jsonl, &all, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_GT(written.value(), 4000);
    EXPECT_EQ(lastDone, written.value());
    EXPECT_EQ(lastTotal, written.value());
    EXPECT_EQ(all.data().count('\n'), written.value());

    QBuffer part;
    ASSERT_TRUE(part.open(QIODevice::WriteOnly));
    int calls = 0;
    auto cancelled
        = RecordExport::write(cache->db(), from, to, every, RecordExport::Format::Csv, &part, [&](qint64 done, qint64) {
              ++calls;
              return done < 2000; // stop at the first report after the start
          });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, Error::Kind::Cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(part.data().count('\n'), 2000 + 1); // the header and the rows before the stop
}
