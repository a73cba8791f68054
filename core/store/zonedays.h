#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace QuotaScope {

/**
 * Daily rollups in a display zone (schema version 10): the key rows (RollupSql::keyRows()) summed per local day of a
 * named zone, kept for the days a report has asked for. rollup_days serves whole UTC days; a zone whose days start at
 * another hour
 * (+08:00, +05:30, every zone east or west of UTC) has no whole UTC day inside its display days, so its reports
 * read every 15-minute row: 2 million for a ranking of 2,000 tokens over 30 days. Here the same ranking reads one
 * row per key and local day.
 *
 * The tables are a cache of the key rows, filled on first use and kept honest by the writers:
 * - rollup_zone_days_done lists the (zone, dimension, local day) whose rows are complete, with the day's end;
 * - every change to the key rows forgets the days that overlap it (invalidate(): the writer's daily sink, an
 *   aggregate source's replaced hours, a rebuild), so a later report derives them again;
 * - removing a source deletes its rows, which leaves the other sources' sums right.
 * `day` and `day_end` are UTC seconds, so a day of any length (23 or 25 hours across a DST change) is one row.
 */
namespace ZoneDays {

/// The version-10 tables.
std::vector<const char *> schema();

/// Forgets every zone's days that overlap the 15-minute buckets [firstBucket, lastBucket].
Result<void> invalidate(sqlite3 *db, qint64 firstBucket, qint64 lastBucket);

/// Forgets every day and its rows (the key rows were rebuilt); nothing before the tables exist.
Result<void> invalidateAll(sqlite3 *db);

/**
 * Makes sure rollup_zone_days holds the key rows of `dimension` (every type in types) for each local day of
 * zone: days are the day starts, ascending, the last ending at end. Derives the days not yet done from
 * the key rows in one write transaction, a few days at a time. Returns the zone's id, to select its rows by, or
 * nullopt when the cache cannot be written now (inside another transaction); the caller then reads the key rows.
 */
Result<std::optional<qint64>> prepare(sqlite3 *db, const QByteArray &zone, int dimension, const QList<qint64> &types,
    const QList<qint64> &days, qint64 end);

/// Adds one line per stored row of a done day that disagrees with the key rows (sources selected by sourcesSql,
/// which may use ?1, bound to sourceId when it is not 0) to details (up to maxDetails); returns the count.
Result<qint64> verify(sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails);

} // namespace ZoneDays

} // namespace QuotaScope
