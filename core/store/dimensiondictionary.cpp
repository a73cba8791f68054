#include "store/dimensiondictionary.h"

namespace QuotaScope {

namespace {
// Distinct names in real gateways number in the thousands; the cap only guards against pathological input.
constexpr int MaxCached = 200000;
} // namespace

DimensionDictionary::DimensionDictionary(sqlite3 *db)
    : m_db(db)
{ }

DimensionDictionary::Recent &DimensionDictionary::recent(const QString &value)
{
    return m_recent[(quintptr(value.constData()) >> 4) % RecentSlots];
}

void DimensionDictionary::remember(const QString &value, qint64 id)
{
    // The held copy keeps the text where it is and as it is: a QString that shares it detaches before a change,
    // and raw data (QString::fromRawData) must stay unchanged while a copy exists.
    recent(value) = Recent { value, id };
}

/*
 * The writer interns five names per record, and a reader hands it the same QString for the same name
 * (TextInterner): a small table by the text's address answers those without hashing and comparing the text.
 */
Result<qint64> DimensionDictionary::find(const QString &value)
{
    if (value.isEmpty())
        return qint64(0);
    const Recent &seen = recent(value);
    if (seen.value.constData() == value.constData() && seen.value.size() == value.size())
        return seen.id;
    const auto it = m_ids.constFind(value);
    if (it != m_ids.constEnd()) {
        remember(value, it.value());
        return it.value();
    }
    if (!m_select.isPrepared()) {
        const auto prepared = m_select.prepare(m_db, "SELECT id FROM dims WHERE value = ?1");
        if (!prepared)
            return prepared.error();
    }
    m_select.reset();
    m_select.bind(1, value);
    qint64 id = -1;
    if (m_select.step())
        id = m_select.int64(0);
    else if (!m_select.ok())
        return m_select.error(QStringLiteral("reading the name dictionary"));
    m_select.reset();
    if (id >= 0) {
        if (m_ids.size() >= MaxCached)
            m_ids.clear();
        m_ids.insert(value, id);
        remember(value, id);
    }
    return id;
}

Result<qint64> DimensionDictionary::intern(const QString &value)
{
    const auto found = find(value);
    if (!found || found.value() >= 0)
        return found;
    if (!m_insert.isPrepared()) {
        const auto prepared = m_insert.prepare(m_db, "INSERT INTO dims(value) VALUES (?1)");
        if (!prepared)
            return prepared.error();
    }
    m_insert.reset();
    m_insert.bind(1, value);
    m_insert.step();
    if (!m_insert.ok())
        return m_insert.error(QStringLiteral("adding to the name dictionary"));
    m_insert.reset();
    const qint64 id = SqliteStatement::lastInsertId(m_db);
    if (m_ids.size() >= MaxCached)
        m_ids.clear();
    m_ids.insert(value, id);
    remember(value, id);
    return id;
}

Result<QString> DimensionDictionary::value(qint64 id)
{
    if (id == 0)
        return QString();
    const auto it = m_values.constFind(id);
    if (it != m_values.constEnd())
        return it.value();
    if (!m_byId.isPrepared()) {
        const auto prepared = m_byId.prepare(m_db, "SELECT value FROM dims WHERE id = ?1");
        if (!prepared)
            return prepared.error();
    }
    m_byId.reset();
    m_byId.bind(1, id);
    QString v;
    if (m_byId.step())
        v = m_byId.text(0);
    else if (!m_byId.ok())
        return m_byId.error(QStringLiteral("reading the name dictionary"));
    m_byId.reset();
    if (m_values.size() >= MaxCached)
        m_values.clear();
    m_values.insert(id, v);
    return v;
}

} // namespace QuotaScope
