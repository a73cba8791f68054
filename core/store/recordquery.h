#pragma once

#include "model/query.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QList>

#include <functional>

struct sqlite3;

namespace QuotaScope {

/** A page of raw records for the log table and drill-down. */
struct RecordPage
{
    QList<UsageRecord> records;
    qint64 total = 0; ///< matching records in the whole range
};

class RecordQuery
{
public:
    explicit RecordQuery(sqlite3 *db);
    /// Records in [from, to) matching the filter, newest first.
    Result<RecordPage> page(qint64 from, qint64 to, const Filter &filter, qint64 offset, int limit) const;
    /// Streams every record in [from, to) matching the filter, oldest first, in one forward-only query (memory
    /// stays flat for any number of records). Stops early when visit returns false. Returns the count visited.
    Result<qint64> forEach(qint64 from, qint64 to, const Filter &filter,
                           const std::function<bool(const UsageRecord &)> &visit) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
