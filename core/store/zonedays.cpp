#include "store/zonedays.h"

#include "model/counters.h"
#include "store/batchtable.h"
#include "store/rollupsql.h"
#include "store/sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace QuotaScope {

namespace {

/// Days derived per step: a week of 2,000 keys holds about 14,000 rows, a small map.
constexpr qsizetype DaysPerStep = 7;

using RollupSql::idList;

struct RowKey
{
    qint64 day = 0;
    qint64 type = 0;
    qint64 sourceId = 0;
    qint64 key = 0;
    auto tie() const { return std::tie(day, type, sourceId, key); }
    bool operator==(const RowKey &o) const { return tie() == o.tie(); }
};

struct RowKeyHash
{
    size_t operator()(const RowKey &k) const
    {
        size_t h = std::hash<qint64>()(k.key);
        for (qint64 v : { k.day, k.type, k.sourceId })
            h = h * 1000003u ^ std::hash<qint64>()(v);
        return h;
    }
};

/// The rollback-on-failure of prepare()'s write transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(sqlite3 *db)
        : m_db(db)
    { }
    ~WriteTransaction()
    {
        if (m_open)
            (void)SqliteStatement::exec(m_db, "ROLLBACK");
    }
    Result<void> begin()
    {
        auto r = SqliteStatement::exec(m_db, "BEGIN IMMEDIATE");
        m_open = bool(r);
        return r;
    }
    Result<void> commit()
    {
        auto r = SqliteStatement::exec(m_db, "COMMIT");
        if (r)
            m_open = false;
        return r;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

/// The zone's id, or 0 when it has none yet.
Result<qint64> zoneId(sqlite3 *db, const QByteArray &zone)
{
    SqliteStatement st;
    if (auto r = st.prepare(db, "SELECT id FROM rollup_zones WHERE name = ?1"); !r)
        return r.error();
    st.bindText(1, zone);
    if (st.step())
        return st.int64(0);
    if (!st.ok())
        return st.error(QStringLiteral("reading display zones"));
    return qint64(0);
}

/// The days of [from, to) that are done for (zone, dimension).
Result<QList<qint64>> doneDays(sqlite3 *db, qint64 zone, int dimension, qint64 from, qint64 to)
{
    SqliteStatement st;
    if (auto r = st.prepare(db,
            "SELECT day FROM rollup_zone_days_done WHERE zone = ?1 AND dimension = ?2 AND day >= ?3 AND day < ?4 "
            "ORDER BY day");
        !r)
        return r.error();
    st.bind(1, zone);
    st.bind(2, dimension);
    st.bind(3, from);
    st.bind(4, to);
    QList<qint64> days;
    while (st.step())
        days << st.int64(0);
    if (!st.ok())
        return st.error(QStringLiteral("reading display-zone days"));
    return days;
}

/// Derives days [first, last) of `days` (whose ends are the next start, or end) from the key rows.
Result<void> derive(sqlite3 *db, qint64 zone, int dimension, const QList<qint64> &types, const QList<qint64> &days,
    qsizetype first, qsizetype last, qint64 end)
{
    const qint64 from = days[first];
    const qint64 to = last < days.size() ? days[last] : end;
    const QString what = QStringLiteral("deriving display-zone days");
    SqliteStatement del;
    if (auto r = del.prepare(
            db, "DELETE FROM rollup_zone_days WHERE zone = ?1 AND dimension = ?2 AND day >= ?3 AND day < ?4");
        !r)
        return r;
    del.bind(1, zone);
    del.bind(2, dimension);
    del.bind(3, from);
    del.bind(4, to);
    del.step();
    if (!del.ok())
        return del.error(what);

    std::unordered_map<RowKey, Counters, RowKeyHash> sums;
    SqliteStatement read;
    if (auto r = read.prepare(db,
            "SELECT type, bucket, source_id, key, " + RollupSql::counterColumns() + " FROM "
                + RollupSql::keyRows("dimension = ?1 AND type IN (" + idList(types) + ")", std::pair { from, to }));
        !r)
        return r;
    read.bind(1, dimension);
    const auto dayBegin = days.cbegin() + first;
    const auto dayEnd = days.cbegin() + last;
    while (read.step()) {
        const qint64 bucket = read.int64(1);
        const qint64 day = *(std::upper_bound(dayBegin, dayEnd, bucket) - 1);
        if (!sums[RowKey { day, read.int64(0), read.int64(2), read.int64(3) }].add(RollupSql::countersAt(read, 4)))
            return RollupSql::sumOverflow();
    }
    if (!read.ok())
        return read.error(what);

    // In primary-key order, so that SQLite writes each page once.
    std::vector<std::pair<RowKey, Counters>> rows(sums.cbegin(), sums.cend());
    sums.clear();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
    // One INSERT over the rows held in memory (qs_batch), the zone id at ?2 where BatchTable::run binds an id.
    IntRows batch(11);
    for (const auto &[k, c] : rows) {
        qint64 *v = batch.append();
        for (qint64 x : { k.day, k.type, k.sourceId, k.key, c.requests, c.quota, c.promptTokens, c.completionTokens,
                 c.cacheReadTokens, c.cacheWriteTokens, c.unsplitTokens })
            *v++ = x;
    }
    rows.clear();
    SqliteStatement insert;
    auto prepared = BatchTable::install(db);
    if (prepared) {
        prepared = insert.prepare(db,
            "INSERT INTO rollup_zone_days(zone, dimension, day, type, source_id, key, " + RollupSql::counterColumns()
                + ") SELECT ?2, " + QByteArray::number(dimension)
                + ", c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10 FROM qs_batch(?1)");
    }
    if (!prepared)
        return prepared;
    if (auto r = BatchTable::run(insert, &batch, zone, what); !r)
        return r;
    SqliteStatement done;
    if (auto r = done.prepare(
            db, "INSERT OR REPLACE INTO rollup_zone_days_done(zone, dimension, day, day_end) VALUES(?1, ?2, ?3, ?4)");
        !r)
        return r;
    for (qsizetype i = first; i < last; ++i) {
        done.reset();
        done.bind(1, zone);
        done.bind(2, dimension);
        done.bind(3, days[i]);
        done.bind(4, i + 1 < days.size() ? days[i + 1] : end);
        done.step();
        if (!done.ok())
            return done.error(what);
    }
    return {};
}

} // namespace

std::vector<const char *> ZoneDays::schema()
{
    return {
        "CREATE TABLE IF NOT EXISTS rollup_zones(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS rollup_zone_days("
        " zone INTEGER NOT NULL,"
        " dimension INTEGER NOT NULL,"
        " day INTEGER NOT NULL,"
        " type INTEGER NOT NULL,"
        " source_id INTEGER NOT NULL,"
        " key INTEGER NOT NULL,"
        " requests INTEGER NOT NULL,"
        " quota INTEGER NOT NULL,"
        " prompt_tokens INTEGER NOT NULL,"
        " completion_tokens INTEGER NOT NULL,"
        " cache_read_tokens INTEGER NOT NULL,"
        " cache_write_tokens INTEGER NOT NULL,"
        " unsplit_tokens INTEGER NOT NULL,"
        " PRIMARY KEY(zone, dimension, day, type, source_id, key)"
        ") WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS rollup_zone_days_done("
        " zone INTEGER NOT NULL,"
        " dimension INTEGER NOT NULL,"
        " day INTEGER NOT NULL,"
        " day_end INTEGER NOT NULL,"
        " PRIMARY KEY(zone, dimension, day)"
        ") WITHOUT ROWID",
    };
}

Result<void> ZoneDays::invalidate(sqlite3 *db, qint64 firstBucket, qint64 lastBucket)
{
    SqliteStatement st;
    if (auto r = st.prepare(db, "DELETE FROM rollup_zone_days_done WHERE day <= ?2 AND day_end > ?1"); !r)
        return r;
    st.bind(1, firstBucket);
    st.bind(2, lastBucket);
    st.step();
    if (!st.ok())
        return st.error(QStringLiteral("forgetting display-zone days"));
    return {};
}

Result<void> ZoneDays::invalidateAll(sqlite3 *db)
{
    // Migrations older than version 10 rebuild rollups before these tables exist.
    const auto exists = RollupSql::tableExists(db, "rollup_zone_days_done");
    if (!exists)
        return exists.error();
    if (!exists.value())
        return {};
    if (auto r = SqliteStatement::exec(db, "DELETE FROM rollup_zone_days_done"); !r)
        return r;
    return SqliteStatement::exec(db, "DELETE FROM rollup_zone_days");
}

Result<std::optional<qint64>> ZoneDays::prepare(sqlite3 *db, const QByteArray &zone, int dimension,
    const QList<qint64> &types, const QList<qint64> &days, qint64 end)
{
    using Answer = std::optional<qint64>;
    if (days.isEmpty() || types.isEmpty() || zone.isEmpty())
        return Answer();
    // Already done: no write at all.
    auto id = zoneId(db, zone);
    if (!id)
        return id.error();
    if (id.value() != 0) {
        const auto done = doneDays(db, id.value(), dimension, days.constFirst(), end);
        if (!done)
            return done.error();
        if (done.value() == days)
            return Answer(id.value());
    }
    // Inside a caller's transaction the days cannot be written now.
    if (!sqlite3_get_autocommit(db))
        return Answer();
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    {
        SqliteStatement add;
        if (auto r = add.prepare(db, "INSERT OR IGNORE INTO rollup_zones(name) VALUES(?1)"); !r)
            return r.error();
        add.bindText(1, zone);
        add.step();
        if (!add.ok())
            return add.error(QStringLiteral("adding a display zone"));
    }
    id = zoneId(db, zone);
    if (!id)
        return id.error();
    const auto done = doneDays(db, id.value(), dimension, days.constFirst(), end);
    if (!done)
        return done.error();
    // A done day that is not one of these days (the zone's rules changed since it was derived) goes, rows and
    // all, so that nothing in the range is counted twice.
    for (qint64 day : done.value()) {
        if (std::binary_search(days.cbegin(), days.cend(), day))
            continue;
        for (const char *sql : { "DELETE FROM rollup_zone_days WHERE zone = ?1 AND dimension = ?2 AND day = ?3",
                 "DELETE FROM rollup_zone_days_done WHERE zone = ?1 AND dimension = ?2 AND day = ?3" }) {
            SqliteStatement st;
            if (auto r = st.prepare(db, sql); !r)
                return r.error();
            st.bind(1, id.value());
            st.bind(2, dimension);
            st.bind(3, day);
            st.step();
            if (!st.ok())
                return st.error(QStringLiteral("forgetting display-zone days"));
        }
    }
    // Runs of missing days, at most DaysPerStep at a time.
    auto isDone = done->cbegin();
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= days.size(); ++i) {
        bool missing = false;
        if (i < days.size()) {
            while (isDone != done->cend() && *isDone < days[i])
                ++isDone;
            missing = isDone == done->cend() || *isDone != days[i];
        }
        if (missing && runStart < 0)
            runStart = i;
        if (runStart >= 0 && (!missing || i - runStart == DaysPerStep)) {
            if (auto r = derive(db, id.value(), dimension, types, days, runStart, i, end); !r)
                return r.error();
            runStart = missing ? i : -1;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return Answer(id.value());
}

Result<qint64> ZoneDays::verify(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails)
{
    // The key rows (RollupSql::keyRows()) of each done day: rollup_keys' for the dimensions it stores, rollup_pairs'
    // (summed over the model by the GROUP BY) for the others, each seeking the day along its primary key.
    const QByteArray sources = " IN (" + sourcesSql + ")";
    const QByteArray storedDimensions = QByteArray::number(RollupSql::StoredKeyDimensions);
    const QByteArray implied = "SELECT zone, dimension, day, type, source_id, key, " + RollupSql::counterSums()
        + " FROM (SELECT d.zone, d.dimension, d.day, k.type, k.source_id, k.key, " + RollupSql::counterColumns()
        + " FROM rollup_zone_days_done d JOIN rollup_keys k ON k.dimension = d.dimension AND k.bucket >= d.day AND "
          "k.bucket < d.day_end WHERE d.dimension < "
        + storedDimensions + " AND k.source_id" + sources
        + " UNION ALL SELECT d.zone, d.dimension, d.day, p.type, p.source_id, p.key, " + RollupSql::counterColumns()
        + " FROM rollup_zone_days_done d JOIN rollup_pairs p ON p.dimension = d.dimension AND p.day >= d.day / 86400 "
          "AND p.day <= (d.day_end - 1) / 86400 AND p.bucket >= d.day AND p.bucket < d.day_end WHERE d.dimension >= "
        + storedDimensions + " AND p.source_id" + sources + ") GROUP BY 1, 2, 3, 4, 5, 6";
    const QByteArray stored = "SELECT z.zone, z.dimension, z.day, z.type, z.source_id, z.key, "
        + RollupSql::counterColumns()
        + " FROM rollup_zone_days z JOIN rollup_zone_days_done d USING (zone, dimension, day) WHERE z.source_id IN ("
        + sourcesSql + ")";
    return RollupSql::compare(
        db, "from the key rows", { implied + RollupSql::orderBy(1, 6) }, "rollup_zone_days",
        stored + RollupSql::orderBy(1, 6), 6, sourceId, details, maxDetails,
        [](const SqliteStatement &st) {
            return QStringLiteral("zone %1 dimension %2 day %3 type %4 source %5 key id %6: requests %7 quota %8")
                .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7));
        },
        QStringLiteral("verifying display-zone days"));
}

} // namespace QuotaScope
