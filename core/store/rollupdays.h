#pragma once

#include "model/counters.h"
#include "store/batchtable.h"
#include "store/sqlitestatement.h"
#include "support/result.h"

#include <QStringList>

#include <limits>
#include <tuple>
#include <vector>

struct sqlite3;

namespace QuotaScope {

/**
 * rollup_days (schema version 8): the key rows of every dimension (RollupSql::keyRows(): rollup_keys, and
 * rollup_pairs summed over the model) summed per UTC day. A report grouped by one dimension reads whole UTC
 * days that lie inside one of its display buckets here (one row per key and day instead of up to 96), and the
 * rest of its range, the edges, from the 15-minute key rows: the answer is the same in every zone, and a
 * ranking of 2,000 tokens over 30 days by UTC day reads about 60,000 rows instead of 2 million. `day` is the start
 * of the UTC day in seconds, so that it compares with rollup buckets.
 */
namespace RollupDays {

/// The start of the UTC day holding t.
constexpr qint64 dayStart(qint64 t)
{
    return t - ((t % 86400) + 86400) % 86400;
}

/// The version-8 table.
extern const char Schema[];

/// The rollup_days rows that the key rows of the sources selected by sourcesSql (a SELECT of ids) imply.
QByteArray fromKeysSql(const QByteArray &sourcesSql);

/// Replaces the rows of the sources selected by sourcesSql with those their key rows imply.
Result<void> rebuild(sqlite3 *db, const QByteArray &sourcesSql);

/// Adds one line per row that disagrees with the key rows (sources selected by sourcesSql, which may use ?1, bound
/// to sourceId when it is not 0) to details (up to maxDetails); returns the count.
Result<qint64> verify(sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

/// Derives again from the key rows the days of one source that hold [firstBucket, lastBucket] (an aggregate source
/// deleted those hours).
Result<void> rederive(sqlite3 *db, qint64 sourceId, qint64 firstBucket, qint64 lastBucket);

} // namespace RollupDays

/** Sums one batch of rollup_keys deltas per day row and upserts them in key order; forgets the display-zone days
 * (store/zonedays.h) the batch touches. */
class RollupDaySink
{
public:
    explicit RollupDaySink(sqlite3 *db);

    void add(int dimension, int type, qint64 bucket, qint64 key, const Counters &c);
    Result<void> flush(qint64 sourceId);

private:
    struct Row
    {
        int dimension = 0;
        int type = 0;
        qint64 day = 0;
        qint64 key = 0;
        auto tie() const { return std::tie(dimension, type, day, key); }
    };

    sqlite3 *m_db;
    SqliteStatement m_upsert;
    std::vector<std::pair<Row, Counters>> m_deltas;
    qint64 m_firstBucket = std::numeric_limits<qint64>::max();
    qint64 m_lastBucket = std::numeric_limits<qint64>::min();
    IntRows m_rows { 11 };
};

} // namespace QuotaScope
