#pragma once

#include "gateway/syncengine.h"
#include "settings/credentialstore.h"
#include "settings/gatewayprofile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QThread;
class QTimer;

namespace QuotaScope {

/** What the UI shows per gateway source. Invalid QDateTimes mean "never" / "not applicable". */
struct SourceStatus
{
    bool running = false;
    bool queued = false;
    QDateTime lastSuccess;
    QDateTime nextSync;        ///< invalid when manual only, disabled, or stopped by an auth error
    QDateTime backingOffUntil; ///< while the gateway rate limits us or the request budget is used up
    QString backoffReason;
    QDateTime offlineSince;    ///< first failed run that could not reach the gateway; cleared on success
    Error lastError;           ///< of the last run; empty message after a success
    bool authFailed = false;   ///< automatic syncs stop until the profile or token changes (setProfiles)
    qint64 progressDone = 0, progressTotal = 0, etaSeconds = -1;
};

/**
 * Background refresh of every enabled gateway profile. Each profile with refreshSeconds > 0 is synced at
 * start and then every refreshSeconds; syncNow() runs one at once. Runs go one at a time on a worker thread
 * that owns its own QNetworkAccessManager and its own database connection to the cache file, so the UI
 * keeps reading (WAL) and the cache stays usable while offline. Results arrive as queued signals in the
 * scheduler's thread. Tokens are read from the CredentialStore (in the scheduler's thread) just before each
 * run and handed to the worker; they are never stored. A keychain read may run a nested event loop: syncs
 * requested meanwhile queue up behind the one whose token is being read, never beside it. A database profile
 * (GatewayProfile::Source::Database) runs a DatabaseCopier copy instead, with the password from the same
 * store, reporting progress as rows read of the server's estimate; cancel() stops it between pages. A database
 * profile in live mode is never synced by itself (the dashboard queries its server); syncNow() still copies it.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    SyncScheduler(const QString &cachePath, CredentialStore *credentials, QObject *parent = nullptr);
    ~SyncScheduler() override; ///< cancels a running sync and stops the worker

    /// Replaces the profile set; new or changed profiles are scheduled afresh (a sync soon if automatic).
    void setProfiles(const QList<GatewayProfile> &profiles);
    void setSyncOptions(const SyncOptions &options) { m_options = options; }
    QList<GatewayProfile> profiles() const { return m_profiles.values(); }

    /// Queues a sync of the profile now (also for manual-only or disabled profiles). No-op if queued/running.
    void syncNow(const QString &profile);
    /// Cancels the profile's running or queued sync.
    void cancel(const QString &profile);
    void cancelAll();

    SourceStatus status(const QString &profile) const { return m_status.value(profile); }
    bool isIdle() const { return m_running.isEmpty() && m_queue.isEmpty(); }

Q_SIGNALS:
    void statusChanged(const QString &profile);
    /// The profile's cached data changed: views showing it should refresh in place.
    void dataChanged(const QString &profile);
    void syncFinished(const QuotaScope::SyncReport &report);

private:
    struct Worker;

    void dispatch();
    void onFinished(const SyncReport &report);
    void arm(const QString &profile, qint64 delayMs);

    QString m_cachePath;
    CredentialStore *m_credentials;
    SyncOptions m_options;
    QHash<QString, GatewayProfile> m_profiles;
    QHash<QString, SourceStatus> m_status;
    QHash<QString, QTimer *> m_timers;
    QStringList m_queue;
    QString m_running; ///< set from the moment its token is read until its run finishes
    bool m_cancelWhileReading = false;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; ///< lives in m_thread
};

} // namespace QuotaScope
