#pragma once

#include "dashboardquery.h"
#include "export/viewnumbers.h"
#include "model/savedview.h"
#include "settings/settings.h"
#include "store/recordquery.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace QuotaScope {

class CacheCompactJob;
class ExportMenu;
class CompareSourcesDialog;
class FilterBar;
class LogDetailPane;
class CacheLatencyView;
class LogItemDelegate;
class SavedViewMenu;
class LogTableModel;
struct LiveRun;
class QuotaBarChart;
class RankingView;
class RequestPieChart;
class StatCardsPanel;
class TokenTrendChart;

/**
 * The dashboard: filters, stat cards, charts and the log table over one cache file. Every query runs on the
 * thread pool with its own connection; a newer request supersedes an older one, whose answer is dropped.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the filter choices and the dashboard; imports the demo data first when forceDemo is set or the
    /// cache has no source yet.
    void start(bool forceDemo);

    /// Puts a widget (the sync status) at the right of the status bar; the window takes ownership.
    void setSyncStatusWidget(QWidget *widget);

    void setRangePreset(RangePreset preset);
    void setCustomRange(qint64 from, qint64 to);
    void setGranularity(Granularity g);
    bool setTimeZoneName(const QString &name); ///< "local", "UTC" or an IANA id; false when unknown
    /// The clock the dashboard reads (UTC seconds; 0, the default: the system's), so a test sees a fixed "now".
    void setClock(qint64 now) { m_clock = now; }
    void setSourceId(qint64 sourceId); ///< 0: all sources
    void setFilterValue(Dimension dimension, const QString &value); ///< empty: all
    /// The filters, types and log search as set (sources included); what the settings keep.
    FilterState filterState() const;
    /// Sets every filter at once and refreshes once.
    void setFilterState(const FilterState &state);
    void setTopN(int topN); ///< chart series before "Other"
    /// Draws the previous period on the token trend (View › Overlay the previous period).
    void setOverlayPrevious(bool on);
    bool overlayPrevious() const;
    void setGroupBy(Dimension by);   ///< what every chart is split by
    void setMetric(Metric metric);   ///< what the stacked chart plots and the ranking ranks by
    void setWeekStart(Qt::DayOfWeek day); ///< first day of a week bucket
    /// How money is shown, over what the gateway or file says.
    void setCurrencyOverride(const CurrencyOverride &currency);

    DashboardRequest currentRequest() const;
    const DashboardData &dashboardData() const { return m_data; }
    bool isBusy() const;

    QuotaBarChart *quotaChart() const { return m_quotaChart; }
    RequestPieChart *requestChart() const { return m_requestChart; }
    TokenTrendChart *tokenChart() const { return m_tokenChart; }
    StatCardsPanel *statCards() const { return m_cards; }
    RankingView *rankingView() const { return m_rankings; }
    CacheLatencyView *cacheLatencyView() const { return m_cacheLatency; }
    /// Shows the dashboard's tab: 0 overview, 1 rankings, 2 cache and latency.
    void showDashboardTab(int index);
    LogTableModel *logModel() const { return m_logModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    LogDetailPane *detailPane() const { return m_detail; }
    QTableView *logView() const { return m_table; }
    QString coarseningNote() const;
    QString drillDownText() const;

    QString dbPath() const { return m_dbPath; }
    /// The heading, sources and clock that exports and reports print with the numbers.
    ViewContext viewContext() const;
    /// The range, zone, granularity and filters shown, as a view that can be saved and shared.
    SavedView currentView() const;
    /// Shows a view (sources by name; filters with several values use the first); false with *error when it
    /// cannot be shown as it is.
    bool applyView(const SavedView &view, QString *error = nullptr);
    /// Loads and applies a view file; *error names the file.
    bool openViewFile(const QString &path, QString *error = nullptr);
    ExportMenu *exportMenu() const { return m_exportMenu; }
    SavedViewMenu *viewMenu() const { return m_viewMenu; }
    /// Where named views are kept (the views folder by default).
    void setViewsDirectory(const QString &directory);
    void showStatusMessage(const QString &message);

    /// A gateway database the dashboard's cards and charts come from instead of the cache (a database profile
    /// in live mode). The password is held in memory only, for opening a session on each refresh.
    struct LiveSource
    {
        QString profile;
        DatabaseProfile database;
        QString password;
    };
    /// Switches the cards, charts and requests table to the database (std::nullopt: back to the cache) and
    /// refreshes them.
    void setLiveSource(const std::optional<LiveSource> &live);
    std::optional<QString> liveProfile() const { return m_live ? std::optional<QString>(m_live->profile) : std::nullopt; }
    /// Gateways: the controller adds its entries (such as the live dashboard) here.
    QMenu *gatewaysMenu() const { return m_gatewaysMenu; }

public slots:
    /// Re-queries everything with the current filters; what is shown stays until the new answer arrives.
    void refresh();
    void openImportDialog();
    /// View › Compare sources: two sources side by side over the current range and filters (nullptr and a
    /// message when the cache has fewer than two).
    CompareSourcesDialog *openCompareSources();
    void importDemoData();
    /// File > Compact the cache (CacheCompactor), with progress and Stop; ask false skips the question (tests). The
    /// running job, or none when the user said no.
    CacheCompactJob *compactCache(bool ask = true);

signals:
    void settingsRequested();
    void gatewaysRequested();
    void syncRequested(); ///< "Sync now" for every gateway
    void adminRequested(); ///< the gateway's data-dashboard options
    /// The charts, cards and table query were fed with an answer (and no newer request is pending).
    void dashboardUpdated();
    void demoImportFinished(bool ok, const QString &message);
    void compactFinished(bool ok, const QString &message);
    /// The user changed a filter, a type or the log search (not emitted by setFilterState()).
    void filterStateChanged(const FilterState &state);

private:
    /// Stops a live query in flight on its server (the view changed) and forgets it: from a thread of its own,
    /// since reaching the server can take the connect timeout.
    static void cancelLiveRun(std::shared_ptr<LiveRun> &run);
    /// On the worker: registers db's canceller with run, or Error::Kind::Cancelled when run was superseded.
    static Result<void> attachLiveRun(LiveRun &run, const GatewayDatabase &db);
    void buildMenus();
    QWidget *buildFilterBar();
    QWidget *buildDashboard();
    void scheduleDashboard();
    void loadDashboard();
    void loadChoices();
    void applyChoices(const FilterChoices &choices);
    void applyDashboard(const DashboardData &data);
    /// Fills the ranking's breakdown column (each token's channels) from its own query, after the ranking.
    void loadRankingBreakdown();
    /// Shows or hides the spend chart's projection; the trend below keeps the same time axis.
    void showProjection();
    void onRangePresetChanged();
    void drillDown(const QString &model, qint64 from, qint64 to);
    QWidget *buildInsightTabs(QWidget *overview);
    void filterTo(Dimension d, const QString &key);
    void clearDrillDown();
    void updateLogQuery();
    void runDemoImport(bool onlyIfEmpty);
    void showAbout();
    void setChartsState(int state, const QString &message);
    void onFiltersEdited();
    QWidget *buildLogSearch(QWidget *parent);

    QString m_dbPath;
    std::optional<LiveSource> m_live;
    std::shared_ptr<LiveRun> m_liveRun; ///< the live dashboard's refresh in flight
    std::shared_ptr<LiveRun> m_liveChoicesRun; ///< the live filter values' query in flight
    QMenu *m_gatewaysMenu = nullptr;
    DashboardData m_data;
    bool m_hasData = false;
    quint64 m_dashboardSerial = 0;
    quint64 m_choicesSerial = 0;
    bool m_dashboardFailed = false; // the last dashboard answer was an error
    int m_pendingDashboards = 0;
    bool m_demoRunning = false;
    CacheCompactJob *m_compactJob = nullptr;
    QTimer m_debounce;
    int m_topN = DashboardRequest().topN;
    Qt::DayOfWeek m_weekStart = Qt::Monday;
    CurrencyOverride m_currency;
    /// The log query last sent; a refresh with the same query keeps the table's scroll position.
    RecordSelection m_logSelection;
    int m_restoreScroll = -1;

    QString m_drillModel; ///< a key of m_drillBy
    Dimension m_drillBy = Dimension::Model;
    qint64 m_drillFrom = 0, m_drillTo = 0;

    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_source = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLineEdit *m_requestSearch = nullptr;
    QLineEdit *m_textSearch = nullptr;
    QTimer m_searchDebounce;
    QAction *m_overlayPrevious = nullptr;
    QAction *m_showProjection = nullptr; ///< the dashed month-end projection on the spend chart
    qint64 m_clock = 0;
    LogDetailPane *m_detail = nullptr;
    QPushButton *m_resetFilters = nullptr;
    QLabel *m_note = nullptr;
    StatCardsPanel *m_cards = nullptr;
    QuotaBarChart *m_quotaChart = nullptr;
    RequestPieChart *m_requestChart = nullptr;
    TokenTrendChart *m_tokenChart = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_metric = nullptr;
    RankingView *m_rankings = nullptr;
    CacheLatencyView *m_cacheLatency = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_tableTitle = nullptr;
    QPushButton *m_clearDrill = nullptr;
    QTableView *m_table = nullptr;
    LogTableModel *m_logModel = nullptr;
    LogItemDelegate *m_logDelegate = nullptr;
    QLabel *m_statusText = nullptr;
    ExportMenu *m_exportMenu = nullptr;
    SavedViewMenu *m_viewMenu = nullptr;
    QString m_pendingViewSource; ///< a view's source, chosen once the source list has it
    QWidget *m_syncWidget = nullptr;
};

} // namespace QuotaScope
