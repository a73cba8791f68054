#include "mainwindow.h"

#include "aggregate/liveaggregator.h"
#include "aggregate/timebuckets.h"
#include "cachecompactjob.h"
#include "cachelatencyview.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/timeaxisaligner.h"
#include "charts/tokentrendchart.h"
#include "comparesourcesdialog.h"
#include "dbtask.h"
#include "demodata.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/importdialog.h"
#include "export/exportmenu.h"
#include "filterbar.h"
#include "gateway/dbsource.h"
#include "liverun.h"
#include "logdetailpane.h"
#include "logitemdelegate.h"
#include "logtablemodel.h"
#include "rankingview.h"
#include "savedviewmenu.h"
#include "statcardspanel.h"
#include "theme.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMutex>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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

    setChartsState(int(ChartView::State::Loading), QString());
    m_statusText = new QLabel(this);
    statusBar()->addWidget(m_statusText, 1);
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    cancelLiveRun(m_liveRun);
    cancelLiveRun(m_liveChoicesRun);
}

void MainWindow::cancelLiveRun(std::shared_ptr<LiveRun> &run)
{
    LiveRun::cancel(run);
}

Result<void> MainWindow::attachLiveRun(LiveRun &run, const GatewayDatabase &db)
{
    if (!run.attach(db))
        return Error(tr("superseded by a newer view"), Error::Kind::Cancelled);
    return {};
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import..."), this, &MainWindow::openImportDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Load &demo data"), this, &MainWindow::importDemoData);
    file->addSeparator();
    m_exportMenu = new ExportMenu(this, file);
    file->addMenu(m_exportMenu);
    file->addSeparator();
    file->addAction(tr("Co&mpact the cache..."), this, [this] { compactCache(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_overlayPrevious = view->addAction(tr("&Overlay the previous period"));
    m_overlayPrevious->setCheckable(true);
    m_overlayPrevious->setToolTip(tr("Draw the previous period of the same length as a dashed line on the trend"));
    connect(m_overlayPrevious, &QAction::toggled, this, &MainWindow::scheduleDashboard);
    m_showProjection = view->addAction(tr("Show the month-end &projection"));
    m_showProjection->setCheckable(true);
    m_showProjection->setChecked(true);
    m_showProjection->setToolTip(
        tr("Extend the spend chart to the month's end with the projected spend as a dashed line"));
    connect(m_showProjection, &QAction::toggled, this, [this] {
        if (!m_hasData)
            return;
        m_tokenChart->setReport(m_data.tokens, m_data.now,
            m_overlayPrevious->isChecked() && m_data.previous ? &m_data.previous->tokens : nullptr);
        showProjection();
    });
    view->addAction(tr("&Compare sources..."), this, &MainWindow::openCompareSources);
    view->addSeparator();
    QAction *settings = view->addAction(tr("&Settings..."), this, &MainWindow::settingsRequested);
    settings->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = new SavedViewMenu(this, SavedViewMenu::defaultDirectory(), this);
    menuBar()->addMenu(m_viewMenu);

    QMenu *gateways = menuBar()->addMenu(tr("&Gateways"));
    m_gatewaysMenu = gateways;
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
        w->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
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

    addLabeled(1, 0, tr("&Source:"), m_source);
    m_filterBar = new FilterBar(bar);
    row1->addSpacing(6);
    row1->addWidget(m_filterBar, 6);
    m_resetFilters = new QPushButton(tr("R&eset filters"), bar);
    row0->addSpacing(6);
    row0->addWidget(m_resetFilters);

    m_note = new QLabel(bar);
    m_note->setObjectName(QStringLiteral("coarseningNote"));
    Theme::setTone(m_note, Theme::Tone::Warning);
    m_note->setWordWrap(true);
    m_note->hide();
    rows->addWidget(m_note);

    connect(m_range, &QComboBox::currentIndexChanged, this, &MainWindow::onRangePresetChanged);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &MainWindow::scheduleDashboard);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &MainWindow::scheduleDashboard);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &MainWindow::scheduleDashboard);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] { scheduleDashboard(); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        loadChoices();
        onFiltersEdited();
    });
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::onFiltersEdited);
    connect(m_resetFilters, &QPushButton::clicked, this, [this] {
        FilterState cleared;
        cleared.sourceIds = filterState().sourceIds;
        setFilterState(cleared);
        emit filterStateChanged(filterState());
    });
    return bar;
}

QWidget *MainWindow::buildLogSearch(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_requestSearch = new QLineEdit(box);
    m_requestSearch->setPlaceholderText(tr("Request ID"));
    m_requestSearch->setAccessibleName(tr("Search by request ID"));
    m_requestSearch->setToolTip(tr("Show only the request with this exact ID"));
    m_textSearch = new QLineEdit(box);
    m_textSearch->setPlaceholderText(tr("Search requests (Ctrl+F)"));
    m_textSearch->setAccessibleName(tr("Search requests"));
    m_textSearch->setToolTip(tr("Show requests whose user, token, model, channel, group, request ID, IP or "
                                "content contains this text"));
    for (QLineEdit *e : { m_requestSearch, m_textSearch }) {
        e->setClearButtonEnabled(true);
        e->setMinimumWidth(e == m_textSearch ? 220 : 160);
        connect(e, &QLineEdit::textEdited, this, [this] { m_searchDebounce.start(); });
        connect(e, &QLineEdit::returnPressed, this, [this] { m_searchDebounce.start(0); });
    }
    // The clear button changes the text without textEdited.
    connect(m_textSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_searchDebounce.start(0);
    });
    connect(m_requestSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_searchDebounce.start(0);
    });
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_searchDebounce.setInterval(300);
        if (m_hasData)
            updateLogQuery();
        emit filterStateChanged(filterState());
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_textSearch->setFocus();
        m_textSearch->selectAll();
    });
    addAction(find);
    row->addWidget(m_requestSearch);
    row->addWidget(m_textSearch);
    return box;
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
    m_quotaChart->setMinimumHeight(180);
    m_tokenChart->setMinimumHeight(140);
    m_requestChart->setMinimumWidth(300);
    m_quotaChart->setMinimumWidth(400);
    m_tokenChart->setMinimumWidth(400);
    new TimeAxisAligner(m_quotaChart, m_tokenChart, this);
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
    titleRow->addWidget(buildLogSearch(tablePane));
    tableLayout->addLayout(titleRow);
    m_logModel = new LogTableModel(this);
    m_logModel->setDatabasePath(m_dbPath);
    m_logDelegate = new LogItemDelegate(this);
    m_table = new QTableView(tablePane);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_logModel);
    m_table->setItemDelegate(m_logDelegate);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Requests"));
    // Only time sorts: any other order over millions of rows would need an index per column.
    m_table->horizontalHeader()->setSortIndicator(LogTableModel::Time, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(
        m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
            if (column != LogTableModel::Time) {
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    LogTableModel::Time, m_logModel->newestFirst() ? Qt::DescendingOrder : Qt::AscendingOrder);
                return;
            }
            m_logModel->sort(column, order);
        });
    const QList<QPair<int, int>> widths { { LogTableModel::Time, 150 }, { LogTableModel::Type, 80 },
        { LogTableModel::User, 80 }, { LogTableModel::Token, 120 }, { LogTableModel::Model, 170 },
        { LogTableModel::Channel, 130 }, { LogTableModel::Group, 70 }, { LogTableModel::Prompt, 80 },
        { LogTableModel::Completion, 90 }, { LogTableModel::CacheRead, 90 }, { LogTableModel::Quota, 100 },
        { LogTableModel::Latency, 70 }, { LogTableModel::Stream, 60 } };
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    m_detail = new LogDetailPane(tablePane);
    m_detail->setMinimumWidth(260);
    auto *tableSplit = new QSplitter(Qt::Horizontal, tablePane);
    tableSplit->setChildrenCollapsible(false);
    tableSplit->addWidget(m_table);
    tableSplit->addWidget(m_detail);
    tableSplit->setStretchFactor(0, 3);
    tableSplit->setStretchFactor(1, 1);
    tableLayout->addWidget(tableSplit, 1);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_detail->setRecord(current.isValid() && current.row() < m_logModel->rowCount()
                    ? std::optional<UsageRecord>(m_logModel->record(current.row()))
                    : std::nullopt);
        });
    connect(m_logModel, &QAbstractItemModel::modelReset, this, [this] { m_detail->setRecord(std::nullopt); });

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
    connect(m_logModel, &LogTableModel::counted, this, [this](qint64) { m_tableTitle->setText(drillDownText()); });
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

void MainWindow::onFiltersEdited()
{
    clearDrillDown();
    scheduleDashboard();
    emit filterStateChanged(filterState());
}

FilterState MainWindow::filterState() const
{
    FilterState state;
    const qint64 source = m_source->currentData().toLongLong();
    if (source > 0)
        state.sourceIds = { source };
    m_filterBar->fillState(&state);
    state.requestId = m_requestSearch->text().trimmed();
    state.text = m_textSearch->text().trimmed();
    return state;
}

void MainWindow::setFilterState(const FilterState &state)
{
    {
        QSignalBlocker block(m_source);
        const qint64 source = state.sourceIds.isEmpty() ? 0 : state.sourceIds.first();
        if (m_source->findData(source) < 0)
            m_source->addItem(tr("Source %1").arg(source), source);
        m_source->setCurrentIndex(m_source->findData(source));
    }
    m_filterBar->setState(state);
    {
        QSignalBlocker a(m_requestSearch), b(m_textSearch);
        m_requestSearch->setText(state.requestId);
        m_textSearch->setText(state.text);
    }
    m_searchDebounce.stop();
    clearDrillDown();
    loadChoices();
    scheduleDashboard();
}

DashboardRequest MainWindow::currentRequest() const
{
    DashboardRequest r;
    r.preset = RangePreset(m_range->currentData().toInt());
    r.tz = timeZoneFromName(m_timeZone->currentData().toString());
    // The edits show wall-clock time in the display zone (Qt 6.4's QDateTimeEdit knows no other zone).
    r.customFrom = QDateTime(m_from->date(), m_from->time(), r.tz).toSecsSinceEpoch();
    r.customTo = QDateTime(m_to->date(), m_to->time(), r.tz).toSecsSinceEpoch();
    r.now = m_clock > 0 ? m_clock : QDateTime::currentSecsSinceEpoch();
    r.granularity = Granularity(m_granularity->currentData().toInt());
    r.topN = m_topN;
    r.weekStart = m_weekStart;
    r.filter = filterState().dashboardFilter();
    r.overlayPrevious = m_overlayPrevious->isChecked();
    r.by = Dimension(m_groupBy->currentData().toInt());
    r.metric = Metric(m_metric->currentData().toInt());
    r.rankingBy = m_rankings->dimension();
    r.performanceBy = m_cacheLatency->dimension();
    r.withRanking = m_tabs->currentWidget() == m_rankings;
    r.withPerformance = m_tabs->currentWidget() == m_cacheLatency;
    return r;
}

bool MainWindow::isBusy() const
{
    return m_demoRunning || m_pendingDashboards > 0 || m_debounce.isActive();
}

void MainWindow::loadDashboard()
{
    m_debounce.stop();
    cancelLiveRun(m_liveRun);
    const DashboardRequest request = currentRequest();
    const quint64 serial = ++m_dashboardSerial;
    ++m_pendingDashboards;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto liveText = std::make_shared<QString>(); // "live from PostgreSQL 16.2 at host", set by the worker
    auto *watcher = new QFutureWatcher<Result<DashboardData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, timer, liveText] {
        watcher->deleteLater();
        --m_pendingDashboards;
        if (serial != m_dashboardSerial)
            return; // superseded by a newer request
        const Result<DashboardData> data = watcher->result();
        m_dashboardFailed = !data;
        if (!data) {
            m_statusText->setText(tr("Could not load the dashboard: %1").arg(data.error().message));
            setChartsState(int(ChartView::State::Error), tr("Could not load the dashboard: %1").arg(data.error().message));
            emit dashboardUpdated();
            return;
        }
        DashboardData shown = data.value();
        shown.currency = m_currency.applyTo(shown.currency);
        applyDashboard(shown);
        const QString updated = tr("%1 requests in range · updated in %2 ms")
                                    .arg(QLocale().toString(data->stats.totals.requests))
                                    .arg(timer->elapsed());
        m_statusText->setText(liveText->isEmpty() ? updated : tr("%1 · %2").arg(*liveText, updated));
        m_statusText->setToolTip(QString());
        if (m_pendingDashboards == 0 && !m_demoRunning)
            emit dashboardUpdated();
    });
    if (m_live) {
        // A session of its own per refresh, on the worker thread that queries it (a connection belongs to the
        // thread that opened it); an answer to a superseded request is dropped above like the cache's.
        // A newer request cancels this one's query on the server (cancelLiveRun).
        m_liveRun = std::make_shared<LiveRun>();
        watcher->setFuture(QtConcurrent::run([live = *m_live, request, liveText, run = m_liveRun]() -> Result<DashboardData> {
            auto db = GatewayDatabase::open(live.database, live.password);
            if (!db)
                return db.error();
            if (auto attached = attachLiveRun(*run, *db.value()); !attached)
                return attached.error();
            *liveText = LiveAggregator(db.value().get()).statusText();
            return QuotaScope::loadLiveDashboard(db.value().get(), request);
        }));
        return;
    }
    watcher->setFuture(runWithCache<DashboardData>(
        m_dbPath, [request](sqlite3 *db) { return QuotaScope::loadDashboard(db, request); }));
}

void MainWindow::loadRankingBreakdown()
{
    const Ranking ranking = m_data.ranking;
    if (rankingBreakdownDimension(ranking.query.by) == Dimension::None || ranking.rows.isEmpty()) {
        m_rankings->model()->setBreakdown(QList<BreakdownCell>());
        return;
    }
    // The breakdown reads the local rollups: a live ranking's rows are the server's, so it says so instead.
    if (m_data.live) {
        m_rankings->model()->setBreakdown(Error(tr("not available in live mode")));
        return;
    }
    // Answers to the dashboard request that is shown; a newer request supersedes it like the dashboard's own.
    const quint64 serial = m_dashboardSerial;
    ++m_pendingDashboards;
    auto *watcher = new QFutureWatcher<Result<QList<BreakdownCell>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        --m_pendingDashboards;
        if (serial != m_dashboardSerial)
            return;
        m_rankings->model()->setBreakdown(watcher->result());
        if (m_pendingDashboards == 0 && !m_demoRunning)
            emit dashboardUpdated();
    });
    watcher->setFuture(runWithCache<QList<BreakdownCell>>(
        m_dbPath, [ranking](sqlite3 *db) { return QuotaScope::loadRankingBreakdown(db, ranking); }));
}

void MainWindow::showProjection()
{
    m_quotaChart->setReport(m_data.quotaByModel, m_data.currency, m_data.now,
        m_showProjection->isChecked() ? m_data.projection : QList<QPair<qint64, double>>());
    // The spend chart's axis runs on to the month's end: the trend's does too, so their days stay aligned.
    if (m_quotaChart->projection().isEmpty())
        return;
    const auto spendAxes = m_quotaChart->chart()->axes(Qt::Horizontal);
    const auto trendAxes = m_tokenChart->chart()->axes(Qt::Horizontal);
    auto *spend = spendAxes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(spendAxes.constFirst());
    auto *trend = trendAxes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(trendAxes.constFirst());
    if (!spend || !trend)
        return;
    const QStringList labels = trend->categoriesLabels();
    for (const QString &label : labels)
        trend->remove(label);
    const QStringList spendLabels = spend->categoriesLabels();
    for (const QString &label : spendLabels)
        trend->append(label, spend->endValue(label));
    trend->setRange(spend->min(), spend->max());
}

void MainWindow::setLiveSource(const std::optional<LiveSource> &live)
{
    m_live = live;
    // The requests table lists the server's rows too, page by page; off, the cache's again.
    m_logModel->setLiveDatabase(live ? std::optional<LogTableModel::LiveDatabase>(
                                           LogTableModel::LiveDatabase { live->database, live->password })
                                     : std::nullopt);
    loadChoices();
    loadDashboard();
}

void MainWindow::applyDashboard(const DashboardData &data)
{
    m_data = data;
    m_hasData = true;
    const QTimeZone tz = data.quotaByModel.query.tz;
    m_cards->setStats(data.stats, data.currency, tz);
    m_cards->setComparison(data.stats, data.previous ? std::optional<StatCards>(data.previous->stats) : std::nullopt,
        data.previous ? data.previous->from : 0, data.previous ? data.previous->to : 0, data.currency, tz);
    m_cards->setForecast(data.forecast, data.balances, data.currency, tz);
    m_requestChart->setReport(data.requestsByModel, data.quotaByModel.keys);
    m_tokenChart->setReport(data.tokens, data.now,
        m_overlayPrevious->isChecked() && data.previous ? &data.previous->tokens : nullptr);
    showProjection();
    if (m_tabs->currentWidget() == m_rankings) {
        m_rankings->setRanking(data.ranking, data.currency);
        loadRankingBreakdown();
    }
    // Latency and cache hits come from the cache's own bins, which a live database does not have.
    m_cacheLatency->setUnavailable(data.live ? tr("Not available in live mode: prompt caching and latency come from "
                                                  "the local cache's bins. Copy the database to see them.")
                                             : QString());
    if (m_tabs->currentWidget() == m_cacheLatency && !data.live)
        m_cacheLatency->setPerformance(data.performance, data.currency);
    m_logDelegate->setTimeZone(tz);
    m_logDelegate->setCurrency(data.currency);
    m_detail->setTimeZone(tz);
    m_detail->setCurrency(data.currency);
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
        if (choices) {
            applyChoices(choices.value());
            return;
        }
        // The two loads fail together when the source goes away; whichever answers last, the status bar keeps
        // the dashboard's error, which says more, and the pickers' error waits in its tooltip.
        const QString message = tr("Could not read the filter values: %1").arg(choices.error().message);
        if (m_dashboardFailed)
            m_statusText->setToolTip(message);
        else
            m_statusText->setText(message);
    });
    cancelLiveRun(m_liveChoicesRun);
    if (m_live) {
        // The server's values (one DISTINCT query per picker), on a session of its own like the dashboard's.
        m_liveChoicesRun = std::make_shared<LiveRun>();
        watcher->setFuture(QtConcurrent::run([live = *m_live, run = m_liveChoicesRun]() -> Result<FilterChoices> {
            auto db = GatewayDatabase::open(live.database, live.password);
            if (!db)
                return db.error();
            if (auto attached = attachLiveRun(*run, *db.value()); !attached)
                return attached.error();
            return loadLiveFilterChoices(db.value().get());
        }));
        return;
    }
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
        int index = m_source->findData(current);
        if (!m_pendingViewSource.isEmpty() && m_source->findText(m_pendingViewSource) > 0) {
            index = m_source->findText(m_pendingViewSource);
            m_pendingViewSource.clear();
            QTimer::singleShot(0, this, &MainWindow::refresh); // the other pickers follow the source
        }
        m_source->setCurrentIndex(index < 0 ? 0 : index);
    }
    const QList<QPair<Dimension, const QStringList *>> lists { { Dimension::User, &choices.users },
        { Dimension::Token, &choices.tokens }, { Dimension::Model, &choices.models },
        { Dimension::Channel, &choices.channels }, { Dimension::Group, &choices.groups } };
    for (const auto &l : lists)
        m_filterBar->setChoices(l.first, *l.second);
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
    const qint64 total = m_logModel->totalCount();
    const QString count = total < 0 ? tr("counting...") : tr("%1 rows").arg(QLocale().toString(total));
    QString order = m_logModel->newestFirst() ? tr("newest first") : tr("oldest first");
    if (m_logModel->isLive())
        order = tr("%1, live from the server").arg(order);
    if (parts.isEmpty())
        return tr("Requests (%1, %2)").arg(count, order);
    return tr("Requests for %1 (%2, %3)").arg(parts.join(QStringLiteral(", ")), count, order);
}

void MainWindow::updateLogQuery()
{
    const FilterState state = filterState();
    Filter f = state.logFilter(); // by default the log shows errors and refunds next to consumption
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
    RecordSelection selection;
    selection.from = from;
    selection.to = to;
    selection.filter = f;
    selection.requestId = state.requestId;
    selection.text = state.text;
    const bool sameView = selection == m_logSelection;
    m_restoreScroll = sameView ? m_table->verticalScrollBar()->value() : -1;
    m_logSelection = selection;
    m_logModel->setSelection(selection);
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
    FilterState state = filterState();
    QStringList *values = state.values(dimension);
    if (!values)
        return;
    *values = value.isEmpty() ? QStringList() : QStringList { value };
    setFilterState(state);
}

void MainWindow::setOverlayPrevious(bool on)
{
    m_overlayPrevious->setChecked(on);
}

bool MainWindow::overlayPrevious() const
{
    return m_overlayPrevious->isChecked();
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

CompareSourcesDialog *MainWindow::openCompareSources()
{
    QList<SourceInfo> sources;
    for (int i = 1; i < m_source->count(); ++i) {
        SourceInfo s;
        s.id = m_source->itemData(i).toLongLong();
        s.name = m_source->itemText(i);
        sources.append(s);
    }
    if (sources.size() < 2) {
        QMessageBox::information(this, tr("Compare sources"), tr("Comparing needs at least two sources in the cache."));
        return nullptr;
    }
    auto *dialog
        = new CompareSourcesDialog(m_dbPath, sources, currentRequest(), m_data.from, m_data.to, m_data.currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CacheCompactJob *MainWindow::compactCache(bool ask)
{
    if (m_compactJob && m_compactJob->isRunning())
        return m_compactJob;
    if (ask) {
        const auto answer = QMessageBox::question(this, tr("Compact the cache"),
            tr("Requests stored by earlier versions of QuotaScope take more room than new ones. Compacting stores them "
               "as new ones are stored and gives the freed space back to the disk. The numbers do not change.\n\n"
               "It reads and rewrites the whole cache, which takes about as long as copying it, and needs free disk "
               "space for a copy. You can stop it while the requests are being stored; what is done stays done."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    if (!m_compactJob)
        m_compactJob = new CacheCompactJob(m_dbPath, this);
    auto *dialog = new QProgressDialog(tr("Storing older requests compactly..."), tr("Stop"), 0, 100, this);
    dialog->setWindowTitle(tr("Compact the cache"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    QPointer<QProgressDialog> progress(dialog);
    connect(dialog, &QProgressDialog::canceled, m_compactJob, &CacheCompactJob::cancel);
    connect(m_compactJob, &CacheCompactJob::progress, dialog, [progress](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress->setValue(int(done * 100 / total));
    });
    connect(m_compactJob, &CacheCompactJob::givingSpaceBack, dialog, [progress] {
        if (!progress)
            return;
        // One step SQLite cannot report on or stop: a busy bar, and no button that would not work.
        progress->setLabelText(tr("Giving the freed space back to the disk..."));
        progress->setCancelButton(nullptr);
        progress->setRange(0, 0);
    });
    connect(
        m_compactJob, &CacheCompactJob::finished, this,
        [this, progress](bool ok, const QString &message) {
            if (progress)
                progress->close();
            m_statusText->setText(message);
            // Shown without waiting on it: the window goes on refreshing behind it.
            auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Compact the cache"),
                ok ? message : tr("The cache could not be compacted: %1").arg(message), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("compactResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            refresh();
            emit compactFinished(ok, message);
        },
        Qt::SingleShotConnection);
    dialog->show();
    m_compactJob->start();
    return m_compactJob;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace QuotaScope
