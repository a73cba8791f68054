#include "aggregate/liveaggregator.h"

#include "aggregate/timebuckets.h"
#include "model/usagerecord.h"
#include "store/cachedb.h"

#include <QCoreApplication>

#include <algorithm>

namespace QuotaScope {

namespace {

/// A number from `other` (a JSON object kept as text) by key, NULL if absent: by the engine's regular expressions on
/// PostgreSQL and MySQL, by SQLite's JSON functions (a top-level key of a valid object) on a SQLite file.
QString otherNumber(DatabaseProfile::Engine e, const char *key)
{
    switch (e) {
    case DatabaseProfile::Engine::MySql:
        return QStringLiteral("CAST(REGEXP_SUBSTR(REGEXP_SUBSTR(other, '\"%1\"[[:space:]]*:[[:space:]]*[0-9]+'), "
                              "'[0-9]+$') AS SIGNED)")
            .arg(QLatin1String(key));
    case DatabaseProfile::Engine::Sqlite:
        return QStringLiteral("(CASE WHEN other LIKE '%\"%1\"%' AND json_valid(other) AND json_type(other, '$.%1') "
                              "= 'integer' THEN json_extract(other, '$.%1') END)")
            .arg(QLatin1String(key));
    case DatabaseProfile::Engine::PostgreSql:
        break;
    }
    return QStringLiteral("CAST(substring(other from '\"%1\"\\s*:\\s*(\\d+)') AS bigint)").arg(QLatin1String(key));
}

/// created_at floored to a multiple of unitSeconds, in SQL all three engines speak (SQLite has no MOD()).
QString bucketOf(qint64 unitSeconds)
{
    return QStringLiteral("(created_at - created_at % %1)").arg(unitSeconds);
}

/**
 * A text expression compared, grouped and ordered by its bytes. MySQL's and MariaDB's default collations compare text
 * case-insensitively: "GPT-4o" and "gpt-4o" would be one model in a live report, its pickers and its filters, where
 * the cache (SQLite) and PostgreSQL keep them apart. CAST AS BINARY is the byte string in the column's own
 * character set, so it works whatever that is (utf8mb3 or utf8mb4), where COLLATE would have to name one.
 */
QString exactText(DatabaseProfile::Engine engine, const QString &expr)
{
    return engine == DatabaseProfile::Engine::MySql ? QStringLiteral("CAST(%1 AS BINARY)").arg(expr) : expr;
}

QString inList(const QStringList &values)
{
    return QStringLiteral(" IN (") + values.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

LiveAggregator::LiveAggregator(GatewayDatabase *db)
    : m_db(db)
{ }

QString LiveAggregator::statusText() const
{
    const DatabaseProfile &p = m_db->profile();
    return QCoreApplication::translate("LiveAggregator", "live from %1 at %2")
        .arg(m_db->serverVersion(), p.engine == DatabaseProfile::Engine::Sqlite ? p.path : p.host);
}

QString LiveAggregator::counterSums() const
{
    const DatabaseProfile::Engine e = m_db->engine();
    // Cache writes are rare: the three patterns run only on rows that mention them.
    const QString write = QStringLiteral("CASE WHEN other LIKE '%cache_creation%' THEN COALESCE(%1, COALESCE(%2, 0) + "
                                         "COALESCE(%3, 0)) ELSE 0 END")
                              .arg(otherNumber(e, "cache_creation_tokens"), otherNumber(e, "cache_creation_tokens_5m"),
                                  otherNumber(e, "cache_creation_tokens_1h"));
    return QStringLiteral("COUNT(*), COALESCE(SUM(quota), 0), COALESCE(SUM(prompt_tokens), 0), "
                          "COALESCE(SUM(completion_tokens), 0), COALESCE(SUM(COALESCE(%1, 0)), 0), "
                          "COALESCE(SUM(%2), 0)")
        .arg(otherNumber(e, "cache_tokens"), write);
}

Result<QString> LiveAggregator::where(const ReportQuery &query, bool withTypes, qint64 unitSeconds) const
{
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    const bool oneApi = schema->product == GatewaySchema::Product::OneApi;
    const auto up = [unitSeconds](qint64 t) {
        const qint64 floor = t - ((t % unitSeconds) + unitSeconds) % unitSeconds;
        return floor == t ? t : floor + unitSeconds;
    };
    QStringList terms { QStringLiteral("created_at >= %1").arg(up(query.from)),
        QStringLiteral("created_at < %1").arg(up(query.to)) };
    if (withTypes && !query.filter.types.isEmpty()) {
        QStringList types;
        for (int t : query.filter.types) {
            // one-api's 5 is a channel test, mapped to System; it has no error logs.
            if (oneApi && t == int(LogType::Error))
                continue;
            types << QString::number(t);
            if (oneApi && t == int(LogType::System))
                types << QStringLiteral("5");
        }
        if (types.isEmpty())
            types << QStringLiteral("NULL");
        terms << QStringLiteral("type") + inList(types);
    }
    const std::pair<const QStringList *, const char *> byName[]
        = { { &query.filter.users, "username" }, { &query.filter.tokens, "token_name" },
              { &query.filter.models, "model_name" }, { &query.filter.groups, "group" } };
    for (const auto &[values, column] : byName) {
        if (values->isEmpty())
            continue;
        QStringList literals;
        for (const QString &v : *values)
            literals << m_db->literal(v);
        const QString col = QLatin1String(column);
        if (!schema->logColumns.contains(col, Qt::CaseInsensitive)) {
            // A column the gateway does not have (one-api's group) is empty in every record.
            terms << (values->contains(QString()) ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0"));
            continue;
        }
        terms << exactText(m_db->engine(), QStringLiteral("COALESCE(%1, '')").arg(m_db->quote(col))) + inList(literals);
    }
    if (!query.filter.channels.isEmpty()) {
        QStringList ids;
        for (const QString &c : query.filter.channels) {
            bool isNumber = false;
            const qint64 id = c.toLongLong(&isNumber);
            if (isNumber)
                ids << QString::number(id);
        }
        terms << (ids.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("COALESCE(channel_id, 0)") + inList(ids));
    }
    return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<QString> LiveAggregator::keyOf(Dimension by, const GatewaySchema &schema) const
{
    switch (by) {
    case Dimension::None:
        return QStringLiteral("''");
    case Dimension::Model:
        return exactText(m_db->engine(), QStringLiteral("COALESCE(model_name, '')"));
    case Dimension::User:
        return exactText(m_db->engine(), QStringLiteral("COALESCE(username, '')"));
    case Dimension::Token:
        return exactText(m_db->engine(), QStringLiteral("COALESCE(token_name, '')"));
    case Dimension::Channel:
        return QStringLiteral("COALESCE(channel_id, 0)"); // the gateway never stores channel_name
    case Dimension::Group:
        return schema.logColumns.contains(QStringLiteral("group"), Qt::CaseInsensitive)
            ? exactText(m_db->engine(), QStringLiteral("COALESCE(%1, '')").arg(m_db->quote(QStringLiteral("group"))))
            : QStringLiteral("''");
    case Dimension::Source:
        break;
    }
    return Error(QCoreApplication::translate("LiveAggregator", "a live database is one source: group by another dimension"),
        Error::Kind::Usage);
}

Result<QStringList> LiveAggregator::distinctValues(Dimension dimension) const
{
    if (dimension == Dimension::None)
        return QStringList();
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    if (dimension == Dimension::Source)
        return QStringList { m_db->profile().where() };
    auto key = keyOf(dimension, schema.value());
    if (!key)
        return key.error();
    auto rows = m_db->selectLogs(QStringLiteral("SELECT DISTINCT %1 FROM logs").arg(key.value()));
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QVariantList &r : rows.value()) {
        const QString v = r.value(0).toString();
        if (!v.isEmpty())
            out << v;
    }
    out.sort();
    return out;
}

Result<Report> LiveAggregator::report(const ReportQuery &query) const
{
    Report report;
    report.query = query;
    report.buckets
        = TimeBuckets::starts(query.from, query.to, query.tz, query.granularity, query.weekStart, &report.capped);
    if (report.capped)
        return Error(QCoreApplication::translate("LiveAggregator",
                         "the range holds more than %1 buckets at this granularity; choose a shorter range or a "
                         "coarser granularity")
                         .arg(Limits::MaxBuckets),
            Error::Kind::Usage);
    if (report.buckets.isEmpty())
        return report;
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    auto key = keyOf(query.by, schema.value());
    if (!key)
        return key.error();
    auto w = where(query, true, CacheDb::RollupSeconds);
    if (!w)
        return w.error();
    const QString bucket = bucketOf(CacheDb::RollupSeconds);
    const QString sql = QStringLiteral("SELECT %1, %2, %3 FROM logs%4 GROUP BY %1%5")
                            .arg(bucket, key.value(), counterSums(), w.value(),
                                query.by == Dimension::None ? QString() : QStringLiteral(", ") + key.value());
    auto rows = m_db->selectLogs(sql);
    if (!rows)
        return rows.error();
    QMap<qint64, QHash<QString, Counters>> cells;
    QHash<QString, Counters> keyTotals;
    const std::vector<qint64> starts(report.buckets.cbegin(), report.buckets.cend());
    for (const QVariantList &r : rows.value()) {
        const qint64 bucket = r.value(0).toLongLong();
        auto it = std::upper_bound(starts.begin(), starts.end(), bucket);
        const qint64 display = it == starts.begin() ? starts.front() : *(it - 1);
        Counters c;
        c.requests = r.value(2).toLongLong();
        c.quota = r.value(3).toLongLong();
        c.promptTokens = r.value(4).toLongLong();
        c.completionTokens = r.value(5).toLongLong();
        c.cacheReadTokens = r.value(6).toLongLong();
        c.cacheWriteTokens = r.value(7).toLongLong();
        const QString k = r.value(1).toString();
        if (!cells[display][k].add(c) || !keyTotals[k].add(c))
            return Error(QCoreApplication::translate("LiveAggregator",
                             "the totals of this range do not fit in a "
                             "64-bit number"),
                Error::Kind::Database);
    }
    if (auto assembled = assembleReport(&report, cells, keyTotals); !assembled)
        return assembled.error();
    return report;
}

Result<StatCards> LiveAggregator::stats(const ReportQuery &query) const
{
    StatCards cards;
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    const bool oneApi = schema->product == GatewaySchema::Product::OneApi;
    auto w = where(query, false, CacheDb::RollupSeconds);
    if (!w)
        return w.error();
    auto rows
        = m_db->selectLogs(QStringLiteral("SELECT type, %1 FROM logs%2 GROUP BY type").arg(counterSums(), w.value()));
    if (!rows)
        return rows.error();
    qint64 consumption = 0;
    QHash<int, Counters> byType;
    for (const QVariantList &r : rows.value()) {
        int type = r.value(0).toInt();
        if (oneApi && type == 5)
            type = int(LogType::System);
        Counters c;
        c.requests = r.value(1).toLongLong();
        c.quota = r.value(2).toLongLong();
        c.promptTokens = r.value(3).toLongLong();
        c.completionTokens = r.value(4).toLongLong();
        c.cacheReadTokens = r.value(5).toLongLong();
        c.cacheWriteTokens = r.value(6).toLongLong();
        if (!byType[type].add(c))
            return Error(QCoreApplication::translate("LiveAggregator",
                             "the totals of this range do not fit in a "
                             "64-bit number"),
                Error::Kind::Database);
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        const int type = it.key();
        const Counters &c = it.value();
        if ((query.filter.types.isEmpty() || query.filter.types.contains(type)) && !cards.totals.add(c))
            return Error(QCoreApplication::translate("LiveAggregator",
                             "the totals of this range do not fit in a "
                             "64-bit number"),
                Error::Kind::Database);
        if (type == int(LogType::Refund)) {
            cards.refunds = c.requests;
            cards.refundQuota = c.quota;
        } else if (type == int(LogType::Error)) {
            cards.errors = c.requests;
        } else if (type == int(LogType::Consume)) {
            consumption = c.requests;
        }
    }
    if (auto derived = deriveStatCards(&cards, query, consumption); !derived)
        return derived.error();
    auto typed = where(query, true, 60);
    if (!typed)
        return typed.error();
    auto peak = m_db->selectLogs(QStringLiteral("SELECT %1, COUNT(*) FROM logs%2 GROUP BY %1 ORDER BY 2 DESC, 1 ASC LIMIT 1")
                                     .arg(bucketOf(60), typed.value()));
    if (!peak)
        return peak.error();
    cards.peakRpm = 0;
    if (!peak->isEmpty()) {
        cards.peakRpmAt = peak->first().value(0).toLongLong();
        cards.peakRpm = peak->first().value(1).toLongLong();
    }
    return cards;
}

Result<QString> LiveAggregator::logWhere(const RecordSelection &selection, const GatewaySchema &schema) const
{
    ReportQuery query;
    query.from = selection.from;
    query.to = selection.to;
    query.filter = selection.filter;
    auto w = where(query, true, 1);
    if (!w)
        return w.error();
    QString out = w.value();
    const auto has = [&schema](const char *column) {
        return schema.logColumns.contains(QLatin1String(column), Qt::CaseInsensitive);
    };
    const QString requestId = selection.requestId.trimmed();
    if (!requestId.isEmpty()) {
        out += has("request_id") ? QStringLiteral(" AND COALESCE(request_id, '') = %1").arg(m_db->literal(requestId))
                                 : QStringLiteral(" AND 1 = 0");
    }
    const QString needle = selection.text.trimmed();
    if (!needle.isEmpty()) {
        // The cache's search columns as the gateway names them; '!' escapes LIKE's wildcards on every engine.
        QString pattern = needle.toLower();
        pattern.replace(QLatin1Char('!'), QLatin1String("!!"))
            .replace(QLatin1Char('%'), QLatin1String("!%"))
            .replace(QLatin1Char('_'), QLatin1String("!_"));
        const QString like = m_db->literal(QLatin1Char('%') + pattern + QLatin1Char('%'));
        QStringList any;
        for (const char *column :
            { "username", "token_name", "model_name", "channel_name", "group", "request_id", "ip", "content" }) {
            if (has(column))
                any << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE %2 ESCAPE '!'")
                           .arg(m_db->quote(QLatin1String(column)), like);
        }
        out += any.isEmpty() ? QStringLiteral(" AND 1 = 0")
                             : QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return out;
}

Result<KeysetPage> LiveAggregator::logPage(const RecordSelection &selection, bool descending,
    const std::optional<RecordCursor> &after, int limit) const
{
    KeysetPage page;
    page.atEnd = true;
    if (limit <= 0)
        return page;
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    if (!schema->hasLogs)
        return Error(QCoreApplication::translate("GatewayDatabase", "%1 has no `logs` table%2")
                         .arg(m_db->profile().where(), QString()),
            Error::Kind::Database);
    auto mapping = LogRowMapping::forSchema(schema.value(), m_db->profile().where());
    if (!mapping)
        return mapping.error();
    auto w = logWhere(selection, schema.value());
    if (!w)
        return w.error();
    QStringList columns;
    for (const QString &c : mapping->columns())
        columns << m_db->quote(c);
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = QStringLiteral(" ORDER BY created_at%1, id%1").arg(dir);
    const QString before = descending ? QStringLiteral("<") : QStringLiteral(">");
    const bool mysql = m_db->engine() == DatabaseProfile::Engine::MySql;
    // One more row than asked tells whether the listing goes on. Rows the mapping leaves out are read past: the
    // next query starts after the last row read, so a page is never short while more rows follow.
    const int fetch = limit + 1;
    std::optional<RecordCursor> cursor = after;
    for (;;) {
        QString keyset;
        if (cursor) {
            const QString t = QString::number(cursor->createdAt), id = QString::number(cursor->rowId);
            // PostgreSQL and SQLite seek an index on (created_at, id) by the row value; MySQL and MariaDB range
            // over created_at only with the bound spelt out.
            keyset = mysql ? QStringLiteral(" AND created_at %1= %2 AND (created_at %1 %2 OR id %1 %3)")
                                 .arg(before, t, id)
                           : QStringLiteral(" AND (created_at, id) %1 (%2, %3)").arg(before, t, id);
        }
        // One arg() pass: a searched text's '%' and digits are never read as placeholders.
        const QString sql = QStringLiteral("SELECT %1 FROM logs%2%3%4 LIMIT ")
                                .arg(columns.join(QLatin1Char(',')), w.value(), keyset, order)
            + QString::number(fetch);
        auto rows = m_db->selectLogCells(sql);
        if (!rows)
            return rows.error();
        for (const QStringList &cells : rows.value()) {
            const RecordCursor at { cells.value(mapping->createdAtIndex()).toLongLong(),
                cells.value(mapping->idIndex()).toLongLong() };
            cursor = at;
            QString implausible;
            auto record = mapping->map(cells, &implausible);
            if (!record && !implausible.isEmpty())
                continue;
            if (!record)
                return Error(QCoreApplication::translate("GatewayDatabase", "%1, logs id %2: %3")
                                 .arg(m_db->profile().where(), cells.value(mapping->idIndex()), record.error().message),
                    Error::Kind::Parse);
            if (page.records.size() == limit) {
                page.atEnd = false;
                return page;
            }
            page.records << std::move(record.value());
            page.cursors << at;
        }
        if (rows->size() < fetch)
            return page;
    }
}

Result<qint64> LiveAggregator::logCount(const RecordSelection &selection) const
{
    auto schema = m_db->schema();
    if (!schema)
        return schema.error();
    auto w = logWhere(selection, schema.value());
    if (!w)
        return w.error();
    auto rows = m_db->selectLogs(QStringLiteral("SELECT COUNT(*) FROM logs") + w.value());
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? qint64(0) : rows->first().value(0).toLongLong();
}

} // namespace QuotaScope
