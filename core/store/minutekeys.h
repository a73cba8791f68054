#pragma once

#include "store/batchtable.h"
#include "store/rollupsql.h"
#include "store/sqlitestatement.h"
#include "support/result.h"

#include <QStringList>

#include <tuple>
#include <vector>

struct sqlite3;

namespace QuotaScope {

class DimensionDictionary;

/**
 * minute_keys (schema version 8): requests per calendar minute and per model, user, token, channel or group key
 * (rollup_keys numbering: 1 model, 2 user, 3 token, 4 channel, 5 group), from raw records. The peak-RPM card of a
 * view filtered by one of those dimensions reads its keys' minutes here instead of counting every raw record of
 * the range (3.3 million for 30 days at ten million requests). `day` (the start of the minute's UTC day, in
 * seconds) leads the key after the dimension, as in rollup_pairs: an import writes into the newest days' pages
 * only, and a query seeks each day of its range for its keys.
 */
namespace MinuteKeys {

/// The dimensions with minute rows.
constexpr int Dimensions[] = { 1, 2, 3, 4, 5 };

/// The version-8 table.
extern const char Schema[];

/// The minute_keys rows that the raw records of the sources selected by sourcesSql imply.
QByteArray fromRecordsSql(const QByteArray &sourcesSql);

/// Replaces the rows of the sources selected by sourcesSql with those their raw records imply.
Result<void> rebuild(sqlite3 *db, const QByteArray &sourcesSql);

/// Adds one line per row that disagrees with the raw records (sources selected by sourcesSql, which may use ?1,
/// bound to sourceId when it is not 0) to details (up to maxDetails); returns the count.
Result<qint64> verify(sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

} // namespace MinuteKeys

/** Counts one batch of records per minute row and upserts them in key order. */
class MinuteKeySink
{
public:
    MinuteKeySink(sqlite3 *db, DimensionDictionary *dims);

    /// One record; names are dictionary ids (channelName 0: a nameless channel, keyed by its id).
    Result<void> add(int type, qint64 createdAt, qint64 model, qint64 user, qint64 token, qint64 channelId,
        qint64 channelName, qint64 group);
    Result<void> flush(qint64 sourceId);

private:
    struct Row
    {
        int dimension = 0;
        qint64 day = 0;
        qint64 key = 0;
        int type = 0;
        qint64 minute = 0;
        auto tie() const { return std::tie(dimension, day, key, type, minute); }
    };

    sqlite3 *m_db;
    ChannelKeys m_channelKeys;
    SqliteStatement m_upsert;
    std::vector<Row> m_rows;
    IntRows m_batch { 6 };
};

} // namespace QuotaScope
