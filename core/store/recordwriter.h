#pragma once

#include "model/usagerecord.h"
#include "support/result.h"

#include <QList>

#include <memory>

struct sqlite3;

namespace QuotaScope {

struct WriteStats
{
    qint64 added = 0;
    qint64 duplicates = 0; ///< identity already in the cache for this source
    WriteStats &operator+=(const WriteStats &o)
    {
        added += o.added;
        duplicates += o.duplicates;
        return *this;
    }
};

/**
 * Writes raw records and their rollups in one transaction. Usage:
 *   RecordWriter w(db, sourceId); w.begin(); w.write(batch)...; w.commit();   // or rollback()
 * Records whose identity is already stored for the source are counted as duplicates and change nothing.
 * Destroying an uncommitted writer rolls back.
 */
class RecordWriter
{
public:
    RecordWriter(sqlite3 *db, qint64 sourceId);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    Result<void> begin();
    Result<WriteStats> write(const QList<UsageRecord> &records);
    Result<void> commit();
    void rollback();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * Writes the gateway's hourly aggregates into an aggregate-backed source. Rows for one (hour, user, model)
 * in a batch are summed (the gateway may hold duplicates); every hour present in the batch replaces what
 * the cache had for that hour (a re-fetched hour, such as the current one, keeps growing on the gateway).
 */
class AggregateWriter
{
public:
    AggregateWriter(sqlite3 *db, qint64 sourceId);
    ~AggregateWriter();
    AggregateWriter(const AggregateWriter &) = delete;
    AggregateWriter &operator=(const AggregateWriter &) = delete;

    Result<void> begin();
    /// Replaces hours [fromHour, toHour] (inclusive, UTC hour starts) with the given buckets. Hours in the
    /// window with no bucket become empty. Pass fromHour > toHour to replace only the hours present.
    Result<qint64> replace(const QList<HourlyBucket> &buckets, qint64 fromHour = 1, qint64 toHour = 0);
    Result<void> commit();
    void rollback();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Result of recomputing rollups from raw records. */
struct VerifyReport
{
    qint64 sourcesChecked = 0;
    qint64 recordsChecked = 0;
    qint64 mismatches = 0;
    QStringList details; ///< one line per mismatching rollup row (capped)
};

/// Recomputes every record-backed source's rollups from its raw records and compares them with the stored
/// rollups. sourceId 0 checks all sources. Outside a transaction, part of the checks read the cache's file on a
/// second, read-only connection in another thread; inside one (which that connection could not see), all run here.
Result<VerifyReport> verifyRollups(sqlite3 *db, qint64 sourceId = 0);

/// Recomputes the rollups and per-key rollups of the record-backed sources that sourcesSql (a SELECT of source
/// ids) selects from their raw records. Runs inside the caller's transaction.
Result<void> rebuildRollups(sqlite3 *db, const QByteArray &sourcesSql);

} // namespace QuotaScope
