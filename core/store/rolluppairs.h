#pragma once

#include "model/counters.h"
#include "store/batchtable.h"
#include "store/sqlitestatement.h"
#include "support/result.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <tuple>
#include <vector>

struct sqlite3;

namespace QuotaScope {

/**
 * rollup_pairs (schema version 6): the rollup counters per (one filter dimension's key, model), so that a view
 * filtered to one user, token, channel or group reads that key's few rows per bucket instead of every rollup
 * row in the range (at gateway scale rollups hold nearly one row per request). Dimensions are numbered as in
 * rollup_keys (2 user, 3 token, 4 channel, 5 group); the channel key is rollup_keys' too (the name, or the id
 * for a nameless channel). `day` (bucket / 86400) leads the key after the dimension: a day's rows stay together,
 * so writes touch only the newest days' pages, and a query seeks each day of its range for its one key.
 */
namespace RollupPairs {

/// The dimensions with pair rows (rollup_keys numbering).
constexpr int Dimensions[] = { 2, 3, 4, 5 };

/// The rollup_pairs rows that the rollups of the sources selected by sourcesSql (a SELECT of ids) imply.
QByteArray fromRollupsSql(const QByteArray &sourcesSql);

/// Replaces the rollup_pairs rows of the sources selected by sourcesSql with those their rollups imply.
Result<void> rebuild(sqlite3 *db, const QByteArray &sourcesSql);

/// Adds one line per rollup_pairs row that disagrees with the rollups of the sources selected by sourcesSql
/// (which may use ?1, bound to sourceId when it is not 0) to details (up to maxDetails); returns the count.
Result<qint64> verify(sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

/// Deletes the rows of one source in [firstBucket, lastBucket] (an aggregate source replacing hours), and derives
/// again from the pairs left the rollup_pair_days rows of the days they fall in.
Result<void> deleteBuckets(sqlite3 *db, qint64 sourceId, qint64 firstBucket, qint64 lastBucket);

/**
 * rollup_pair_days (schema version 11): rollup_pairs summed per UTC day (`day` as there, bucket / 86400). A view
 * filtered to one user, token, channel or group reads the whole UTC days of its range here, one row per (type,
 * model) and day instead of up to 96, and only the partial days at the edges from rollup_pairs. The key leads with
 * the day after the dimension, as in rollup_pairs.
 */
extern const char DaysSchema[];

/// The rollup_pair_days rows that the rollup_pairs of the sources selected by sourcesSql imply.
QByteArray daysFromPairsSql(const QByteArray &sourcesSql);

/// Replaces the rollup_pair_days rows of the sources selected by sourcesSql with those their rollup_pairs imply.
Result<void> rebuildDays(sqlite3 *db, const QByteArray &sourcesSql);

/// As verify(), for rollup_pair_days against rollup_pairs.
Result<qint64> verifyDays(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

} // namespace RollupPairs

/**
 * Sums one batch of rollup deltas per pair row and upserts them in key order. The rows are gathered per dimension
 * (the key's first column) in vectors, sorted and summed in place: cheaper than summing in a hash map first (the
 * upsert needs them sorted anyway).
 *
 * The pair day rows (rollup_pair_days) are summed too, but held back across batches: an import brings many batches
 * per day (22 at ten million requests over 90 days), and each would upsert nearly every (key, model) of its day
 * again. A day is written once no batch has added to it for two batches (files come in time order, either way), or
 * when more than MaxPendingDays rows wait, and every day at finish(), which the writer calls before it commits.
 */
class RollupPairSink
{
public:
    static constexpr size_t MaxPendingDays = 16384;

    explicit RollupPairSink(sqlite3 *db);

    /// keys: the delta's user, token, channel key and group ids (RollupPairs::Dimensions order).
    void add(int type, qint64 bucket, qint64 model, const qint64 (&keys)[4], const Counters &c);
    /// prepare(), then write().
    Result<void> flush(qint64 sourceId);
    /// The CPU half of flush(): sorts and sums the rows added since the last flush, and their day rows. It touches
    /// only this sink's own rows, so it may run on another thread while the connection writes other tables.
    Result<void> prepare();
    /// The SQL half: upserts the prepared rows and the day rows that are done.
    Result<void> write(qint64 sourceId);
    /// Writes the day rows held back; the sink is empty afterwards.
    Result<void> finish(qint64 sourceId);
    /// Forgets what was added and not written (the transaction is rolled back).
    void discard();

private:
    /// A row's key after its dimension, in primary-key order.
    struct Row
    {
        qint64 day = 0;
        qint64 key = 0;
        int type = 0;
        qint64 bucket = 0;
        qint64 model = 0;
        auto tie() const { return std::tie(day, key, type, bucket, model); }
        bool operator==(const Row &o) const { return tie() == o.tie(); }
    };
    /// A rollup_pair_days row's key (its source is the flush's), in primary-key order.
    struct DayRow
    {
        int dimension = 0;
        qint64 day = 0;
        qint64 key = 0;
        int type = 0;
        qint64 model = 0;
        auto tie() const { return std::tie(dimension, day, key, type, model); }
        bool operator==(const DayRow &o) const { return tie() == o.tie(); }
    };
    using DayItem = std::pair<DayRow, Counters>;

    /// Upserts the held-back day rows of the days done (all of them when all is set) and forgets them.
    Result<void> writeDays(qint64 sourceId, bool all);

    sqlite3 *m_db;
    SqliteStatement m_upsert;
    SqliteStatement m_upsertDays;
    // Per dimension (RollupPairs::Dimensions order); kept between batches so that their memory is reused.
    std::vector<std::pair<Row, Counters>> m_deltas[4];
    std::vector<DayItem> m_days;    ///< this batch's day rows
    std::vector<DayItem> m_pending; ///< held back, sorted and unique
    std::vector<DayItem> m_merged;  ///< scratch for merging the two
    QHash<qint64, qint64> m_dayTouched; ///< day -> the flush that last added to it
    qint64 m_flushes = 0;
    std::optional<qint64> m_pendingSource;
    IntRows m_rows { 13 };
    IntRows m_dayRows { 12 };
};

} // namespace QuotaScope
