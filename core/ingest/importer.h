#pragma once

#include "ingest/importoptions.h"
#include "support/result.h"

#include <QString>

#include <atomic>
#include <functional>

struct sqlite3;

namespace QuotaScope {

struct ImportSummary
{
    QString file;
    ImportFormat format = ImportFormat::Auto; ///< the format actually used
    qint64 rowsRead = 0;
    qint64 added = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0;              ///< rows deliberately left out, counted by reason below
    QHash<QString, qint64> skippedBy; ///< reason -> count, e.g. "empty line" -> 3
    bool aggregate = false;           ///< rows were hourly buckets (added counts buckets)
};

/// Progress: bytes done of bytes total (total 0 when unknown).
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * Streams one file into a source: detect format, parse in batches, write records and rollups in one
 * transaction. All or nothing per file: on a parse error, a database error or cancellation the cache is
 * exactly as before, and the error names the file, the line (or byte offset) and the reason.
 */
class Importer
{
public:
    explicit Importer(sqlite3 *db);

    /// Detects the format from content (and the extension as a tie-breaker).
    static Result<ImportFormat> detect(const QString &path);

    Result<ImportSummary> importFile(const QString &path, const QString &sourceName, const ImportOptions &options,
                                     const ImportProgress &progress = {},
                                     const std::atomic_bool *cancel = nullptr);

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
