#pragma once

#include "ingest/importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace QuotaScope {

/** One file's outcome in an import run. */
struct ImportFileResult
{
    QString file;
    bool ok = false;
    ImportSummary summary;
    QString error;
    bool cancelled = false;
};

/**
 * Imports files one after another on a pool thread with its own cache connection. Progress and results
 * come back as queued signals; cancel() stops at the next batch and the file being imported is rolled back.
 */
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(
        const QString &dbPath, const QStringList &files, const QString &sourceName, const ImportOptions &options);
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker has finished (for shutdown and tests).
    void waitForFinished();

signals:
    void fileStarted(int index, const QString &file);
    void progress(int index, qint64 done, qint64 total);
    void fileFinished(const QuotaScope::ImportFileResult &result);
    void finished(const QList<QuotaScope::ImportFileResult> &results);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<ImportFileResult>> m_watcher;
};

} // namespace QuotaScope

Q_DECLARE_METATYPE(QuotaScope::ImportFileResult)
