#include "liverun.h"

#include <QThread>

namespace QuotaScope {

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
    QThread *thread = QThread::create([c = *canceller] { c.cancel(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
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
