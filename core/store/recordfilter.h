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
    /// The same, narrowed to records whose tokens were estimated from text on import, in a form that reads the
    /// partial index of those records (schema 7) source by source: what a range costs is the estimated records
    /// in it, never the range's other records.
    static RecordFilter estimated(qint64 from, qint64 to, const Filter &filter);
    /// How the import marks such a record in `other` (see estimateMissingTokens in rowmapper.cpp), in the exact
    /// compact form that estimated() and the partial index usage_records_estimated look for.
    static constexpr char EstimatedMark[] = "\"estimated_tokens\":true";

    /// Narrows to records whose request id is requestId (exact) and in which text occurs (case-insensitive for
    /// ASCII, in user, token, model, channel, group, request id, IP or content). Empty strings add nothing.
    void addSearch(const QString &requestId, const QString &text);
    /// Adds a raw condition (with its own ?N placeholders taken from nextIndex()); values bound by the caller.
    void addTerm(const QByteArray &term) { m_terms << term; }

    /// " WHERE ..." using ?1..?N.
    QByteArray where() const { return " WHERE " + m_terms.join(" AND "); }
    /// Binds the values of where(); further parameters start at nextIndex().
    void bind(SqliteStatement &st) const;
    int nextIndex() const { return int(m_values.size()) + 1; }

private:
    QByteArray placeholder(const QVariant &value);
    QByteArray textList(const QStringList &values);
    QList<QByteArray> m_terms;
    QList<QVariant> m_values;
};

} // namespace QuotaScope
