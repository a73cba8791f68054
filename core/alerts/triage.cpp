#include "alerts/triage.h"

#include "aggregate/aggregator.h"
#include "model/usagerecord.h"
#include "store/dimensiondictionary.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace QuotaScope {

namespace {

constexpr int BaselinePeriods = 4;
constexpr qint64 MinRequests = 20;

/// Totals per key of a report (one bucket per period is enough).
Result<QHash<QString, Counters>> totals(
    const Aggregator &a, qint64 from, qint64 to, const Filter &f, Dimension by, int type)
{
    ReportQuery q;
    q.from = from;
    q.to = to;
    q.filter = f;
    q.filter.types = { type };
    q.by = by;
    q.granularity = Granularity::Month;
    q.tz = QTimeZone::utc();
    auto report = a.report(q);
    if (!report)
        return report.error();
    QHash<QString, Counters> out;
    for (const ReportRow &row : report->rows)
        (void)out[row.key].add(row.counters);
    return out;
}

QByteArray sourceTerm(const Filter &f)
{
    QByteArray ids;
    for (qint64 id : f.sourceIds)
        ids += (ids.isEmpty() ? "" : ", ") + QByteArray::number(id);
    return ids.isEmpty() ? QByteArray() : " AND source_id IN (" + ids + ")";
}

struct Latency
{
    QString channel;
    double avgMs = 0;
    qint64 requests = 0;
    qint64 quota = 0;
};

Result<QHash<qint64, Latency>> latencies(sqlite3 *db, qint64 from, qint64 to, const Filter &f)
{
    SqliteStatement st;
    auto ok = st.prepare(db,
        "SELECT channel_id, max(channel_name), avg(use_time_ms), count(*), sum(quota) FROM usage_records WHERE "
        "created_at >= ?1 AND created_at < ?2 AND type = 2"
            + sourceTerm(f) + " GROUP BY channel_id");
    if (!ok)
        return ok.error();
    st.bind(1, from);
    st.bind(2, to);
    QHash<qint64, Latency> out;
    while (st.step()) {
        const QString name = st.text(1);
        out.insert(st.int64(0),
            Latency { name.isEmpty() ? QString::number(st.int64(0)) : name, st.real(2), st.int64(3), st.int64(4) });
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Triage", "reading latencies"));
    return out;
}

} // namespace

QString TriageEntry::kindName(Kind k)
{
    switch (k) {
    case Kind::SpendJump:
        return QStringLiteral("spend_jump");
    case Kind::NewIp:
        return QStringLiteral("new_ip");
    case Kind::NewModel:
        return QStringLiteral("new_model");
    case Kind::ChannelErrors:
        return QStringLiteral("channel_errors");
    case Kind::ChannelLatency:
        return QStringLiteral("channel_latency");
    }
    return QString();
}

Triage::Triage(sqlite3 *db)
    : m_db(db)
{ }

Result<QList<TriageEntry>> Triage::run(qint64 from, qint64 to, const Filter &filter) const
{
    QList<TriageEntry> out;
    if (to <= from)
        return out;
    const qint64 length = to - from;
    const qint64 baseFrom = from - BaselinePeriods * length;
    const Aggregator aggregator(m_db);
    const int consume = int(LogType::Consume);

    // Tokens whose spend jumped: at least double their baseline and at least 1 % of the period's spend.
    auto now = totals(aggregator, from, to, filter, Dimension::Token, consume);
    auto before = totals(aggregator, baseFrom, from, filter, Dimension::Token, consume);
    if (!now)
        return now.error();
    if (!before)
        return before.error();
    qint64 periodSpend = 0;
    for (const Counters &c : now.value())
        periodSpend += c.quota;
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const double base = double(before->value(it.key()).quota) / BaselinePeriods;
        const double after = double(it.value().quota);
        if (after < 2 * base || after - base < 0.01 * double(periodSpend) || it.value().requests < MinRequests)
            continue;
        TriageEntry e;
        e.kind = TriageEntry::Kind::SpendJump;
        e.key = it.key();
        e.before = base;
        e.after = after;
        e.effect = qint64(after - base);
        e.message = base > 0
            ? QCoreApplication::translate("Triage", "token \"%1\" spent %2 times its usual")
                  .arg(it.key())
                  .arg(after / base, 0, 'f', 1)
            : QCoreApplication::translate("Triage", "token \"%1\" spent where it usually spends nothing").arg(it.key());
        out << e;
    }

    // Channels whose error rate jumped: 10 points above their baseline and at least double it.
    auto errorsNow = totals(aggregator, from, to, filter, Dimension::Channel, int(LogType::Error));
    auto errorsBefore = totals(aggregator, baseFrom, from, filter, Dimension::Channel, int(LogType::Error));
    auto servedNow = totals(aggregator, from, to, filter, Dimension::Channel, consume);
    auto servedBefore = totals(aggregator, baseFrom, from, filter, Dimension::Channel, consume);
    for (const auto *r : { &errorsNow, &errorsBefore, &servedNow, &servedBefore }) {
        if (!*r)
            return r->error();
    }
    const auto rate = [](qint64 errors, qint64 served) {
        return errors + served > 0 ? 100.0 * double(errors) / double(errors + served) : 0.0;
    };
    for (auto it = errorsNow->cbegin(); it != errorsNow->cend(); ++it) {
        const qint64 errors = it.value().requests;
        const qint64 served = servedNow->value(it.key()).requests;
        const double after = rate(errors, served);
        const double base = rate(errorsBefore->value(it.key()).requests, servedBefore->value(it.key()).requests);
        if (errors + served < MinRequests || after < base + 10 || after < 2 * base)
            continue;
        TriageEntry e;
        e.kind = TriageEntry::Kind::ChannelErrors;
        e.key = it.key();
        e.before = base;
        e.after = after;
        e.effect = servedNow->value(it.key()).quota;
        e.message = QCoreApplication::translate("Triage", "channel \"%1\" failed %2 % of requests (usually %3 %)")
                        .arg(it.key())
                        .arg(after, 0, 'f', 1)
                        .arg(base, 0, 'f', 1);
        out << e;
    }

    // Models that appeared for a token in the period (rollups), and tokens used from a new IP (raw records).
    DimensionDictionary dims(m_db);
    SqliteStatement st;
    auto ok = st.prepare(m_db,
        "SELECT token_name, model, min(bucket) AS first, sum(CASE WHEN bucket >= ?1 AND bucket < ?2 THEN quota "
        "ELSE 0 END) FROM rollups WHERE type = 2 AND token_name != 0"
            + sourceTerm(filter) + " GROUP BY token_name, model HAVING first >= ?1 AND first < ?2");
    if (!ok)
        return ok.error();
    st.bind(1, from);
    st.bind(2, to);
    bool history = false;
    {
        auto span = aggregator.dataSpan(filter);
        if (!span)
            return span.error();
        history = span->first > 0 && span->first < from;
    }
    while (history && st.step()) {
        auto token = dims.value(st.int64(0));
        auto model = dims.value(st.int64(1));
        if (!token || !model)
            return !token ? token.error() : model.error();
        TriageEntry e;
        e.kind = TriageEntry::Kind::NewModel;
        e.key = token.value();
        e.detail = model.value();
        e.after = double(st.int64(3));
        e.effect = st.int64(3);
        e.message = QCoreApplication::translate("Triage", "token \"%1\" used model \"%2\" for the first time")
                        .arg(e.key, e.detail);
        out << e;
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Triage", "finding new models"));

    ok = st.prepare(m_db,
        "SELECT token_name, ip, count(*), sum(quota) FROM usage_records WHERE created_at >= ?1 AND created_at < ?2 "
        "AND type = 2 AND ip != '' AND token_name != ''"
            + sourceTerm(filter) + " GROUP BY token_name, ip");
    if (!ok)
        return ok.error();
    st.bind(1, from);
    st.bind(2, to);
    SqliteStatement seen;
    ok = seen.prepare(m_db,
        "SELECT 1 FROM usage_records WHERE created_at < ?3 AND token_name = ?1 AND ip = ?2" + sourceTerm(filter)
            + " LIMIT 1");
    if (!ok)
        return ok.error();
    QHash<QString, int> tokensWithHistory; // a token new altogether is a spend question, not an IP question
    while (history && st.step()) {
        const QString token = st.text(0);
        const QString ip = st.text(1);
        seen.reset();
        seen.bind(1, token);
        seen.bind(2, ip);
        seen.bind(3, from);
        if (seen.step())
            continue;
        if (!seen.ok())
            return seen.error(QCoreApplication::translate("Triage", "finding new IPs"));
        if (!tokensWithHistory.contains(token))
            tokensWithHistory.insert(token, before->contains(token) ? 1 : 0);
        if (!tokensWithHistory.value(token))
            continue;
        TriageEntry e;
        e.kind = TriageEntry::Kind::NewIp;
        e.key = token;
        e.detail = ip;
        e.after = double(st.int64(2));
        e.effect = st.int64(3);
        e.message = QCoreApplication::translate("Triage", "token \"%1\" used from a new IP %2 (%3 requests)")
                        .arg(token, ip)
                        .arg(st.int64(2));
        out << e;
    }
    if (!st.ok())
        return st.error(QCoreApplication::translate("Triage", "finding new IPs"));

    // Channels whose latency jumped: 1.5 times their baseline and a second slower.
    auto latNow = latencies(m_db, from, to, filter);
    auto latBefore = latencies(m_db, baseFrom, from, filter);
    if (!latNow)
        return latNow.error();
    if (!latBefore)
        return latBefore.error();
    for (auto it = latNow->cbegin(); it != latNow->cend(); ++it) {
        const auto base = latBefore->constFind(it.key());
        if (base == latBefore->cend() || it->requests < MinRequests || base->requests < MinRequests)
            continue;
        if (it->avgMs < 1.5 * base->avgMs || it->avgMs - base->avgMs < 1000)
            continue;
        TriageEntry e;
        e.kind = TriageEntry::Kind::ChannelLatency;
        e.key = it->channel;
        e.before = base->avgMs;
        e.after = it->avgMs;
        e.effect = it->quota;
        e.message = QCoreApplication::translate("Triage", "channel \"%1\" answers in %2 s on average (usually %3 s)")
                        .arg(it->channel)
                        .arg(it->avgMs / 1000, 0, 'f', 1)
                        .arg(base->avgMs / 1000, 0, 'f', 1);
        out << e;
    }

    std::stable_sort(out.begin(), out.end(), [](const TriageEntry &a, const TriageEntry &b) {
        return a.effect != b.effect ? a.effect > b.effect : a.key < b.key;
    });
    return out;
}

} // namespace QuotaScope
