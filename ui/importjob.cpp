#include "importjob.h"

#include "dbtask.h"
#include "store/cachedb.h"

#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportFileResult>();
    qRegisterMetaType<QList<ImportFileResult>>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { emit finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

void ImportJob::start(
    const QString &dbPath, const QStringList &files, const QString &sourceName, const ImportOptions &options)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    // Signals emitted on the worker reach this object's slots through queued connections (it lives on the GUI
    // thread), so the worker never touches a widget.
    m_watcher.setFuture(QtConcurrent::run([this, dbPath, files, sourceName, options, cancel] {
        QList<ImportFileResult> results;
        auto cache = CacheDb::open(dbPath, QStringLiteral("qs-import"));
        for (int i = 0; i < files.size(); ++i) {
            ImportFileResult r;
            r.file = files.at(i);
            if (!cache) {
                r.error = cache.error().message;
                results.append(r);
                emit fileFinished(r);
                continue;
            }
            if (cancel->load()) {
                r.cancelled = true;
                r.error = tr("cancelled before it started");
                results.append(r);
                emit fileFinished(r);
                continue;
            }
            emit fileStarted(i, r.file);
            Importer importer(cache->db());
            auto summary = importer.importFile(
                r.file, sourceName, options, [this, i](qint64 done, qint64 total) { emit progress(i, done, total); },
                cancel.get());
            if (summary) {
                r.ok = true;
                r.summary = summary.value();
            } else {
                r.error = summary.error().message;
                r.cancelled = summary.error().kind == Error::Kind::Cancelled;
            }
            results.append(r);
            emit fileFinished(r);
        }
        return results;
    }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace QuotaScope
