#pragma once

#include "store/sqlitestatement.h"
#include "support/result.h"

#include <QHash>
#include <QString>

namespace QuotaScope {

/**
 * Maps dimension strings (model, user, token, channel and group names) to the small integers that rollup
 * rows store. Id 0 is the empty string. Lookups are cached; the cache is bounded so that memory does not
 * grow with the size of an import.
 */
class DimensionDictionary
{
public:
    explicit DimensionDictionary(sqlite3 *db);

    /// The id of value, adding it when new (call inside the writer's transaction).
    Result<qint64> intern(const QString &value);
    /// The id of value, or -1 when the cache has never stored it.
    Result<qint64> find(const QString &value);
    /// The string for an id (empty for unknown ids).
    Result<QString> value(qint64 id);

private:
    /// The slot of recent() that a string's text would take.
    struct Recent
    {
        QString value; ///< held, so that its text can neither change nor be freed while it is here
        qint64 id = -1;
    };
    static constexpr int RecentSlots = 64;
    Recent &recent(const QString &value);
    /// Remembers value's id by where its text is (see find()).
    void remember(const QString &value, qint64 id);

    sqlite3 *m_db;
    SqliteStatement m_select;
    SqliteStatement m_insert;
    SqliteStatement m_byId;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_values;
    Recent m_recent[RecentSlots];
};

} // namespace QuotaScope
