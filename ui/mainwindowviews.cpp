// MainWindow's saved views, export context and chart states.
#include "mainwindow.h"

#include "cachelatencyview.h"
#include "charts/cachechart.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "savedviewmenu.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QMenuBar>

namespace QuotaScope {

ViewContext MainWindow::viewContext() const
{
    ViewContext c;
    c.title = tr("QuotaScope usage report");
    if (m_source->currentData().toLongLong() > 0)
        c.sourceNames = { m_source->currentText() };
    c.generatedAt = QDateTime::currentSecsSinceEpoch();
    return c;
}

SavedView MainWindow::currentView() const
{
    const DashboardRequest r = currentRequest();
    SavedView v;
    v.range = rangePresetName(r.preset);
    if (r.preset == RangePreset::Custom) {
        v.from = r.customFrom;
        v.to = r.customTo;
    }
    v.timeZone = m_timeZone->currentData().toString();
    v.granularity = r.granularity;
    if (m_source->currentData().toLongLong() > 0)
        v.sources = { m_source->currentText() };
    v.filter = r.filter;
    v.filter.sourceIds.clear();
    v.groupBy = r.by;
    v.metric = r.metric;
    return v;
}

bool MainWindow::applyView(const SavedView &view, QString *error)
{
    QStringList problems;
    if (!setTimeZoneName(view.timeZone))
        problems << tr("unknown time zone \"%1\"").arg(view.timeZone);
    setGranularity(view.granularity);
    if (view.sources.isEmpty()) {
        setSourceId(0);
    } else {
        const int index = m_source->findText(view.sources.first());
        if (index > 0)
            m_source->setCurrentIndex(index);
        else
            m_pendingViewSource = view.sources.first(); // the source list may still be loading
    }
    FilterState state = filterState();
    state.users = view.filter.users;
    state.tokens = view.filter.tokens;
    state.models = view.filter.models;
    state.channels = view.filter.channels;
    state.groups = view.filter.groups;
    // The view's types as the filter bar takes them: consumption alone is the bar's default (empty).
    state.types = view.filter.types == QList<int> { 2 } ? QList<int>() : view.filter.types;
    setFilterState(state);
    setGroupBy(view.groupBy);
    setMetric(view.metric);
    if (view.range == QLatin1String("custom")) {
        setCustomRange(view.from, view.to);
    } else {
        RangePreset preset = RangePreset::Last30Days;
        if (parseRangePreset(view.range, &preset))
            setRangePreset(preset);
    }
    scheduleDashboard();
    if (!problems.isEmpty() && error)
        *error = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

bool MainWindow::openViewFile(const QString &path, QString *error)
{
    auto view = SavedView::load(path);
    if (!view) {
        if (error)
            *error = view.error().message;
        return false;
    }
    QString problem;
    const bool ok = applyView(view.value(), &problem);
    if (!ok && error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
    showStatusMessage(tr("View \"%1\" opened").arg(view->name.isEmpty() ? QDir::toNativeSeparators(path) : view->name));
    return ok;
}

void MainWindow::setViewsDirectory(const QString &directory)
{
    QAction *before = m_viewMenu->menuAction();
    auto *menu = new SavedViewMenu(this, directory, this);
    menuBar()->insertMenu(before, menu);
    menuBar()->removeAction(before);
    m_viewMenu->deleteLater();
    m_viewMenu = menu;
}

void MainWindow::showStatusMessage(const QString &message)
{
    m_statusText->setText(message);
}

void MainWindow::setChartsState(int state, const QString &message)
{
    for (ChartView *chart : std::initializer_list<ChartView *> {
             m_quotaChart, m_requestChart, m_tokenChart, m_cacheLatency->chart() })
        chart->setState(ChartView::State(state), message);
}

} // namespace QuotaScope
