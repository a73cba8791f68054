// File > Compact the cache: the demo cache as an older version stored it, compacted from the window with progress;
// the dashboard shows the same numbers, the records are stored by layout and read back the same.
#include "cachecompactjob.h"
#include "mainwindow.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "support/printers.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// Every record's `other`, in order, through the one reader of records.
QList<QByteArray> others(sqlite3 *db)
{
    QList<QByteArray> out;
    Filter everyType;
    everyType.types.clear();
    EXPECT_TRUE(RecordQuery(db)
                    .forEach(0, std::numeric_limits<qint64>::max() / 2, everyType,
                        [&](const UsageRecord &r) {
                            out << r.other;
                            return true;
                        })
                    .ok());
    return out;
}

} // namespace

TEST(CompactCache, TheWindowCompactsAnOlderCacheWithProgressAndShowsTheSameNumbers)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    QList<QByteArray> before;
    qint64 layouts = 0;
    {
        // As an older version stored them: every record's `other` as its text.
        CacheDb cache = openCache(db, QStringLiteral("older"));
        layouts = othersStoredAs(cache.db(), "blob");
        ASSERT_GT(layouts, 1000);
        before = others(cache.db());
        storeOtherAsText(cache.db());
        ASSERT_EQ(othersStoredAs(cache.db(), "blob"), 0);
    }

    MainWindow window(db);
    ASSERT_TRUE(window.setTimeZoneName(QStringLiteral("UTC")));
    window.setRangePreset(RangePreset::Last30Days);
    window.start(false);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(waitForDashboard(window));
    const StatCards cardsBefore = window.dashboardData().stats;

    QSignalSpy finished(&window, &MainWindow::compactFinished);
    CacheCompactJob *job = window.compactCache(false);
    ASSERT_NE(job, nullptr);
    QSignalSpy progress(job, &CacheCompactJob::progress);
    QSignalSpy spaceBack(job, &CacheCompactJob::givingSpaceBack);
    // The progress dialog is up while it runs, and the menu's action does not start a second job.
    auto *dialog = window.findChild<QProgressDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(window.compactCache(false), job);
    const QString shots = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
    if (!shots.isEmpty()) {
        EXPECT_TRUE(dialog->grab().save(QDir(shots).filePath(QStringLiteral("compact-progress.png")), "PNG"));
    }
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    const QString message = finished.first().at(1).toString();
    EXPECT_TRUE(message.startsWith(QLocale().toString(layouts) + QLatin1Char(QLatin1Char(0x20))))
        << message.toStdString();
    EXPECT_NE(message.indexOf(QStringLiteral("went from")), -1) << message.toStdString();
    EXPECT_GE(progress.size(), 2);
    EXPECT_EQ(spaceBack.size(), 1);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window.findChild<QProgressDialog *>(), nullptr) << "the progress dialog closes";
    auto *result = window.findChild<QMessageBox *>(QStringLiteral("compactResult"));
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->text(), message);
    if (!shots.isEmpty()) {
        EXPECT_TRUE(result->grab().save(QDir(shots).filePath(QStringLiteral("compact-done.png")), "PNG"));
    }
    result->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The same numbers on the dashboard, and the same records, now stored by layout.
    ASSERT_TRUE(waitForDashboard(window));
    EXPECT_EQ(window.dashboardData().stats.totals.requests, cardsBefore.totals.requests);
    EXPECT_EQ(window.dashboardData().stats.totals.quota, cardsBefore.totals.quota);
    CacheDb cache = openCache(db, QStringLiteral("after"));
    EXPECT_EQ(othersStoredAs(cache.db(), "blob"), layouts);
    EXPECT_EQ(others(cache.db()), before);

    // In Simplified Chinese, with the shipped catalogue: the dialog and the result speak it.
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("quotascope"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    QSignalSpy again(&window, &MainWindow::compactFinished);
    ASSERT_NE(window.compactCache(false), nullptr);
    auto *chinese = window.findChild<QProgressDialog *>();
    ASSERT_NE(chinese, nullptr);
    EXPECT_EQ(chinese->labelText(), QStringLiteral("正在压缩存储较早的请求..."));
    if (!shots.isEmpty()) {
        EXPECT_TRUE(chinese->grab().save(QDir(shots).filePath(QStringLiteral("compact-progress-zh_CN.png")), "PNG"));
    }
    ASSERT_TRUE(again.wait(60000));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(again.first().at(0).toBool());
    EXPECT_TRUE(again.first().at(1).toString().startsWith(QStringLiteral("已压缩存储 0 个较早的请求。")))
        << again.first().at(1).toString().toStdString();
    auto *chineseResult = window.findChild<QMessageBox *>(QStringLiteral("compactResult"));
    ASSERT_NE(chineseResult, nullptr);
    EXPECT_EQ(chineseResult->text(), again.first().at(1).toString());
    if (!shots.isEmpty()) {
        EXPECT_TRUE(chineseResult->grab().save(QDir(shots).filePath(QStringLiteral("compact-done-zh_CN.png")), "PNG"));
    }
    chineseResult->close();
}
