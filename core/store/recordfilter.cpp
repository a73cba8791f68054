#include "store/recordfilter.h"

namespace QuotaScope {

RecordFilter RecordFilter::estimated(qint64 from, qint64 to, const Filter &filter)
{
    RecordFilter f(from, to, filter);
    // The index leads with source_id: without a source term SQLite scans the range through the time index
    // instead, reading every record of the range (half a second for a month at ten million requests).
    if (filter.sourceIds.isEmpty())
        f.addTerm("source_id IN (SELECT id FROM sources)");
    // The term is the one of the partial index usage_records_estimated.
    f.addTerm(QByteArray("instr(other, '") + EstimatedMark + "') > 0");
    return f;
}

RecordFilter::RecordFilter(qint64 from, qint64 to, const Filter &filter, bool withTypes)
{
    QList<QByteArray> &terms = m_terms;
    terms << "created_at >= " + placeholder(from) << "created_at < " + placeholder(to);
    if (!filter.sourceIds.isEmpty()) {
        QByteArray ids;
        for (qint64 id : filter.sourceIds)
            ids += (ids.isEmpty() ? "" : ", ") + QByteArray::number(id);
        terms << "source_id IN (" + ids + ")";
    }
    if (withTypes && !filter.types.isEmpty()) {
        QByteArray types;
        for (int t : filter.types)
            types += (types.isEmpty() ? "" : ", ") + QByteArray::number(t);
        terms << "type IN (" + types + ")";
    }
    const std::pair<const QStringList *, const char *> byName[] = { { &filter.users, "user_name" },
        { &filter.tokens, "token_name" }, { &filter.models, "model" }, { &filter.groups, "grp" } };
    for (const auto &[values, column] : byName) {
        if (!values->isEmpty())
            terms << QByteArray(column) + " IN (" + textList(*values) + ")";
    }
    if (!filter.channels.isEmpty()) {
        QByteArray ids;
        for (const QString &c : filter.channels) {
            bool isNumber = false;
            const qint64 id = c.toLongLong(&isNumber);
            if (isNumber)
                ids += (ids.isEmpty() ? "" : ", ") + QByteArray::number(id);
        }
        QByteArray term = "channel_name IN (" + textList(filter.channels) + ")";
        if (!ids.isEmpty())
            term = "(" + term + " OR channel_id IN (" + ids + "))";
        terms << term;
    }
}

void RecordFilter::addSearch(const QString &requestId, const QString &text)
{
    if (!requestId.trimmed().isEmpty())
        m_terms << "request_id = " + placeholder(requestId.trimmed());
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return;
    // One LIKE over the joined columns is cheaper than eight; \x1f keeps a match from spanning two columns.
    QString pattern = needle;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    m_terms << "(user_name || char(31) || token_name || char(31) || model || char(31) || channel_name || char(31) "
               "|| grp || char(31) || request_id || char(31) || ip || char(31) || content) LIKE "
            + placeholder(QLatin1Char('%') + pattern + QLatin1Char('%')) + " ESCAPE '\\'";
}

QByteArray RecordFilter::placeholder(const QVariant &value)
{
    m_values << value;
    return "?" + QByteArray::number(m_values.size());
}

QByteArray RecordFilter::textList(const QStringList &values)
{
    QByteArray out;
    for (const QString &v : values)
        out += (out.isEmpty() ? "" : ", ") + placeholder(v);
    return out;
}

void RecordFilter::bind(SqliteStatement &st) const
{
    for (int i = 0; i < m_values.size(); ++i) {
        const QVariant &v = m_values[i];
        if (v.typeId() == QMetaType::QString)
            st.bind(i + 1, v.toString());
        else
            st.bind(i + 1, v.toLongLong());
    }
}

} // namespace QuotaScope
