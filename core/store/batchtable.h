#pragma once

#include "support/result.h"

#include <QtGlobal>

#include <vector>

struct sqlite3;
struct sqlite3_context;

namespace QuotaScope {

class SqliteStatement;

/**
 * Rows held in memory that one SQL statement reads through the table-valued function qs_batch:
 *   INSERT INTO t(a, b) SELECT c0, c1 FROM qs_batch(?1) WHERE true ON CONFLICT ...
 * with the source bound to ?1 by BatchTable::bind(). A batch written by one INSERT ... SELECT keeps SQLite's
 * cursors open from row to row instead of starting a statement per row: for the rollups table about four
 * times faster than a prepared single-row statement run per row (see tests/bench).
 */
class BatchSource
{
public:
    virtual ~BatchSource() = default;
    virtual qint64 rowCount() const = 0;
    /// Sets the value of column (0 to BatchTable::Columns - 1) of row with one of the sqlite3_result_*() calls.
    virtual void column(sqlite3_context *ctx, qint64 row, int column) = 0;
};

/** Fixed-width rows of integers, stored row-major. */
class IntRows : public BatchSource
{
public:
    explicit IntRows(int width);

    void clear() { m_values.clear(); }
    /// Appends a row of zeros and returns its first value.
    qint64 *append();

    qint64 rowCount() const override { return qint64(m_values.size()) / m_width; }
    void column(sqlite3_context *ctx, qint64 row, int column) override;

private:
    int m_width;
    std::vector<qint64> m_values;
};

namespace BatchTable {

/// Columns c0 to c(Columns - 1) that every source offers; columns past a source's width read as NULL.
constexpr int Columns = 24;

/// Makes qs_batch available on the connection (once per connection; later calls only check).
Result<void> install(sqlite3 *db);
/// Binds source to the qs_batch(?) argument at index. The source must outlive the statement's execution.
void bind(SqliteStatement &st, int index, BatchSource *source);

/**
 * Runs st, a statement over qs_batch(?1) with the source id at ?2, once for rows (nothing when there are none),
 * and unbinds rows again, so that the statement holds no pointer to them after the call. A failure is the
 * statement's error with what ("updating rollup pairs") in front.
 */
Result<void> run(SqliteStatement &st, BatchSource *rows, qint64 sourceId, const QString &what);

} // namespace BatchTable

} // namespace QuotaScope
