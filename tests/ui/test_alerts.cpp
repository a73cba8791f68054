// The alerts in the app, offscreen: the monitor, the tray icon and its notifications, the alerts panel, the
// rules dialog and the dashboard filter an alert sets. The data is the crafted spike of tests/core.
#include "core/alerttestdata.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertrulesdialog.h"
#include "alerts/alertscontroller.h"
#include "alerts/alertspanel.h"
#include "alerts/traycontroller.h"
#include "alerts/triagedialog.h"
#include "mainwindow.h"
#include "support/eventwait.h"
#include "support/printers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Now = AlertData::SpikeHour + 3599;

class AlertsUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CacheDb cache = openCache(m_dir.path());
        const qint64 source = AlertData::write(cache.db());
        ImportHistoryEntry sync;
        sync.sourceId = source;
        sync.what = QStringLiteral("sync");
        sync.format = QStringLiteral("newapi");
        sync.finishedAt = Now - 60;
        ASSERT_TRUE(SourceRepository(cache.db()).addHistory(sync).ok());
        m_monitor.setClock([] { return Now; });
    }

    /// Runs one evaluation and returns its result.
    AlertMonitorResult evaluate()
    {
        QSignalSpy done(&m_monitor, &AlertMonitor::evaluated);
        m_monitor.evaluate();
        EXPECT_TRUE(waitUntil([&] { return done.count() > 0; }));
        return m_monitor.lastResult();
    }

    static void save(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
        if (!dir.isEmpty()) {
            EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name), "PNG"));
        }
    }

    TempDir m_dir;
    AlertMonitor m_monitor { m_dir.path(), m_dir.path(QStringLiteral("alert-rules.json")) };
};

} // namespace

TEST_F(AlertsUiTest, TrayShowsTheStateAndNotifiesNewAlertsOnce)
{
    QWidget window;
    TrayController tray(&window, &m_monitor);
    EXPECT_EQ(tray.state(), WatchState::Ok);
    QSignalSpy notified(&tray, &TrayController::notified);

    const AlertMonitorResult first = evaluate();
    EXPECT_TRUE(first.errors.isEmpty()) << first.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(first.state, WatchState::Alert);
    EXPECT_EQ(tray.state(), WatchState::Alert);
    EXPECT_EQ(tray.trayIcon()->icon().cacheKey() == TrayController::stateIcon(WatchState::Ok).cacheKey(), false);
    EXPECT_TRUE(tray.toolTip().contains(TrayController::stateText(WatchState::Alert)));
    EXPECT_TRUE(tray.toolTip().contains(QStringLiteral("3"))) << tray.toolTip().toStdString();
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(0).toString(), TrayController::tr("%n new alerts", nullptr, 3));
    EXPECT_TRUE(notified.at(0).at(1).toString().contains(QStringLiteral("steady")));

    // The same firings at the next evaluation: nothing new to tell.
    evaluate();
    EXPECT_EQ(notified.count(), 1);

    // Pausing from the tray menu reaches the monitor, and back.
    tray.pauseAction()->trigger();
    EXPECT_TRUE(m_monitor.isPaused());
    EXPECT_TRUE(tray.toolTip().contains(TrayController::tr("Alerts paused")));
    tray.pauseAction()->trigger();
    EXPECT_FALSE(m_monitor.isPaused());

    QSignalSpy sync(&tray, &TrayController::syncRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    EXPECT_EQ(tray.menu()->actions().size(), 5); // sync, open, pause, separator, quit
    tray.syncAction()->trigger();
    tray.quitAction()->trigger();
    EXPECT_EQ(sync.count(), 1);
    EXPECT_EQ(quit.count(), 1);
    window.hide();
    tray.openAction()->trigger();
    EXPECT_TRUE(window.isVisible());
}

TEST_F(AlertsUiTest, StateIconsDifferAndOfflineIsAStaleSource)
{
    QSet<qint64> images;
    for (WatchState s : { WatchState::Ok, WatchState::Warning, WatchState::Alert, WatchState::Offline }) {
        const QImage image = TrayController::stateIcon(s).pixmap(32, 32).toImage();
        ASSERT_FALSE(image.isNull());
        images.insert(
            qint64(qHash(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()))));
    }
    EXPECT_EQ(images.size(), 4);

    AlertFiring stale;
    stale.hit.condition = AlertCondition::NotSynced;
    AlertFiring warning;
    warning.hit.condition = AlertCondition::Spend;
    AlertFiring alert = warning;
    alert.hit.severity = AlertSeverity::Alert;
    AlertFiring resolved = alert;
    resolved.resolvedAt = 1;
    EXPECT_EQ(AlertMonitorResult::stateOf({ resolved }), WatchState::Ok);
    EXPECT_EQ(AlertMonitorResult::stateOf({ warning, resolved }), WatchState::Warning);
    EXPECT_EQ(AlertMonitorResult::stateOf({ warning, stale }), WatchState::Offline);
    EXPECT_EQ(AlertMonitorResult::stateOf({ stale, alert }), WatchState::Alert);
}

TEST_F(AlertsUiTest, PausedAlertsAreToldWhenResumed)
{
    QWidget window;
    TrayController tray(&window, &m_monitor);
    QSignalSpy notified(&tray, &TrayController::notified);
    m_monitor.setPaused(true);
    evaluate();
    EXPECT_EQ(notified.count(), 0);
    EXPECT_EQ(tray.state(), WatchState::Alert); // the state shows all the same
    QSignalSpy done(&m_monitor, &AlertMonitor::evaluated);
    m_monitor.setPaused(false); // evaluates again
    ASSERT_TRUE(waitUntil([&] { return done.count() > 0; }));
    EXPECT_EQ(notified.count(), 1);
}

TEST_F(AlertsUiTest, ActivatingAnAlertFiltersTheDashboardToItsScopeAndTime)
{
    MainWindow window(m_dir.path());
    QSettings settings(m_dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AlertsController alerts(&window, &m_monitor, &settings, m_dir.path());
    EXPECT_FALSE(alerts.keepInTrayAction()->isChecked()); // off by default
    alerts.keepInTrayAction()->trigger();
    EXPECT_TRUE(settings.value(QStringLiteral("alerts/keepInTray")).toBool());
    EXPECT_TRUE(alerts.tray()->keepInTray());
    EXPECT_FALSE(alerts.startAtLoginAction()->isEnabled()); // nothing to write it with here

    const AlertMonitorResult result = evaluate();
    AlertsPanel *panel = alerts.panel();
    ASSERT_EQ(panel->list()->topLevelItemCount(), 3);
    EXPECT_TRUE(panel->summary()->text().contains(QStringLiteral("3")));
    // The month-end forecast rides along: a week of history before the spike.
    EXPECT_EQ(result.monthEnd.weeksOfHistory, 1);
    EXPECT_GT(result.monthEnd.projected, double(result.monthEnd.spent));
    EXPECT_TRUE(panel->summary()->text().contains(result.currency.format(qint64(result.monthEnd.projected), 2)))
        << panel->summary()->text().toStdString();
    int tokenRow = -1;
    for (int i = 0; i < panel->firings().size(); ++i) {
        if (panel->firings()[i].hit.scope == AlertScope::Token)
            tokenRow = i;
    }
    ASSERT_GE(tokenRow, 0);
    QSignalSpy activated(panel, &AlertsPanel::firingActivated);
    emit panel->list()->itemActivated(panel->list()->topLevelItem(tokenRow), 0);
    ASSERT_EQ(activated.count(), 1);
    const DashboardRequest request = window.currentRequest();
    EXPECT_EQ(request.filter.tokens, QStringList { QStringLiteral("steady") });
    EXPECT_EQ(request.preset, RangePreset::Custom);
    EXPECT_EQ(request.customFrom, AlertData::SpikeHour - 3600);
    EXPECT_EQ(request.customTo, AlertData::SpikeHour + 3600);
    EXPECT_EQ(request.granularity, Granularity::Hour);

    // The Alerts menu opens the rules dialog.
    QAction *rules = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
        if (a->text() == AlertsController::tr("Alert &rules…"))
            rules = a;
    }
    ASSERT_NE(rules, nullptr);
    rules->trigger();
    ASSERT_NE(alerts.rulesDialog(), nullptr);
    EXPECT_EQ(alerts.rulesDialog()->table()->rowCount(), 4);
    alerts.rulesDialog()->close();
    window.resize(1400, 900);
    window.show();
    alerts.dock()->show();
    save(window, QStringLiteral("alerts-window.png"));
}

namespace {

/// Closes the window inside the application's event loop and says whether the app goes on running: when its
/// last window closes there, Qt says so (lastWindowClosed) and quits, as quitOnLastWindowClosed asks.
bool keepsRunningAfterClose(QWidget &window, bool *closed)
{
    int lastClosed = 0;
    const auto told = QObject::connect(qApp, &QGuiApplication::lastWindowClosed, [&] { ++lastClosed; });
    QTimer::singleShot(0, &window, [&] {
        *closed = window.close();
        QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(7); }, Qt::QueuedConnection);
    });
    QApplication::exec();
    QObject::disconnect(told);
    // Whichever of the quit and the marker did not end the loop stays out of the next test's.
    QCoreApplication::removePostedEvents(qApp, QEvent::MetaCall);
    QCoreApplication::removePostedEvents(qApp, QEvent::Quit);
    return lastClosed == 0;
}

} // namespace

// Keep running in the tray (Alerts menu, off by default). Offscreen has no tray, so the test says whether there is
// one; the decision, the hidden window, the evaluations that go on and the tray menu are the app's own.
TEST_F(AlertsUiTest, ClosingTheWindowHidesItToTheTrayOnlyWhenAskedAndATrayExists)
{
    ASSERT_TRUE(QApplication::quitOnLastWindowClosed());
    MainWindow window(m_dir.path());
    QSettings settings(m_dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AlertsController alerts(&window, &m_monitor, &settings, m_dir.path());
    TrayController *tray = alerts.tray();
    bool trayAvailable = true;
    tray->setTrayAvailable([&] { return trayAvailable; });
    QSignalSpy hidden(tray, &TrayController::hiddenToTray);
    QSignalSpy quit(&alerts, &AlertsController::quitRequested);
    QSignalSpy sync(&alerts, &AlertsController::syncRequested);

    // Off (the default): closing closes, and the app quits with its last window.
    EXPECT_FALSE(tray->keepInTray());
    EXPECT_FALSE(tray->hidesOnClose());
    window.show();
    bool closed = false;
    EXPECT_FALSE(keepsRunningAfterClose(window, &closed));
    EXPECT_TRUE(closed);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 0);

    // On, with a tray: closing hides the window and the app goes on.
    alerts.keepInTrayAction()->trigger();
    EXPECT_TRUE(tray->hidesOnClose());
    window.show();
    EXPECT_TRUE(keepsRunningAfterClose(window, &closed));
    EXPECT_FALSE(closed);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 1);
    EXPECT_TRUE(tray->trayIcon()->isVisible()); // shown when the window went, even if there was no tray at start

    // Hidden, it still watches: a sync landing is evaluated and reaches the tray and the panel, and the tray
    // menu still asks for syncs.
    EXPECT_EQ(tray->state(), WatchState::Ok);
    QSignalSpy evaluated(&m_monitor, &AlertMonitor::evaluated);
    alerts.dataChanged();
    ASSERT_TRUE(waitUntil([&] { return evaluated.count() > 0; }));
    EXPECT_EQ(tray->state(), WatchState::Alert);
    EXPECT_EQ(alerts.panel()->list()->topLevelItemCount(), 3);
    tray->syncAction()->trigger();
    EXPECT_EQ(sync.count(), 1);
    EXPECT_FALSE(window.isVisible());

    // The tray's Open brings it back; its Quit quits, and the window then closes instead of hiding.
    tray->openAction()->trigger();
    EXPECT_TRUE(window.isVisible());
    tray->quitAction()->trigger();
    EXPECT_EQ(quit.count(), 1);
    EXPECT_FALSE(tray->hidesOnClose());
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 1);
}

TEST_F(AlertsUiTest, WithoutATrayClosingTheWindowClosesItEvenWithKeepInTrayOn)
{
    MainWindow window(m_dir.path());
    QSettings settings(m_dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("alerts/keepInTray"), true);
    AlertsController alerts(&window, &m_monitor, &settings, m_dir.path());
    TrayController *tray = alerts.tray();
    EXPECT_TRUE(tray->keepInTray());
    EXPECT_TRUE(alerts.keepInTrayAction()->isChecked());
    tray->setTrayAvailable([] { return false; });
    QSignalSpy hidden(tray, &TrayController::hiddenToTray);
    EXPECT_FALSE(tray->hidesOnClose());

    // No hidden window left running with nothing to bring it back: the close goes through and the app quits.
    window.show();
    bool closed = false;
    EXPECT_FALSE(keepsRunningAfterClose(window, &closed));
    EXPECT_TRUE(closed);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 0);
}

TEST_F(AlertsUiTest, FileQuitQuitsEvenWhenClosingWouldHideToTheTray)
{
    MainWindow window(m_dir.path());
    QSettings settings(m_dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("alerts/keepInTray"), true);
    AlertsController alerts(&window, &m_monitor, &settings, m_dir.path());
    alerts.tray()->setTrayAvailable([] { return true; });
    QSignalSpy quit(&alerts, &AlertsController::quitRequested);
    QAction *fileQuit = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->menuRole() == QAction::QuitRole)
            fileQuit = a;
    }
    ASSERT_NE(fileQuit, nullptr);
    window.show();
    fileQuit->trigger();
    EXPECT_EQ(quit.count(), 1);
    EXPECT_FALSE(alerts.tray()->hidesOnClose());
}

TEST_F(AlertsUiTest, RulesDialogEditsTestsAgainstHistoryAndExports)
{
    AlertRulesDialog dialog(AlertRuleSet::defaults(), m_dir.path());
    dialog.setNow(Now);
    ASSERT_EQ(dialog.table()->rowCount(), 4);
    dialog.selectRule(0); // the token spike
    const QString tested = dialog.testSelected(30);
    EXPECT_EQ(tested,
        AlertRulesDialog::tr("Would have fired %n time(s) in the last %1 days", nullptr, 1).arg(30)
            + QStringLiteral(": steady"))
        << tested.toStdString();

    dialog.addRule();
    ASSERT_EQ(dialog.table()->rowCount(), 5);
    dialog.nameEdit()->setText(QStringLiteral("Busy tokens"));
    emit dialog.nameEdit()->editingFinished();
    dialog.conditionBox()->setCurrentIndex(dialog.conditionBox()->findData(int(AlertCondition::Requests)));
    dialog.thresholdBox()->setValue(20);
    // "steady" crosses 20 requests an hour once a day on 9 days, "batch" once.
    EXPECT_EQ(dialog.testSelected(30),
        AlertRulesDialog::tr("Would have fired %n time(s) in the last %1 days", nullptr, 10).arg(30)
            + QStringLiteral(": steady, batch"));
    // Disable the first rule with a click on its check box.
    emit dialog.table()->cellClicked(0, 0);
    const AlertRuleSet edited = dialog.rules();
    ASSERT_EQ(edited.rules.size(), 5);
    EXPECT_FALSE(edited.rules[0].enabled);
    EXPECT_EQ(edited.rules[4].name, QStringLiteral("Busy tokens"));
    EXPECT_EQ(edited.rules[4].condition, AlertCondition::Requests);
    EXPECT_EQ(edited.rules[4].threshold, 20.0);

    const QString file = m_dir.path(QStringLiteral("exported.json"));
    ASSERT_TRUE(dialog.exportTo(file).ok());
    AlertRulesDialog other(AlertRuleSet(), m_dir.path());
    EXPECT_EQ(other.table()->rowCount(), 0);
    ASSERT_TRUE(other.importFrom(file).ok());
    EXPECT_EQ(other.rules().toJson(), edited.toJson());
    EXPECT_FALSE(other.importFrom(m_dir.path(QStringLiteral("missing.json"))).ok());

    dialog.selectRule(0);
    dialog.show();
    save(dialog, QStringLiteral("alerts-rules.png"));
}

TEST_F(AlertsUiTest, SavedRulesReplaceTheDefaults)
{
    AlertRuleSet mine;
    AlertRule r;
    r.id = QStringLiteral("lots");
    r.name = QStringLiteral("Lots of requests");
    r.condition = AlertCondition::Requests;
    r.threshold = 100;
    mine.rules = { r };
    QSignalSpy done(&m_monitor, &AlertMonitor::evaluated);
    ASSERT_TRUE(m_monitor.setRules(mine).ok());
    ASSERT_TRUE(waitUntil([&] { return done.count() > 0; }));
    EXPECT_EQ(m_monitor.rules().toJson(), mine.toJson());
    QStringList open;
    for (const AlertFiring &f : m_monitor.lastResult().firings)
        open << f.hit.ruleId;
    EXPECT_EQ(open, QStringList { QStringLiteral("lots") });
    EXPECT_EQ(m_monitor.lastResult().state, WatchState::Warning);
}

TEST_F(AlertsUiTest, TriageViewListsTheChangesAndFiltersTheDashboardToOne)
{
    MainWindow window(m_dir.path());
    QSettings settings(m_dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AlertsController alerts(&window, &m_monitor, &settings, m_dir.path());
    TriageDialog dialog(m_dir.path());
    dialog.setNow(Now);
    QSignalSpy done(&dialog, &TriageDialog::finished);
    dialog.run();
    ASSERT_TRUE(waitUntil([&] { return done.count() > 0; }));
    // The spike hour against the 4 days before: "steady" jumped and used o1 for the first time, the new token
    // "batch" used its first model (470 quota on channels 9 and 11), channel 9 fails (420 quota served).
    QStringList seen;
    for (const TriageEntry &e : dialog.entries())
        seen << TriageEntry::kindName(e.kind) + QLatin1Char(' ') + e.key + QLatin1Char(' ') + e.detail;
    EXPECT_EQ(seen,
        (QStringList { QStringLiteral("spend_jump steady "), QStringLiteral("new_model steady o1"),
            QStringLiteral("new_model batch gpt-4o"), QStringLiteral("channel_errors 9 ") }));
    ASSERT_EQ(dialog.table()->rowCount(), 4);

    // Through the controller's menu entry the same view filters the dashboard.
    alerts.openTriage();
    TriageDialog *own = alerts.triageDialog();
    ASSERT_NE(own, nullptr);
    own->setNow(Now);
    QSignalSpy ownDone(own, &TriageDialog::finished);
    ASSERT_TRUE(waitUntil([&] { return !own->isRunning(); }));
    own->run();
    ASSERT_TRUE(waitUntil([&] { return ownDone.count() > 0 && !own->isRunning(); }));
    ASSERT_EQ(own->table()->rowCount(), 4);
    emit own->table()->cellActivated(1, 0);
    const DashboardRequest request = window.currentRequest();
    EXPECT_EQ(request.filter.tokens, QStringList { QStringLiteral("steady") });
    EXPECT_EQ(request.filter.models, QStringList { QStringLiteral("o1") });
    EXPECT_EQ(request.customFrom, Now - 86400);
    EXPECT_EQ(request.customTo, Now);
    own->resize(900, 300);
    save(*own, QStringLiteral("alerts-triage.png"));
}
