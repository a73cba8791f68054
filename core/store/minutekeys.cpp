#include "store/minutekeys.h"

#include "model/limits.h"
#include "store/rollupdays.h"
#include "store/rollupsql.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <optional>

namespace QuotaScope {

namespace {

const char Columns[] = "dimension, day, key, type, hour, source_id, minutes";

using MinuteCounts = std::array<qint64, 60>;

/// Adds the list's counts into counts; false when it is malformed or a sum passes 64 bits.
bool addList(const void *data, qsizetype size, MinuteCounts *counts)
{
    bool fits = true;
    const bool wellFormed = MinuteKeys::forEachMinute(data, size, [&](int minute, qint64 count) {
        fits = fits && addChecked((*counts)[size_t(minute)], count, &(*counts)[size_t(minute)]);
    });
    return wellFormed && fits;
}

QByteArray encode(const MinuteCounts &counts)
{
    QByteArray list;
    for (int m = 0; m < 60; ++m) {
        if (counts[size_t(m)] > 0)
            MinuteKeys::appendMinute(&list, m, counts[size_t(m)]);
    }
    return list;
}

void resultList(sqlite3_context *ctx, const MinuteCounts &counts)
{
    const QByteArray list = encode(counts);
    sqlite3_result_blob(ctx, list.constData(), int(list.size()), SQLITE_TRANSIENT);
}

const char MalformedList[] = "minute_keys: a minute list is malformed or its counts pass 64 bits";

struct ListAggregate
{
    MinuteCounts counts;
    bool failed;
};

void minutesStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *a = static_cast<ListAggregate *>(sqlite3_aggregate_context(ctx, sizeof(ListAggregate)));
    if (!a)
        return sqlite3_result_error_nomem(ctx);
    const qint64 minute = sqlite3_value_int64(argv[0]);
    const qint64 count = sqlite3_value_int64(argv[1]);
    if (minute < 0 || minute >= 60 || count < 0
        || !addChecked(a->counts[size_t(minute)], count, &a->counts[size_t(minute)]))
        a->failed = true;
}

void minutesFinal(sqlite3_context *ctx)
{
    auto *a = static_cast<ListAggregate *>(sqlite3_aggregate_context(ctx, 0));
    if (a && a->failed)
        return sqlite3_result_error(ctx, MalformedList, -1);
    resultList(ctx, a ? a->counts : MinuteCounts {});
}

void minutesAdd(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    MinuteCounts counts {};
    for (int i = 0; i < 2; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const void *data = sqlite3_value_blob(argv[i]);
        if (!addList(data, sqlite3_value_bytes(argv[i]), &counts))
            return sqlite3_result_error(ctx, MalformedList, -1);
    }
    resultList(ctx, counts);
}

void minutesTotal(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_null(ctx);
    qint64 total = 0;
    bool fits = true;
    const void *data = sqlite3_value_blob(argv[0]);
    const bool wellFormed = MinuteKeys::forEachMinute(data, sqlite3_value_bytes(argv[0]),
        [&](int, qint64 count) { fits = fits && addChecked(total, count, &total); });
    if (!wellFormed || !fits)
        return sqlite3_result_error(ctx, MalformedList, -1);
    sqlite3_result_int64(ctx, total);
}

/// The start of the UTC hour (and of the minute's day) of a minute column, as SQL over `column`.
QByteArray hourOf(const char *column)
{
    return QByteArray(column) + " - ((" + column + " % 3600) + 3600) % 3600";
}
QByteArray minuteInHour(const char *column)
{
    return "(((" + QByteArray(column) + " % 3600) + 3600) % 3600) / 60";
}
QByteArray dayOf(const char *column)
{
    return QByteArray(column) + " - ((" + column + " % 86400) + 86400) % 86400";
}

} // namespace

const char MinuteKeys::Schema[] = "CREATE TABLE IF NOT EXISTS minute_keys("
                                  " dimension INTEGER NOT NULL,"
                                  " day INTEGER NOT NULL,"
                                  " key INTEGER NOT NULL,"
                                  " type INTEGER NOT NULL,"
                                  " hour INTEGER NOT NULL,"
                                  " source_id INTEGER NOT NULL,"
                                  " minutes BLOB NOT NULL,"
                                  " PRIMARY KEY(dimension, day, key, type, hour, source_id)"
                                  ") WITHOUT ROWID";

void MinuteKeys::appendMinute(QByteArray *list, int minute, qint64 count)
{
    char bytes[1 + Varint::MaxBytes];
    bytes[0] = char(minute);
    list->append(bytes, Varint::put(bytes + 1, quint64(count)) - bytes);
}

QString MinuteKeys::describe(const QByteArray &list)
{
    QStringList parts;
    if (!forEachMinute(list.constData(), list.size(),
            [&](int minute, qint64 count) { parts << QStringLiteral("%1:%2").arg(minute).arg(count); }))
        return QStringLiteral("(malformed)");
    return parts.join(u' ');
}

Result<void> MinuteKeys::registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(db, "qs_minutes", 2, flags, nullptr, nullptr, minutesStep, minutesFinal, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db, "qs_minutes_add", 2, flags, nullptr, minutesAdd, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db, "qs_minutes_total", 1, flags, nullptr, minutesTotal, nullptr, nullptr,
               nullptr)
            != SQLITE_OK) {
        return Error(QStringLiteral("cache: cannot set up the minute counts: %1").arg(SqliteStatement::lastError(db)),
            Error::Kind::Database);
    }
    return {};
}

QByteArray MinuteKeys::fromRecordsSql(const QByteArray &sourcesSql)
{
    // The records are read once, counted per minute and full key, then packed per dimension and hour.
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
        // The day of every minute of an hour is the hour's.
        derived << "SELECT " + QByteArray::number(d) + ", " + dayOf("minute") + ", " + k + ", type, " + hourOf("minute")
                + " AS hour, source_id, qs_minutes(" + minuteInHour("minute") + ", n) FROM counted GROUP BY " + k
                + ", type, hour, source_id";
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
            return QStringLiteral("dimension %1 key id %2 type %3 hour %4 source %5: minutes %6")
                .arg(st.text(0), st.text(2), st.text(3), st.text(4), st.text(5),
                    describe(st.bytes(6).toByteArray()));
        },
        QStringLiteral("verifying minute counts per key"));
}

Result<void> MinuteKeys::migrateToHours(sqlite3 *db)
{
    SqliteStatement probe;
    if (auto r = probe.prepare(db, "SELECT 1 FROM pragma_table_info('minute_keys') WHERE name = 'minute'"); !r)
        return r;
    const bool perMinute = probe.step();
    if (!probe.ok())
        return probe.error(QStringLiteral("reading minute_keys"));
    probe = SqliteStatement();
    if (!perMinute)
        return {}; // created in this form (version 8 migrates straight to it)
    // The old rows come in (dimension, day, key, type, minute, source_id) order; their hours are grouped in the
    // new key's order, so the inserts append.
    const QByteArray steps[] = {
        "ALTER TABLE minute_keys RENAME TO qs_minute_keys_v8",
        Schema,
        "INSERT INTO minute_keys(" + QByteArray(Columns) + ") SELECT dimension, day, key, type, " + hourOf("minute")
            + " AS hour, source_id, qs_minutes(" + minuteInHour("minute")
            + ", requests) FROM qs_minute_keys_v8 GROUP BY dimension, day, key, type, hour, source_id"
            + RollupSql::orderBy(1, 6),
        "DROP TABLE qs_minute_keys_v8",
    };
    for (const QByteArray &sql : steps) {
        if (auto r = SqliteStatement::exec(db, sql.constData()); !r)
            return r;
    }
    return {};
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
    prepare();
    return write(sourceId);
}

void MinuteKeySink::prepare()
{
    m_batch.clear();
    if (m_rows.empty())
        return;
    // Counted, packed per hour and in primary-key order, so that SQLite writes each page it visits once.
    sortRows();
    const auto hourStart = [](qint64 minute) { return minute - ((minute % 3600) + 3600) % 3600; };
    for (size_t i = 0; i < m_rows.size();) {
        const Row &head = m_rows[i];
        const qint64 hour = hourStart(head.minute);
        m_batch.add(head, hour);
        while (i < m_rows.size() && m_rows[i].dimension == head.dimension && m_rows[i].day == head.day
            && m_rows[i].key == head.key && m_rows[i].type == head.type && hourStart(m_rows[i].minute) == hour) {
            size_t end = i + 1;
            while (end < m_rows.size() && m_rows[end].tie() == m_rows[i].tie())
                ++end;
            MinuteKeys::appendMinute(m_batch.list(), int((m_rows[i].minute - hour) / 60), qint64(end - i));
            i = end;
        }
        m_batch.endRow();
    }
    m_rows.clear();
}

Result<void> MinuteKeySink::write(qint64 sourceId)
{
    if (m_batch.rowCount() == 0)
        return {};
    if (!m_upsert.isPrepared()) {
        auto r = BatchTable::install(m_db);
        if (r) {
            r = m_upsert.prepare(m_db,
                "INSERT INTO minute_keys(" + QByteArray(Columns)
                    + ") SELECT c0, c1, c2, c3, c4, ?2, c5 FROM qs_batch(?1) WHERE true ON CONFLICT(dimension, day, "
                      "key, type, hour, source_id) DO UPDATE SET minutes = qs_minutes_add(minutes, excluded.minutes)");
        }
        if (!r)
            return r;
    }
    auto written = BatchTable::run(m_upsert, &m_batch, sourceId, QStringLiteral("updating minute counts per key"));
    m_batch.clear();
    return written;
}

/*
 * Five rows per record make this the writer's largest sort. Where the batch allows (days within 2^21 of each other,
 * keys below 2^40: always, in practice), each row's sort key is packed into two integers, which sort several times
 * faster than the five fields, and the rows are rebuilt from them in order; otherwise the fields are compared.
 */
void MinuteKeySink::sortRows()
{
    constexpr qint64 Day = 86400;
    constexpr qint64 MaxDays = qint64(1) << 21;
    constexpr qint64 MaxKey = qint64(1) << 40;
    const auto [lowest, highest]
        = std::minmax_element(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.day < b.day; });
    const qint64 firstDay = lowest->day;
    bool packable = quint64(highest->day) - quint64(firstDay) < quint64(MaxDays * Day);
    for (size_t i = 0; packable && i < m_rows.size(); ++i)
        packable = m_rows[i].key >= 0 && m_rows[i].key < MaxKey;
    if (!packable) {
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.tie() < b.tie(); });
        return;
    }
    // (dimension: 3 bits, day: 21, key: 40), (type with its sign bit flipped: 32, minute of the day: 32).
    m_packed.clear();
    m_packed.reserve(m_rows.size());
    for (const Row &r : m_rows) {
        const quint64 high = quint64(r.dimension) << 61 | quint64((r.day - firstDay) / Day) << 40 | quint64(r.key);
        const quint64 low = quint64(quint32(r.type) ^ 0x80000000u) << 32 | quint64((r.minute - r.day) / 60);
        m_packed.emplace_back(high, low);
    }
    std::sort(m_packed.begin(), m_packed.end());
    for (size_t i = 0; i < m_packed.size(); ++i) {
        const auto [high, low] = m_packed[i];
        Row &r = m_rows[i];
        r.dimension = int(high >> 61);
        r.day = firstDay + qint64((high >> 40) & (MaxDays - 1)) * Day;
        r.key = qint64(high & quint64(MaxKey - 1));
        r.type = int(quint32(low >> 32) ^ 0x80000000u);
        r.minute = r.day + qint64(low & 0xffffffffu) * 60;
    }
}

void MinuteKeySink::HourRows::clear()
{
    m_ints.clear();
    m_lists.clear();
    m_ends.clear();
}

void MinuteKeySink::HourRows::add(const Row &first, qint64 hour)
{
    m_ints.insert(m_ints.end(), { qint64(first.dimension), first.day, first.key, qint64(first.type), hour });
}

void MinuteKeySink::HourRows::column(sqlite3_context *ctx, qint64 row, int column)
{
    const auto r = size_t(row);
    if (column < 5)
        return sqlite3_result_int64(ctx, m_ints[r * 5 + size_t(column)]);
    if (column > 5)
        return sqlite3_result_null(ctx);
    const qsizetype begin = r == 0 ? 0 : m_ends[r - 1];
    sqlite3_result_blob(ctx, m_lists.constData() + begin, int(m_ends[r] - begin), SQLITE_TRANSIENT);
}

} // namespace QuotaScope
