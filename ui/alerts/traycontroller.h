#pragma once

#include "alerts/alertmonitor.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The system tray icon: its colour tells the state at a glance (ok, warning, alert, offline), its menu offers
 * sync now, open, pause alerts and quit, and new firings become desktop notifications
 * (QSystemTrayIcon::showMessage, which uses the platform's own notifications). With keep-in-tray on and a tray
 * to live in, closing the window hides it instead of quitting; without a tray it closes as usual, so that no
 * hidden window is left running with nothing to bring it back.
 */
class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(QWidget *window, AlertMonitor *monitor, QObject *parent = nullptr);
    ~TrayController() override;

    static QIcon stateIcon(WatchState state);
    static QString stateText(WatchState state);

    WatchState state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QAction *syncAction() const { return m_sync; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    /// Closing the window hides it to the tray (only while a tray is available).
    void setKeepInTray(bool keep) { m_keepInTray = keep; }
    bool keepInTray() const { return m_keepInTray; }

    /// Whether the desktop has a system tray now; QSystemTrayIcon::isSystemTrayAvailable unless replaced.
    using TrayAvailable = std::function<bool()>;
    void setTrayAvailable(TrayAvailable available);
    /// What closing the window does now: true, hide it to the tray; false, close it (and quit with it).
    bool hidesOnClose() const;

public Q_SLOTS:
    void showResult(const QuotaScope::AlertMonitorResult &result);
    void showWindow();
    /// Quits the app (quitRequested), closing the window even with keep-in-tray on: the tray menu's Quit.
    void quit();

Q_SIGNALS:
    void syncRequested();
    void quitRequested();
    /// Closing the window hid it to the tray; the app goes on running.
    void hiddenToTray();
    /// A desktop notification was shown (or would have been, where there is no tray).
    void notified(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    AlertMonitor *m_monitor;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_sync, *m_open, *m_pause, *m_quit;
    WatchState m_state = WatchState::Ok;
    int m_openCount = 0;
    bool m_keepInTray = false;
    bool m_quitting = false;
    TrayAvailable m_trayAvailable;
};

} // namespace QuotaScope
