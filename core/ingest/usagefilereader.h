#pragma once

#include "ingest/importer.h"
#include "ingest/importoptions.h"
#include "ingest/rowmapper.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

struct sqlite3;

namespace QuotaScope {

/** What a read saw, apart from the rows it handed on. */
struct ReadStats
{
    ImportFormat format = ImportFormat::Auto;
    qint64 rowsRead = 0;
    qint64 skipped = 0;
    QHash<QString, qint64> skippedBy;
    bool aggregate = false;
    QString preset; ///< the preset used, when any (chosen from the header if none was given)
};

/**
 * The one mapping of a gateway's `logs` table, in whichever database it lives (a SQLite file, PostgreSQL,
 * MySQL): which of the table's columns to select, in order, the record field each one holds (the column
 * channel_id is the Log's "channel"), and the RowMapper configuration for those cells. An import of the file,
 * a copy from the database and a sync of the same logs thus give the same records.
 */
struct LogTableMapping
{
    QStringList columns; ///< table columns, unquoted, in select order
    QStringList fields;  ///< the record field of each column
    RowMapperConfig config;
};

/// Fails when the table has no created_at column. tableColumns is compared without regard to case.
Result<LogTableMapping> logTableMapping(const QStringList &tableColumns, const ImportOptions &options = {});

/** Where a reader delivers batches. A failing callback stops the read with its error. */
struct UsageSink
{
    std::function<Result<void>(const QList<UsageRecord> &)> records;
    std::function<Result<void>(const QList<HourlyBucket> &)> buckets;
};

/**
 * Reads one file of any supported format and streams its rows in batches of ImportOptions::batchSize:
 * UsageRecords (with identities assigned) or, for the gateway's hourly data, HourlyBuckets (duplicates of an
 * (hour, user, model) summed, no hour split across batches). Pure parsing: it writes nothing, so it can be
 * tested and benchmarked without a cache. Errors start with the file name and the line or byte offset.
 */
class UsageFileReader
{
public:
    UsageFileReader(const QString &path, const ImportOptions &options);

    /// The format from content: SQLite magic, JSON shape and keys, CSV header; the extension breaks ties.
    static Result<ImportFormat> detect(const QString &path);
    /// The format a read will use: ImportOptions::format, else a mapped format for a preset or a mapping, else
    /// detect().
    static Result<ImportFormat> resolveFormat(const QString &path, const ImportOptions &options);
    /// True for formats whose rows are hourly aggregates (aggregate-backed sources).
    static bool isAggregate(ImportFormat format, const ImportOptions &options);

    Result<ReadStats> read(
        const UsageSink &sink, const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Batcher;
    Result<void> readJsonDocument(Batcher &out, ImportFormat format);
    Result<void> readJsonl(Batcher &out, ImportFormat format);
    Result<void> readCsv(Batcher &out, ImportFormat format);
    Result<void> readSqlite(Batcher &out);
    Result<void> readSqliteQuotaData(Batcher &out, sqlite3 *db);
    Result<void> readSqliteLogs(Batcher &out, sqlite3 *db);
    Error located(qint64 line, const QString &what) const;
    /// Hands a mapped row to the batcher: an implausible one is skipped and counted, any other error is located.
    Result<void> addMapped(
        Batcher &out, Result<UsageRecord> &&record, const QString &implausible, qint64 line, qint64 done);
    /// Skips a row with a value outside the plausible ranges, counting it under reason; where defaults to the line.
    void skipImplausible(const QString &reason, qint64 line, const QString &where = QString());

    QString m_path;
    QString m_fileName;
    ImportOptions m_options;
    ReadStats m_stats;
    QHash<QString, QString> m_firstImplausible; ///< reason -> where it was first seen
};

} // namespace QuotaScope
