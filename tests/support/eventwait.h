#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace QuotaScope::Test {

/// Runs the event loop until `done` returns true (checked every few ms) or `limitMs` passes; returns done().
/// The limit only stops a hung test: nothing asserts on how long the wait took.
inline bool waitUntil(const std::function<bool()> &done, int limitMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace QuotaScope::Test
