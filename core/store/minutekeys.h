#pragma once

#include "store/batchtable.h"
#include "store/rollupsql.h"
#include "store/sqlitestatement.h"
#include "support/result.h"
#include "support/varint.h"

#include <QByteArray>
#include <QStringList>

#include <limits>
#include <tuple>
#include <vector>

struct sqlite3;

namespace QuotaScope {

class DimensionDictionary;

/**
 * minute_keys: requests per calendar minute and per model, user, token, channel or group key (rollup_keys
 * numbering: 1 model, 2 user, 3 token, 4 channel, 5 group), from raw records. The peak-RPM card of a view filtered
 * by one of those dimensions reads its keys' minutes here instead of counting every raw record of the range (3.3
 * million for 30 days at ten million requests). `day` (the start of the UTC day, in seconds) leads the key after
 * the dimension, as in rollup_pairs: an import writes into the newest days' pages only, and a query seeks each day
 * of its range for its keys.
 *
 * Since schema version 12 a row holds one UTC hour of a key: `minutes` is a minute list (below) of the hour's
 * minutes that had requests. Version 8 had a row per minute, 3.3 rows per request written on the benchmark's logs
 * and the writer's largest table; an hour's row is 0.4 per request there (see the README's Performance section).
 */
namespace MinuteKeys {

/// The dimensions with minute rows.
constexpr int Dimensions[] = { 1, 2, 3, 4, 5 };

/// The table (created by version 8 and, in this form, by version 12).
extern const char Schema[];

/**
 * A minute list: for each minute of the hour that has requests, in ascending order, one byte with the minute
 * (0 to 59) and then its count (at least 1) as an unsigned LEB128 varint. One to three bytes per minute, and no
 * bytes for a quiet minute.
 */
void appendMinute(QByteArray *list, int minute, qint64 count);

/// Calls f(minute, count) for every minute of the list in order; false when the list is malformed (minutes out of
/// order or range, a count of 0, a truncated or overlong varint).
template<typename F>
bool forEachMinute(const void *data, qsizetype size, F &&f)
{
    const auto *p = static_cast<const unsigned char *>(data);
    const unsigned char *const end = p + size;
    int previous = -1;
    while (p < end) {
        const int minute = *p++;
        if (minute <= previous || minute >= 60)
            return false;
        quint64 count = 0;
        if (!Varint::read(&p, end, &count, 9)) // 63 bits: a count is a qint64
            return false;
        if (count == 0 || count > quint64(std::numeric_limits<qint64>::max()))
            return false;
        f(minute, qint64(count));
        previous = minute;
    }
    return true;
}

/// "minute:count ..." for a message; "(malformed)" when it is.
QString describe(const QByteArray &list);

/**
 * Registers the minute-list SQL functions on the connection (every cache connection has them, see CacheDb):
 *   qs_minutes(minute, count)  aggregate: the minute list of the counts added per minute (0 to 59)
 *   qs_minutes_add(a, b)       the minute list of a's and b's counts summed (the writer's upsert)
 *   qs_minutes_total(list)     the requests of the list
 * A malformed list or a sum past 64 bits is an SQL error naming minute_keys.
 */
Result<void> registerSqlFunctions(sqlite3 *db);

/// The minute_keys rows that the raw records of the sources selected by sourcesSql imply.
QByteArray fromRecordsSql(const QByteArray &sourcesSql);

/// Replaces the rows of the sources selected by sourcesSql with those their raw records imply.
Result<void> rebuild(sqlite3 *db, const QByteArray &sourcesSql);

/// Adds one line per row that disagrees with the raw records (sources selected by sourcesSql, which may use ?1,
/// bound to sourceId when it is not 0) to details (up to maxDetails); returns the count.
Result<qint64> verify(sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

/// Version 12: rewrites a version-8 table (a row per minute) as hourly rows, in place.
Result<void> migrateToHours(sqlite3 *db);

} // namespace MinuteKeys

/** Counts one batch of records per key and minute, packs them into hour rows and upserts those in key order. */
class MinuteKeySink
{
public:
    MinuteKeySink(sqlite3 *db, DimensionDictionary *dims);

    /// One record; names are dictionary ids (channelName 0: a nameless channel, keyed by its id).
    Result<void> add(int type, qint64 createdAt, qint64 model, qint64 user, qint64 token, qint64 channelId,
        qint64 channelName, qint64 group);
    /// prepare(), then write().
    Result<void> flush(qint64 sourceId);
    /// The CPU half of flush(): sorts the rows added since the last flush and packs them per hour. It touches only
    /// this sink's own rows, so it may run on another thread while the connection writes other tables.
    void prepare();
    /// The SQL half: upserts the prepared rows.
    Result<void> write(qint64 sourceId);

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

    /// The hour rows of a batch: (dimension, day, key, type, hour) and the minute list.
    class HourRows : public BatchSource
    {
    public:
        void clear();
        void add(const Row &first, qint64 hour);
        QByteArray *list() { return &m_lists; }
        void endRow() { m_ends.push_back(m_lists.size()); }
        qint64 rowCount() const override { return qint64(m_ends.size()); }
        void column(sqlite3_context *ctx, qint64 row, int column) override;

    private:
        std::vector<qint64> m_ints; // 5 per row
        QByteArray m_lists; // the rows' minute lists, one after the other
        std::vector<qsizetype> m_ends; // where each row's list ends in m_lists
    };

    /// Sorts m_rows in primary-key order.
    void sortRows();

    sqlite3 *m_db;
    ChannelKeys m_channelKeys;
    SqliteStatement m_upsert;
    std::vector<Row> m_rows;
    std::vector<std::pair<quint64, quint64>> m_packed; // sortRows()' keys, kept to reuse their memory
    HourRows m_batch;
};

} // namespace QuotaScope
