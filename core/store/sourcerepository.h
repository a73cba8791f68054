#pragma once

#include "support/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

struct sqlite3;

namespace QuotaScope {

/** A source of usage: a gateway profile, or a set of imported files. */
struct SourceInfo
{
    enum class Backing { Records, Aggregate };

    qint64 id = 0;
    QString name;
    QString kind;             ///< "file", "newapi", "oneapi", "gateway-db"
    Backing backing = Backing::Records;
    qint64 createdAt = 0;
    qint64 recordCount = 0;   ///< raw records (0 for aggregate sources)
    qint64 firstAt = 0;       ///< earliest record / bucket, UTC seconds (0 when empty)
    qint64 lastAt = 0;
    QJsonObject meta;         ///< e.g. the gateway's currency display, last /api/user/self answer
};

/** Import history rows (one per imported file or sync run). */
struct ImportHistoryEntry
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString what;   ///< file path or URL (never a token)
    QString format;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 rowsRead = 0, added = 0, duplicates = 0, skipped = 0;
    QString error;  ///< empty on success
};

class SourceRepository
{
public:
    explicit SourceRepository(sqlite3 *db);

    /// Finds a source by name or creates it. A name that exists with another backing is refused: a source is
    /// either record-backed or aggregate-backed, never both, so nothing is counted twice.
    Result<qint64> ensure(const QString &name, const QString &kind, SourceInfo::Backing backing);
    Result<QList<SourceInfo>> list() const;
    /// Every source's name by id (reports grouped by source show names).
    Result<QHash<qint64, QString>> names() const;
    Result<SourceInfo> byName(const QString &name) const;
    /// Removes the source with its records, rollups, sync state and history.
    Result<void> remove(qint64 id);

    Result<void> setMeta(qint64 id, const QJsonObject &meta);
    /// Gives the source a new name (a renamed gateway profile keeps its history); refused when the name is taken.
    Result<void> rename(qint64 id, const QString &name);

    /// Sync cursors and other per-source state (key/value).
    Result<QString> state(qint64 id, const QString &key) const;
    Result<void> setState(qint64 id, const QString &key, const QString &value);

    /// Records of the source with a gateway log id below id: what the cache keeps of logs the gateway pruned.
    Result<qint64> recordsBelowGatewayId(qint64 sourceId, qint64 id) const;

    Result<qint64> addHistory(const ImportHistoryEntry &entry);
    Result<QList<ImportHistoryEntry>> history(qint64 sourceId = 0) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
