#pragma once

#include "model/counters.h"
#include "support/result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

struct sqlite3;

namespace QuotaScope {

class DimensionDictionary;
class SqliteStatement;

/**
 * SQL shared by the rollup tables (rollups, rollup_keys, rollup_pairs, rollup_days, minute_keys): their counter
 * columns, the upsert that adds counters without overflowing into a float, how reports key a channel, and the
 * check that a stored derived table equals what its source implies.
 */
namespace RollupSql {

/// "requests, quota, prompt_tokens, ..." over the seven counters, in the tables' column order.
QByteArray counterColumns();
/// The seven counters of a row, from column first on in counterColumns()' order.
Counters countersAt(const SqliteStatement &st, int first);
/// "1, 5, 9" for an SQL IN list of our own integers (inlined); "NULL", which matches nothing, for none.
QByteArray idList(const QList<qint64> &ids);

/// "sum(requests), sum(quota), ..." over the seven counters, in the same order.
QByteArray counterSums();

/*
 * "requests = requests + excluded.requests, ..." for an upsert's DO UPDATE, for every counter. SQLite turns an
 * integer "+" that overflows into a float, which would then be read back as a wrong count; abs() of the smallest
 * 64-bit integer raises "integer overflow" instead, so an overflowing rollup fails the write with that message.
 */
QByteArray checkedCounterAdds();

/// The error of a write whose rollup sums would not fit in 64 bits.
Error sumOverflow();

/**
 * Replaces the rows of table for the sources that sourcesSql selects with those of select (rows in columns'
 * order): how each rollup table is rebuilt from what it derives from. A failure says what ("rebuilding rollup
 * pairs") and why.
 */
Result<void> replaceForSources(sqlite3 *db, const char *table, const QByteArray &columns, const QByteArray &select,
    const QByteArray &sourcesSql, const QString &what);

/// The channel as reports key it, from a row's channel name (a dims id, 0 for none) and channel id columns: the
/// name's dims id, or for a nameless channel the dims id of its decimal id (-1 if never stored). ChannelKeys
/// computes the same key in the writer.
QByteArray channelKey(const QByteArray &nameColumn, const QByteArray &idColumn);

/// The rollups rows of the sources sourcesSql selects (a parenthesised subquery) with channel_key (channelKey()).
QByteArray rollupsWithChannelKey(const QByteArray &sourcesSql);

/// Whether the cache has a table of this name (rebuildRollups runs in migrations older than some tables).
Result<bool> tableExists(sqlite3 *db, const char *name);

/**
 * Counts the rows in which `stored` and `implied` (SELECTs of the same integer columns, the first keyColumns of
 * them identifying a row) disagree, in both directions, binding sourceId to ?1 when it is not 0. Each SELECT
 * carries its own ORDER BY: stored in key order, and implied as parts whose rows, one part after the other, come
 * in key order (a part per dimension lets each part's GROUP BY give its order, where one ORDER BY over their
 * UNION sorted every row again). Adds one line per differing row to details (up to maxDetails), labelled with the
 * side it comes from and described by describe (which reads the row's columns from 0 on).
 */
Result<qint64> compare(sqlite3 *db, const char *impliedName, const QByteArrayList &implied, const char *storedName,
    const QByteArray &stored, int keyColumns, qint64 sourceId, QStringList *details, int maxDetails,
    const std::function<QString(const SqliteStatement &)> &describe, const QString &what);

/*
 * rollup_keys holds the rows of dimensions 0 (totals) and 1 (model) only (schema version 13). Those of dimensions
 * 2 to 5 (user, token, channel, group) are rollup_pairs summed over the model, or rollups summed over the other
 * names: storing them as well made every import write the same sums twice (measured: the CLI import 0.83x the
 * wall time without them; see the README's Performance section).
 */
constexpr int StoredKeyDimensions = 2;

/**
 * The key rows of every dimension as a parenthesised subquery with rollup_keys' columns (dimension, type, bucket,
 * source_id, key and the counters), in which a (dimension, type, bucket, source_id, key) may come several times:
 * every reader sums them. Dimensions 0 and 1 are rollup_keys' own rows. For the others, the whole UTC days of the
 * range come from rollup_pairs (a row per model), whose key leads with the day, and the part of a UTC day at
 * either end of the range from rollups (a row per full name combination), whose key leads with the bucket: a
 * few hours at the end of a range then read those hours, not their whole day of pairs. `where` (terms over those
 * columns, without WHERE; empty for all rows) restricts every part; `buckets`, when given, is the range
 * [first, second) of 15-minute buckets, else every bucket.
 */
QByteArray keyRows(const QByteArray &where, std::optional<std::pair<qint64, qint64>> buckets = std::nullopt);

/// " ORDER BY first, ..., last" over result columns by position.
QByteArray orderBy(int first, int last);

} // namespace RollupSql

/**
 * The key reports show for a record's channel (RollupSql::channelKey() in SQL): its name's dictionary id, or for
 * a nameless channel the id of its number as text (rollup_keys, rollup_pairs, rollup_days and minute_keys all key
 * channels so). Caches the numbers it has resolved.
 */
class ChannelKeys
{
public:
    explicit ChannelKeys(DimensionDictionary *dims)
        : m_dims(dims)
    { }

    /// Interns the number's text when the channel has no name (inside the writer's transaction).
    Result<qint64> key(qint64 channelId, qint64 channelNameId);

private:
    DimensionDictionary *m_dims;
    QHash<qint64, qint64> m_idKeys; // channel id -> dims id of its decimal text
};

} // namespace QuotaScope
