#include "store/sourcerepository.h"

#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace QuotaScope {

namespace {

QString backingName(SourceInfo::Backing b)
{
    return b == SourceInfo::Backing::Aggregate ? QStringLiteral("aggregate") : QStringLiteral("records");
}

Error queryError(sqlite3 *db, const QString &what)
{
    return Error(
        QCoreApplication::translate("SourceRepository", "cache: %1: %2").arg(what, SqliteStatement::lastError(db)),
        Error::Kind::Database);
}

// Earliest and latest data of one source. The first and last UTC days come from the totals' daily rows, the
// buckets from that day's 15-minute totals; for record-backed sources the exact first/last record is then looked up
// inside the edge buckets. (min(bucket) over every 15-minute total of the source took a few ms at ten million
// requests, on every call.)
void fillSpan(sqlite3 *db, SourceInfo *s)
{
    SqliteStatement q;
    // Every rollup row has a dimension-0 (totals) row in rollup_keys, and each of those its day in rollup_days.
    // Per type, as both tables' keys go (dimension, type, day or bucket, ...).
    if (!q.prepare(db,
            "SELECT (SELECT min((SELECT min(bucket) FROM rollup_keys k WHERE k.dimension = 0 AND k.type = d.type AND "
            "k.bucket >= d.first AND k.bucket < d.first + 86400 AND k.source_id = ?1)) FROM (SELECT type, min(day) AS "
            "first FROM rollup_days WHERE dimension = 0 AND source_id = ?1 GROUP BY type) d), (SELECT max((SELECT "
            "max(bucket) FROM rollup_keys k WHERE k.dimension = 0 AND k.type = d.type AND k.bucket >= d.last AND "
            "k.bucket < d.last + 86400 AND k.source_id = ?1)) FROM (SELECT type, max(day) AS last FROM rollup_days "
            "WHERE dimension = 0 AND source_id = ?1 GROUP BY type) d)"))
        return;
    q.bind(1, s->id);
    if (!q.step() || q.isNull(0))
        return;
    const qint64 firstBucket = q.int64(0);
    const qint64 lastBucket = q.int64(1);
    s->firstAt = firstBucket;
    s->lastAt = lastBucket;
    if (s->backing != SourceInfo::Backing::Records)
        return;
    const auto edge = [&](const char *sql, qint64 bucket, qint64 *out) {
        SqliteStatement e;
        if (!e.prepare(db, sql))
            return;
        e.bind(1, s->id);
        e.bind(2, bucket);
        e.bind(3, bucket + 900);
        if (e.step() && !e.isNull(0))
            *out = e.int64(0);
    };
    edge("SELECT min(created_at) FROM usage_records WHERE source_id = ?1 AND created_at >= ?2 AND created_at < ?3",
        firstBucket, &s->firstAt);
    edge("SELECT max(created_at) FROM usage_records WHERE source_id = ?1 AND created_at >= ?2 AND created_at < ?3",
        lastBucket, &s->lastAt);
}

SourceInfo sourceFrom(const SqliteStatement &q)
{
    SourceInfo s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.kind = q.text(2);
    s.backing = q.text(3) == QLatin1String("aggregate") ? SourceInfo::Backing::Aggregate : SourceInfo::Backing::Records;
    s.createdAt = q.int64(4);
    s.recordCount = q.int64(5);
    s.meta = QJsonDocument::fromJson(q.text(6).toUtf8()).object();
    return s;
}

const QByteArray SourceColumns = "SELECT id, name, kind, backing, created_at, record_count, meta FROM sources ";

} // namespace

SourceRepository::SourceRepository(sqlite3 *db)
    : m_db(db)
{ }

Result<qint64> SourceRepository::ensure(const QString &name, const QString &kind, SourceInfo::Backing backing)
{
    if (name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("SourceRepository", "a source needs a name"), Error::Kind::Usage);
    SqliteStatement q;
    if (!q.prepare(m_db, "SELECT id, backing FROM sources WHERE name = ?1"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
    q.bind(1, name);
    if (q.step()) {
        const QString stored = q.text(1);
        if (stored != backingName(backing)) {
            return Error(QCoreApplication::translate("SourceRepository",
                             "source \"%1\" holds %2 data and cannot also take %3 data; mixing them "
                             "would count usage twice. Use another source name.")
                             .arg(name,
                                 stored == QLatin1String("aggregate")
                                     ? QCoreApplication::translate("SourceRepository", "hourly aggregate")
                                     : QCoreApplication::translate("SourceRepository", "per-request"),
                                 backing == SourceInfo::Backing::Aggregate
                                     ? QCoreApplication::translate("SourceRepository", "hourly aggregate")
                                     : QCoreApplication::translate("SourceRepository", "per-request")),
                Error::Kind::Usage);
        }
        return q.int64(0);
    }
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
    SqliteStatement insert;
    if (!insert.prepare(m_db, "INSERT INTO sources(name, kind, backing, created_at) VALUES (?1, ?2, ?3, ?4)"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "adding source \"%1\"").arg(name));
    insert.bind(1, name);
    insert.bind(2, kind);
    insert.bind(3, backingName(backing));
    insert.bind(4, QDateTime::currentSecsSinceEpoch());
    insert.step();
    if (!insert.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "adding source \"%1\"").arg(name));
    return SqliteStatement::lastInsertId(m_db);
}

Result<QList<SourceInfo>> SourceRepository::list() const
{
    SqliteStatement q;
    if (!q.prepare(m_db, SourceColumns + "ORDER BY name"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
    QList<SourceInfo> out;
    while (q.step())
        out.append(sourceFrom(q));
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
    for (SourceInfo &s : out)
        fillSpan(m_db, &s);
    return out;
}

Result<SourceInfo> SourceRepository::byName(const QString &name) const
{
    SqliteStatement q;
    if (!q.prepare(m_db, SourceColumns + "WHERE name = ?1"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
    q.bind(1, name);
    if (!q.step()) {
        if (!q.ok())
            return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sources"));
        return Error(QCoreApplication::translate("SourceRepository", "no source named \"%1\" in the cache").arg(name),
            Error::Kind::Usage);
    }
    SourceInfo s = sourceFrom(q);
    fillSpan(m_db, &s);
    return s;
}

Result<QHash<qint64, QString>> SourceRepository::names() const
{
    const auto sources = list();
    if (!sources)
        return sources.error();
    QHash<qint64, QString> out;
    for (const SourceInfo &s : sources.value())
        out.insert(s.id, s.name);
    return out;
}

Result<void> SourceRepository::remove(qint64 id)
{
    if (!SqliteStatement::exec(m_db, "BEGIN IMMEDIATE"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "removing a source"));
    const auto failed = [this]() {
        const Error e = queryError(m_db, QCoreApplication::translate("SourceRepository", "removing a source"));
        SqliteStatement::exec(m_db, "ROLLBACK");
        return e;
    };
    for (const char *table :
        { "usage_records", "rollups", "rollup_keys", "rollup_pairs", "rollup_pair_days", "rollup_days", "rollup_zone_days", "minute_counts",
            "minute_keys",
            "perf_rollups", "latency_bins",
            "sync_state", "import_history", "balance_history", "sources" }) {
        SqliteStatement q;
        const QByteArray column = qstrcmp(table, "sources") == 0 ? "id" : "source_id";
        if (!q.prepare(m_db, "DELETE FROM " + QByteArray(table) + " WHERE " + column + " = ?1"))
            return failed();
        q.bind(1, id);
        q.step();
        if (!q.ok())
            return failed();
    }
    if (!SqliteStatement::exec(m_db, "COMMIT"))
        return failed();
    return {};
}

Result<void> SourceRepository::setMeta(qint64 id, const QJsonObject &meta)
{
    SqliteStatement q;
    if (!q.prepare(m_db, "UPDATE sources SET meta = ?1 WHERE id = ?2"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving source details"));
    q.bindText(1, QJsonDocument(meta).toJson(QJsonDocument::Compact));
    q.bind(2, id);
    q.step();
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving source details"));
    if (q.changes() == 0)
        return Error(QCoreApplication::translate("SourceRepository", "no source with id %1 in the cache").arg(id),
            Error::Kind::Usage);
    return {};
}

Result<void> SourceRepository::rename(qint64 id, const QString &name)
{
    const auto failed = [&]() {
        return queryError(
            m_db, QCoreApplication::translate("SourceRepository", "renaming source %1 to \"%2\"").arg(id).arg(name));
    };
    SqliteStatement q;
    if (!q.prepare(m_db, "UPDATE sources SET name = ?1 WHERE id = ?2"))
        return failed();
    q.bind(1, name);
    q.bind(2, id);
    q.step();
    if (!q.ok())
        return failed();
    if (q.changes() == 0)
        return Error(QCoreApplication::translate("SourceRepository", "no source with id %1 in the cache").arg(id),
            Error::Kind::Usage);
    return {};
}

Result<QString> SourceRepository::state(qint64 id, const QString &key) const
{
    SqliteStatement q;
    if (!q.prepare(m_db, "SELECT value FROM sync_state WHERE source_id = ?1 AND key = ?2"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sync state"));
    q.bind(1, id);
    q.bind(2, key);
    if (q.step())
        return q.text(0);
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading sync state"));
    return QString();
}

Result<qint64> SourceRepository::recordsBelowGatewayId(qint64 sourceId, qint64 id) const
{
    SqliteStatement q;
    if (!q.prepare(m_db, "SELECT count(*) FROM usage_records WHERE source_id = ?1 AND gateway_id > 0 AND gateway_id < ?2"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "counting records"));
    q.bind(1, sourceId);
    q.bind(2, id);
    if (q.step())
        return q.int64(0);
    return queryError(m_db, QCoreApplication::translate("SourceRepository", "counting records"));
}

Result<void> SourceRepository::setState(qint64 id, const QString &key, const QString &value)
{
    SqliteStatement q;
    if (!q.prepare(m_db,
            "INSERT INTO sync_state(source_id, key, value) VALUES (?1, ?2, ?3) "
            "ON CONFLICT(source_id, key) DO UPDATE SET value = excluded.value"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving sync state"));
    q.bind(1, id);
    q.bind(2, key);
    q.bind(3, value);
    q.step();
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving sync state"));
    return {};
}

Result<qint64> SourceRepository::addHistory(const ImportHistoryEntry &e)
{
    SqliteStatement q;
    if (!q.prepare(m_db,
            "INSERT INTO import_history(source_id, what, format, started_at, finished_at, rows_read, "
            "added, duplicates, skipped, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving import history"));
    q.bind(1, e.sourceId);
    q.bind(2, e.what);
    q.bind(3, e.format);
    q.bind(4, e.startedAt);
    q.bind(5, e.finishedAt);
    q.bind(6, e.rowsRead);
    q.bind(7, e.added);
    q.bind(8, e.duplicates);
    q.bind(9, e.skipped);
    q.bind(10, e.error);
    q.step();
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "saving import history"));
    return SqliteStatement::lastInsertId(m_db);
}

Result<QList<ImportHistoryEntry>> SourceRepository::history(qint64 sourceId) const
{
    QByteArray sql = "SELECT id, source_id, what, format, started_at, finished_at, rows_read, added, duplicates, "
                     "skipped, error FROM import_history";
    if (sourceId != 0)
        sql += " WHERE source_id = ?1";
    sql += " ORDER BY started_at DESC, id DESC";
    SqliteStatement q;
    if (!q.prepare(m_db, sql))
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading import history"));
    if (sourceId != 0)
        q.bind(1, sourceId);
    QList<ImportHistoryEntry> out;
    while (q.step()) {
        ImportHistoryEntry e;
        e.id = q.int64(0);
        e.sourceId = q.int64(1);
        e.what = q.text(2);
        e.format = q.text(3);
        e.startedAt = q.int64(4);
        e.finishedAt = q.int64(5);
        e.rowsRead = q.int64(6);
        e.added = q.int64(7);
        e.duplicates = q.int64(8);
        e.skipped = q.int64(9);
        e.error = q.text(10);
        out.append(e);
    }
    if (!q.ok())
        return queryError(m_db, QCoreApplication::translate("SourceRepository", "reading import history"));
    return out;
}

} // namespace QuotaScope
