#include "cachecompactjob.h"

#include "store/cachecompactor.h"
#include "store/cachedb.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>
#include <functional>

namespace QuotaScope {

namespace {

/// What the window says when a compaction ends: what was done, and any note.
QString describe(const CacheCompactor::Stats &stats)
{
    const QLocale locale;
    // The count outside translate()'s arguments: lupdate 6.4 never finishes on a template argument list there.
    const int restored = stats.restored > INT_MAX ? INT_MAX : int(stats.restored);
    QString message = QCoreApplication::translate(
        "CacheCompactJob", "%Ln older request(s) now stored compactly.", nullptr, restored);
    if (stats.stopped) {
        message += QLatin1Char(' ')
            + QCoreApplication::translate(
                "CacheCompactJob", "Stopped: the rest stay as they were, and the space was not given back yet.");
    } else if (stats.vacuumed) {
        message += QLatin1Char(' ')
            + QCoreApplication::translate("CacheCompactJob", "The cache went from %1 to %2.")
                  .arg(locale.formattedDataSize(stats.bytesBefore), locale.formattedDataSize(stats.bytesAfter));
        if (stats.shrinksLater) {
            message += QLatin1Char(' ')
                + QCoreApplication::translate("CacheCompactJob",
                    "Another program is reading the cache: the file shrinks when it is done with it.");
        }
    }
    if (!stats.vacuumNote.isEmpty()) {
        message += QLatin1Char(' ')
            + QCoreApplication::translate("CacheCompactJob", "The space was not given back: %1.").arg(stats.vacuumNote);
    }
    return message;
}

} // namespace

CacheCompactJob::CacheCompactJob(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{ }

CacheCompactJob::~CacheCompactJob()
{
    // A job outlived by its window stops at its next batch; the thread holds its own state.
    m_cancel->store(true);
}

void CacheCompactJob::cancel()
{
    m_cancel->store(true);
}

void CacheCompactJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    // What the pool's thread reports runs on this object's thread, queued; a job destroyed meanwhile gets none.
    const QPointer<CacheCompactJob> self(this);
    const std::function<void(std::function<void(CacheCompactJob *)>)> post
        = [self](std::function<void(CacheCompactJob *)> report) {
              QMetaObject::invokeMethod(
                  qApp,
                  [self, report] {
                      if (self)
                          report(self.data());
                  },
                  Qt::QueuedConnection);
          };
    (void)QtConcurrent::run([path = m_dbPath, cancel = m_cancel, post] {
        auto cache = CacheDb::open(path, QStringLiteral("qs-compact"));
        if (!cache) {
            const QString message = cache.error().message;
            post([message](CacheCompactJob *job) { job->end(false, message); });
            return;
        }
        bool spaceAnnounced = false;
        const CacheCompactor::Progress progress = [&](qint64 done, qint64 total) {
            post([done, total](CacheCompactJob *job) { emit job->progress(done, total); });
            if (done == total && !cancel->load() && !spaceAnnounced) {
                spaceAnnounced = true;
                post([](CacheCompactJob *job) { emit job->givingSpaceBack(); });
            }
            return !cancel->load();
        };
        const auto stats = CacheCompactor::compact(cache.value(), CacheCompactor::Options(), progress);
        const bool ok = stats.ok();
        const QString message = ok ? describe(stats.value()) : stats.error().message;
        post([ok, message](CacheCompactJob *job) { job->end(ok, message); });
    });
}

void CacheCompactJob::end(bool ok, const QString &message)
{
    m_running = false;
    emit finished(ok, message);
}

} // namespace QuotaScope
