#include "gateway/syncscheduler.h"

#include "gateway/dbsource.h"
#include "store/cachedb.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>

namespace QuotaScope {

/// Everything here is created, used and destroyed in the worker thread.
struct SyncScheduler::Worker : QObject
{
    std::unique_ptr<CacheDb> cache;
    QNetworkAccessManager *nam = nullptr;
    SyncEngine *engine = nullptr;
    Error openError;
    /// Set from the scheduler's thread: a database copy runs on this thread without returning to its event loop.
    std::atomic_bool copyCancel{false};

    /// Copies a database profile's logs (DatabaseCopier) on this thread; reports like a SyncEngine run.
    void copyDatabase(SyncScheduler *scheduler, const GatewayProfile &profile, QString password)
    {
        SyncReport report;
        report.profile = profile.name;
        report.startedAt = QDateTime::currentDateTimeUtc();
        auto db = GatewayDatabase::open(profile.database, password);
        password.fill(QLatin1Char(' '));
        if (!db) {
            report.error = db.error();
            report.offline = db.error().kind == Error::Kind::Network;
        } else {
            const auto progress = [scheduler](qint64 done, qint64 estimate) {
                QMetaObject::invokeMethod(scheduler, [scheduler, done, estimate] {
                    if (scheduler->m_running.isEmpty())
                        return;
                    SourceStatus &s = scheduler->m_status[scheduler->m_running];
                    s.progressDone = done;
                    s.progressTotal = std::max(done, estimate);
                    Q_EMIT scheduler->statusChanged(scheduler->m_running);
                });
            };
            auto copied = DatabaseCopier(cache->db()).copy(*db.value(), profile.name, CopyOptions(), progress,
                                                           &copyCancel);
            if (copied) {
                report.ok = true;
                report.added = copied->added;
                report.duplicates = copied->duplicates;
                report.cursor = copied->lastId;
            } else {
                report.error = copied.error();
            }
            if (!copied || copied->added > 0) {
                // Pages committed before a failure or cancel are in the cache: views refresh either way.
                const QString name = profile.name;
                QMetaObject::invokeMethod(scheduler, [scheduler, name] { Q_EMIT scheduler->dataChanged(name); });
            }
        }
        report.finishedAt = QDateTime::currentDateTimeUtc();
        QMetaObject::invokeMethod(scheduler, [scheduler, report] { scheduler->onFinished(report); });
    }

    bool ensure(const QString &path, SyncScheduler *scheduler)
    {
        if (engine)
            return true;
        auto opened = CacheDb::open(path, QStringLiteral("quotascope-sync"));
        if (!opened) {
            openError = opened.error();
            return false;
        }
        cache = std::make_unique<CacheDb>(std::move(opened.value()));
        nam = new QNetworkAccessManager(this);
        engine = new SyncEngine(nam, cache->db(), this);
        // Receivers live in the scheduler's thread: these connections are queued.
        connect(engine, &SyncEngine::finished, scheduler, &SyncScheduler::onFinished);
        connect(engine, &SyncEngine::dataChanged, scheduler, &SyncScheduler::dataChanged);
        connect(engine, &SyncEngine::backingOff, scheduler, [scheduler](const QDateTime &until, const QString &why) {
            if (scheduler->m_running.isEmpty())
                return;
            SourceStatus &s = scheduler->m_status[scheduler->m_running];
            s.backingOffUntil = until;
            s.backoffReason = why;
            Q_EMIT scheduler->statusChanged(scheduler->m_running);
        });
        connect(engine, &SyncEngine::progress, scheduler, [scheduler](qint64 done, qint64 total, qint64 eta) {
            if (scheduler->m_running.isEmpty())
                return;
            SourceStatus &s = scheduler->m_status[scheduler->m_running];
            s.progressDone = done;
            s.progressTotal = total;
            s.etaSeconds = eta;
            Q_EMIT scheduler->statusChanged(scheduler->m_running);
        });
        return true;
    }

    void shutdown()
    {
        delete engine;
        engine = nullptr;
        delete nam;
        nam = nullptr;
        cache.reset();
    }
};

SyncScheduler::SyncScheduler(const QString &cachePath, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_credentials(credentials)
    , m_thread(new QThread)
    , m_worker(new Worker)
{
    qRegisterMetaType<QuotaScope::SyncReport>();
    m_thread->setObjectName(QStringLiteral("quotascope-sync"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

SyncScheduler::~SyncScheduler()
{
    Worker *worker = m_worker;
    worker->copyCancel = true;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            if (worker->engine)
                worker->engine->disconnect();
            worker->shutdown();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void SyncScheduler::setProfiles(const QList<GatewayProfile> &profiles)
{
    QHash<QString, GatewayProfile> next;
    for (const GatewayProfile &p : profiles)
        next.insert(p.name, p);
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (!next.contains(it.key()) || !(next.value(it.key()) == m_profiles.value(it.key()))) {
            delete it.value();
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
    for (const GatewayProfile &p : profiles) {
        const bool changed = !m_profiles.contains(p.name) || !(m_profiles.value(p.name) == p);
        SourceStatus &s = m_status[p.name];
        if (changed) {
            s.authFailed = false;
            s.nextSync = QDateTime();
            if (p.enabled && p.refreshSeconds > 0 && p.syncsToCache())
                arm(p.name, 0);
        }
    }
    for (const QString &name : m_profiles.keys()) {
        if (!next.contains(name)) {
            cancel(name);
            m_status.remove(name);
        }
    }
    m_profiles = next;
}

void SyncScheduler::arm(const QString &profile, qint64 delayMs)
{
    QTimer *&timer = m_timers[profile];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, profile] { syncNow(profile); });
    }
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    m_status[profile].nextSync = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    Q_EMIT statusChanged(profile);
}

void SyncScheduler::syncNow(const QString &profile)
{
    if (!m_profiles.contains(profile) || m_running == profile || m_queue.contains(profile))
        return;
    m_queue.append(profile);
    m_status[profile].queued = true;
    Q_EMIT statusChanged(profile);
    dispatch();
}

void SyncScheduler::cancel(const QString &profile)
{
    if (m_queue.removeAll(profile) > 0) {
        m_status[profile].queued = false;
        Q_EMIT statusChanged(profile);
    }
    if (m_running == profile && !m_status.value(profile).running) {
        m_cancelWhileReading = true; // still reading its token: dispatch() will not start it
    } else if (m_running == profile) {
        Worker *worker = m_worker;
        worker->copyCancel = true; // a database copy checks it between pages
        QMetaObject::invokeMethod(worker, [worker] {
            if (worker->engine)
                worker->engine->cancel();
        });
    }
}

void SyncScheduler::cancelAll()
{
    for (const QString &name : m_queue)
        m_status[name].queued = false;
    m_queue.clear();
    if (!m_running.isEmpty())
        cancel(m_running);
}

void SyncScheduler::dispatch()
{
    while (m_running.isEmpty() && !m_queue.isEmpty()) {
        const QString name = m_queue.takeFirst();
        m_status[name].queued = false;
        // The keychain answers through a nested event loop, in which timers and clicks call syncNow() and
        // dispatch() again: the profile counts as running from here on, so nothing else starts meanwhile.
        m_running = name;
        m_cancelWhileReading = false;
        Result<QString> token = !m_profiles.value(name).needsSecret() ? Result<QString>(QString())
            : m_credentials                  ? m_credentials->read(name)
            : Result<QString>(
                Error(QCoreApplication::translate("SyncScheduler", "no credential store"), Error::Kind::Keychain));
        const bool dropped = m_cancelWhileReading || !m_profiles.contains(name);
        if (!token || dropped) {
            m_running.clear();
            if (!m_status.contains(name))
                continue; // removed meanwhile
            if (!token)
                m_status[name].lastError = token.error();
            Q_EMIT statusChanged(name);
            continue;
        }
        SourceStatus &s = m_status[name];
        s.running = true;
        s.progressDone = s.progressTotal = 0;
        s.etaSeconds = -1;
        Q_EMIT statusChanged(name);
        const GatewayProfile profile = m_profiles.value(name);
        Worker *worker = m_worker;
        const QString path = m_cachePath;
        const SyncOptions options = m_options;
        const QString secret = token.value();
        worker->copyCancel = false;
        QMetaObject::invokeMethod(worker, [this, worker, path, profile, secret, options] {
            if (!worker->ensure(path, this)) {
                SyncReport failed;
                failed.profile = profile.name;
                failed.error = worker->openError;
                QMetaObject::invokeMethod(this, [this, failed] { onFinished(failed); });
                return;
            }
            if (profile.isDatabase()) {
                worker->copyDatabase(this, profile, secret);
                return;
            }
            worker->engine->start(profile, secret, options);
        });
    }
}

void SyncScheduler::onFinished(const SyncReport &report)
{
    if (report.profile != m_running)
        return;
    m_running.clear();
    const QString name = report.profile;
    SourceStatus &s = m_status[name];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.running = false;
    s.backingOffUntil = QDateTime();
    s.backoffReason.clear();
    if (report.ok) {
        s.lastSuccess = now;
        s.lastError = Error();
        s.offlineSince = QDateTime();
        s.authFailed = false;
    } else {
        s.lastError = report.error;
        if (report.offline && !s.offlineSince.isValid())
            s.offlineSince = now;
        s.authFailed = report.error.kind == Error::Kind::Auth;
    }
    const GatewayProfile p = m_profiles.value(name);
    if (m_profiles.contains(name) && p.enabled && p.refreshSeconds > 0 && p.syncsToCache() && !s.authFailed
        && report.error.kind != Error::Kind::Cancelled)
        arm(name, qint64(p.refreshSeconds) * 1000);
    else
        s.nextSync = QDateTime();
    Q_EMIT syncFinished(report);
    Q_EMIT statusChanged(name);
    dispatch();
}

} // namespace QuotaScope
