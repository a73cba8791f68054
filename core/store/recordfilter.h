#pragma once

#include "model/query.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

namespace QuotaScope {

/**
 * A Filter as an SQL condition on usage_records (raw records store names as text), with its bind values.
 * Shared by the log table query and the peak-RPM scan so that both count exactly the same records.
 */
class RecordFilter
{
public:
    /// Records with created_at in [from, to) matching filter; withTypes false ignores filter.types.
    RecordFilter(qint64 from, qint64 to, const Filter &filter, bool withTypes = true);

    /// " WHERE ..." using ?1..?N.
    QByteArray where() const { return m_where; }
    /// Binds the values of where(); further parameters start at nextIndex().
    void bind(SqliteStatement &st) const;
    int nextIndex() const { return int(m_values.size()) + 1; }

private:
    QByteArray placeholder(const QVariant &value);
    QByteArray textList(const QStringList &values);
    QByteArray m_where;
    QList<QVariant> m_values;
};

} // namespace QuotaScope
