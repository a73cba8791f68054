#include "alerts/alertevaluator.h"

#include "aggregate/aggregator.h"
#include "gateway/gatewaystatus.h"
#include "model/usagerecord.h"
#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/rolluppairs.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace QuotaScope {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr int BaselineDays = 7;
/// The longest range "test against history" replays.
constexpr qint64 MaxBacktestSeconds = 92 * Day;

void restrictTo(Filter *f, AlertScope scope, const QString &value)
{
    if (value.isEmpty())
        return;
    switch (scope) {
    case AlertScope::User:
        f->users = { value };
        break;
    case AlertScope::Token:
        f->tokens = { value };
        break;
    case AlertScope::Model:
        f->models = { value };
        break;
    case AlertScope::Channel:
        f->channels = { value };
        break;
    case AlertScope::Group:
        f->groups = { value };
        break;
    case AlertScope::All:
    case AlertScope::Source:
        break;
    }
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Per key, the counters of each hour of the report's range.
using HourSeries = QMap<QString, std::vector<Counters>>;

struct Scoped
{
    QList<SourceInfo> sources; ///< every source in the cache
    QList<qint64> sourceIds; ///< the rule's source, or empty for all
    CurrencyDisplay currency;
};

Result<Scoped> scopedSources(sqlite3 *db, const AlertRule &rule)
{
    Scoped s;
    auto list = SourceRepository(db).list();
    if (!list)
        return list.error();
    s.sources = list.value();
    if (!rule.source.isEmpty()) {
        const auto it = std::find_if(
            s.sources.cbegin(), s.sources.cend(), [&](const SourceInfo &i) { return i.name == rule.source; });
        if (it == s.sources.cend())
            return Error(
                QCoreApplication::translate("AlertEvaluator", "no source named \"%1\" in the cache").arg(rule.source),
                Error::Kind::Usage);
        s.sourceIds << it->id;
    }
    s.currency = currencyForSources(s.sources, s.sourceIds);
    return s;
}

QString keyLabel(AlertScope scope, const QString &key)
{
    if (scope == AlertScope::All)
        return QCoreApplication::translate("AlertEvaluator", "all usage");
    return QStringLiteral("%1 \"%2\"").arg(scopeName(scope), key);
}

QString windowLabel(const AlertRule &rule)
{
    return rule.windowMinutes % 60 == 0 && rule.windowMinutes <= 24 * 60
        ? QCoreApplication::translate("AlertEvaluator", "in the last %1 h").arg(rule.windowMinutes / 60)
        : QCoreApplication::translate("AlertEvaluator", "in the last %1 min").arg(rule.windowMinutes);
}

} // namespace

QString AlertHit::identity() const
{
    return scopeName(scope) + QLatin1Char(':') + key + (detail.isEmpty() ? QString() : QLatin1Char(':') + detail);
}

AlertEvaluator::AlertEvaluator(sqlite3 *db)
    : m_db(db)
{ }

qint64 AlertEvaluator::windowEnd(qint64 now)
{
    return CacheDb::rollupBucket(now) + CacheDb::RollupSeconds;
}

AlertEvaluation AlertEvaluator::evaluate(const QList<AlertRule> &rules, qint64 now) const
{
    AlertEvaluation out;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled)
            continue;
        auto hits = evaluate(rule, now);
        if (!hits) {
            out.errors << QCoreApplication::translate("AlertEvaluator", "rule \"%1\": %2")
                              .arg(rule.name, hits.error().message);
            continue;
        }
        out.evaluatedRuleIds << rule.id;
        out.hits << hits.value();
    }
    return out;
}

Result<QList<AlertHit>> AlertEvaluator::evaluate(const AlertRule &rule, qint64 now) const
{
    auto at = evaluateAt(rule, { windowEnd(now) }, now);
    if (!at)
        return at.error();
    return at->value(0);
}

Result<QList<QList<AlertHit>>> AlertEvaluator::evaluateAt(
    const AlertRule &rule, const QList<qint64> &ends, qint64 now) const
{
    if (const QString why = rule.validate(); !why.isEmpty())
        return Error(why, Error::Kind::Usage);
    switch (rule.condition) {
    case AlertCondition::Spend:
    case AlertCondition::Requests:
    case AlertCondition::Spike:
    case AlertCondition::ErrorRate:
        return windowed(rule, ends);
    case AlertCondition::NewModel:
    case AlertCondition::NewChannel:
        return firstUse(rule, ends);
    case AlertCondition::Balance:
    case AlertCondition::NotSynced: {
        auto hits = sources(rule, now);
        if (!hits)
            return hits.error();
        QList<QList<AlertHit>> out;
        out << hits.value();
        return out;
    }
    }
    return QList<QList<AlertHit>>();
}

Result<QList<QList<AlertHit>>> AlertEvaluator::windowed(const AlertRule &rule, const QList<qint64> &ends) const
{
    QList<QList<AlertHit>> out(ends.size());
    if (ends.isEmpty())
        return out;
    auto scoped = scopedSources(m_db, rule);
    if (!scoped)
        return scoped.error();
    const qint64 window = qint64(rule.windowMinutes) * 60;
    const bool spike = rule.condition == AlertCondition::Spike;
    const qint64 rangeFrom = ends.first() - window - (spike ? BaselineDays * Day : 0);
    const qint64 rangeTo = ends.last();
    const qint64 hours = (rangeTo - rangeFrom) / Hour;

    // Hours that start at rangeTo: a fixed-offset zone whose whole hours fall on the window ends.
    ReportQuery query;
    query.from = rangeFrom;
    query.to = rangeTo;
    query.tz = QTimeZone(int(((-rangeTo) % Hour + Hour) % Hour));
    query.granularity = Granularity::Hour;
    query.filter.sourceIds = scoped->sourceIds;
    restrictTo(&query.filter, rule.scope, rule.match);
    query.by = scopeDimension(rule.scope);

    // The hours read. A spike at one end compares its window with the same window on each of the previous days:
    // for a short window those few hours are read rather than the whole week between (a fraction of the rows on
    // a busy cache). Several ends (test against history) need every hour in between anyway.
    QList<QPair<qint64, qint64>> parts { { rangeFrom, rangeTo } };
    if (spike && ends.size() == 1 && window < Day) {
        parts.clear();
        for (int k = BaselineDays; k >= 0; --k)
            parts.append({ rangeTo - k * Day - window, rangeTo - k * Day });
    }

    const Aggregator aggregator(m_db);
    QHash<QString, qint64> sourceOfKey;
    const auto series = [&](const QList<int> &types) -> Result<HourSeries> {
        HourSeries s;
        QList<ReportQuery> queries;
        QStringList keys; // for Source scope: the key of each query
        if (rule.scope == AlertScope::Source) {
            for (const SourceInfo &info : scoped->sources) {
                if ((!scoped->sourceIds.isEmpty() && !scoped->sourceIds.contains(info.id))
                    || (!rule.match.isEmpty() && info.name != rule.match))
                    continue;
                ReportQuery q = query;
                q.filter.sourceIds = { info.id };
                q.by = Dimension::None;
                queries << q;
                keys << info.name;
                sourceOfKey.insert(info.name, info.id);
            }
        } else {
            queries << query;
            keys << QString();
        }
        for (int i = 0; i < queries.size(); ++i) {
            for (const auto &part : parts) {
                ReportQuery q = queries[i];
                q.filter.types = types;
                q.from = part.first;
                q.to = part.second;
                auto report = aggregator.report(q);
                if (!report)
                    return report.error();
                for (const ReportRow &row : report->rows) {
                    const qint64 index = (row.bucket - rangeFrom) / Hour;
                    if (index < 0 || index >= hours)
                        continue;
                    const QString key = rule.scope == AlertScope::Source ? keys[i] : row.key;
                    auto &v = s[key];
                    if (v.empty())
                        v.resize(size_t(hours));
                    v[size_t(index)] = row.counters;
                }
            }
        }
        return s;
    };
    auto consumed = series({ int(LogType::Consume) });
    if (!consumed)
        return consumed.error();
    HourSeries errors;
    if (rule.condition == AlertCondition::ErrorRate) {
        auto e = series({ int(LogType::Error) });
        if (!e)
            return e.error();
        errors = e.value();
    }
    qint64 dataFrom = 0;
    if (spike) {
        Filter f;
        f.sourceIds = scoped->sourceIds;
        auto span = aggregator.dataSpan(f);
        if (!span)
            return span.error();
        dataFrom = span->first;
    }

    const auto sum = [&](const std::vector<Counters> &v, qint64 end) {
        Counters c;
        const qint64 last = (end - rangeFrom) / Hour;
        for (qint64 i = std::max<qint64>(0, last - window / Hour); i < last && i < qint64(v.size()); ++i)
            (void)c.add(v[size_t(i)]);
        return c;
    };
    QStringList keys = consumed->keys();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys << it.key();
    }
    static const std::vector<Counters> none;
    for (int e = 0; e < ends.size(); ++e) {
        const qint64 end = ends[e];
        if (spike && (dataFrom == 0 || dataFrom > end - window - BaselineDays * Day))
            continue; // no week of history yet: no baseline
        for (const QString &key : keys) {
            const auto found = consumed->constFind(key);
            const std::vector<Counters> &v = found == consumed->cend() ? none : found.value();
            const Counters now = sum(v, end);
            AlertHit hit;
            hit.ruleId = rule.id;
            hit.ruleName = rule.name;
            hit.condition = rule.condition;
            hit.severity = rule.severity;
            hit.scope = rule.scope;
            hit.key = key;
            hit.sourceId = sourceOfKey.value(key);
            hit.threshold = rule.threshold;
            hit.from = end - window;
            hit.to = end;
            const QString who = keyLabel(rule.scope, key);
            switch (rule.condition) {
            case AlertCondition::Spend:
                hit.value = scoped->currency.amount(now.quota);
                if (hit.value <= rule.threshold)
                    continue;
                hit.message = QCoreApplication::translate("AlertEvaluator", "%1 spent %2 %3 (limit %4)")
                                  .arg(who, scoped->currency.format(now.quota, 2), windowLabel(rule))
                                  .arg(rule.threshold);
                break;
            case AlertCondition::Requests:
                hit.value = double(now.requests);
                if (hit.value <= rule.threshold)
                    continue;
                hit.message = QCoreApplication::translate("AlertEvaluator", "%1 made %2 requests %3 (limit %4)")
                                  .arg(who)
                                  .arg(now.requests)
                                  .arg(windowLabel(rule))
                                  .arg(rule.threshold);
                break;
            case AlertCondition::Spike: {
                if (now.requests < rule.minRequests)
                    continue;
                const auto metric = [&](const Counters &c) {
                    return rule.metric == AlertMetric::Requests ? double(c.requests) : double(c.quota);
                };
                std::vector<double> baseline;
                for (int k = 1; k <= BaselineDays; ++k)
                    baseline.push_back(metric(sum(v, end - k * Day)));
                const double med = median(baseline);
                std::vector<double> deviations;
                for (double b : baseline)
                    deviations.push_back(std::abs(b - med));
                // The scale never drops to zero: a flat or empty baseline would make any change infinite.
                const double floorUnit
                    = rule.metric == AlertMetric::Requests ? 1.0 : scoped->currency.quotaPerUnit / 100;
                const double scale = std::max({ 1.4826 * median(deviations), 0.1 * med, floorUnit });
                hit.value = (metric(now) - med) / scale;
                if (hit.value <= rule.threshold)
                    continue;
                const QString shown = rule.metric == AlertMetric::Requests
                    ? QCoreApplication::translate("AlertEvaluator", "%1 requests").arg(now.requests)
                    : scoped->currency.format(now.quota, 2);
                const QString usual = rule.metric == AlertMetric::Requests
                    ? QCoreApplication::translate("AlertEvaluator", "%1 requests").arg(med)
                    : scoped->currency.format(qint64(med), 2);
                hit.message
                    = QCoreApplication::translate("AlertEvaluator", "%1: %2 %3, usually %4 at this time (z = %5)")
                          .arg(who, shown, windowLabel(rule), usual)
                          .arg(hit.value, 0, 'f', 1);
                break;
            }
            case AlertCondition::ErrorRate: {
                const auto fe = errors.constFind(key);
                const Counters failed = fe == errors.cend() ? Counters() : sum(fe.value(), end);
                const qint64 attempts = failed.requests + now.requests;
                if (attempts == 0 || attempts < rule.minRequests)
                    continue;
                hit.value = 100.0 * double(failed.requests) / double(attempts);
                if (hit.value <= rule.threshold)
                    continue;
                hit.message
                    = QCoreApplication::translate("AlertEvaluator", "%1: %2 % of %3 requests failed %4 (limit %5 %)")
                          .arg(who)
                          .arg(hit.value, 0, 'f', 1)
                          .arg(attempts)
                          .arg(windowLabel(rule))
                          .arg(rule.threshold);
                break;
            }
            default:
                continue;
            }
            out[e] << hit;
        }
    }
    return out;
}

Result<QList<QList<AlertHit>>> AlertEvaluator::firstUse(const AlertRule &rule, const QList<qint64> &ends) const
{
    QList<QList<AlertHit>> out(ends.size());
    if (ends.isEmpty())
        return out;
    auto scoped = scopedSources(m_db, rule);
    if (!scoped)
        return scoped.error();
    const qint64 window = qint64(rule.windowMinutes) * 60;
    const bool model = rule.condition == AlertCondition::NewModel;
    const bool byUser = rule.scope == AlertScope::User;
    const QByteArray keyColumn = byUser ? "user_name" : "token_name";
    const QByteArray valueColumn = model ? "model" : "channel_id";
    QByteArray where = " AND type = " + QByteArray::number(int(LogType::Consume)) + " AND " + keyColumn + " != 0";
    if (!scoped->sourceIds.isEmpty())
        where += " AND source_id = " + QByteArray::number(scoped->sourceIds.first());
    DimensionDictionary dims(m_db);
    if (!rule.match.isEmpty()) {
        auto id = dims.find(rule.match);
        if (!id)
            return id.error();
        where += " AND " + keyColumn + " = " + QByteArray::number(id.value());
    }
    Filter spanFilter;
    spanFilter.sourceIds = scoped->sourceIds;
    auto span = Aggregator(m_db).dataSpan(spanFilter);
    if (!span)
        return span.error();
    const qint64 rangeFrom = ends.first() - window;
    const qint64 rangeTo = ends.last();

    // 1. The pairs used in the replayed range, with their first use in it: a bucket range of the rollups.
    struct Pair
    {
        qint64 first = 0;
        qint64 name = 0; ///< NewChannel: the channel's name (dims id; 0: nameless)
    };
    QHash<QPair<qint64, qint64>, Pair> pairs;
    {
        SqliteStatement st;
        auto prepared = st.prepare(m_db,
            "SELECT " + keyColumn + ", " + valueColumn + ", min(bucket), max(channel_name) FROM rollups"
                + " WHERE bucket >= ?1 AND bucket < ?2" + where + " GROUP BY " + keyColumn + ", " + valueColumn);
        if (!prepared)
            return prepared.error();
        st.bind(1, rangeFrom);
        st.bind(2, rangeTo);
        while (st.step())
            pairs.insert({ st.int64(0), st.int64(1) }, Pair { st.int64(2), st.int64(3) });
        if (!st.ok())
            return st.error(QCoreApplication::translate("AlertEvaluator", "finding first uses"));
    }

    // 2. Drop the pairs used before the range. Models: one look-up per pair in rollup_pairs, which holds each
    // user's and token's rows per day and model, so a new pair costs that key's own history, never the whole
    // cache. Channels (not in rollup_pairs): the rollups day by day backwards, stopping as soon as every pair
    // has been seen; only a pair that is really new reads back to the start of the data.
    const qint64 firstDay = span->first / Day;
    const qint64 lastDay = (rangeFrom - 1) / Day;
    if (!pairs.isEmpty() && span->first > 0 && span->first < rangeFrom && model) {
        QByteArray days;
        for (qint64 d = firstDay; d <= lastDay; ++d)
            days += (days.isEmpty() ? "" : ",") + QByteArray::number(d);
        SqliteStatement st;
        auto prepared = st.prepare(m_db,
            "SELECT 1 FROM rollup_pairs WHERE dimension = ?1 AND day IN (" + days + ") AND key = ?2 AND type = "
                + QByteArray::number(int(LogType::Consume)) + " AND bucket < ?3 AND model = ?4"
                + (scoped->sourceIds.isEmpty() ? QByteArray()
                                               : " AND source_id = " + QByteArray::number(scoped->sourceIds.first()))
                + " LIMIT 1");
        if (!prepared)
            return prepared.error();
        st.bind(1, qint64(byUser ? RollupPairs::Dimensions[0] : RollupPairs::Dimensions[1]));
        st.bind(3, rangeFrom);
        for (auto it = pairs.begin(); it != pairs.end();) {
            st.reset();
            st.bind(2, it.key().first);
            st.bind(4, it.key().second);
            const bool usedBefore = st.step();
            if (!st.ok())
                return st.error(QCoreApplication::translate("AlertEvaluator", "finding first uses"));
            it = usedBefore ? pairs.erase(it) : std::next(it);
        }
    } else if (!model && !pairs.isEmpty() && span->first > 0 && span->first < rangeFrom) {
        SqliteStatement st;
        auto prepared = st.prepare(m_db,
            "SELECT " + keyColumn + ", " + valueColumn + " FROM rollups WHERE bucket >= ?1 AND bucket < ?2" + where);
        if (!prepared)
            return prepared.error();
        for (qint64 to = rangeFrom; !pairs.isEmpty() && to > span->first; to -= Day) {
            st.reset();
            st.bind(1, to - Day);
            st.bind(2, to);
            while (st.step())
                pairs.remove({ st.int64(0), st.int64(1) });
            if (!st.ok())
                return st.error(QCoreApplication::translate("AlertEvaluator", "finding first uses"));
        }
    }

    // 3. A hit for each end whose window holds a pair's first use.
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const qint64 first = it->first;
        auto key = dims.value(it.key().first);
        if (!key)
            return key.error();
        QString value;
        if (model || it->name != 0) {
            auto name = dims.value(model ? it.key().second : it->name);
            if (!name)
                return name.error();
            value = name.value();
        }
        if (!model && value.isEmpty())
            value = QString::number(it.key().second);
        for (int e = 0; e < ends.size(); ++e) {
            // A source's first day makes everything new: require a day of history before the window.
            if (first < ends[e] - window || first >= ends[e] || span->first > ends[e] - window - Day)
                continue;
            AlertHit hit;
            hit.ruleId = rule.id;
            hit.ruleName = rule.name;
            hit.condition = rule.condition;
            hit.severity = rule.severity;
            hit.scope = rule.scope;
            hit.key = key.value();
            hit.detail = value;
            hit.value = 1;
            hit.from = ends[e] - window;
            hit.to = ends[e];
            hit.message
                = (model ? QCoreApplication::translate("AlertEvaluator", "%1 used model \"%2\" for the first time")
                         : QCoreApplication::translate("AlertEvaluator", "%1 used channel \"%2\" for the first time"))
                      .arg(keyLabel(rule.scope, key.value()), value);
            out[e] << hit;
        }
    }
    // The same order at every run (hash order is not): by key, then by what is new.
    for (QList<AlertHit> &hits : out) {
        std::sort(hits.begin(), hits.end(), [](const AlertHit &a, const AlertHit &b) {
            return a.key != b.key ? a.key < b.key : a.detail < b.detail;
        });
    }
    return out;
}

Result<QList<AlertHit>> AlertEvaluator::sources(const AlertRule &rule, qint64 now) const
{
    auto scoped = scopedSources(m_db, rule);
    if (!scoped)
        return scoped.error();
    QList<AlertHit> hits;
    SourceRepository repo(m_db);
    for (const SourceInfo &s : scoped->sources) {
        if ((!scoped->sourceIds.isEmpty() && !scoped->sourceIds.contains(s.id))
            || (!rule.match.isEmpty() && s.name != rule.match))
            continue;
        AlertHit hit;
        hit.ruleId = rule.id;
        hit.ruleName = rule.name;
        hit.condition = rule.condition;
        hit.severity = rule.severity;
        hit.scope = AlertScope::Source;
        hit.key = s.name;
        hit.sourceId = s.id;
        hit.threshold = rule.threshold;
        hit.to = now;
        if (rule.condition == AlertCondition::Balance) {
            const auto account = accountFromMeta(s.meta);
            if (!account)
                continue;
            const CurrencyDisplay currency = currencyFromMeta(s.meta);
            hit.value = currency.amount(account->quota);
            if (hit.value >= rule.threshold)
                continue;
            hit.message = QCoreApplication::translate("AlertEvaluator", "source \"%1\": balance %2, below %3")
                              .arg(s.name, currency.format(account->quota, 2))
                              .arg(rule.threshold);
        } else {
            if (s.kind != QLatin1String("newapi") && s.kind != QLatin1String("oneapi"))
                continue; // imported files are not synced
            auto history = repo.history(s.id);
            if (!history)
                return history.error();
            qint64 last = 0;
            for (const ImportHistoryEntry &h : history.value()) {
                if (h.error.isEmpty())
                    last = std::max(last, h.finishedAt);
            }
            const qint64 since = last > 0 ? last : s.createdAt;
            hit.from = since;
            hit.value = double(now - since) / 60.0;
            if (hit.value <= rule.threshold)
                continue;
            hit.message = last > 0
                ? QCoreApplication::translate("AlertEvaluator", "source \"%1\" has not synced for %2 minutes")
                      .arg(s.name)
                      .arg(qint64(hit.value))
                : QCoreApplication::translate("AlertEvaluator", "source \"%1\" has never synced successfully")
                      .arg(s.name);
        }
        hits << hit;
    }
    return hits;
}

Result<AlertBacktest> AlertEvaluator::backtest(const AlertRule &rule, qint64 from, qint64 to) const
{
    AlertBacktest result;
    if (rule.condition == AlertCondition::Balance || rule.condition == AlertCondition::NotSynced) {
        result.note = QCoreApplication::translate("AlertEvaluator",
            "this condition depends on the state at each sync and cannot be replayed from the usage "
            "history");
        return result;
    }
    from = std::max(from, to - MaxBacktestSeconds);
    QList<qint64> ends;
    for (qint64 end = windowEnd(to - 1); end > from; end -= Hour)
        ends.prepend(end);
    result.stepsChecked = int(ends.size());
    auto at = evaluateAt(rule, ends, to);
    if (!at)
        return at.error();
    QSet<QString> before;
    QHash<QString, int> perKey;
    for (const QList<AlertHit> &step : at.value()) {
        QSet<QString> now;
        for (const AlertHit &h : step) {
            now.insert(h.identity());
            if (!before.contains(h.identity())) {
                ++result.firings;
                perKey[h.key.isEmpty() ? h.identity() : h.key] += 1;
            }
        }
        before = now;
    }
    result.keys = perKey.keys();
    std::sort(result.keys.begin(), result.keys.end(), [&](const QString &a, const QString &b) {
        return perKey.value(a) != perKey.value(b) ? perKey.value(a) > perKey.value(b) : a < b;
    });
    return result;
}

} // namespace QuotaScope
