#include "exportmenu.h"

#include "aggregate/recordexport.h"
#include "chartexport.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "dashboardreport.h"
#include "dbtask.h"
#include "exportfile.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <memory>

namespace QuotaScope {

namespace {

struct LogExportState
{
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { -1 };
    std::atomic<bool> cancel { false };
};
} // namespace

ExportMenu::ExportMenu(MainWindow *window, QWidget *parent)
    : QMenu(tr("E&xport"), parent)
    , m_window(window)
{
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG images (*.svg)");
    const QList<QPair<QString, QWidget *>> charts { { tr("Spend chart"), window->quotaChart() },
        { tr("Tokens chart"), window->tokenChart() }, { tr("Requests chart"), window->requestChart() } };
    const QStringList files { QStringLiteral("spend"), QStringLiteral("tokens"), QStringLiteral("requests") };
    for (int i = 0; i < charts.size(); ++i) {
        QWidget *chart = charts.at(i).second;
        const QString file = files.at(i);
        for (const QString &format : { QStringLiteral("png"), QStringLiteral("svg") }) {
            addAction(tr("%1 as %2...").arg(charts.at(i).first, format.toUpper()), this, [=] {
                const QString path = askFile(
                    tr("Export chart"), file + QLatin1Char('.') + format, format == QLatin1String("png") ? png : svg);
                if (path.isEmpty())
                    return;
                if (auto r = exportChart(chart, path); !r)
                    QMessageBox::warning(m_window, tr("Export"), r.error().message);
            });
        }
    }
    addSeparator();
    addAction(tr("View numbers as &CSV..."), this, [this] {
        const QString path
            = askFile(tr("Export numbers"), QStringLiteral("quotascope-view.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            if (auto r = exportNumbers(path); !r)
                QMessageBox::warning(m_window, tr("Export"), r.error().message);
        }
    });
    addAction(tr("View numbers as &JSON..."), this, [this] {
        const QString path
            = askFile(tr("Export numbers"), QStringLiteral("quotascope-view.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty()) {
            if (auto r = exportNumbers(path); !r)
                QMessageBox::warning(m_window, tr("Export"), r.error().message);
        }
    });
    addSeparator();
    addAction(tr("Requests as C&SV..."), this, [this] {
        const QString path = askFile(tr("Export requests"), QStringLiteral("requests.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportLogs(path, false);
    });
    addAction(tr("Requests as JSON &Lines..."), this, [this] {
        const QString path
            = askFile(tr("Export requests"), QStringLiteral("requests.jsonl"), tr("JSON Lines files (*.jsonl)"));
        if (!path.isEmpty())
            exportLogs(path, true);
    });
    addSeparator();
    QAction *pdf = addAction(tr("Dashboard as &PDF report..."), this, [this] {
        const QString path
            = askFile(tr("Export report"), QStringLiteral("quotascope-report.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = exportReport(path); !r)
            QMessageBox::warning(m_window, tr("Export"), r.error().message);
        else
            m_window->showStatusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
}

QString ExportMenu::askFile(const QString &title, const QString &suggested, const QString &filter) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(suggested), filter);
}

Result<void> ExportMenu::exportChart(QWidget *chart, const QString &path) const
{
    return ChartExport::saveWidget(chart, path);
}

Result<void> ExportMenu::exportNumbers(const QString &path) const
{
    const ViewNumbers numbers = ViewNumbers::fromCharts(m_window->dashboardData(), m_window->currentRequest().filter,
        m_window->viewContext(), m_window->quotaChart(), m_window->requestChart(), m_window->tokenChart());
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteError(path, file.errorString());
    file.write(json ? QJsonDocument(numbers.toJson()).toJson(QJsonDocument::Indented) : numbers.toCsv());
    if (!file.commit())
        return exportWriteError(path, file.errorString());
    return {};
}

Result<void> ExportMenu::exportReport(const QString &path) const
{
    // The shown dashboard plus its top-10 tables, which only the report has; read on the calling thread, as
    // they are four small rollup queries.
    ReportContent content;
    content.data = m_window->dashboardData();
    content.filter = m_window->currentRequest().filter;
    content.context = m_window->viewContext();
    auto cache = CacheDb::open(m_window->dbPath(), QStringLiteral("qs-report"));
    if (!cache)
        return cache.error();
    auto tops = loadTopTables(cache->db(), content.data, content.filter);
    if (!tops)
        return tops.error();
    content.tops = tops.value();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ReportRenderer renderer(content);
    return renderer.write(
        path, suffix == QLatin1String("png") || suffix == QLatin1String("svg") ? suffix : QStringLiteral("pdf"));
}

void ExportMenu::exportLogs(const QString &path, bool jsonl)
{
    const DashboardData &data = m_window->dashboardData();
    Filter filter = m_window->currentRequest().filter;
    filter.types.clear(); // like the log table: errors and refunds next to consumption
    const qint64 from = data.from, to = data.to;
    auto state = std::make_shared<LogExportState>();
    auto *progress = new QProgressDialog(
        tr("Exporting requests to %1...").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 100, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [state] { state->cancel = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, state] {
        const qint64 total = state->total;
        if (total > 0)
            progress->setValue(int(state->done * 100 / total));
    });
    poll->start(100);
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        progress->deleteLater();
        const Result<qint64> result = watcher->result();
        QString message;
        if (result)
            message
                = tr("%n request(s) exported to %1", nullptr, int(result.value())).arg(QDir::toNativeSeparators(path));
        else if (result.error().kind == Error::Kind::Cancelled)
            message = tr("Export cancelled; %1 was not written").arg(QDir::toNativeSeparators(path));
        else
            message = result.error().message;
        if (!result && result.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(m_window, tr("Export"), message);
        m_window->showStatusMessage(message);
        emit logsExported(result.ok(), message);
    });
    watcher->setFuture(runWithCache<qint64>(m_window->dbPath(), [=](sqlite3 *db) -> Result<qint64> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return exportWriteError(path, file.errorString());
        auto count = RecordExport::write(db, from, to, filter,
            jsonl ? RecordExport::Format::Jsonl : RecordExport::Format::Csv, &file, [state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancel;
            });
        if (!count) {
            file.cancelWriting();
            return count.error().kind == Error::Kind::Io ? exportWriteError(path, count.error().message)
                                                         : count.error();
        }
        if (!file.commit())
            return exportWriteError(path, file.errorString());
        return count.value();
    }));
}

} // namespace QuotaScope
