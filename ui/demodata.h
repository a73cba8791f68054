#pragma once

#include "ingest/importer.h"
#include "support/result.h"

#include <QDate>
#include <QTimeZone>

namespace QuotaScope {

namespace DemoData {

QString sourceName(); ///< "Demo gateway"
QString resourcePath(); ///< the embedded new-api JSONL export

/// Whole days to add so the newest demo row falls on `today` in tz (whole days keep weekday and hour
/// patterns). newestAt is the newest row's UTC time.
qint64 timeShiftFor(qint64 newestAt, const QDate &today, const QTimeZone &tz);

/**
 * Imports the embedded demo data into the "Demo gateway" source and records its currency (USD) in the
 * source meta. Rows that the shift puts after `now` (UTC seconds; 0: the current time) are left out, so the
 * demo has no requests from the future. Idempotent: rows keep their gateway ids, so a second run adds only the
 * rows whose time has come since. Blocking. dataFile defaults to the embedded copy; tests pass the file in the
 * source tree.
 */
Result<ImportSummary> import(sqlite3 *db, const QDate &today, const QTimeZone &tz,
    const QString &dataFile = resourcePath(), qint64 now = 0);

} // namespace DemoData

} // namespace QuotaScope
