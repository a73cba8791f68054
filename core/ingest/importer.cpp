#include "ingest/importer.h"

#include "ingest/usagefilereader.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <optional>

namespace QuotaScope {

Importer::Importer(QSqlDatabase db)
    : m_db(std::move(db))
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

    SourceRepository sources(m_db);
    const bool existed = sources.byName(sourceName).ok();
    const QString kind
        = format.value() == ImportFormat::GatewaySqlite ? QStringLiteral("gateway-db") : QStringLiteral("file");
    auto sourceId = sources.ensure(
        sourceName, kind, summary.aggregate ? SourceInfo::Backing::Aggregate : SourceInfo::Backing::Records);
    if (!sourceId)
        return sourceId.error();
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
        // A source this import created would be left empty; without it the cache is exactly as before.
        if (!existed)
            sources.remove(sourceId.value());
        return error;
    };
    // Store errors (a full disk, a locked or read-only cache) say which file was being imported.
    auto inFile = [&](const Error &error) {
        return Error(QCoreApplication::translate("Importer", "%1: %2").arg(QFileInfo(path).fileName(), error.message),
            error.kind);
    };
    if (!begun)
        return fail(inFile(begun.error()));

    UsageSink sink;
    sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
        auto written = records->write(batch);
        if (!written)
            return inFile(written.error());
        summary.added += written->added;
        summary.duplicates += written->duplicates;
        return {};
    };
    sink.buckets = [&](const QList<HourlyBucket> &batch) -> Result<void> {
        auto written = aggregates->replace(batch);
        if (!written)
            return inFile(written.error());
        summary.added += written.value();
        return {};
    };

    UsageFileReader reader(path, resolved);
    auto stats = reader.read(sink, progress, cancel);
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
    if (!committed)
        return fail(inFile(committed.error()));
    return summary;
}

} // namespace QuotaScope
