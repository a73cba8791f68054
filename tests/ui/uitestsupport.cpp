#include "uitestsupport.h"

#include "demodata.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/cachedb.h"
#include "support/eventwait.h"

#include <QDateTime>

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
    // Pending filter changes start their query from the event loop; then every answer and the table's first
    // page must have arrived.
    return waitUntil([&window] { return !window.isBusy() && !window.logModel()->isLoading(); }, 120000);
}

} // namespace QuotaScope::Test
