#include "store/minutekeys.h"

#include "store/rollupdays.h"
#include "store/rollupsql.h"

#include <algorithm>
#include <optional>

namespace QuotaScope {

namespace {

const char Columns[] = "dimension, day, key, type, minute, source_id, requests";

} // namespace

const char MinuteKeys::Schema[] = "CREATE TABLE IF NOT EXISTS minute_keys("
                                  " dimension INTEGER NOT NULL,"
                                  " day INTEGER NOT NULL,"
                                  " key INTEGER NOT NULL,"
                                  " type INTEGER NOT NULL,"
                                  " minute INTEGER NOT NULL,"
                                  " source_id INTEGER NOT NULL,"
                                  " requests INTEGER NOT NULL,"
                                  " PRIMARY KEY(dimension, day, key, type, minute, source_id)"
                                  ") WITHOUT ROWID";

QByteArray MinuteKeys::fromRecordsSql(const QByteArray &sourcesSql)
{
    // The records are read once, counted per minute and full key, then summed per dimension.
    const QByteArray counted
        = "SELECT r.type AS type, r.created_at - ((r.created_at % 60) + 60) % 60 AS minute, r.source_id AS source_id, "
          "m.id AS k1, u.id AS k2, t.id AS k3, "
        + RollupSql::channelKey("c.id", "r.channel_id")
        + " AS k4, g.id AS k5, count(*) AS n FROM usage_records r "
          "JOIN dims m ON m.value = r.model JOIN dims u ON u.value = r.user_name JOIN dims t ON t.value = "
          "r.token_name JOIN dims c ON c.value = r.channel_name JOIN dims g ON g.value = r.grp WHERE r.source_id IN ("
        + sourcesSql + ") GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";
    QByteArrayList derived;
    for (int d : Dimensions) {
        const QByteArray k = "k" + QByteArray::number(d);
        derived << "SELECT " + QByteArray::number(d) + ", minute - ((minute % 86400) + 86400) % 86400, " + k
                + ", type, minute, source_id, sum(n) FROM counted GROUP BY " + k + ", type, minute, source_id";
    }
    return "WITH counted AS MATERIALIZED (" + counted + ") SELECT * FROM (" + derived.join(" UNION ALL ") + ")";
}

Result<void> MinuteKeys::rebuild(sqlite3 *db, const QByteArray &sourcesSql)
{
    return RollupSql::replaceForSources(db, "minute_keys", Columns,
        fromRecordsSql(sourcesSql) + RollupSql::orderBy(1, 6), sourcesSql, QStringLiteral("rebuilding minute counts per key"));
}

Result<qint64> MinuteKeys::verify(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails)
{
    // One ORDER BY over the dimensions' union: the records are counted once (MATERIALIZED) for all five.
    return RollupSql::compare(db, "from records", { fromRecordsSql(sourcesSql) + RollupSql::orderBy(1, 6) },
        "minute_keys",
        "SELECT " + QByteArray(Columns) + " FROM minute_keys WHERE source_id IN (" + sourcesSql + ")"
            + RollupSql::orderBy(1, 6),
        6, sourceId,
        details, maxDetails,
        [](const SqliteStatement &st) {
            return QStringLiteral("dimension %1 key id %2 type %3 minute %4 source %5: requests %6")
                .arg(st.text(0), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6));
        },
        QStringLiteral("verifying minute counts per key"));
}

MinuteKeySink::MinuteKeySink(sqlite3 *db, DimensionDictionary *dims)
    : m_db(db)
    , m_channelKeys(dims)
{ }

Result<void> MinuteKeySink::add(int type, qint64 createdAt, qint64 model, qint64 user, qint64 token,
    qint64 channelId, qint64 channelName, qint64 group)
{
    const auto channel = m_channelKeys.key(channelId, channelName);
    if (!channel)
        return channel.error();
    const qint64 minute = createdAt - ((createdAt % 60) + 60) % 60;
    const qint64 day = RollupDays::dayStart(minute);
    const qint64 keys[] = { model, user, token, channel.value(), group };
    for (int i = 0; i < 5; ++i)
        m_rows.push_back(Row { MinuteKeys::Dimensions[i], day, keys[i], type, minute });
    return {};
}

Result<void> MinuteKeySink::flush(qint64 sourceId)
{
    if (m_rows.empty())
        return {};
    if (!m_upsert.isPrepared()) {
        auto r = BatchTable::install(m_db);
        if (r) {
            r = m_upsert.prepare(m_db,
                "INSERT INTO minute_keys(" + QByteArray(Columns)
                    + ") SELECT c0, c1, c2, c3, c4, ?2, c5 FROM qs_batch(?1) WHERE true ON CONFLICT(dimension, day, "
                      "key, type, minute, source_id) DO UPDATE SET requests = requests + excluded.requests");
        }
        if (!r)
            return r;
    }
    // Counted and in primary-key order, so that SQLite writes each page it visits once.
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.tie() < b.tie(); });
    m_batch.clear();
    for (size_t i = 0; i < m_rows.size();) {
        size_t end = i + 1;
        while (end < m_rows.size() && m_rows[end].tie() == m_rows[i].tie())
            ++end;
        const Row &k = m_rows[i];
        qint64 *v = m_batch.append();
        for (qint64 x : { qint64(k.dimension), k.day, k.key, qint64(k.type), k.minute, qint64(end - i) })
            *v++ = x;
        i = end;
    }
    m_rows.clear();
    return BatchTable::run(m_upsert, &m_batch, sourceId, QStringLiteral("updating minute counts per key"));
}

} // namespace QuotaScope
