#include "mainwindow.h"

#include "aggregate/timebuckets.h"
#include "cachelatencyview.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "dbtask.h"
#include "demodata.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/importdialog.h"
#include "logitemdelegate.h"
#include "logtablemodel.h"
#include "rankingview.h"
#include "statcardspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {
void setWallTime(QDateTimeEdit *edit, qint64 t, const QTimeZone &tz)
{
    const QDateTime inZone = QDateTime::fromSecsSinceEpoch(t, tz);
    edit->setDate(inZone.date());
    edit->setTime(inZone.time());
}
} // namespace

MainWindow::MainWindow(const QString &dbPath, QWidget *parent)
    : QMainWindow(parent)
    , m_dbPath(dbPath)
{
    setWindowTitle(tr("QuotaScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quotascope.svg")));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &MainWindow::loadDashboard);

    buildMenus();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(6);
    layout->addWidget(buildFilterBar());
    m_cards = new StatCardsPanel(central);
    layout->addWidget(m_cards);
    layout->addWidget(buildDashboard(), 1);
    setCentralWidget(central);

    m_statusText = new QLabel(this);
    statusBar()->addWidget(m_statusText, 1);
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import..."), this, &MainWindow::openImportDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Load &demo data"), this, &MainWindow::importDemoData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    QAction *settings = view->addAction(tr("&Settings..."), this, &MainWindow::settingsRequested);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *gateways = menuBar()->addMenu(tr("&Gateways"));
    gateways->addAction(tr("&Manage gateways..."), this, &MainWindow::gatewaysRequested);
    QAction *sync = gateways->addAction(tr("&Sync now"), this, &MainWindow::syncRequested);
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    gateways->addSeparator();
    gateways->addAction(tr("Gateway &data dashboard..."), this, &MainWindow::adminRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QuotaScope"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    // Two independent rows (not one grid) so each row's labels size only their own columns.
    auto *row0 = new QHBoxLayout;
    auto *row1 = new QHBoxLayout;
    rows->addLayout(row0);
    rows->addLayout(row1);
    const QList<QHBoxLayout *> rowLayouts { row0, row1 };

    auto addLabeled = [&](int row, int, const QString &text, QWidget *w) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(w);
        if (rowLayouts[row]->count() > 0)
            rowLayouts[row]->addSpacing(6);
        rowLayouts[row]->addWidget(label);
        rowLayouts[row]->addWidget(w, 1);
    };

    m_range = new QComboBox(bar);
    m_range->addItem(tr("Last 24 hours"), int(RangePreset::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(RangePreset::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(RangePreset::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(RangePreset::Last90Days));
    m_range->addItem(tr("This month"), int(RangePreset::ThisMonth));
    m_range->addItem(tr("All data"), int(RangePreset::All));
    m_range->addItem(tr("Custom"), int(RangePreset::Custom));
    m_range->setCurrentIndex(2);
    m_from = new QDateTimeEdit(bar);
    m_to = new QDateTimeEdit(bar);
    for (QDateTimeEdit *e : { m_from, m_to }) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_granularity = new QComboBox(bar);
    m_granularity->addItem(tr("Hour"), int(Granularity::Hour));
    m_granularity->addItem(tr("Day"), int(Granularity::Day));
    m_granularity->addItem(tr("Week"), int(Granularity::Week));
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_granularity->setCurrentIndex(1);
    m_timeZone = new QComboBox(bar);
    m_timeZone->addItem(
        tr("Local (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QStringLiteral("local"));
    m_timeZone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_timeZone->setMaxVisibleItems(20);
    // Sized by a typical entry, not the longest zone name, so the bar fits narrow windows.
    for (QComboBox *c : { m_range, m_granularity, m_timeZone }) {
        c->setMinimumContentsLength(c == m_timeZone ? 10 : 6);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_source = new QComboBox(bar);
    m_source->addItem(tr("All sources"), qint64(0));
    m_source->setMinimumContentsLength(8);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    addLabeled(0, 0, tr("&Range:"), m_range);
    addLabeled(0, 2, tr("Fr&om:"), m_from);
    addLabeled(0, 4, tr("&To:"), m_to);
    addLabeled(0, 6, tr("Granu&larity:"), m_granularity);
    addLabeled(0, 8, tr("Time &zone:"), m_timeZone);

    m_user = new QComboBox(bar);
    m_token = new QComboBox(bar);
    m_model = new QComboBox(bar);
    m_channel = new QComboBox(bar);
    m_group = new QComboBox(bar);
    const QStringList alls { tr("All users"), tr("All tokens"), tr("All models"), tr("All channels"),
        tr("All groups") };
    const QList<QComboBox *> combos { m_user, m_token, m_model, m_channel, m_group };
    for (int i = 0; i < combos.size(); ++i) {
        combos[i]->addItem(alls.at(i), QString());
        combos[i]->setMinimumContentsLength(6);
        combos[i]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    addLabeled(1, 0, tr("&Source:"), m_source);
    addLabeled(1, 2, tr("&User:"), m_user);
    addLabeled(1, 4, tr("To&ken:"), m_token);
    addLabeled(1, 6, tr("&Model:"), m_model);
    addLabeled(1, 8, tr("&Channel:"), m_channel);
    addLabeled(1, 10, tr("Grou&p:"), m_group);
    m_resetFilters = new QPushButton(tr("R&eset filters"), bar);
    row0->addSpacing(6);
    row0->addWidget(m_resetFilters);

    m_note = new QLabel(bar);
    m_note->setObjectName(QStringLiteral("coarseningNote"));
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_note->setWordWrap(true);
    m_note->hide();
    rows->addWidget(m_note);

    connect(m_range, &QComboBox::currentIndexChanged, this, &MainWindow::onRangePresetChanged);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &MainWindow::scheduleDashboard);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &MainWindow::scheduleDashboard);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &MainWindow::scheduleDashboard);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] { scheduleDashboard(); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        clearDrillDown();
        loadChoices();
        scheduleDashboard();
    });
    for (QComboBox *c : combos) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            clearDrillDown();
            scheduleDashboard();
        });
    }
    connect(m_resetFilters, &QPushButton::clicked, this, [this] {
        for (QComboBox *c : { m_user, m_token, m_model, m_channel, m_group }) {
            QSignalBlocker block(c);
            c->setCurrentIndex(0);
        }
        clearDrillDown();
        scheduleDashboard();
    });
    return bar;
}

QWidget *MainWindow::buildDashboard()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto *charts = new QWidget(splitter);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_quotaChart = new QuotaBarChart(charts);
    m_requestChart = new RequestPieChart(charts);
    m_tokenChart = new TokenTrendChart(charts);
    m_quotaChart->setMinimumHeight(200);
    m_tokenChart->setMinimumHeight(150);
    m_requestChart->setMinimumWidth(300);
    m_quotaChart->setMinimumWidth(400);
    m_tokenChart->setMinimumWidth(400);
    grid->addWidget(m_quotaChart, 0, 0);
    grid->addWidget(m_tokenChart, 1, 0);
    grid->addWidget(m_requestChart, 0, 1, 2, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto *tablePane = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(3);
    auto *titleRow = new QHBoxLayout;
    m_tableTitle = new QLabel(tablePane);
    QFont bold = m_tableTitle->font();
    bold.setBold(true);
    m_tableTitle->setFont(bold);
    m_clearDrill = new QPushButton(tr("Show &all requests"), tablePane);
    m_clearDrill->hide();
    titleRow->addWidget(m_tableTitle, 1);
    titleRow->addWidget(m_clearDrill);
    tableLayout->addLayout(titleRow);
    m_logModel = new LogTableModel(this);
    m_logModel->setDatabasePath(m_dbPath);
    m_logDelegate = new LogItemDelegate(this);
    m_table = new QTableView(tablePane);
    m_table->setModel(m_logModel);
    m_table->setItemDelegate(m_logDelegate);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Requests"));
    const QList<QPair<int, int>> widths { { LogTableModel::Time, 150 }, { LogTableModel::Type, 80 },
        { LogTableModel::User, 80 }, { LogTableModel::Token, 120 }, { LogTableModel::Model, 170 },
        { LogTableModel::Channel, 130 }, { LogTableModel::Group, 70 }, { LogTableModel::Prompt, 80 },
        { LogTableModel::Completion, 90 }, { LogTableModel::CacheRead, 90 }, { LogTableModel::Quota, 100 },
        { LogTableModel::Latency, 70 }, { LogTableModel::Stream, 60 } };
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    tableLayout->addWidget(m_table, 1);

    splitter->addWidget(buildInsightTabs(charts));
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_quotaChart, &QuotaBarChart::barClicked, this, [this](const QString &key, qint64 from, qint64 to) {
        m_drillBy = m_data.quotaByModel.query.by;
        drillDown(key, from, to);
    });
    connect(m_requestChart, &RequestPieChart::sliceClicked, this, [this](const QString &key) {
        m_drillBy = m_data.requestsByModel.query.by;
        drillDown(key, 0, 0);
    });
    connect(m_clearDrill, &QPushButton::clicked, this, &MainWindow::clearDrillDown);
    connect(m_logModel, &LogTableModel::loaded, this, [this](qint64) {
        m_tableTitle->setText(drillDownText());
        if (m_restoreScroll > 0)
            m_table->verticalScrollBar()->setValue(m_restoreScroll);
        m_restoreScroll = -1;
    });
    connect(m_logModel, &LogTableModel::loadFailed, this,
        [this](const QString &message) { m_tableTitle->setText(tr("Could not read the requests: %1").arg(message)); });
    return splitter;
}

QWidget *MainWindow::buildInsightTabs(QWidget *overview)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("&Overview"));
    m_rankings = new RankingView(m_tabs);
    m_tabs->addTab(m_rankings, tr("R&ankings"));
    m_cacheLatency = new CacheLatencyView(m_tabs);
    m_tabs->addTab(m_cacheLatency, tr("Cac&he and latency"));

    // Group by and metric drive every chart: they sit at the tabs' corner, above all three views.
    auto *corner = new QWidget(m_tabs);
    auto *row = new QHBoxLayout(corner);
    row->setContentsMargins(0, 0, 0, 2);
    m_groupBy = new QComboBox(corner);
    for (Dimension d : { Dimension::Model, Dimension::User, Dimension::Token, Dimension::Channel, Dimension::Group,
             Dimension::Source })
        m_groupBy->addItem(dimensionLabel(d), int(d));
    m_metric = new QComboBox(corner);
    for (Metric m : { Metric::Quota, Metric::Tokens, Metric::PromptTokens, Metric::CompletionTokens,
             Metric::CacheReadTokens, Metric::CacheWriteTokens, Metric::Requests, Metric::Errors })
        m_metric->addItem(metricLabel(m), int(m));
    const QList<QPair<QString, QComboBox *>> labelled { { tr("Group &by:"), m_groupBy }, { tr("Metr&ic:"), m_metric } };
    for (const auto &[text, combo] : labelled) {
        auto *label = new QLabel(text, corner);
        label->setBuddy(combo);
        row->addWidget(label);
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            clearDrillDown();
            scheduleDashboard();
        });
    }
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index > 0)
            scheduleDashboard();
    });
    connect(m_rankings, &RankingView::dimensionChanged, this, [this] { scheduleDashboard(); });
    connect(m_cacheLatency, &CacheLatencyView::dimensionChanged, this, [this] { scheduleDashboard(); });
    connect(m_rankings, &RankingView::filterRequested, this, &MainWindow::filterTo);
    connect(m_rankings, &RankingView::logsRequested, this, [this](Dimension d, const QString &key) {
        m_drillBy = d;
        drillDown(key, 0, 0);
    });
    return m_tabs;
}

void MainWindow::filterTo(Dimension d, const QString &key)
{
    if (d == Dimension::Source) {
        const int index = m_source->findText(key);
        if (index >= 0)
            m_source->setCurrentIndex(index);
        return;
    }
    setFilterValue(d, key);
}

void MainWindow::showDashboardTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::setGroupBy(Dimension by)
{
    m_groupBy->setCurrentIndex(qMax(0, m_groupBy->findData(int(by))));
}

void MainWindow::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(int(metric))));
}

void MainWindow::setSyncStatusWidget(QWidget *widget)
{
    if (m_syncWidget) {
        statusBar()->removeWidget(m_syncWidget);
        delete m_syncWidget;
    }
    m_syncWidget = widget;
    if (widget)
        statusBar()->addPermanentWidget(widget);
}

void MainWindow::start(bool forceDemo)
{
    loadChoices();
    runDemoImport(!forceDemo);
}

void MainWindow::importDemoData()
{
    runDemoImport(false);
}

void MainWindow::runDemoImport(bool onlyIfEmpty)
{
    if (m_demoRunning)
        return;
    m_demoRunning = true;
    m_statusText->setText(tr("Loading the demo data..."));
    const QDate today = QDate::currentDate();
    const QTimeZone tz = QTimeZone::systemTimeZone();
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, onlyIfEmpty] {
        watcher->deleteLater();
        m_demoRunning = false;
        const Result<qint64> added = watcher->result();
        QString message;
        if (!added)
            message = tr("The demo data could not be loaded: %1").arg(added.error().message);
        else if (added.value() >= 0)
            message = tr("Demo data: %n request(s) added.", nullptr, int(added.value()));
        if (!message.isEmpty())
            m_statusText->setText(message);
        if (!added)
            QMessageBox::warning(this, tr("Demo data"), message);
        emit demoImportFinished(added.ok(), message);
        if (!onlyIfEmpty || (added && added.value() >= 0))
            loadChoices();
        refresh();
    });
    watcher->setFuture(runWithCache<qint64>(m_dbPath, [onlyIfEmpty, today, tz](sqlite3 *db) -> Result<qint64> {
        if (onlyIfEmpty) {
            auto sources = SourceRepository(db).list();
            if (!sources)
                return sources.error();
            if (!sources->isEmpty())
                return qint64(-1); // not a first start: nothing to do
        }
        auto summary = DemoData::import(db, today, tz);
        if (!summary)
            return summary.error();
        return summary->added;
    }));
}

void MainWindow::refresh()
{
    loadChoices();
    loadDashboard();
}

void MainWindow::scheduleDashboard()
{
    m_debounce.start();
}

void MainWindow::onRangePresetChanged()
{
    const bool custom = RangePreset(m_range->currentData().toInt()) == RangePreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    clearDrillDown();
    scheduleDashboard();
}

QComboBox *MainWindow::filterCombo(Dimension d) const
{
    switch (d) {
    case Dimension::User:
        return m_user;
    case Dimension::Token:
        return m_token;
    case Dimension::Model:
        return m_model;
    case Dimension::Channel:
        return m_channel;
    case Dimension::Group:
        return m_group;
    default:
        return nullptr;
    }
}

DashboardRequest MainWindow::currentRequest() const
{
    DashboardRequest r;
    r.preset = RangePreset(m_range->currentData().toInt());
    r.tz = timeZoneFromName(m_timeZone->currentData().toString());
    // The edits show wall-clock time in the display zone (Qt 6.4's QDateTimeEdit knows no other zone).
    r.customFrom = QDateTime(m_from->date(), m_from->time(), r.tz).toSecsSinceEpoch();
    r.customTo = QDateTime(m_to->date(), m_to->time(), r.tz).toSecsSinceEpoch();
    r.now = QDateTime::currentSecsSinceEpoch();
    r.granularity = Granularity(m_granularity->currentData().toInt());
    r.topN = m_topN;
    r.weekStart = m_weekStart;
    r.by = Dimension(m_groupBy->currentData().toInt());
    r.metric = Metric(m_metric->currentData().toInt());
    r.rankingBy = m_rankings->dimension();
    r.performanceBy = m_cacheLatency->dimension();
    r.withRanking = m_tabs->currentWidget() == m_rankings;
    r.withPerformance = m_tabs->currentWidget() == m_cacheLatency;
    const qint64 source = m_source->currentData().toLongLong();
    if (source > 0)
        r.filter.sourceIds = { source };
    const QList<QPair<QStringList *, QComboBox *>> fields { { &r.filter.users, m_user }, { &r.filter.tokens, m_token },
        { &r.filter.models, m_model }, { &r.filter.channels, m_channel }, { &r.filter.groups, m_group } };
    for (const auto &f : fields) {
        const QString v = f.second->currentData().toString();
        if (!v.isEmpty())
            f.first->append(v);
    }
    return r;
}

bool MainWindow::isBusy() const
{
    return m_demoRunning || m_pendingDashboards > 0 || m_debounce.isActive();
}

void MainWindow::loadDashboard()
{
    m_debounce.stop();
    const DashboardRequest request = currentRequest();
    const quint64 serial = ++m_dashboardSerial;
    ++m_pendingDashboards;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto *watcher = new QFutureWatcher<Result<DashboardData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, timer] {
        watcher->deleteLater();
        --m_pendingDashboards;
        if (serial != m_dashboardSerial)
            return; // superseded by a newer request
        const Result<DashboardData> data = watcher->result();
        if (!data) {
            m_statusText->setText(tr("Could not load the dashboard: %1").arg(data.error().message));
            emit dashboardUpdated();
            return;
        }
        DashboardData shown = data.value();
        shown.currency = m_currency.applyTo(shown.currency);
        applyDashboard(shown);
        m_statusText->setText(tr("%1 requests in range · updated in %2 ms")
                                  .arg(QLocale().toString(data->stats.totals.requests))
                                  .arg(timer->elapsed()));
        if (m_pendingDashboards == 0 && !m_demoRunning)
            emit dashboardUpdated();
    });
    watcher->setFuture(runWithCache<DashboardData>(
        m_dbPath, [request](sqlite3 *db) { return QuotaScope::loadDashboard(db, request); }));
}

void MainWindow::applyDashboard(const DashboardData &data)
{
    m_data = data;
    m_hasData = true;
    const QTimeZone tz = data.quotaByModel.query.tz;
    m_cards->setStats(data.stats, data.currency, tz);
    m_quotaChart->setReport(data.quotaByModel, data.currency);
    m_requestChart->setReport(data.requestsByModel, data.quotaByModel.keys);
    m_tokenChart->setReport(data.tokens);
    if (m_tabs->currentWidget() == m_rankings)
        m_rankings->setRanking(data.ranking, data.currency);
    if (m_tabs->currentWidget() == m_cacheLatency)
        m_cacheLatency->setPerformance(data.performance, data.currency);
    m_logDelegate->setTimeZone(tz);
    m_logDelegate->setCurrency(data.currency);
    m_table->viewport()->update();

    if (RangePreset(m_range->currentData().toInt()) != RangePreset::Custom) {
        QSignalBlocker a(m_from), b(m_to);
        setWallTime(m_from, data.from, tz);
        setWallTime(m_to, data.to, tz);
    }
    const QString note = coarseningNote();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateLogQuery();
}

QString MainWindow::coarseningNote() const
{
    if (m_hasData && m_data.quotaByModel.capped)
        return m_data.quotaByModel.note;
    if (!m_hasData || !m_data.coarsened)
        return QString();
    const auto name = [](Granularity g) {
        switch (g) {
        case Granularity::Hour:
            return tr("hourly");
        case Granularity::Day:
            return tr("daily");
        case Granularity::Week:
            return tr("weekly");
        case Granularity::Month:
            return tr("monthly");
        }
        return QString();
    };
    return tr("Showing %1 bars: %2 bars would make %3 buckets (charts show at most %4).")
        .arg(name(m_data.granularity), name(m_data.requestedGranularity))
        .arg(m_data.requestedBuckets)
        .arg(MaxChartBuckets);
}

void MainWindow::loadChoices()
{
    const qint64 source = m_source->currentData().toLongLong();
    const QList<qint64> ids = source > 0 ? QList<qint64> { source } : QList<qint64> {};
    const quint64 serial = ++m_choicesSerial;
    auto *watcher = new QFutureWatcher<Result<FilterChoices>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_choicesSerial)
            return;
        const Result<FilterChoices> choices = watcher->result();
        if (choices)
            applyChoices(choices.value());
        else
            m_statusText->setText(tr("Could not read the filter values: %1").arg(choices.error().message));
    });
    watcher->setFuture(
        runWithCache<FilterChoices>(m_dbPath, [ids](sqlite3 *db) { return loadFilterChoices(db, ids); }));
}

void MainWindow::applyChoices(const FilterChoices &choices)
{
    // Keep the user's selections; a value that no longer exists stays selectable so the view does not change
    // under them.
    {
        QSignalBlocker block(m_source);
        const qint64 current = m_source->currentData().toLongLong();
        while (m_source->count() > 1)
            m_source->removeItem(1);
        for (const SourceInfo &s : choices.sources)
            m_source->addItem(s.name, s.id);
        const int index = m_source->findData(current);
        m_source->setCurrentIndex(index < 0 ? 0 : index);
    }
    const QList<QPair<QComboBox *, const QStringList *>> lists { { m_user, &choices.users },
        { m_token, &choices.tokens }, { m_model, &choices.models }, { m_channel, &choices.channels },
        { m_group, &choices.groups } };
    for (const auto &l : lists) {
        QComboBox *c = l.first;
        QSignalBlocker block(c);
        const QString current = c->currentData().toString();
        while (c->count() > 1)
            c->removeItem(1);
        for (const QString &v : *l.second)
            c->addItem(v.isEmpty() ? tr("(none)") : v, v);
        if (!current.isEmpty() && c->findData(current) < 0)
            c->addItem(current, current);
        c->setCurrentIndex(qMax(0, c->findData(current)));
    }
}

void MainWindow::drillDown(const QString &model, qint64 from, qint64 to)
{
    m_drillModel = model == Aggregator::otherKey() ? QString() : model;
    m_drillFrom = from;
    m_drillTo = to;
    m_clearDrill->setVisible(!m_drillModel.isEmpty() || m_drillFrom != m_drillTo);
    updateLogQuery();
}

void MainWindow::clearDrillDown()
{
    m_drillModel.clear();
    m_drillFrom = m_drillTo = 0;
    if (m_clearDrill)
        m_clearDrill->hide();
    if (m_hasData)
        updateLogQuery();
}

QString MainWindow::drillDownText() const
{
    QStringList parts;
    if (!m_drillModel.isEmpty())
        parts.append(tr("%1 %2").arg(dimensionLabel(m_drillBy).toLower(), m_drillModel));
    if (m_drillFrom != m_drillTo) {
        const QTimeZone tz = m_data.quotaByModel.query.tz;
        parts.append(TimeBuckets::shortLabel(m_drillFrom, tz, m_data.granularity));
    }
    const QString count = QLocale().toString(m_logModel->totalCount());
    if (parts.isEmpty())
        return tr("Requests (%1, newest first)").arg(count);
    return tr("Requests for %1 (%2, newest first)").arg(parts.join(QStringLiteral(", ")), count);
}

void MainWindow::updateLogQuery()
{
    DashboardRequest r = currentRequest();
    Filter f = r.filter;
    f.types.clear(); // the log shows errors and refunds next to consumption
    if (!m_drillModel.isEmpty()) {
        if (m_drillBy == Dimension::Source) {
            const int index = m_source->findText(m_drillModel);
            f.sourceIds = { index > 0 ? m_source->itemData(index).toLongLong() : -1 };
        } else {
            const QList<QPair<Dimension, QStringList *>> fields { { Dimension::Model, &f.models },
                { Dimension::User, &f.users }, { Dimension::Token, &f.tokens }, { Dimension::Channel, &f.channels },
                { Dimension::Group, &f.groups } };
            for (const auto &[d, list] : fields) {
                if (d == m_drillBy)
                    *list = { m_drillModel };
            }
        }
    }
    qint64 from = m_data.from, to = m_data.to;
    if (m_drillFrom != m_drillTo) {
        from = m_drillFrom;
        to = m_drillTo;
    }
    // A background refresh of the same view must not throw the reader back to the top of the table.
    const bool sameView = from == m_logFrom && to == m_logTo && f == m_logFilter;
    m_restoreScroll = sameView ? m_table->verticalScrollBar()->value() : -1;
    m_logFrom = from;
    m_logTo = to;
    m_logFilter = f;
    m_logModel->setQuery(from, to, f);
}

void MainWindow::setRangePreset(RangePreset preset)
{
    m_range->setCurrentIndex(m_range->findData(int(preset)));
}

void MainWindow::setCustomRange(qint64 from, qint64 to)
{
    const QTimeZone tz = timeZoneFromName(m_timeZone->currentData().toString());
    setWallTime(m_from, from, tz);
    setWallTime(m_to, to, tz);
    setRangePreset(RangePreset::Custom);
    scheduleDashboard();
}

void MainWindow::setGranularity(Granularity g)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(g)));
}

bool MainWindow::setTimeZoneName(const QString &name)
{
    const int index = m_timeZone->findData(name, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_timeZone->setCurrentIndex(index);
    return true;
}

void MainWindow::setSourceId(qint64 sourceId)
{
    const int index = m_source->findData(sourceId);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::setFilterValue(Dimension dimension, const QString &value)
{
    QComboBox *c = filterCombo(dimension);
    if (!c)
        return;
    int index = c->findData(value);
    if (index < 0) {
        c->addItem(value, value);
        index = c->count() - 1;
    }
    c->setCurrentIndex(value.isEmpty() ? 0 : index);
}

void MainWindow::setTopN(int topN)
{
    if (topN == m_topN)
        return;
    m_topN = topN;
    scheduleDashboard();
}

void MainWindow::setWeekStart(Qt::DayOfWeek day)
{
    if (day == m_weekStart)
        return;
    m_weekStart = day;
    scheduleDashboard();
}

void MainWindow::setCurrencyOverride(const CurrencyOverride &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    scheduleDashboard();
}

void MainWindow::openImportDialog()
{
    QStringList names;
    for (int i = 1; i < m_source->count(); ++i)
        names.append(m_source->itemText(i));
    auto *dialog = new ImportDialog(m_dbPath, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](const QList<ImportFileResult> &, bool anyAdded) {
        if (anyAdded)
            refresh();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace QuotaScope
