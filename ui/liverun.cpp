#include "liverun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

namespace QuotaScope {

namespace {

/// How long the application's end waits for cancels still reaching their servers.
constexpr int CancelGraceMs = 5000;

/// The cancel threads started and not yet deleted (GUI thread only).
QList<QPointer<QThread>> &cancelThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

/**
 * Run when the application object goes away: a cancel thread still opening its session on the server when the
 * process exits races Qt Sql's own teardown (its list of connections, its driver plugins) and can crash the exit
 * ("double free or corruption" after a clean run). Each one gets until a shared deadline to finish.
 */
void waitForCancels()
{
    const QDeadlineTimer deadline(CancelGraceMs);
    for (const QPointer<QThread> &thread : std::as_const(cancelThreads())) {
        if (thread)
            thread->wait(deadline);
    }
    cancelThreads().clear();
}

} // namespace

void LiveRun::cancel(std::shared_ptr<LiveRun> &run)
{
    if (!run)
        return;
    std::optional<QueryCanceller> canceller;
    {
        QMutexLocker lock(&run->mutex);
        run->superseded = true;
        canceller = run->canceller;
    }
    run.reset();
    if (!canceller)
        return; // its session is not open yet: the worker sees superseded and stops there
    static const bool waitsAtExit = [] {
        qAddPostRoutine(waitForCancels);
        return true;
    }();
    Q_UNUSED(waitsAtExit)
    QThread *thread = QThread::create([c = *canceller] { c.cancel(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    cancelThreads().removeAll(nullptr);
    cancelThreads() << thread;
    thread->start();
}

bool LiveRun::attach(const GatewayDatabase &db)
{
    QMutexLocker lock(&mutex);
    if (superseded)
        return false;
    canceller = db.canceller();
    return true;
}

} // namespace QuotaScope
