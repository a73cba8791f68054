#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace QuotaScope {

class SqliteStatement;

/**
 * SQL shared by the derived rollup tables (rollup_pairs, rollup_days, minute_keys): their counter columns, the
 * upsert that adds counters without overflowing into a float, and the check that a stored table equals what its
 * source implies.
 */
namespace RollupSql {

/// "requests, quota, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens"
extern const char CounterColumns[];
/// sum() of each of CounterColumns, in the same order.
extern const char CounterSums[];

/// "col = col + excluded.col" for every counter, failing with "integer overflow" instead of turning into a
/// float (as every rollup upsert does).
QByteArray checkedAdds();

/// Whether the cache has a table of this name (rebuildRollups runs in migrations older than some tables).
Result<bool> tableExists(sqlite3 *db, const char *name);

/**
 * Counts the rows in which `stored` and `implied` (two SELECTs of the same columns, the first keyColumns of them
 * identifying a row) disagree, in both directions, binding sourceId to ?1 when it is not 0. Adds one line per
 * differing row to details (up to maxDetails), labelled with the side it comes from and described by describe
 * (which reads the row's columns from 1 on; column 0 is the label).
 */
Result<qint64> compare(sqlite3 *db, const char *impliedName, const QByteArray &implied, const char *storedName,
    const QByteArray &stored, int keyColumns, qint64 sourceId, QStringList *details, int maxDetails,
    const std::function<QString(const SqliteStatement &)> &describe, const QString &what);

} // namespace RollupSql

} // namespace QuotaScope

namespace QuotaScope {

class DimensionDictionary;

/**
 * The key reports show for a record's channel: its name's dictionary id, or for a nameless channel the id of its
 * number as text (rollup_keys, rollup_pairs, rollup_days and minute_keys all key channels so). Caches the
 * numbers it has resolved.
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
