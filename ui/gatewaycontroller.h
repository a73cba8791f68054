#pragma once

#include "dialogs/admindialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/settingsdialog.h"
#include "settings/settings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QMenu;
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QuotaScope {

class MainWindow;
class ProfileStore;
class SyncScheduler;
class SyncStatusWidget;

/**
 * Makes the dashboard a gateway sync product: hands the profiles to the scheduler, refreshes the open
 * dashboard when synced data lands (at most once per RefreshCoalesceMs), keeps the status bar and the profile
 * manager up to date, applies the user's preferences to the window, and opens the settings, profile manager
 * and gateway data-dashboard dialogs. It owns none of the objects it is given.
 */
class GatewayController : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshCoalesceMs = 1000;

    /// Puts its status widget into the window's status bar and connects the window's menu signals.
    GatewayController(MainWindow *window, Settings *settings, ProfileStore *profiles, SyncScheduler *scheduler,
        QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~GatewayController() override;

    /// Why tokens are not kept between runs (no keychain); shown in the status bar and the profile manager.
    void setKeychainNote(const QString &note);
    /// Applies the saved preferences and filters to the window now (and every later change as it happens);
    /// the filters the user sets are saved as they change.
    void applySettings();
    /// Restores the window's saved geometry and state, and saves them when the window closes.
    void restoreWindow();
    /// From now on the scheduler syncs the enabled profiles in the background.
    void startSyncing();
    bool isSyncing() const { return m_syncing; }

    SyncStatusWidget *statusWidget() const { return m_status; }
    ProfileManagerDialog *profileManager() const { return m_manager; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    AdminDialog *adminDialog() const { return m_admin; }
    /// The dashboard's auto-refresh interval in seconds; 0 when off.
    int autoRefreshSeconds() const;
    /// Gateways whose data-dashboard options can be edited (new-api, or not yet detected).
    QStringList adminCandidates() const;

public slots:
    void openProfileManager();
    void openSettings();
    /// Opens the data-dashboard dialog for the only candidate, or asks which one.
    void openAdminDialog();
    void openAdminDialogFor(const QString &profile);
    /// "Sync now" for every enabled gateway; without gateways, opens the profile manager to add one.
    void syncAll();
    /// A new token for a profile: try it at once (a rejected profile stays paused until then).
    void onTokenWritten(const QString &profile);
    void testConnection(const GatewayProfile &profile, const ProfileManagerDialog::TestDone &done);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPreferences(const Preferences &prefs, bool all);
    void onProfilesChanged();
    void onStatusChanged(const QString &profile);
    void onDataChanged();
    void updateStatusWidget();
    QString statusLine(const GatewayProfile &profile) const;
    /// Gateways › Live dashboard: the local cache, or one of the database profiles in live mode.
    void updateLiveMenu();
    void showLive(const QString &profile);

    MainWindow *m_window;
    Settings *m_settings;
    ProfileStore *m_profiles;
    SyncScheduler *m_scheduler;
    QNetworkAccessManager *m_nam;
    SyncStatusWidget *m_status;
    QPointer<ProfileManagerDialog> m_manager;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AdminDialog> m_admin;
    QString m_keychainNote;
    Preferences m_applied;
    bool m_syncing = false;
    QTimer m_dataRefresh;
    QTimer m_autoRefresh;
    QPointer<QMenu> m_liveMenu;
};

} // namespace QuotaScope
