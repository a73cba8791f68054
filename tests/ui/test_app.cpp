#include "uitestsupport.h"

#include "screenshot.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "support/printers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

// The app reads and writes the user's settings file: give it a configuration directory of the tests' own.
const QTemporaryDir configDir;
const QStringList offscreen { QStringLiteral("QT_QPA_PLATFORM=offscreen"),
    QStringLiteral("XDG_CONFIG_HOME=") + configDir.path() };

qint64 recordCount(const QString &db, qint64 to = qint64(1) << 40)
{
    auto cache = CacheDb::open(db, QStringLiteral("app-test-count"));
    if (!cache)
        return -1;
    Filter all;
    all.types.clear();
    auto page = RecordQuery(cache->db()).page(0, to, all, 0, 1);
    return page ? page->total : -1;
}

qint64 newestRecord(const QString &db)
{
    auto cache = CacheDb::open(db, QStringLiteral("app-test-newest"));
    if (!cache)
        return -1;
    Filter all;
    all.types.clear();
    auto page = RecordQuery(cache->db()).page(0, qint64(1) << 40, all, 0, 1); // newest first
    return page && !page->records.isEmpty() ? page->records.first().createdAt : -1;
}

} // namespace

TEST(App, ScreenshotWritesAPngOfTheRequestedSize)
{
    TempDir dir;
    const QString png = dir.path(QStringLiteral("shot.png"));
    const ProcessResult r = runProcess(QStringLiteral(QS_GUI_PATH),
        { QStringLiteral("--db"), dir.path(), QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
            QStringLiteral("--size"), QStringLiteral("1000x700") },
        {}, offscreen);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1000, 700));
    // A blank window has a handful of colours; charts with data have many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 50);
}

TEST(App, DemoImportIsIdempotent)
{
    TempDir dir;
    const QStringList args { QStringLiteral("--db"), dir.path(), QStringLiteral("--demo"),
        QStringLiteral("--screenshot"), dir.path(QStringLiteral("a.png")), QStringLiteral("--size"),
        QStringLiteral("800x600") };
    ASSERT_EQ(runProcess(QStringLiteral(QS_GUI_PATH), args, {}, offscreen).exitCode, 0);
    const qint64 first = recordCount(dir.path());
    EXPECT_GT(first, 10000);
    // No request from the future: the demo's newest day is today, but rows later than now are left out.
    const qint64 newest = newestRecord(dir.path());
    EXPECT_LE(newest, QDateTime::currentSecsSinceEpoch());
    EXPECT_GT(newest, QDateTime::currentSecsSinceEpoch() - 2 * 86400);
    // Loading again adds nothing up to the first load's newest row (later rows may have come due meanwhile).
    ASSERT_EQ(runProcess(QStringLiteral(QS_GUI_PATH), args, {}, offscreen).exitCode, 0);
    EXPECT_EQ(recordCount(dir.path(), newest + 1), first);
}

TEST(App, ChineseTranslationLoads)
{
    const ProcessResult zh = runProcess(QStringLiteral(QS_GUI_PATH),
        { QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help") }, {}, offscreen);
    const ProcessResult en = runProcess(QStringLiteral(QS_GUI_PATH),
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }, {}, offscreen);
    EXPECT_TRUE(en.out.contains(QStringLiteral("Usage dashboard for new-api / one-api gateways.")))
        << en.out.toStdString();
    EXPECT_FALSE(zh.out.contains(QStringLiteral("Usage dashboard for new-api / one-api gateways.")));
    EXPECT_TRUE(zh.out.contains(QStringLiteral("用量看板"))) << zh.out.toStdString();
}

TEST(App, RejectsAMalformedSize)
{
    QSize size;
    EXPECT_TRUE(parseWindowSize(QStringLiteral("1600x1000"), &size));
    EXPECT_EQ(size, QSize(1600, 1000));
    EXPECT_FALSE(parseWindowSize(QStringLiteral("1600"), &size));
    EXPECT_FALSE(parseWindowSize(QStringLiteral("50x50"), &size));
    const ProcessResult r
        = runProcess(QStringLiteral(QS_GUI_PATH), { QStringLiteral("--size"), QStringLiteral("big") }, {}, offscreen);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--size"))) << r.err.toStdString();
}

// A screenshot run has nobody to ask: a cache that cannot be opened ends it with the store's message on stderr and
// exit code 1, and leaves the file as it was (the app asks in a message box instead: see CacheOpener's tests).
TEST(App, AScreenshotRunOnACacheThatCannotBeOpenedFailsWithTheStoresMessage)
{
    TempDir dir;
    const QString db = dir.path();
    const QByteArray foreign = "id,created_at\n1,2\n";
    ASSERT_TRUE(writeBytes(db, foreign));
    const ProcessResult r = runProcess(QStringLiteral(QS_GUI_PATH),
        { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.path(QStringLiteral("shot.png")) }, {},
        offscreen);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(db))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not be a SQLite database"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("shot.png"))));
    EXPECT_EQ(readBytes(db), foreign);
}
