#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace QuotaScope {

/**
 * File > Compact the cache: CacheCompactor on the thread pool, with a connection of its own, so that the window
 * stays usable. Progress comes back as signals; cancel() stops after the batch in hand (what is done stays done).
 * Giving the space back (VACUUM) is one step that cannot be stopped: waiting() tells the window when it starts.
 */
class CacheCompactJob : public QObject
{
    Q_OBJECT
public:
    explicit CacheCompactJob(const QString &dbPath, QObject *parent = nullptr);
    ~CacheCompactJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// done of total older records looked at.
    void progress(qint64 done, qint64 total);
    /// The records are done; the space is being given back, which cannot be stopped.
    void givingSpaceBack();
    /// ok false: an error, message says what; ok true: what was done (with any note), stopped when cancelled.
    void finished(bool ok, const QString &message);

private:
    void end(bool ok, const QString &message);

    QString m_dbPath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace QuotaScope
