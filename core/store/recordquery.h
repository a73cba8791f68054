#pragma once

#include "model/query.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QList>

#include <functional>
#include <limits>
#include <optional>

struct sqlite3;

namespace QuotaScope {

/** A page of raw records for the log table and drill-down. */
struct RecordPage
{
    QList<UsageRecord> records;
    qint64 total = 0; ///< matching records in the whole range
};

/** Which records a log view lists: a range, the dashboard's filter and the log table's own narrowing. */
struct RecordSelection
{
    qint64 from = 0; ///< inclusive, UTC epoch seconds
    qint64 to = 0; ///< exclusive
    Filter filter; ///< filter.types empty: every log type
    QString requestId; ///< exact request id; empty: any
    QString text; ///< substring searched in the text columns; empty: any

    bool operator==(const RecordSelection &o) const
    {
        return from == o.from && to == o.to && filter == o.filter && requestId == o.requestId && text == o.text;
    }
    bool operator!=(const RecordSelection &o) const { return !(*this == o); }
};

/**
 * A position in the log's order (created_at, then the row id). A page starts after it, so a page costs one index
 * seek wherever it lies, unlike OFFSET, which walks every row before it.
 */
struct RecordCursor
{
    qint64 createdAt = 0;
    qint64 rowId = 0;

    /// The position just before the first record at time t in the given order (newest-first when descending).
    static RecordCursor before(qint64 t, bool descending)
    {
        return { t, descending ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min() };
    }
};

/** One keyset page: the records in order and, for each, its cursor (the last one continues the listing). */
struct KeysetPage
{
    QList<UsageRecord> records;
    QList<RecordCursor> cursors;
    bool atEnd = false; ///< no record follows the last one
};

class RecordQuery
{
public:
    explicit RecordQuery(sqlite3 *db);
    /// Up to limit records of the selection in (created_at, row id) order, descending or ascending, starting
    /// after the cursor (none: from the newest or oldest end). Ties on created_at are ordered by row id.
    Result<KeysetPage> keysetPage(
        const RecordSelection &selection, bool descending, const std::optional<RecordCursor> &after, int limit) const;
    /// How many records the selection holds.
    Result<qint64> count(const RecordSelection &selection) const;

    /// Records in [from, to) matching the filter, newest first; for short previews (offsets walk the rows before
    /// them: long listings page by key with keysetPage()).
    Result<RecordPage> page(qint64 from, qint64 to, const Filter &filter, qint64 offset, int limit) const;
    /// Streams every record in [from, to) matching the filter, oldest first, in one forward-only query (memory
    /// stays flat for any number of records). Stops early when visit returns false. Returns the count visited.
    Result<qint64> forEach(qint64 from, qint64 to, const Filter &filter,
                           const std::function<bool(const UsageRecord &)> &visit) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
