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
class QFile;
class QIODevice;

namespace QuotaScope {

class CsvReader;
class JsonItemReader;
class TextInterner;
struct TextChunk;

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
    struct Row;
    struct Rows;
    struct CsvLayout;
    struct JsonlParser;
    class TextCutter;
    /// Where a text file's rows go on: a row's first byte and its line.
    struct Position
    {
        qint64 offset = 0;
        qint64 line = 1;
    };
    Result<void> readJsonDocument(Batcher &out, ImportFormat format);
    /// The items reader finds, parsed by mapper in chunks on worker threads and applied in order.
    Result<void> readJsonItemsInChunks(Batcher &out, JsonItemReader &reader, const RowMapper &mapper);
    Result<void> readJsonl(Batcher &out, ImportFormat format);
    Result<void> readCsv(Batcher &out, ImportFormat format);
    /// Whether the text from `from` on is long enough to be read in chunks, in parallel.
    bool worthChunking(qint64 from) const;
    /// Reads the text of file from *at in chunks cut by cutter and parsed by parse on worker threads, applying the
    /// rows in file order. When it stops short of the end (text that must be read in order to report it as the
    /// in-order read does: a malformed or overlong row, a failed read), *at is where to read on in order and
    /// *rest is true.
    Result<void> readChunks(Batcher &out, QIODevice &file, Position *at, TextCutter &cutter,
        const std::function<Rows(const TextChunk &, int worker, const std::atomic_bool &stop)> &parse, bool *rest);
    /// Reading on in order from at failed: where and why.
    Error seekError(const QIODevice &file, const Position &at) const;
    /// The next CSV record of csv as a row; false at the end of the text.
    bool csvRow(CsvReader &csv, const CsvLayout &layout, TextInterner *texts, Row *row) const;
    /// What a JSON text read as a row is: a JSONL line (blank ones are skipped) or an item of a JSON page.
    enum class JsonText { Line, Item };
    /// One JSONL line (the caller drops the file's BOM) or page item, starting at byte offset, as a row; false when
    /// there is no mapping yet and the text holds an object, left in *object for the caller to choose the mapping
    /// from.
    bool jsonRow(JsonlParser &parser, JsonText kind, QByteArrayView text, qint64 lineNo, qint64 offset, Row *row,
        QJsonObject *object) const;
    /// Applies a row worked out by csvRow() or jsonRow() to the stats and the batcher, in file order.
    Result<void> apply(Batcher &out, Row &&row);
    /// Applies a chunk's rows in order; a chunk stopped short, or a cancelled read, is Cancelled.
    Result<void> applyRows(Batcher &out, Rows &&rows);
    Result<void> readSqlite(Batcher &out);
    Result<void> readSqliteQuotaData(Batcher &out, sqlite3 *db);
    Result<void> readSqliteLogs(Batcher &out, sqlite3 *db);
    Error located(qint64 line, const QString &what) const;
    /// Opens the file to read (file names it), or says why not.
    Result<void> open(QFile *file) const;
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
