#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace QuotaScope {

namespace {

QString backingName(SourceInfo::Backing b)
{
    return b == SourceInfo::Backing::Aggregate ? QStringLiteral("aggregate") : QStringLiteral("records");
}

Error queryError(const QSqlQuery &q, const QString &what)
{
    return Error(QCoreApplication::translate("SourceRepository", "cache: %1: %2").arg(what, q.lastError().text()),
        Error::Kind::Database);
}

// Earliest and latest data of one source. Rollup buckets find the span through the primary key; for
// record-backed sources the exact first/last record is then looked up inside the edge buckets.
void fillSpan(QSqlDatabase db, SourceInfo *s)
{
    QSqlQuery q(db);
    // Every rollup row has a dimension-0 (totals) row in rollup_keys: a small range instead of all rollups.
    q.prepare(QStringLiteral("SELECT min(bucket), max(bucket) FROM rollup_keys WHERE dimension = 0 AND source_id = ?"));
    q.addBindValue(s->id);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return;
    const qint64 firstBucket = q.value(0).toLongLong();
    const qint64 lastBucket = q.value(1).toLongLong();
    s->firstAt = firstBucket;
    s->lastAt = lastBucket;
    if (s->backing != SourceInfo::Backing::Records)
        return;
    q.prepare(QStringLiteral("SELECT min(created_at) FROM usage_records WHERE source_id = ? AND created_at >= ? "
                             "AND created_at < ?"));
    q.addBindValue(s->id);
    q.addBindValue(firstBucket);
    q.addBindValue(firstBucket + 900);
    if (q.exec() && q.next() && !q.value(0).isNull())
        s->firstAt = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT max(created_at) FROM usage_records WHERE source_id = ? AND created_at >= ? "
                             "AND created_at < ?"));
    q.addBindValue(s->id);
    q.addBindValue(lastBucket);
    q.addBindValue(lastBucket + 900);
    if (q.exec() && q.next() && !q.value(0).isNull())
        s->lastAt = q.value(0).toLongLong();
}

SourceInfo sourceFrom(const QSqlQuery &q)
{
    SourceInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.backing = q.value(3).toString() == QLatin1String("aggregate") ? SourceInfo::Backing::Aggregate
                                                                    : SourceInfo::Backing::Records;
    s.createdAt = q.value(4).toLongLong();
    s.recordCount = q.value(5).toLongLong();
    s.meta = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return s;
}

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char SourceColumns[] = "SELECT id, name, kind, backing, created_at, record_count, meta FROM sources ";

} // namespace

SourceRepository::SourceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<qint64> SourceRepository::ensure(const QString &name, const QString &kind, SourceInfo::Backing backing)
{
    if (name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("SourceRepository", "a source needs a name"), Error::Kind::Usage);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, backing FROM sources WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "reading sources"));
    if (q.next()) {
        const QString stored = q.value(1).toString();
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
        return q.value(0).toLongLong();
    }
    q.prepare(QStringLiteral("INSERT INTO sources(name, kind, backing, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(text(kind));
    q.addBindValue(backingName(backing));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "adding source \"%1\"").arg(name));
    return q.lastInsertId().toLongLong();
}

Result<QList<SourceInfo>> SourceRepository::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(SourceColumns) + QStringLiteral("ORDER BY name")))
        return queryError(q, QCoreApplication::translate("SourceRepository", "reading sources"));
    QList<SourceInfo> out;
    while (q.next())
        out.append(sourceFrom(q));
    for (SourceInfo &s : out)
        fillSpan(m_db, &s);
    return out;
}

Result<SourceInfo> SourceRepository::byName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(SourceColumns) + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "reading sources"));
    if (!q.next())
        return Error(QCoreApplication::translate("SourceRepository", "no source named \"%1\" in the cache").arg(name),
            Error::Kind::Usage);
    SourceInfo s = sourceFrom(q);
    fillSpan(m_db, &s);
    return s;
}

Result<void> SourceRepository::remove(qint64 id)
{
    if (!m_db.transaction())
        return Error(QCoreApplication::translate("SourceRepository", "cache: %1").arg(m_db.lastError().text()),
            Error::Kind::Database);
    QSqlQuery q(m_db);
    for (const char *table :
        { "usage_records", "rollups", "rollup_keys", "minute_counts", "sync_state", "import_history" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE source_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec()) {
            const Error e = queryError(q, QCoreApplication::translate("SourceRepository", "removing a source"));
            m_db.rollback();
            return e;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !m_db.commit()) {
        const Error e = queryError(q, QCoreApplication::translate("SourceRepository", "removing a source"));
        m_db.rollback();
        return e;
    }
    return {};
}

Result<void> SourceRepository::setMeta(qint64 id, const QJsonObject &meta)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET meta = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "saving source details"));
    if (q.numRowsAffected() == 0)
        return Error(QCoreApplication::translate("SourceRepository", "no source with id %1 in the cache").arg(id),
            Error::Kind::Usage);
    return {};
}

Result<void> SourceRepository::rename(qint64 id, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(
            q, QCoreApplication::translate("SourceRepository", "renaming source %1 to \"%2\"").arg(id).arg(name));
    if (q.numRowsAffected() == 0)
        return Error(QCoreApplication::translate("SourceRepository", "no source with id %1 in the cache").arg(id),
            Error::Kind::Usage);
    return {};
}

Result<QString> SourceRepository::state(qint64 id, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE source_id = ? AND key = ?"));
    q.addBindValue(id);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "reading sync state"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SourceRepository::setState(qint64 id, const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state(source_id, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT(source_id, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(id);
    q.addBindValue(key);
    q.addBindValue(text(value));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "saving sync state"));
    return {};
}

Result<qint64> SourceRepository::addHistory(const ImportHistoryEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_history(source_id, what, format, started_at, finished_at, "
                             "rows_read, added, duplicates, skipped, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.sourceId);
    q.addBindValue(text(e.what));
    q.addBindValue(text(e.format));
    q.addBindValue(e.startedAt);
    q.addBindValue(e.finishedAt);
    q.addBindValue(e.rowsRead);
    q.addBindValue(e.added);
    q.addBindValue(e.duplicates);
    q.addBindValue(e.skipped);
    q.addBindValue(text(e.error));
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "saving import history"));
    return q.lastInsertId().toLongLong();
}

Result<QList<ImportHistoryEntry>> SourceRepository::history(qint64 sourceId) const
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT id, source_id, what, format, started_at, finished_at, rows_read, added, "
                                 "duplicates, skipped, error FROM import_history");
    if (sourceId != 0)
        sql += QStringLiteral(" WHERE source_id = ?");
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    q.prepare(sql);
    if (sourceId != 0)
        q.addBindValue(sourceId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("SourceRepository", "reading import history"));
    QList<ImportHistoryEntry> out;
    while (q.next()) {
        ImportHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.sourceId = q.value(1).toLongLong();
        e.what = q.value(2).toString();
        e.format = q.value(3).toString();
        e.startedAt = q.value(4).toLongLong();
        e.finishedAt = q.value(5).toLongLong();
        e.rowsRead = q.value(6).toLongLong();
        e.added = q.value(7).toLongLong();
        e.duplicates = q.value(8).toLongLong();
        e.skipped = q.value(9).toLongLong();
        e.error = q.value(10).toString();
        out.append(e);
    }
    return out;
}

} // namespace QuotaScope
