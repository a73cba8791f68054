#pragma once

namespace QuotaScope {

// Called first in every main(), before any library is used.
//
// Qt's worker threads (its thread pool, QThread) are detached: QThreadPool::waitForDone() and QThread::wait() return
// when a thread has finished its work, before the system has run that thread's thread-local destructors. OpenSSL,
// which the PostgreSQL and MySQL client libraries use from those threads (password authentication, TLS), frees
// every thread's state from an exit handler without taking its lock, while a pool thread that is still ending frees
// its own: a double free when the process exits. The exit handler only returns memory the system takes back anyway,
// so it is turned off. Does nothing where the build has no OpenSSL.
void prepareProcessExit();

} // namespace QuotaScope
