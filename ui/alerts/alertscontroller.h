#pragma once

#include "alerts/alertmonitor.h"
#include "support/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QSettings;
QT_END_NAMESPACE

namespace QuotaScope {

class AlertRulesDialog;
class AlertsPanel;
class TriageDialog;
class MainWindow;
class TrayController;

/**
 * Puts the alerts into the app: the tray icon, the alerts panel (a dock), an Alerts menu (rules, panel, keep in
 * tray, start at login, pause) and evaluation after every change of the cache (dataChanged(), debounced) and
 * every few minutes, for rules about time passing (not synced). Activating an alert filters the dashboard to
 * its scope and time. It owns the tray, the panel and the dialog, not the window or the monitor.
 */
class AlertsController : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 2000;
    static constexpr int PeriodicMs = 5 * 60 * 1000;
    using StartAtLogin = std::function<Result<void>(bool enable)>;

    /// settings keeps "alerts/keepInTray" (off by default); startAtLogin writes the platform's login entry.
    AlertsController(MainWindow *window, AlertMonitor *monitor, QSettings *settings, const QString &dbPath,
        StartAtLogin startAtLogin = {}, bool startsAtLogin = false, QObject *parent = nullptr);
    ~AlertsController() override;

    TrayController *tray() const { return m_tray; }
    AlertsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    AlertRulesDialog *rulesDialog() const; ///< while open
    TriageDialog *triageDialog() const; ///< while open
    QAction *keepInTrayAction() const { return m_keepInTray; }
    QAction *startAtLoginAction() const { return m_startAtLogin; }

public Q_SLOTS:
    /// The cache changed (a sync or an import landed): evaluate soon.
    void dataChanged();
    void openRules();
    void openTriage();
    /// Filters the dashboard to the firing's scope, source and window.
    void showFiring(const QuotaScope::AlertFiring &firing);

Q_SIGNALS:
    void syncRequested();
    void quitRequested();

private:
    void buildMenu();

    MainWindow *m_window;
    AlertMonitor *m_monitor;
    QSettings *m_settings;
    QString m_dbPath;
    StartAtLogin m_setStartAtLogin;
    TrayController *m_tray;
    AlertsPanel *m_panel;
    QDockWidget *m_dock;
    QPointer<AlertRulesDialog> m_dialog;
    QPointer<TriageDialog> m_triage;
    QAction *m_keepInTray = nullptr;
    QAction *m_startAtLogin = nullptr;
    QTimer m_debounce;
    QTimer m_periodic;
};

} // namespace QuotaScope
