#pragma once

#include "model/query.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace QuotaScope {

/**
 * Raw request records as new-api Log rows (the gateway's field names), so an export reads back with `import`
 * and in any tool that knows the gateway's logs. Used by `quotascope-cli export` and the dashboard's log export.
 */
namespace RecordExport {

enum class Format { Csv, Jsonl };

/// The CSV header, in column order.
const QStringList &csvColumns();

/// Called with (written, total) now and then; returning false cancels the export.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Writes every record in [from, to) matching filter, oldest first, to out: CSV (with header; text cells
 * neutralised against spreadsheet formulas) or JSONL. Returns the number of records written; an Error of kind
 * Cancelled when progress asked to stop.
 */
Result<qint64> write(sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Format format, QIODevice *out,
    const Progress &progress = {});

} // namespace RecordExport
} // namespace QuotaScope
