#include "store/perfrollups.h"

#include "ingest/jsonrowparser.h"
#include "model/latencybins.h"
#include "model/limits.h"
#include "store/batchtable.h"
#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/recordquery.h"
#include "store/rollupsql.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <tuple>

namespace QuotaScope::PerfRollups {

namespace {

const char *const Tables[] = {
    // channel_id and channel (the dims id of the channel as reports show it: its name, else its id as text) both
    // stay, so that a channel filter matches ids and names as it does on rollups.
    "CREATE TABLE IF NOT EXISTS perf_rollups("
    " bucket INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " model INTEGER NOT NULL,"
    " channel_id INTEGER NOT NULL,"
    " channel INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " streams INTEGER NOT NULL,"
    " saved_quota INTEGER NOT NULL,"
    " PRIMARY KEY(bucket, source_id, type, model, channel_id, channel)"
    ") WITHOUT ROWID",
    // kind 0: use_time, 1: first-response time; bin: LatencyBins. Consumption logs only. Each request is counted
    // twice: per UTC hour (span 0) and per UTC day (span 1). A month's view reads its whole days from the day rows
    // and only its edges from the hour rows: with a few hundred bins per key, 15-minute or even hourly rows alone
    // would make a month millions of rows to sum.
    "CREATE TABLE IF NOT EXISTS latency_bins("
    " span INTEGER NOT NULL,"
    " bucket INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " model INTEGER NOT NULL,"
    " channel_id INTEGER NOT NULL,"
    " channel INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " bin INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " PRIMARY KEY(span, bucket, source_id, model, channel_id, channel, kind, bin)"
    ") WITHOUT ROWID",
};

/// A perf_rollups row of a batch, in its primary key's order (source_id is the batch's).
struct PerfKey
{
    qint64 bucket, type, model, channelId, channel;
    auto tie() const { return std::tie(bucket, type, model, channelId, channel); }
    bool operator==(const PerfKey &o) const { return tie() == o.tie(); }
};
size_t qHash(const PerfKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.bucket, k.type, k.model, k.channelId, k.channel);
}

constexpr qint64 HourSeconds = 3600;
constexpr qint64 DaySeconds = 86400;

qint64 floorTo(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

/// A latency_bins row of a batch, in its primary key's order (source_id is the batch's).
struct BinKey
{
    qint64 span, bucket, model, channelId, channel;
    int kind, bin;
    auto tie() const { return std::tie(span, bucket, model, channelId, channel, kind, bin); }
    bool operator==(const BinKey &o) const { return tie() == o.tie(); }
};
size_t qHash(const BinKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.span, k.bucket, k.model, k.channelId, k.channel, k.kind, k.bin);
}

struct PerfDelta
{
    qint64 requests = 0, streams = 0, saved = 0;
};

QString channelKey(const UsageRecord &r)
{
    return r.channelName.isEmpty() ? QString::number(r.channelId) : r.channelName;
}

using RollupSql::idList;

Sums &sumsFor(QHash<QString, Sums> *out, const QString &key)
{
    Sums &s = (*out)[key];
    if (s.useTimeBins.isEmpty()) {
        s.useTimeBins.fill(0, LatencyBins::Count);
        s.frtBins.fill(0, LatencyBins::Count);
    }
    return s;
}

// In OtherValues::Key order.
constexpr std::string_view OtherKeys[OtherValues::KeyCount] = { "frt", "cache_ratio", "model_price", "model_ratio",
    "user_group_ratio", "group_ratio", "cache_tokens", "cache_creation_tokens", "cache_creation_tokens_5m",
    "cache_creation_tokens_1h" };

/// The record's figures: as read where it was mapped, else from its `other` now.
std::pair<double, qint64> figures(const UsageRecord &r)
{
    if (r.otherRead)
        return { r.firstResponseMs, r.savedQuota };
    const OtherValues other = OtherValues::parse(r.other);
    return { firstResponseMs(other), savedQuota(r, other) };
}

} // namespace

OtherValues OtherValues::of(const QJsonObject &other)
{
    OtherValues v;
    for (int k = 0; k < KeyCount; ++k)
        v.values[k] = JsonRowParser::Value::of(
            other.value(QLatin1String(OtherKeys[k].data(), qsizetype(OtherKeys[k].size()))));
    return v;
}

OtherValues OtherValues::parse(QByteArrayView other)
{
    OtherValues v;
    // std::string_view's search: QByteArrayView::contains builds a table on every call in Qt 6.4, and cost more
    // than the parse it spares.
    const std::string_view text(other.data(), size_t(other.size()));
    constexpr auto none = std::string_view::npos;
    if (text.find("cache_") == none && text.find("frt") == none && text.find("\\u") == none)
        return v;
    if (JsonRowParser::objectValues(other, OtherKeys, KeyCount, v.values))
        return v;
    return of(QJsonDocument::fromJson(other.toByteArray()).object());
}

double OtherValues::number(Key key, double fallback) const
{
    return values[key].isDouble() ? values[key].number : fallback;
}

double firstResponseMs(const OtherValues &other)
{
    const double frt = other.number(OtherValues::Frt, -1.0);
    return frt >= 0 && std::isfinite(frt) ? frt : -1.0;
}

qint64 savedQuota(const UsageRecord &record, const OtherValues &other)
{
    if (record.cacheReadTokens <= 0 || other.values[OtherValues::CacheRatio].isUndefined())
        return 0;
    if (other.number(OtherValues::ModelPrice, -1.0) >= 0)
        return 0;
    const double cacheRatio = other.number(OtherValues::CacheRatio, 1.0);
    const double modelRatio = other.number(OtherValues::ModelRatio, 0.0);
    const double userGroupRatio = other.number(OtherValues::UserGroupRatio, -1.0);
    const double groupRatio = userGroupRatio >= 0 ? userGroupRatio : other.number(OtherValues::GroupRatio, 1.0);
    const double saved = double(record.cacheReadTokens) * (1.0 - cacheRatio) * modelRatio * groupRatio;
    if (!std::isfinite(saved) || saved <= 0)
        return 0;
    return qint64(std::min(std::round(saved), double(Limits::MaxQuota)));
}

void readFigures(const OtherValues &other, UsageRecord *record)
{
    record->otherRead = true;
    record->firstResponseMs = firstResponseMs(other);
    record->savedQuota = savedQuota(*record, other);
}

const std::vector<const char *> &schema()
{
    static const std::vector<const char *> statements(std::begin(Tables), std::end(Tables));
    return statements;
}

struct Writer::Private
{
    /// A record taken by add(), with its ids.
    struct Item
    {
        const UsageRecord *record;
        qint64 model;
        qint64 channel;
    };

    sqlite3 *db;
    DimensionDictionary *dims;
    SqliteStatement perf;
    SqliteStatement bins;
    std::vector<Item> items;
    // A batch's deltas, summed by key, then sorted; kept to reuse their memory.
    QHash<PerfKey, PerfDelta> perfDeltas;
    QHash<BinKey, qint64> binDeltas;
    std::vector<std::pair<PerfKey, PerfDelta>> perfSorted;
    std::vector<std::pair<BinKey, qint64>> binSorted;
    IntRows perfRows { 8 };
    IntRows binRows { 8 };
};

Writer::Writer(sqlite3 *db, DimensionDictionary *dims)
    : d(new Private { db, dims, {}, {}, {}, {}, {}, {}, {}, IntRows(8), IntRows(8) })
{ }

Writer::~Writer() = default;

/*
 * A batch's deltas are summed by key (a batch has far fewer keys than records), sorted in primary-key order and go
 * in as one INSERT ... SELECT per table from the qs_batch table, as the other rollups do (recordwriter.cpp), rather
 * than as one statement per key in hash order: SQLite then visits each page once, in order.
 */
Result<void> Writer::write(qint64 sourceId, const QList<UsageRecord> &records, const std::vector<bool> *added)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        const UsageRecord &r = records[i];
        if ((added && !(*added)[size_t(i)]) || (r.type != int(LogType::Consume) && r.type != int(LogType::Error)))
            continue;
        const auto model = d->dims->intern(r.model);
        const auto channel = model ? d->dims->intern(channelKey(r)) : model;
        if (!channel) {
            discard();
            return channel.error();
        }
        add(r, model.value(), channel.value());
    }
    prepare();
    return write(sourceId);
}

void Writer::add(const UsageRecord &record, qint64 model, qint64 channelKey)
{
    if (record.type == int(LogType::Consume) || record.type == int(LogType::Error))
        d->items.push_back({ &record, model, channelKey });
}

void Writer::prepare()
{
    d->perfDeltas.clear();
    d->binDeltas.clear();
    for (const Private::Item &item : d->items) {
        const UsageRecord &r = *item.record;
        const qint64 bucket = CacheDb::rollupBucket(r.createdAt);
        PerfDelta &delta = d->perfDeltas[PerfKey { bucket, r.type, item.model, r.channelId, item.channel }];
        delta.requests += 1;
        if (r.type != int(LogType::Consume))
            continue;
        delta.streams += r.isStream ? 1 : 0;
        const auto [frt, saved] = figures(r);
        delta.saved += saved; // each at most MaxQuota: a batch's sum fits
        for (qint64 span : { 0, 1 }) {
            const qint64 at = floorTo(r.createdAt, span == 0 ? HourSeconds : DaySeconds);
            d->binDeltas[BinKey {
                span, at, item.model, r.channelId, item.channel, 0, LatencyBins::binOf(double(r.useTimeMs)) }]
                += 1;
            if (frt >= 0)
                d->binDeltas[BinKey { span, at, item.model, r.channelId, item.channel, 1, LatencyBins::binOf(frt) }]
                    += 1;
        }
    }
    d->items.clear();

    // Each table's summed deltas, sorted in primary-key order, as batch rows: the key's columns, then the sums.
    const auto sortedRows = [](const auto &deltas, auto *sorted, IntRows *rows, const auto &columns) {
        sorted->assign(deltas.keyValueBegin(), deltas.keyValueEnd());
        std::sort(
            sorted->begin(), sorted->end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
        rows->clear();
        for (const auto &[k, sum] : *sorted) {
            qint64 *v = rows->append();
            for (const qint64 value : columns(k, sum))
                *v++ = value;
        }
    };
    sortedRows(d->perfDeltas, &d->perfSorted, &d->perfRows, [](const PerfKey &k, const PerfDelta &sum) {
        return std::array<qint64, 8> { k.bucket, k.type, k.model, k.channelId, k.channel, sum.requests, sum.streams,
            sum.saved };
    });
    sortedRows(d->binDeltas, &d->binSorted, &d->binRows, [](const BinKey &k, qint64 count) {
        return std::array<qint64, 8> { k.span, k.bucket, k.model, k.channelId, k.channel, qint64(k.kind), qint64(k.bin),
            count };
    });
}

void Writer::discard()
{
    d->items.clear();
    d->perfRows.clear();
    d->binRows.clear();
}

Result<void> Writer::write(qint64 sourceId)
{
    if (!d->perf.isPrepared()) {
        auto r = BatchTable::install(d->db);
        if (r)
            r = d->perf.prepare(d->db,
                "INSERT INTO perf_rollups(bucket, source_id, type, model, channel_id, channel, requests, streams, "
                "saved_quota) SELECT c0, ?2, c1, c2, c3, c4, c5, c6, c7 FROM qs_batch(?1) WHERE true ON CONFLICT DO "
                "UPDATE SET requests = requests + excluded.requests, streams = streams + excluded.streams, "
                "saved_quota = saved_quota + excluded.saved_quota");
        if (r)
            r = d->bins.prepare(d->db,
                "INSERT INTO latency_bins(span, bucket, source_id, model, channel_id, channel, kind, bin, requests) "
                "SELECT c0, c1, ?2, c2, c3, c4, c5, c6, c7 FROM qs_batch(?1) WHERE true ON CONFLICT DO UPDATE SET "
                "requests = requests + excluded.requests");
        if (!r)
            return r.error();
    }
    const QString what = QStringLiteral("updating the latency rollups");
    auto written = BatchTable::run(d->perf, &d->perfRows, sourceId, what);
    if (written)
        written = BatchTable::run(d->bins, &d->binRows, sourceId, what);
    d->perfRows.clear();
    d->binRows.clear();
    return written;
}

Result<void> backfill(sqlite3 *db)
{
    // A cache set back to an older version (tests do) may hold the tables already: start from empty ones.
    for (const char *sql : { "DELETE FROM perf_rollups", "DELETE FROM latency_bins" }) {
        if (auto done = SqliteStatement::exec(db, sql); !done)
            return done;
    }
    SqliteStatement sources;
    if (auto r = sources.prepare(db, "SELECT id FROM sources WHERE backing = 'records' ORDER BY id"); !r)
        return r.error();
    QList<qint64> ids;
    while (sources.step())
        ids << sources.int64(0);
    if (!sources.ok())
        return sources.error(QStringLiteral("listing sources"));
    DimensionDictionary dims(db);
    Writer writer(db, &dims);
    for (qint64 id : ids) {
        Filter f;
        f.sourceIds = { id };
        f.types = { int(LogType::Consume), int(LogType::Error) };
        QList<UsageRecord> batch;
        Result<void> written;
        const auto visit = [&](const UsageRecord &r) {
            batch << r;
            if (batch.size() >= 5000) {
                written = writer.write(id, batch);
                batch.clear();
            }
            return written.ok();
        };
        const auto visited
            = RecordQuery(db).forEach(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), f, visit);
        if (!visited)
            return visited.error();
        if (written && !batch.isEmpty())
            written = writer.write(id, batch);
        if (!written)
            return written.error();
    }
    return {};
}

bool canRead(const Filter &filter)
{
    return filter.users.isEmpty() && filter.tokens.isEmpty() && filter.groups.isEmpty();
}

Result<QHash<QString, Sums>> read(sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Dimension by)
{
    if (!canRead(filter))
        return readRecords(db, from, to, filter, by);
    DimensionDictionary dims(db);
    QList<QByteArray> terms;
    if (!filter.sourceIds.isEmpty())
        terms << "source_id IN (" + idList(filter.sourceIds) + ")";
    const auto idsOf = [&](const QStringList &names) -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const QString &n : names) {
            const auto id = dims.find(n);
            if (!id)
                return id.error();
            ids << id.value();
        }
        return ids;
    };
    if (!filter.models.isEmpty()) {
        const auto ids = idsOf(filter.models);
        if (!ids)
            return ids.error();
        terms << "model IN (" + idList(ids.value()) + ")";
    }
    if (!filter.channels.isEmpty()) {
        const auto ids = idsOf(filter.channels);
        if (!ids)
            return ids.error();
        QList<qint64> numeric;
        for (const QString &c : filter.channels) {
            bool isNumber = false;
            const qint64 id = c.toLongLong(&isNumber);
            if (isNumber)
                numeric << id;
        }
        terms << "(channel IN (" + idList(ids.value()) + ") OR channel_id IN (" + idList(numeric) + "))";
    }
    const QByteArray filterTerms = terms.isEmpty() ? QByteArray() : " AND " + terms.join(" AND ");
    const QByteArray where = " WHERE bucket >= " + QByteArray::number(from) + " AND bucket < " + QByteArray::number(to)
        + filterTerms;
    QByteArray key = "0";
    if (by == Dimension::Model)
        key = "model";
    else if (by == Dimension::Channel)
        key = "channel";
    else if (by == Dimension::Source)
        key = "source_id";
    QHash<qint64, QString> sourceNames;
    if (by == Dimension::Source) {
        const auto names = SourceRepository(db).names();
        if (!names)
            return names.error();
        sourceNames = names.value();
    }
    const auto keyName = [&](qint64 id) -> Result<QString> {
        if (by == Dimension::Source)
            return sourceNames.value(id, QString::number(id));
        if (by == Dimension::None)
            return QString();
        return dims.value(id);
    };

    QHash<QString, Sums> out;
    SqliteStatement st;
    auto r = st.prepare(db,
        "SELECT " + key + ", type, sum(requests), sum(streams), sum(saved_quota) FROM perf_rollups" + where
            + " AND type IN (2, 5) GROUP BY 1, 2");
    if (!r)
        return r.error();
    while (st.step()) {
        const auto name = keyName(st.int64(0));
        if (!name)
            return name.error();
        Sums &s = sumsFor(&out, name.value());
        if (st.int64(1) == int(LogType::Error)) {
            s.errors += st.int64(2);
        } else {
            s.requests += st.int64(2);
            s.streams += st.int64(3);
            s.savedQuota += st.int64(4);
        }
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Aggregator", "reading the latency rollups"));
    // Whole UTC days from the day rows, the edges from the hour rows (hours that start inside the range).
    const qint64 firstDay = floorTo(from + DaySeconds - 1, DaySeconds);
    const qint64 endDay = floorTo(to, DaySeconds);
    QList<std::tuple<int, qint64, qint64>> ranges; // span, from, to
    if (firstDay < endDay)
        ranges << std::make_tuple(1, firstDay, endDay) << std::make_tuple(0, from, firstDay)
               << std::make_tuple(0, endDay, to);
    else
        ranges << std::make_tuple(0, from, to);
    r = st.prepare(db,
        "SELECT " + key + ", kind, bin, sum(requests) FROM latency_bins WHERE span = ?1 AND bucket >= ?2 AND "
                          "bucket < ?3"
            + filterTerms + " GROUP BY 1, 2, 3");
    if (!r)
        return r.error();
    for (const auto &[span, lo, hi] : ranges) {
        if (lo >= hi)
            continue;
        st.reset();
        st.bind(1, qint64(span));
        st.bind(2, lo);
        st.bind(3, hi);
        while (st.step()) {
            const auto name = keyName(st.int64(0));
            if (!name)
                return name.error();
            Sums &s = sumsFor(&out, name.value());
            const int bin = int(qBound<qint64>(0, st.int64(2), qint64(LatencyBins::Count - 1)));
            (st.int64(1) == 0 ? s.useTimeBins : s.frtBins)[bin] += st.int64(3);
        }
        if (!st.ok())
            return st.error(QCoreApplication::translate("Aggregator", "reading the latency rollups"));
    }
    return out;
}

Result<QHash<QString, Sums>> readRecords(sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Dimension by)
{
    QHash<qint64, QString> sourceNames;
    if (by == Dimension::Source) {
        const auto names = SourceRepository(db).names();
        if (!names)
            return names.error();
        sourceNames = names.value();
    }
    Filter f = filter;
    f.types = { int(LogType::Consume), int(LogType::Error) };
    QHash<QString, Sums> out;
    // forEach's records do not carry their source: one pass per source.
    QList<qint64> ids = filter.sourceIds;
    if (ids.isEmpty()) {
        const auto list = SourceRepository(db).list();
        if (!list)
            return list.error();
        for (const SourceInfo &s : list.value())
            ids << s.id;
    }
    for (qint64 id : ids) {
        f.sourceIds = { id };
        const auto visited = RecordQuery(db).forEach(from, to, f, [&](const UsageRecord &r) {
            QString key;
            if (by == Dimension::Model)
                key = r.model;
            else if (by == Dimension::Channel)
                key = channelKey(r);
            else if (by == Dimension::Source)
                key = sourceNames.value(id);
            Sums &s = sumsFor(&out, key);
            if (r.type == int(LogType::Error)) {
                ++s.errors;
                return true;
            }
            ++s.requests;
            s.streams += r.isStream ? 1 : 0;
            const auto [frt, saved] = figures(r);
            s.savedQuota += saved;
            ++s.useTimeBins[LatencyBins::binOf(double(r.useTimeMs))];
            if (frt >= 0)
                ++s.frtBins[LatencyBins::binOf(frt)];
            return true;
        });
        if (!visited)
            return visited.error();
    }
    return out;
}

} // namespace QuotaScope::PerfRollups
