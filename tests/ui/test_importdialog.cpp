#include "uitestsupport.h"

#include "dialogs/importdialog.h"
#include "importjob.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/printers.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QThread>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

qint64 nonEmptyLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    while (!f.atEnd())
        n += f.readLine().trimmed().isEmpty() ? 0 : 1;
    return n;
}

qint64 recordCount(const QString &db)
{
    auto cache = CacheDb::open(db, QStringLiteral("import-test-count"));
    if (!cache)
        return -1;
    Filter all;
    all.types.clear();
    auto page = RecordQuery(cache->db()).page(0, qint64(1) << 40, all, 0, 1);
    return page ? page->total : -1;
}

} // namespace

TEST(ImportDialog, ImportsOffTheGuiThreadAndReportsCounts)
{
    TempDir dir;
    const QString fixture = fixturePath(QStringLiteral("ui-newapi-sample.jsonl"));
    const qint64 rows = nonEmptyLines(fixture);
    ASSERT_GT(rows, 0);

    ImportDialog dialog(dir.path(), {});
    dialog.setFiles({ fixture });
    dialog.setSourceName(QStringLiteral("Sample"));
    QList<QPair<QList<ImportFileResult>, bool>> finished;
    QObject::connect(
        &dialog, &ImportDialog::importFinished, &dialog, [&](const QList<ImportFileResult> &r, bool anyAdded) {
            finished.append({ r, anyAdded });
        });
    QThread *guiThread = QThread::currentThread();
    QThread *workerThread = nullptr;
    QObject::connect(
        dialog.job(), &ImportJob::fileStarted, dialog.job(),
        [&](int, const QString &) { workerThread = QThread::currentThread(); }, Qt::DirectConnection);
    dialog.startImport();
    EXPECT_TRUE(dialog.isImporting());
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 1; }));
    EXPECT_NE(workerThread, nullptr);
    EXPECT_NE(workerThread, guiThread);

    const auto results = finished.first().first;
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results.first().ok) << results.first().error.toStdString();
    EXPECT_EQ(results.first().summary.rowsRead, rows);
    EXPECT_EQ(results.first().summary.added, rows);
    EXPECT_TRUE(finished.first().second);
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("%1 added").arg(rows)))
        << dialog.resultText().toStdString();
    EXPECT_EQ(recordCount(dir.path()), rows);

    // The same file again: every row is a duplicate and the cache does not change.
    dialog.startImport();
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 2; }));
    const auto again = finished.at(1).first;
    ASSERT_TRUE(again.first().ok);
    EXPECT_EQ(again.first().summary.added, 0);
    EXPECT_EQ(again.first().summary.duplicates, rows);
    EXPECT_FALSE(finished.at(1).second);
    EXPECT_EQ(recordCount(dir.path()), rows);
}

TEST(ImportDialog, ListsFilesInTheSystemsFormAndImportsTheQtPath)
{
    TempDir dir;
    const QStringList paths
        = { fixturePath(QStringLiteral("ui-newapi-sample.jsonl")), dir.path(QStringLiteral("b.csv")) };
    ImportDialog dialog(dir.path(), {});
    dialog.setFiles(paths);
    EXPECT_EQ(dialog.files(), paths);
    auto *list = dialog.findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 2);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(list->item(i)->text(), QDir::toNativeSeparators(paths.at(i)));
}

TEST(ImportDialog, ReportsTheImportersErrorWithFileAndLine)
{
    TempDir dir;
    const QString bad = dir.path(QStringLiteral("broken.jsonl"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QFile sample(fixturePath(QStringLiteral("ui-newapi-sample.jsonl")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    f.write(sample.readLine());
    f.write("{\"id\": 5, \"created_at\": \"not a time\", this is not json\n");
    f.close();

    ImportDialog dialog(dir.path(), {});
    dialog.setFiles({ bad });
    dialog.setSourceName(QStringLiteral("Broken"));
    dialog.setFormat(ImportFormat::NewApiJsonl);
    QList<ImportFileResult> results;
    bool done = false;
    QObject::connect(&dialog, &ImportDialog::importFinished, &dialog, [&](const QList<ImportFileResult> &r, bool) {
        results = r;
        done = true;
    });
    dialog.startImport();
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results.first().ok);
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("broken.jsonl"))) << dialog.resultText().toStdString();
    EXPECT_TRUE(results.first().error.contains(QLatin1Char('2')))
        << "names line 2: " << results.first().error.toStdString();
    EXPECT_EQ(recordCount(dir.path()), 0);
}

TEST(ImportJob, CancelLeavesTheCacheUnchanged)
{
    TempDir dir;
    const QString fixture = fixturePath(QStringLiteral("ui-newapi-sample.jsonl"));
    {
        ImportJob first;
        bool done = false;
        QObject::connect(&first, &ImportJob::finished, &first, [&](const QList<ImportFileResult> &) { done = true; });
        first.start(dir.path(), { fixture }, QStringLiteral("Sample"), ImportOptions());
        ASSERT_TRUE(waitUntil([&] { return done; }));
    }
    const qint64 before = recordCount(dir.path());
    ASSERT_GT(before, 0);

    ImportJob job;
    ImportOptions options;
    options.batchSize = 100;
    // Cancel from the worker at its first progress report, so the importer is mid-file when it sees the flag.
    QObject::connect(
        &job, &ImportJob::progress, &job, [&job](int, qint64, qint64) { job.cancel(); }, Qt::DirectConnection);
    QList<ImportFileResult> results;
    bool done = false;
    QObject::connect(&job, &ImportJob::finished, &job, [&](const QList<ImportFileResult> &r) {
        results = r;
        done = true;
    });
    job.start(dir.path(), { QStringLiteral(QS_SOURCE_DIR "/resources/demo/demo-newapi.jsonl") }, QStringLiteral("Demo"),
        options);
    ASSERT_TRUE(waitUntil([&] { return done; }, 120000));
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results.first().ok);
    EXPECT_TRUE(results.first().cancelled) << results.first().error.toStdString();
    EXPECT_EQ(recordCount(dir.path()), before);
}
