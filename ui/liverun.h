#pragma once

#include "gateway/dbsource.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace QuotaScope {

/**
 * A live query in flight on a gateway's database (the dashboard's, the filter values', a log table page): its
 * session's canceller once the worker has opened it, and whether the view has moved on. The GUI thread cancels,
 * the worker attaches.
 */
struct LiveRun
{
    QMutex mutex;
    std::optional<QueryCanceller> canceller;
    bool superseded = false;

    /// Stops the query on its server (the view changed) and forgets the run: from a thread of its own, since
    /// reaching the server can take the connect timeout, and not from the thread pool, where the query being
    /// stopped may hold the only free thread. A run whose session is not open yet stops when it attaches. The
    /// application's end waits (a few seconds at most) for the cancels still running.
    static void cancel(std::shared_ptr<LiveRun> &run);
    /// On the worker: registers db's canceller; false when the run was superseded meanwhile.
    bool attach(const GatewayDatabase &db);
};

} // namespace QuotaScope
