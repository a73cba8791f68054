#include "ingest/importer.h"

#include "ingest/usagefilereader.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace QuotaScope {

namespace {

/// What the reading thread hands to the writing one: a batch, or how far the reader has got.
struct PipeItem
{
    enum class Kind { Records, Buckets, Progress };
    Kind kind = Kind::Progress;
    QList<UsageRecord> records;
    QList<HourlyBucket> buckets;
    qint64 done = 0;
    qint64 total = 0;
};

/**
 * A bounded queue between the reader thread and the writer: at most kCapacity batches wait, so memory stays flat
 * when the writer is the slower side. The writer is several times slower than the parse workers, so one waiting
 * batch keeps it busy; a second one only held 5,000 more records (about 4.5 MB of peak RSS on gateway-shaped
 * logs). Progress items do not count (consecutive ones are merged). Once stopped, the producer is woken and every
 * further push fails, so a reader blocked on a full queue never outlives the writer.
 *
 * The writer's thread is the import's bottleneck, so the batches it has written go back to the reading thread to be
 * freed (recycle()): five thousand records and their strings. That frees each one while the next is being written;
 * at most one written batch waits for it.
 */
class BatchPipe
{
public:
    static constexpr int kCapacity = 1;

    bool push(PipeItem &&item)
    {
        std::vector<QList<UsageRecord>> spent; // freed when this returns, outside the lock
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches < kCapacity; });
        spent.swap(m_spent);
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        ++m_batches;
        m_changed.notify_all();
        lock.unlock();
        return true;
    }

    /// A batch the writer is done with, to be freed by the producer at its next push.
    void recycle(QList<UsageRecord> &&records)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(records));
    }

    void progress(qint64 done, qint64 total)
    {
        std::lock_guard lock(m_mutex);
        if (m_items.empty() || m_items.back().kind != PipeItem::Kind::Progress)
            m_items.emplace_back();
        m_items.back().done = done;
        m_items.back().total = total;
        m_changed.notify_all();
    }

    /// The producer has delivered everything it will.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    /// The consumer wants nothing more: wakes and fails the producer's pending and later pushes.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    /// The next item in order; nothing once the producer has finished and the queue is drained.
    std::optional<PipeItem> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        PipeItem item = std::move(m_items.front());
        m_items.pop_front();
        if (item.kind != PipeItem::Kind::Progress)
            --m_batches;
        m_changed.notify_all();
        return item;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PipeItem> m_items;
    std::vector<QList<UsageRecord>> m_spent;
    int m_batches = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

Importer::Importer(sqlite3 *db)
    : m_db(db)
{ }

Result<ImportFormat> Importer::detect(const QString &path)
{
    return UsageFileReader::detect(path);
}

Result<ImportSummary> Importer::importFile(const QString &path, const QString &sourceName, const ImportOptions &options,
    const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    summary.file = path;
    if (!QFileInfo(path).isFile()) {
        return Error(QCoreApplication::translate("Importer", "%1: no such file").arg(QFileInfo(path).fileName()),
            Error::Kind::Io);
    }
    // The backing of the source depends on the format, so it is settled before anything is written.
    auto format = UsageFileReader::resolveFormat(path, options);
    if (!format)
        return format.error();
    ImportOptions resolved = options;
    resolved.format = format.value();
    summary.format = format.value();
    summary.aggregate = UsageFileReader::isAggregate(format.value(), options);

    // Store errors (a full disk, a locked or read-only cache) say which file was being imported.
    auto inFile = [&](const Error &error) {
        return Error(QCoreApplication::translate("Importer", "%1: %2").arg(QFileInfo(path).fileName(), error.message),
            error.kind);
    };
    // One transaction holds the source, its records and the history row: a failure, a crash or a kill before the
    // commit leaves no empty source behind. The writers below run as savepoints inside it.
    sqlite3 *const handle = m_db;
    if (auto begun = SqliteStatement::exec(handle, "BEGIN IMMEDIATE"); !begun)
        return inFile(begun.error());
    auto rollbackAll = [&] { SqliteStatement::exec(handle, "ROLLBACK"); };

    SourceRepository sources(m_db);
    const QString kind
        = format.value() == ImportFormat::GatewaySqlite ? QStringLiteral("gateway-db") : QStringLiteral("file");
    auto sourceId = sources.ensure(
        sourceName, kind, summary.aggregate ? SourceInfo::Backing::Aggregate : SourceInfo::Backing::Records);
    if (!sourceId) {
        rollbackAll();
        return sourceId.error();
    }
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();

    std::optional<RecordWriter> records;
    std::optional<AggregateWriter> aggregates;
    Result<void> begun = summary.aggregate ? aggregates.emplace(m_db, sourceId.value()).begin()
                                           : records.emplace(m_db, sourceId.value()).begin();
    auto fail = [&](const Error &error) -> Result<ImportSummary> {
        if (records)
            records->rollback();
        if (aggregates)
            aggregates->rollback();
        rollbackAll();
        return error;
    };
    if (!begun)
        return fail(inFile(begun.error()));

    // Parsing runs on its own thread and keeps pace with the writer, which stays on this thread: the cache
    // connection belongs to it. The reader opens its own connection for a gateway database, in its thread.
    BatchPipe pipe;
    UsageSink sink;
    sink.records = [&pipe](const QList<UsageRecord> &batch) -> Result<void> {
        PipeItem item;
        item.kind = PipeItem::Kind::Records;
        item.records = batch;
        return pipe.push(std::move(item)) ? Result<void>() : Result<void>(Error::cancelled());
    };
    sink.buckets = [&pipe](const QList<HourlyBucket> &batch) -> Result<void> {
        PipeItem item;
        item.kind = PipeItem::Kind::Buckets;
        item.buckets = batch;
        return pipe.push(std::move(item)) ? Result<void>() : Result<void>(Error::cancelled());
    };
    const ImportProgress readerProgress = [&pipe](qint64 done, qint64 total) { pipe.progress(done, total); };

    UsageFileReader reader(path, resolved);
    Result<ReadStats> stats = Error::cancelled();
    std::thread worker([&] {
        stats = reader.read(sink, readerProgress, cancel);
        pipe.finish();
    });

    std::optional<Error> writeError;
    while (auto item = pipe.pop()) {
        if (cancel && cancel->load())
            break;
        if (item->kind == PipeItem::Kind::Progress) {
            if (progress)
                progress(item->done, item->total);
        } else if (item->kind == PipeItem::Kind::Records) {
            auto written = records->write(item->records);
            if (!written) {
                writeError = inFile(written.error());
                break;
            }
            summary.added += written->added;
            summary.duplicates += written->duplicates;
            pipe.recycle(std::move(item->records));
        } else {
            auto written = aggregates->replace(item->buckets);
            if (!written) {
                writeError = inFile(written.error());
                break;
            }
            summary.added += written.value();
        }
    }
    pipe.stop();
    worker.join();

    if (writeError)
        return fail(*writeError);
    if (!stats)
        return fail(stats.error());
    if (cancel && cancel->load())
        return fail(Error::cancelled());
    summary.rowsRead = stats->rowsRead;
    summary.skipped = stats->skipped;
    summary.skippedBy = stats->skippedBy;

    // The history row is part of the same transaction: it exists exactly when the data does.
    ImportHistoryEntry entry;
    entry.sourceId = sourceId.value();
    entry.what = QFileInfo(path).absoluteFilePath();
    entry.format = importFormatName(summary.format);
    entry.startedAt = startedAt;
    entry.finishedAt = QDateTime::currentSecsSinceEpoch();
    entry.rowsRead = summary.rowsRead;
    entry.added = summary.added;
    entry.duplicates = summary.duplicates;
    entry.skipped = summary.skipped;
    if (auto h = sources.addHistory(entry); !h)
        return fail(inFile(h.error()));

    Result<void> committed = summary.aggregate ? aggregates->commit() : records->commit();
    if (committed)
        committed = SqliteStatement::exec(handle, "COMMIT");
    if (!committed)
        return fail(inFile(committed.error()));
    return summary;
}

} // namespace QuotaScope
