#include "aggregate/aggregator.h"

#include "aggregate/timebuckets.h"
#include "model/limits.h"
#include "model/usagerecord.h"
#include "store/dimensiondictionary.h"
#include "store/recordfilter.h"
#include "store/minutekeys.h"
#include "store/rollupdays.h"
#include "store/zonedays.h"
#include "store/rollupsql.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <numeric>
#include <QHash>
#include <QMap>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace QuotaScope {

namespace {

using RollupSql::countersAt;
using RollupSql::idList;

/// The filter as a condition on rollups (names as dictionary ids, inlined: they are our own integers).
Result<QByteArray> rollupWhere(DimensionDictionary &dims, qint64 from, qint64 to, const Filter &filter, bool withTypes)
{
    QList<QByteArray> terms;
    terms << "bucket >= " + QByteArray::number(from) << "bucket < " + QByteArray::number(to);
    if (!filter.sourceIds.isEmpty())
        terms << "source_id IN (" + idList(filter.sourceIds) + ")";
    if (withTypes && !filter.types.isEmpty()) {
        QList<qint64> types;
        for (int t : filter.types)
            types << t;
        terms << "type IN (" + idList(types) + ")";
    }
    const auto namesToIds = [&](const QStringList &names) -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const QString &n : names) {
            const auto id = dims.find(n);
            if (!id)
                return id.error();
            ids << id.value(); // -1 for a name never stored: matches nothing
        }
        return ids;
    };
    const std::pair<const QStringList *, const char *> byName[] = { { &filter.users, "user_name" },
        { &filter.tokens, "token_name" }, { &filter.models, "model" }, { &filter.groups, "grp" } };
    for (const auto &[values, column] : byName) {
        if (values->isEmpty())
            continue;
        const auto ids = namesToIds(*values);
        if (!ids)
            return ids.error();
        terms << QByteArray(column) + " IN (" + idList(ids.value()) + ")";
    }
    if (!filter.channels.isEmpty()) {
        const auto nameIds = namesToIds(filter.channels);
        if (!nameIds)
            return nameIds.error();
        QList<qint64> channelIds;
        for (const QString &c : filter.channels) {
            bool isNumber = false;
            const qint64 id = c.toLongLong(&isNumber);
            if (isNumber)
                channelIds << id;
        }
        QByteArray term = "channel_name IN (" + idList(nameIds.value()) + ")";
        if (!channelIds.isEmpty())
            term = "(" + term + " OR channel_id IN (" + idList(channelIds) + "))";
        terms << term;
    }
    return " WHERE " + terms.join(" AND ");
}

QByteArray keyColumns(Dimension d)
{
    switch (d) {
    case Dimension::None:
        return QByteArray();
    case Dimension::Model:
        return "model";
    case Dimension::User:
        return "user_name";
    case Dimension::Token:
        return "token_name";
    case Dimension::Channel:
        return "channel_id, channel_name";
    case Dimension::Group:
        return "grp";
    case Dimension::Source:
        return "source_id";
    }
    return QByteArray();
}

/// The key of one result row whose key columns start at column `first`.
Result<QString> keyAt(DimensionDictionary &dims, const SqliteStatement &st, Dimension d, int first)
{
    switch (d) {
    case Dimension::None:
        return QString();
    case Dimension::Channel: {
        const auto name = dims.value(st.int64(first + 1));
        if (!name || !name.value().isEmpty())
            return name;
        return QString::number(st.int64(first));
    }
    default:
        return dims.value(st.int64(first));
    }
}

/**
 * Whether a channel filter can be matched against the channel keys of rollup_keys and rollup_pairs (a channel's
 * name, or its id when it has none): when no value is a number. A number matches a channel's id as well as its
 * name, which those keys cannot tell apart, so such filters need the full rollups.
 */
bool channelFilterByKey(const Filter &f)
{
    return std::none_of(f.channels.cbegin(), f.channels.cend(), [](const QString &c) {
        bool isNumber = false;
        c.toLongLong(&isNumber);
        return isNumber;
    });
}

/// The one dimension the filter names values of (other than sources and types); None when there is none, and
/// nullopt when there are several, or a channel filter that only the full rollups can match.
std::optional<Dimension> filteredDimension(const Filter &f)
{
    if (!channelFilterByKey(f))
        return std::nullopt;
    const std::pair<Dimension, const QStringList *> filters[] = { { Dimension::User, &f.users },
        { Dimension::Token, &f.tokens }, { Dimension::Model, &f.models }, { Dimension::Group, &f.groups },
        { Dimension::Channel, &f.channels } };
    std::optional<Dimension> filtered;
    for (const auto &[d, values] : filters) {
        if (values->isEmpty())
            continue;
        if (filtered)
            return std::nullopt;
        filtered = d;
    }
    return filtered ? filtered : Dimension::None;
}

/**
 * The rollup_keys dimension that can answer a query grouped by `by` (or only totals when by is None) with this
 * filter: possible when no name filter applies, or only one on the grouped dimension itself.
 */
std::optional<Dimension> keysDimension(const Filter &f, Dimension by)
{
    if (by == Dimension::Source)
        by = Dimension::None; // per-source totals are the dimension-0 rows
    if (!channelFilterByKey(f))
        return std::nullopt;
    const std::pair<Dimension, const QStringList *> filters[] = { { Dimension::User, &f.users },
        { Dimension::Token, &f.tokens }, { Dimension::Model, &f.models }, { Dimension::Group, &f.groups },
        { Dimension::Channel, &f.channels } };
    std::optional<Dimension> filtered;
    for (const auto &[d, values] : filters) {
        if (values->isEmpty())
            continue;
        if (filtered)
            return std::nullopt;
        filtered = d;
    }
    if (!filtered)
        return by;
    if (by != Dimension::None && by != *filtered)
        return std::nullopt;
    return filtered;
}

const QStringList &filterValues(const Filter &f, Dimension d)
{
    static const QStringList none;
    switch (d) {
    case Dimension::User:
        return f.users;
    case Dimension::Token:
        return f.tokens;
    case Dimension::Model:
        return f.models;
    case Dimension::Group:
        return f.groups;
    case Dimension::Channel:
        return f.channels;
    default:
        return none;
    }
}

/// A sum that does not fit in 64 bits: reported instead of a wrapped number. SQLite's sum() raises
/// "integer overflow" in the same case, which reaches the user through the statement's error.
Error sumOverflow()
{
    return Error(QCoreApplication::translate("Aggregator",
                     "the totals of this range do not fit in a 64-bit number; the cache holds implausible values"),
        Error::Kind::Database);
}

/// Every log type in the cache, found by a few index lookups.
Result<QList<qint64>> storedTypes(sqlite3 *db)
{
    SqliteStatement st;
    const auto r = st.prepare(db, "SELECT min(type) FROM rollup_keys WHERE dimension = 0 AND type > ?1");
    if (!r)
        return r.error();
    QList<qint64> types;
    for (qint64 after = std::numeric_limits<qint64>::min();;) {
        st.reset();
        st.bind(1, after);
        if (!st.step())
            return st.error(QCoreApplication::translate("Aggregator", "reading log types"));
        if (st.isNull(0))
            return types;
        after = st.int64(0);
        types << after;
    }
}

/**
 * The condition (terms joined by AND, without WHERE) on dimension d's key rows (with its own filter, if any) and the
 * given types. Naming the types lets SQLite seek (dimension, type, bucket) in the primary key instead of scanning
 * every dimension.
 */
Result<QByteArray> keysWhere(DimensionDictionary &dims, qint64 from, qint64 to, const Filter &filter, Dimension d,
    const QList<qint64> &types, const char *timeColumn = "bucket")
{
    QList<QByteArray> terms;
    terms << "dimension = " + QByteArray::number(int(d));
    terms << "type IN (" + idList(types) + ")";
    terms << QByteArray(timeColumn) + " >= " + QByteArray::number(from)
          << QByteArray(timeColumn) + " < " + QByteArray::number(to);
    if (!filter.sourceIds.isEmpty())
        terms << "source_id IN (" + idList(filter.sourceIds) + ")";
    const QStringList &values = filterValues(filter, d);
    if (!values.isEmpty()) {
        QList<qint64> ids;
        for (const QString &v : values) {
            const auto id = dims.find(v);
            if (!id)
                return id.error();
            ids << id.value();
        }
        terms << "key IN (" + idList(ids) + ")";
    }
    return terms.join(" AND ");
}

/// A part of a report's range, read from rollup_days (whole UTC days) or from the key rows (15-minute buckets), or
/// from rollup_zone_days (whole days of the display zone, store/zonedays.h) when zone is set.
struct TimeSpan
{
    qint64 from = 0;
    qint64 to = 0;
    bool days = false;
    std::optional<qint64> zone;
};

/// The FROM clause of a span's rows of one dimension, given keysWhere()'s condition over the span: rollup_zone_days
/// or rollup_days for whole days, else the 15-minute key rows (RollupSql::keyRows()).
QByteArray keysFrom(const TimeSpan &span, const QByteArray &where)
{
    if (span.zone)
        return " FROM rollup_zone_days WHERE " + where + " AND zone = " + QByteArray::number(*span.zone);
    if (span.days)
        return " FROM rollup_days WHERE " + where;
    return " FROM " + RollupSql::keyRows(where, std::pair { span.from, span.to });
}

/**
 * [from, to) cut into the whole UTC days that lie inside one display bucket (starts, ascending, the first at or
 * before from) and the rest, the edges of the buckets that do not start and end at UTC midnights. Adjacent parts
 * of the same kind are merged, so a range of whole UTC days is one part of days however many buckets it has.
 */
QList<TimeSpan> splitAtUtcDays(const QList<qint64> &starts, qint64 from, qint64 to)
{
    QList<TimeSpan> spans;
    const auto add = [&](qint64 a, qint64 b, bool days) {
        if (a >= b)
            return;
        if (!spans.isEmpty() && spans.last().days == days && spans.last().to == a)
            spans.last().to = b;
        else
            spans << TimeSpan { a, b, days, std::nullopt };
    };
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qint64 a = std::max(starts[i], from);
        const qint64 b = i + 1 < starts.size() ? std::min(starts[i + 1], to) : to;
        if (a >= b)
            continue;
        const qint64 firstDay = RollupDays::dayStart(a) == a ? a : RollupDays::dayStart(a) + 86400;
        const qint64 lastDay = RollupDays::dayStart(b);
        if (lastDay > firstDay) {
            add(a, firstDay, false);
            add(firstDay, lastDay, true);
            add(lastDay, b, false);
        } else {
            add(a, b, false);
        }
    }
    return spans;
}

/**
 * spans (splitAtUtcDays()) read instead from the display zone's days (store/zonedays.h) where they can be: for a
 * report by dimension d grouped into days, weeks or months that do not start at UTC midnights, when the edges
 * read from the 15-minute rows would cover more than two days. The whole local days of the range become one span
 * of the zone's rows, the partial days at its ends stay 15-minute spans. Unchanged for UTC-aligned buckets,
 * hours, short ranges, or a cache that cannot take the days now.
 */
Result<QList<TimeSpan>> withZoneDays(sqlite3 *db, const ReportQuery &query, Dimension d, const QList<TimeSpan> &spans,
    const QList<qint64> &reportTypes)
{
    if (spans.isEmpty() || query.granularity == Granularity::Hour || !query.tz.isValid())
        return spans;
    qint64 edges = 0;
    for (const TimeSpan &span : spans)
        edges += span.days ? 0 : span.to - span.from;
    if (edges <= 2 * 86400)
        return spans;
    const qint64 from = spans.constFirst().from;
    const qint64 to = spans.constLast().to;
    bool capped = false;
    QList<qint64> days = TimeBuckets::starts(from, to, query.tz, Granularity::Day, query.weekStart, &capped);
    if (capped || days.isEmpty())
        return spans;
    // Only whole local days; display buckets of a day or longer are made of them.
    qint64 end = TimeBuckets::next(days.constLast(), query.tz, Granularity::Day, query.weekStart);
    if (end > to) {
        end = days.constLast();
        days.removeLast();
    }
    if (!days.isEmpty() && days.constFirst() < from)
        days.removeFirst();
    if (days.isEmpty())
        return spans;
    // The days hold every stored type; the report's own types are those when its filter names none.
    const auto types = query.filter.types.isEmpty() ? Result<QList<qint64>>(reportTypes) : storedTypes(db);
    if (!types)
        return types.error();
    // A cache that cannot take the days now (another writer past the busy timeout, a full disk) still answers
    // from the 15-minute rows: the same numbers, only slower.
    const auto zone = ZoneDays::prepare(db, query.tz.id(), int(d), types.value(), days, end);
    if (!zone || !zone.value())
        return spans;
    QList<TimeSpan> out;
    if (from < days.constFirst())
        out << TimeSpan { from, days.constFirst(), false, std::nullopt };
    out << TimeSpan { days.constFirst(), end, true, zone.value() };
    if (end < to)
        out << TimeSpan { end, to, false, std::nullopt };
    return out;
}

/// Ranges longer than this read the full rollups: a pair query seeks once per day of its range.
constexpr qint64 MaxPairDays = 4000;

/**
 * The rollup_pairs dimension (see store/rolluppairs.h) that answers a query grouped by model (or only totals)
 * whose one name filter is on a user, token, channel or group, which rollup_keys cannot answer.
 */
std::optional<Dimension> pairsDimension(const Filter &f, Dimension by, qint64 from, qint64 to)
{
    if (by != Dimension::Model && by != Dimension::None)
        return std::nullopt;
    const auto filtered = filteredDimension(f);
    if (!filtered || *filtered == Dimension::None || *filtered == Dimension::Model)
        return std::nullopt;
    if (to / 86400 - from / 86400 > MaxPairDays)
        return std::nullopt;
    return filtered;
}

/**
 * The rows of the filtered dimension d's keys over [from, to), as SELECTs of (time, key, counters) with key the SQL
 * expression given (over rollup_pairs' columns: "model", "type", "0"): the whole UTC days that lie inside one
 * display bucket (starts, as splitAtUtcDays() takes them) from rollup_pair_days, time the day's start, and the rest
 * of the range from rollup_pairs' 15-minute rows. Each part seeks each of its days for the filter's keys.
 */
Result<QByteArrayList> pairsParts(DimensionDictionary &dims, const QList<qint64> &starts, qint64 from, qint64 to,
    const Filter &filter, Dimension d, const QList<qint64> &types, const QByteArray &key)
{
    QList<qint64> keys;
    for (const QString &v : filterValues(filter, d)) {
        const auto id = dims.find(v);
        if (!id)
            return id.error();
        keys << id.value();
    }
    QByteArray common = " AND key IN (" + idList(keys) + ") AND type IN (" + idList(types) + ")";
    if (!filter.sourceIds.isEmpty())
        common += " AND source_id IN (" + idList(filter.sourceIds) + ")";
    const QByteArray columns = ", " + key + ", " + RollupSql::counterColumns();
    const QByteArray dimension = " WHERE dimension = " + QByteArray::number(int(d));
    QByteArrayList parts;
    for (const TimeSpan &span : splitAtUtcDays(starts, from, to)) {
        QList<qint64> days;
        if (span.days) {
            for (qint64 day = span.from / 86400; day < span.to / 86400; ++day)
                days << day;
            parts << "SELECT day * 86400" + columns + " FROM rollup_pair_days" + dimension + " AND day IN ("
                    + idList(days) + ")" + common;
        } else {
            for (qint64 day = span.from / 86400; day <= (span.to - 1) / 86400; ++day)
                days << day;
            parts << "SELECT bucket" + columns + " FROM rollup_pairs" + dimension + " AND day IN (" + idList(days)
                    + ")" + common + " AND bucket >= " + QByteArray::number(span.from)
                    + " AND bucket < " + QByteArray::number(span.to);
        }
    }
    if (parts.isEmpty()) // an empty range
        parts << "SELECT bucket" + columns + " FROM rollup_pairs WHERE false";
    return parts;
}

/// Maps a rollup bucket to the start of the display bucket holding it, so that SQLite groups by display
/// bucket directly instead of returning one row per 15 minutes.
void displayBucket(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *starts = static_cast<const std::vector<qint64> *>(sqlite3_user_data(ctx));
    const qint64 b = sqlite3_value_int64(argv[0]);
    auto it = std::upper_bound(starts->begin(), starts->end(), b);
    sqlite3_result_int64(ctx, it == starts->begin() ? starts->front() : *(it - 1));
}

/// Registers qs_bucket() for the lifetime of one query.
class BucketFunction
{
public:
    BucketFunction(sqlite3 *db, const QList<qint64> &starts)
        : m_db(db)
        , m_starts(starts.cbegin(), starts.cend())
    {
        m_ok = sqlite3_create_function_v2(db, "qs_bucket", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &m_starts,
                   displayBucket, nullptr, nullptr, nullptr)
            == SQLITE_OK;
    }
    ~BucketFunction()
    {
        sqlite3_create_function_v2(m_db, "qs_bucket", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    }
    bool ok() const { return m_ok; }

private:
    sqlite3 *m_db;
    std::vector<qint64> m_starts;
    bool m_ok = false;
};

} // namespace

Counters Report::keyTotal(const QString &key) const
{
    Counters c;
    for (const ReportRow &r : rows) {
        // A report's rows passed the checked sums of its totals, so their per-key sums fit too.
        if (r.key == key && !c.add(r.counters))
            break;
    }
    return c;
}

Aggregator::Aggregator(sqlite3 *db)
    : m_db(db)
{ }

QString Aggregator::otherKey()
{
    return QStringLiteral("Other");
}

Result<Report> Aggregator::report(const ReportQuery &request) const
{
    ReportQuery query = request;
    query.filter = filterForMetric(request.filter, request.rankBy);
    Report report;
    report.query = query;
    report.buckets
        = TimeBuckets::starts(query.from, query.to, query.tz, query.granularity, query.weekStart, &report.capped);
    if (report.capped) {
        // Too wide a range (a typo, a bound of 0, a stray timestamp): report where the data is, and if that is
        // still too wide, its first Limits::MaxBuckets buckets. The note says what is shown.
        auto span = dataSpan(query.filter);
        if (!span)
            return span.error();
        const qint64 first = TimeBuckets::floor(span->first, query.tz, query.granularity, query.weekStart);
        const qint64 last
            = TimeBuckets::next(TimeBuckets::floor(span->second, query.tz, query.granularity, query.weekStart),
                query.tz, query.granularity, query.weekStart);
        report.query.from = std::max(query.from, first);
        report.query.to = std::min(query.to, last);
        bool stillCapped = false;
        report.buckets = TimeBuckets::starts(
            report.query.from, report.query.to, query.tz, query.granularity, query.weekStart, &stillCapped);
        if (report.buckets.isEmpty()) {
            report.note = QCoreApplication::translate("Aggregator",
                "the range holds more than %1 buckets at this granularity and no data; choose a shorter range or a "
                "coarser granularity")
                              .arg(Limits::MaxBuckets);
            return report;
        }
        report.query.from = report.buckets.constFirst();
        report.query.to = TimeBuckets::next(report.buckets.constLast(), query.tz, query.granularity, query.weekStart);
        report.note = QCoreApplication::translate("Aggregator",
            "the range holds more than %1 buckets at this granularity; only %2 to %3 is reported (%4 buckets, "
            "where the data is); choose a shorter range or a coarser granularity")
                          .arg(Limits::MaxBuckets)
                          .arg(TimeBuckets::isoLabel(report.query.from, query.tz),
                              TimeBuckets::isoLabel(report.query.to, query.tz))
                          .arg(report.buckets.size());
    }
    if (report.buckets.isEmpty())
        return report;
    const qint64 from = report.query.from;
    const qint64 to = report.query.to;

    sqlite3 *db = m_db;
    DimensionDictionary dims(db);
    // A filtered key's pairs before rollup_keys, which would read every key's rows of the range to find it.
    const std::optional<Dimension> pairsDim = pairsDimension(query.filter, query.by, from, to);
    const std::optional<Dimension> keysDim = pairsDim ? std::nullopt : keysDimension(query.filter, query.by);
    QList<qint64> types;
    for (int t : query.filter.types)
        types << t;
    if ((keysDim || pairsDim) && types.isEmpty()) {
        const auto stored = storedTypes(db);
        if (!stored)
            return stored.error();
        types = stored.value();
    }
    // The full rollups' condition; a dimension's keys and a filtered key's pairs are read part by part below.
    const auto where = keysDim || pairsDim ? Result<QByteArray>(QByteArray())
                                           : rollupWhere(dims, from, to, query.filter, true);
    if (!where)
        return where.error();
    QHash<qint64, QString> sourceNames;
    if (query.by == Dimension::Source) {
        const auto names = SourceRepository(db).names();
        if (!names)
            return names.error();
        sourceNames = names.value();
    }
    const auto keyOf = [&](const SqliteStatement &st) -> Result<QString> {
        if (query.by == Dimension::Source)
            return sourceNames.value(st.int64(1), QString::number(st.int64(1)));
        return keyAt(dims, st, query.by, 1);
    };
    QHash<QString, Counters> keyTotals;
    QMap<qint64, QHash<QString, Counters>> cells; // bucket -> key -> counters
    NumberedCells numbered; // the same by key id (a dimension's keys, a filtered key's pairs)
    {
        BucketFunction fn(db, report.buckets);
        if (!fn.ok())
            return Error(QCoreApplication::translate("Aggregator", "cache: %1").arg(SqliteStatement::lastError(db)),
                Error::Kind::Database);
        SqliteStatement st;
        QByteArray sql;
        const int countersColumn = query.by == Dimension::Channel ? 3 : 2;
        const auto readCells = [&]() -> Result<void> {
            while (st.step()) {
                const auto key = keyOf(st);
                if (!key)
                    return key.error();
                const Counters c = countersAt(st, countersColumn);
                if (!cells[st.int64(0)][key.value()].add(c) || !keyTotals[key.value()].add(c))
                    return sumOverflow();
            }
            if (!st.ok())
                return st.error(QCoreApplication::translate("Aggregator", "building the report"));
            return {};
        };
        if (keysDim || pairsDim) {
            // Each part selects (time, key id, counters): for a dimension's own keys whole UTC days inside a display
            // bucket from rollup_days (or the zone's days), the rest from the 15-minute key rows; for a
            // filtered key's models or totals its pairs (pairsParts()). The rows are summed here per (display
            // bucket, key id) rather than by SQLite's GROUP BY, which sorted them all (2 million for 2,000 tokens
            // over 30 days of 15-minute rows), and named once per key id.
            QByteArrayList parts;
            if (keysDim) {
                // (value_or: GCC 12 takes the optional's value as possibly unset here.)
                const Dimension keysD = keysDim.value_or(Dimension::None);
                // With a filter on the grouped dimension itself, keysDim is that dimension; a None report sums it.
                const QByteArray key = query.by == Dimension::None ? QByteArray("0")
                    : query.by == Dimension::Source                  ? QByteArray("source_id")
                                                                     : QByteArray("key");
                const auto spans = withZoneDays(db, query, keysD, splitAtUtcDays(report.buckets, from, to), types);
                if (!spans)
                    return spans.error();
                for (const TimeSpan &span : spans.value()) {
                    const auto spanWhere = keysWhere(
                        dims, span.from, span.to, query.filter, keysD, types, span.days ? "day" : "bucket");
                    if (!spanWhere)
                        return spanWhere.error();
                    parts << "SELECT " + QByteArray(span.days ? "day" : "bucket") + ", " + key + ", "
                            + RollupSql::counterColumns() + keysFrom(span, spanWhere.value());
                }
            } else {
                const auto pairs = pairsParts(dims, report.buckets, from, to, query.filter,
                    pairsDim.value_or(Dimension::None), types,
                    query.by == Dimension::None ? "0" : "model");
                if (!pairs)
                    return pairs.error();
                parts = pairs.value();
            }
            QHash<std::pair<qint64, qint64>, Counters> byId;
            const std::vector<qint64> starts(report.buckets.cbegin(), report.buckets.cend());
            for (const QByteArray &part : parts) {
                if (auto r = st.prepare(db, part); !r)
                    return r.error();
                // Times mostly come in ascending order within a part: the display bucket moves forward only.
                auto bucket = starts.cbegin();
                while (st.step()) {
                    const qint64 t = st.int64(0);
                    if (bucket + 1 != starts.cend() && *(bucket + 1) <= t)
                        bucket = std::upper_bound(bucket, starts.cend(), t) - 1;
                    else if (*bucket > t) {
                        const auto up = std::upper_bound(starts.cbegin(), bucket, t);
                        bucket = up == starts.cbegin() ? up : up - 1;
                    }
                    if (!byId[{ *bucket, st.int64(1) }].add(countersAt(st, 2)))
                        return sumOverflow();
                }
                if (!st.ok())
                    return st.error(QCoreApplication::translate("Aggregator", "building the report"));
            }
            // Named once per key id; assembleReport() orders the numbered cells.
            numbered.cells.reserve(size_t(byId.size()));
            QHash<qint64, int> index; // key id -> its index in numbered.keys
            for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
                const qint64 id = it.key().second;
                auto at = index.constFind(id);
                if (at == index.constEnd()) {
                    Result<QString> n = query.by == Dimension::Source
                        ? Result<QString>(sourceNames.value(id, QString::number(id)))
                        : dims.value(id);
                    if (!n)
                        return n.error();
                    at = index.insert(id, int(numbered.keys.size()));
                    numbered.keys << n.value();
                }
                numbered.cells.push_back({ it.key().first, at.value(), it.value() });
            }
        } else {
            const QByteArray keys = keyColumns(query.by);
            sql = "SELECT qs_bucket(bucket)" + (keys.isEmpty() ? QByteArray(", 0") : ", " + keys) + ", " + RollupSql::counterSums()
                + " FROM rollups" + where.value() + " GROUP BY 1" + (keys.isEmpty() ? "" : ", " + keys);
        }
        if (!keysDim && !pairsDim) {
            if (auto r = st.prepare(db, sql); !r)
                return r.error();
            if (auto r = readCells(); !r)
                return r.error();
        }
    }

    // Key ids name distinct keys (dims values, source names), so the keys' cells are numbered by id.
    if (auto assembled = keysDim || pairsDim ? assembleReport(&report, std::move(numbered))
                                             : assembleReport(&report, cells, keyTotals);
        !assembled)
        return assembled.error();
    return report;
}

Result<void> assembleReport(
    Report *report, const QMap<qint64, QHash<QString, Counters>> &cells, const QHash<QString, Counters> &keyTotals)
{
    NumberedCells numbered;
    QHash<QString, int> index;
    for (auto it = keyTotals.cbegin(); it != keyTotals.cend(); ++it) {
        index.insert(it.key(), int(numbered.keys.size()));
        numbered.keys << it.key();
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        for (auto k = it.value().cbegin(); k != it.value().cend(); ++k)
            numbered.cells.push_back({ it.key(), index.value(k.key()), k.value() });
    }
    return assembleReport(report, std::move(numbered));
}

Result<void> assembleReport(Report *report, NumberedCells numbered)
{
    const QStringList &keys = numbered.keys;
    std::vector<Counters> keyTotals(size_t(keys.size()));
    for (const NumberedCells::Cell &c : numbered.cells) {
        if (!keyTotals[size_t(c.key)].add(c.counters))
            return sumOverflow();
    }
    // Every key, ranked; reranked() then keeps the top N and folds the rest into Other.
    std::vector<int> ranked(size_t(keys.size()));
    std::iota(ranked.begin(), ranked.end(), 0);
    const Metric rankBy = report->query.rankBy;
    std::sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        const qint64 ma = metricValue(keyTotals[size_t(a)], rankBy);
        const qint64 mb = metricValue(keyTotals[size_t(b)], rankBy);
        return ma != mb ? ma > mb : keys[a] < keys[b];
    });
    std::vector<int> rank(ranked.size());
    report->keys.clear();
    report->keys.reserve(keys.size());
    for (size_t i = 0; i < ranked.size(); ++i) {
        rank[size_t(ranked[i])] = int(i);
        report->keys << keys[ranked[i]];
    }
    // By bucket, and within a bucket in rank order.
    std::sort(numbered.cells.begin(), numbered.cells.end(), [&](const auto &a, const auto &b) {
        return a.bucket != b.bucket ? a.bucket < b.bucket : rank[size_t(a.key)] < rank[size_t(b.key)];
    });
    report->rows.clear();
    report->rows.reserve(qsizetype(numbered.cells.size()));
    report->totals = Counters();
    for (const NumberedCells::Cell &c : numbered.cells) {
        report->rows.append(ReportRow { c.bucket, keys[c.key], c.counters });
        if (!report->totals.add(c.counters))
            return sumOverflow();
    }
    if (report->query.topN == 0)
        return {};
    auto shown = Aggregator::reranked(*report, report->query.rankBy, report->query.topN);
    if (!shown)
        return shown.error();
    *report = shown.value();
    return {};
}

Result<Report> Aggregator::reranked(const Report &full, Metric rankBy, int topN)
{
    Report report = full;
    report.query.rankBy = rankBy;
    report.query.topN = topN;
    report.rows.clear();
    report.totals = Counters();
    QHash<QString, Counters> keyTotals;
    for (const ReportRow &r : full.rows) {
        if (!keyTotals[r.key].add(r.counters))
            return sumOverflow();
    }
    QStringList ranked = full.keys;
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        const qint64 ma = metricValue(keyTotals.value(a), rankBy);
        const qint64 mb = metricValue(keyTotals.value(b), rankBy);
        return ma != mb ? ma > mb : a < b;
    });
    QHash<QString, QString> shownAs; // key -> key shown (itself or Other)
    if (topN > 0 && ranked.size() > topN) {
        for (int i = 0; i < ranked.size(); ++i)
            shownAs.insert(ranked[i], i < topN ? ranked[i] : otherKey());
        ranked = ranked.mid(0, topN);
        ranked << otherKey();
    }
    report.keys = ranked;
    QHash<QString, int> order;
    for (int i = 0; i < ranked.size(); ++i)
        order.insert(ranked[i], i);

    // full.rows are ordered by bucket: fold each bucket's run of rows into the shown keys.
    QList<Counters> byKey(ranked.size());
    QList<bool> present(ranked.size(), false);
    for (qsizetype i = 0; i < full.rows.size();) {
        const qint64 bucket = full.rows[i].bucket;
        std::fill(byKey.begin(), byKey.end(), Counters());
        std::fill(present.begin(), present.end(), false);
        for (; i < full.rows.size() && full.rows[i].bucket == bucket; ++i) {
            const ReportRow &r = full.rows[i];
            const int k = order.value(shownAs.value(r.key, r.key));
            if (!byKey[k].add(r.counters))
                return sumOverflow();
            present[k] = true;
        }
        for (int k = 0; k < ranked.size(); ++k) {
            if (!present[k])
                continue;
            report.rows.append(ReportRow { bucket, ranked[k], byKey[k] });
            if (!report.totals.add(byKey[k]))
                return sumOverflow();
        }
    }
    return report;
}

Result<void> deriveStatCards(StatCards *cards, const ReportQuery &query, qint64 consumption)
{
    const double minutes = double(query.to - query.from) / 60.0;
    if (minutes > 0) {
        cards->avgRpm = double(cards->totals.requests) / minutes;
        cards->avgTpm = double(cards->totals.totalTokens()) / minutes;
    }
    if (cards->refundQuota == std::numeric_limits<qint64>::min()
        || !addChecked(cards->totals.quota, -cards->refundQuota, &cards->netQuota))
        return sumOverflow();
    // In double: both counts come from SQL sums, and the rate needs no exact total.
    const double attempts = double(cards->errors) + double(consumption);
    if (attempts > 0)
        cards->failureRate = double(cards->errors) / attempts;
    return {};
}

Result<StatCards> Aggregator::stats(const ReportQuery &query) const
{
    StatCards cards;
    sqlite3 *db = m_db;
    DimensionDictionary dims(db);
    const std::optional<Dimension> pairsDim = pairsDimension(query.filter, Dimension::None, query.from, query.to);
    const std::optional<Dimension> keysDim
        = pairsDim ? std::nullopt : keysDimension(query.filter, Dimension::None);
    QList<qint64> types; // the filtered types plus those the cards show separately
    if (keysDim || pairsDim) {
        if (query.filter.types.isEmpty()) {
            const auto stored = storedTypes(db);
            if (!stored)
                return stored.error();
            types = stored.value();
        } else {
            for (int t : query.filter.types)
                types << t;
            for (LogType t : { LogType::Consume, LogType::Error, LogType::Refund }) {
                if (!types.contains(qint64(t)))
                    types << qint64(t);
            }
        }
    }
    Result<QByteArray> rows = QByteArray(); // the FROM clause
    if (pairsDim) {
        // One row per type and model of each whole day, the edges' 15-minute rows: few enough for GROUP BY.
        const auto parts
            = pairsParts(dims, { query.from }, query.from, query.to, query.filter, *pairsDim, types, "type");
        rows = parts ? Result<QByteArray>(" FROM (" + parts->join(" UNION ALL ") + ")") : parts.error();
    } else if (keysDim) {
        // Whole UTC days from rollup_days, the edges from the key rows, whose key leads with the time, not the key:
        // a model's 30 days there are every model's 15-minute rows.
        QByteArrayList parts;
        const Dimension d = keysDim.value_or(Dimension::None);
        for (const TimeSpan &span : splitAtUtcDays({ query.from }, query.from, query.to)) {
            const auto where = keysWhere(dims, span.from, span.to, query.filter, d, types, span.days ? "day" : "bucket");
            if (!where) {
                rows = where.error();
                break;
            }
            parts << "SELECT type, " + RollupSql::counterColumns() + keysFrom(span, where.value());
        }
        if (rows)
            rows = parts.isEmpty() ? QByteArray(" FROM rollup_keys WHERE false") : " FROM (" + parts.join(" UNION ALL ") + ")";
    } else {
        const auto where = rollupWhere(dims, query.from, query.to, query.filter, false);
        rows = where ? Result<QByteArray>(" FROM rollups" + where.value()) : where.error();
    }
    if (!rows)
        return rows.error();
    SqliteStatement st;
    auto r = st.prepare(db, "SELECT type, " + RollupSql::counterSums() + rows.value() + " GROUP BY type");
    if (!r)
        return r.error();
    qint64 consumption = 0;
    while (st.step()) {
        const int type = int(st.int64(0));
        const Counters c = countersAt(st, 1);
        if ((query.filter.types.isEmpty() || query.filter.types.contains(type)) && !cards.totals.add(c))
            return sumOverflow();
        if (type == int(LogType::Refund)) {
            cards.refunds = c.requests;
            cards.refundQuota = c.quota;
        } else if (type == int(LogType::Error)) {
            cards.errors = c.requests;
        } else if (type == int(LogType::Consume)) {
            consumption = c.requests;
        }
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Aggregator", "computing the stat cards"));

    if (auto derived = deriveStatCards(&cards, query, consumption); !derived)
        return derived.error();

    // Peak RPM needs per-minute resolution, which only raw records have.
    QByteArray recordSources = "SELECT count(*) FROM sources WHERE backing = 'records'";
    if (!query.filter.sourceIds.isEmpty())
        recordSources += " AND id IN (" + idList(query.filter.sourceIds) + ")";
    r = st.prepare(db, recordSources);
    if (!r)
        return r.error();
    if (!st.step())
        return st.error(QCoreApplication::translate("Aggregator", "reading sources"));
    if (st.int64(0) == 0)
        return cards;
    const auto estimated = estimatedTokens(query);
    if (!estimated)
        return estimated.error();
    cards.estimatedRequests = estimated->first;
    cards.estimatedTokens = estimated->second;
    const RecordFilter records(query.from, query.to, query.filter);
    const bool byNames = !query.filter.users.isEmpty() || !query.filter.tokens.isEmpty()
        || !query.filter.models.isEmpty() || !query.filter.channels.isEmpty() || !query.filter.groups.isEmpty();
    // A filter on one dimension's keys reads their minutes (minute_keys); a combination counts the raw records.
    // Its minutes are whole, so the range must be too, as the records' count sees it.
    const std::optional<Dimension> minuteDim = byNames && query.from % 60 == 0 && query.to % 60 == 0
        ? filteredDimension(query.filter)
        : std::nullopt;
    if (minuteDim && *minuteDim != Dimension::None) {
        QList<qint64> keys;
        for (const QString &v : filterValues(query.filter, *minuteDim)) {
            const auto id = dims.find(v);
            if (!id)
                return id.error();
            keys << id.value();
        }
        QList<qint64> peakTypes;
        for (int t : query.filter.types)
            peakTypes << t;
        if (peakTypes.isEmpty()) {
            const auto stored = storedTypes(db);
            if (!stored)
                return stored.error();
            peakTypes = stored.value();
        }
        QList<qint64> days;
        for (qint64 day = RollupDays::dayStart(query.from); day < query.to; day += 86400)
            days << day;
        // A row holds an hour of one key: the hours that overlap [from, to), and of them only the minutes inside.
        const qint64 firstHour = query.from - ((query.from % 3600) + 3600) % 3600;
        QByteArray where = " WHERE dimension = " + QByteArray::number(int(*minuteDim)) + " AND day IN ("
            + idList(days) + ") AND key IN (" + idList(keys)
            + ") AND type IN (" + idList(peakTypes)
            + ") AND hour >= " + QByteArray::number(firstHour) + " AND hour < " + QByteArray::number(query.to);
        if (!query.filter.sourceIds.isEmpty())
            where += " AND source_id IN (" + idList(query.filter.sourceIds) + ")";
        // Summed here a day at a time: the rows come in day order (the key's order after the dimension), and a
        // GROUP BY minute sorted them all (46,000 for a busy user's 30 days: 44 ms of the query's 55).
        r = st.prepare(db, "SELECT day, hour, minutes FROM minute_keys" + where + " ORDER BY day");
        if (!r)
            return r.error();
        cards.peakRpm = 0;
        std::array<qint64, 1440> counts {};
        qint64 day = std::numeric_limits<qint64>::min();
        const auto endDay = [&] {
            for (size_t i = 0; i < counts.size(); ++i) {
                if (counts[i] > cards.peakRpm) {
                    cards.peakRpm = counts[i];
                    cards.peakRpmAt = day + qint64(i) * 60;
                }
            }
            counts.fill(0);
        };
        while (st.step()) {
            if (st.int64(0) != day) {
                endDay();
                day = st.int64(0);
            }
            const qint64 hour = st.int64(1);
            const qint64 firstSlot = (hour - day) / 60;
            if (hour < day || firstSlot + 60 > qint64(counts.size()) || (hour - day) % 3600 != 0)
                return Error(QCoreApplication::translate("Aggregator", "cache: hour %1 is not in its day %2")
                                 .arg(hour)
                                 .arg(day),
                    Error::Kind::Database);
            const QByteArrayView list = st.bytes(2);
            bool fits = true;
            const bool wellFormed = MinuteKeys::forEachMinute(list.data(), list.size(), [&](int m, qint64 n) {
                const qint64 minute = hour + m * 60;
                if (minute < query.from || minute >= query.to)
                    return;
                qint64 &count = counts[size_t(firstSlot + m)];
                fits = fits && addChecked(count, n, &count);
            });
            if (!fits)
                return sumOverflow();
            if (!wellFormed)
                return Error(QCoreApplication::translate("Aggregator", "cache: the minute counts of hour %1 are malformed")
                                 .arg(hour),
                    Error::Kind::Database);
        }
        if (!st.ok())
            return st.error(QCoreApplication::translate("Aggregator", "computing the peak RPM"));
        endDay();
        return cards;
    } else if (byNames) {
        r = st.prepare(db,
            "SELECT created_at - ((created_at % 60) + 60) % 60 AS minute, count(*) AS n FROM "
            "usage_records"
                + records.where() + " GROUP BY minute ORDER BY n DESC, minute ASC LIMIT 1");
        if (r)
            records.bind(st);
    } else {
        // Without name filters the per-minute counts answer it: tens of thousands of rows for a month instead
        // of every raw record.
        QByteArray where
            = " WHERE minute >= " + QByteArray::number(query.from) + " AND minute < " + QByteArray::number(query.to);
        if (!query.filter.types.isEmpty()) {
            QList<qint64> types;
            for (int t : query.filter.types)
                types << t;
            where += " AND type IN (" + idList(types) + ")";
        }
        if (!query.filter.sourceIds.isEmpty())
            where += " AND source_id IN (" + idList(query.filter.sourceIds) + ")";
        r = st.prepare(db,
            "SELECT minute, sum(requests) AS n FROM minute_counts" + where
                + " GROUP BY minute ORDER BY n DESC, minute ASC LIMIT 1");
    }
    if (!r)
        return r.error();
    cards.peakRpm = 0;
    if (st.step()) {
        cards.peakRpmAt = st.int64(0);
        cards.peakRpm = st.int64(1);
    } else if (!st.ok()) {
        return st.error(QCoreApplication::translate("Aggregator", "computing the peak RPM"));
    }
    return cards;
}

Result<std::pair<qint64, qint64>> Aggregator::estimatedTokens(const ReportQuery &query) const
{
    const RecordFilter estimated = RecordFilter::estimated(query.from, query.to, query.filter);
    SqliteStatement st;
    auto r = st.prepare(m_db,
        "SELECT count(*), coalesce(sum(prompt_tokens + completion_tokens), 0) FROM usage_records INDEXED BY "
        "usage_records_estimated"
            + estimated.where());
    if (!r)
        return r.error();
    estimated.bind(st);
    if (!st.step())
        return st.error(QCoreApplication::translate("Aggregator", "counting estimated tokens"));
    return std::make_pair(st.int64(0), st.int64(1));
}

Result<QList<EstimatedBucket>> Aggregator::estimatedByBucket(const ReportQuery &query) const
{
    const RecordFilter estimated = RecordFilter::estimated(query.from, query.to, query.filter);
    SqliteStatement st;
    auto r = st.prepare(m_db, "SELECT created_at, prompt_tokens + completion_tokens FROM usage_records" + estimated.where());
    if (!r)
        return r.error();
    estimated.bind(st);
    QMap<qint64, EstimatedBucket> buckets;
    // The index returns each source's records in time order: the bucket of the previous record usually holds the
    // next one, so the zone arithmetic runs once per bucket rather than once per record.
    qint64 from = 1, to = 0;
    EstimatedBucket *current = nullptr;
    while (st.step()) {
        const qint64 at = st.int64(0);
        if (!current || at < from || at >= to) {
            from = TimeBuckets::floor(at, query.tz, query.granularity, query.weekStart);
            to = TimeBuckets::next(from, query.tz, query.granularity, query.weekStart);
            current = &buckets[from];
            current->bucket = from;
        }
        current->requests += 1;
        current->tokens += st.int64(1);
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Aggregator", "counting estimated tokens"));
    return buckets.values();
}

Result<QStringList> Aggregator::distinctValues(Dimension dimension, const Filter &filter) const
{
    if (dimension == Dimension::None)
        return QStringList();
    if (dimension == Dimension::Source) {
        const auto sources = SourceRepository(m_db).list();
        if (!sources)
            return sources.error();
        QStringList names;
        for (const SourceInfo &s : sources.value()) {
            if (filter.sourceIds.isEmpty() || filter.sourceIds.contains(s.id))
                names << s.name;
        }
        names.sort();
        return names;
    }
    sqlite3 *db = m_db;
    DimensionDictionary dims(db);
    SqliteStatement st;
    // rollup_days holds every key of rollup_keys (verify checks it) in about 1/96 of the rows: the pickers' values
    // of a ten-million-request cache in 0.05 s a dimension instead of 0.9 s, most of the window's cold start.
    QByteArray sql = "SELECT DISTINCT key FROM rollup_days WHERE dimension = " + QByteArray::number(int(dimension));
    if (!filter.sourceIds.isEmpty())
        sql += " AND source_id IN (" + idList(filter.sourceIds) + ")";
    auto r = st.prepare(db, sql);
    if (!r)
        return r.error();
    QSet<QString> values;
    while (st.step()) {
        const auto key = dims.value(st.int64(0));
        if (!key)
            return key.error();
        if (!key.value().isEmpty())
            values.insert(key.value());
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Aggregator", "listing values"));
    QStringList out(values.cbegin(), values.cend());
    out.sort();
    return out;
}

Result<QPair<qint64, qint64>> Aggregator::dataSpan(const Filter &filter) const
{
    const auto sources = SourceRepository(m_db).list();
    if (!sources)
        return sources.error();
    QPair<qint64, qint64> span { 0, 0 };
    for (const SourceInfo &s : sources.value()) {
        if ((!filter.sourceIds.isEmpty() && !filter.sourceIds.contains(s.id)) || (s.firstAt == 0 && s.lastAt == 0))
            continue;
        span.first = span.first == 0 ? s.firstAt : qMin(span.first, s.firstAt);
        span.second = qMax(span.second, s.lastAt);
    }
    return span;
}

Result<QList<BreakdownCell>> Aggregator::breakdown(const ReportQuery &query, Dimension inner) const
{
    const Dimension outer = query.by;
    if (outer == Dimension::None || inner == Dimension::None || outer == inner)
        return Error(QStringLiteral("a breakdown needs two different dimensions"), Error::Kind::Usage);
    DimensionDictionary dims(m_db);
    const auto where = rollupWhere(dims, query.from, query.to, filterForMetric(query.filter, query.rankBy), true);
    if (!where)
        return where.error();
    QHash<qint64, QString> sourceNames;
    if (outer == Dimension::Source || inner == Dimension::Source) {
        const auto names = SourceRepository(m_db).names();
        if (!names)
            return names.error();
        sourceNames = names.value();
    }
    const QByteArray outerColumns = keyColumns(outer);
    const QByteArray innerColumns = keyColumns(inner);
    const int innerFirst = outer == Dimension::Channel ? 2 : 1;
    const int countersFirst = innerFirst + (inner == Dimension::Channel ? 2 : 1);
    const auto keyOf = [&](const SqliteStatement &st, Dimension d, int first) -> Result<QString> {
        if (d == Dimension::Source)
            return sourceNames.value(st.int64(first), QString::number(st.int64(first)));
        return keyAt(dims, st, d, first);
    };
    SqliteStatement st;
    auto prepared = st.prepare(m_db,
        "SELECT " + outerColumns + ", " + innerColumns + ", " + RollupSql::counterSums() + " FROM rollups" + where.value()
            + " GROUP BY " + outerColumns + ", " + innerColumns);
    if (!prepared)
        return prepared.error();
    // A nameless channel's id and a named one can be the same key (as in reports): sum them per key pair.
    QHash<QPair<QString, QString>, Counters> sums;
    while (st.step()) {
        const auto key = keyOf(st, outer, 0);
        if (!key)
            return key.error();
        const auto innerKey = keyOf(st, inner, innerFirst);
        if (!innerKey)
            return innerKey.error();
        if (!sums[{ key.value(), innerKey.value() }].add(countersAt(st, countersFirst)))
            return sumOverflow();
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Aggregator", "breaking the ranking down"));
    QList<BreakdownCell> cells;
    cells.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        cells.append(BreakdownCell { it.key().first, it.key().second, it.value() });
    return cells;
}

} // namespace QuotaScope
