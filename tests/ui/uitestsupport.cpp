#include "uitestsupport.h"

#include "demodata.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/cachedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

namespace QuotaScope::Test {

QString makeDemoCache(const TempDir &dir)
{
    const QString path = dir.path();
    auto cache = CacheDb::open(path, QStringLiteral("ui-test-demo"));
    EXPECT_TRUE(cache.ok()) << cache.error().message.toStdString();
    if (!cache)
        return path;
    auto summary = DemoData::import(cache->db(), QDateTime::currentDateTimeUtc().date(), QTimeZone::utc(),
                                    QStringLiteral(QS_SOURCE_DIR "/resources/demo/demo-newapi.jsonl"));
    EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
    return path;
}

bool waitForDashboard(MainWindow &window)
{
    // Let pending filter changes start their query, then wait for every answer and the table's first page.
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
        if (timer.elapsed() > 120000)
            return false;
    } while (window.isBusy() || window.logModel()->isLoading());
    return true;
}

} // namespace QuotaScope::Test
