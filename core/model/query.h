#pragma once

#include "model/counters.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace QuotaScope {

enum class Granularity { Hour, Day, Week, Month };
/// What a report's series are split by. None..Group are also stored as rollup_keys.dimension (keep their
/// numbers); Source is answered from the per-source totals (dimension 0) and the sources table.
enum class Dimension { None, Model, User, Token, Channel, Group, Source };
/// Which counter ranks the top-N keys and what charts plot. Errors counts error logs (type 5): a report
/// ranked by it reads those logs instead of the filter's types (see filterForMetric).
enum class Metric { Requests, Quota, Tokens, PromptTokens, CompletionTokens, CacheReadTokens, CacheWriteTokens, Errors };

QString granularityName(Granularity g);                  ///< "hour", "day", "week", "month"
bool parseGranularity(const QString &text, Granularity *out);
QString dimensionName(Dimension d); ///< "none", "model", "user", "token", "channel", "group", "source"
bool parseDimension(const QString &text, Dimension *out);
/// "requests", "quota", "tokens", "prompt", "completion", "cache-read", "cache-write", "errors"
QString metricName(Metric m);
bool parseMetric(const QString &text, Metric *out);
/// The metric's value in a set of counters (Errors: the requests of error logs, which is what a report ranked by
/// Errors holds).
qint64 metricValue(const Counters &c, Metric m);

/// Resolves "local", "UTC" or an IANA name; returns an invalid QTimeZone for anything else.
QTimeZone timeZoneFromName(const QString &name);
/// The name to show and store for a zone ("UTC", "Asia/Kolkata"; the system zone's IANA id for local).
QString timeZoneName(const QTimeZone &tz);

/**
 * Which records count. Empty lists mean "all". Types default to consumption (2) only, as the gateway's own
 * dashboard counts; refunds (6) and errors (5) are reported separately by the stat cards.
 */
struct Filter
{
    QList<qint64> sourceIds;
    QStringList users;    ///< user names
    QStringList tokens;   ///< token names
    QStringList models;
    QStringList channels; ///< channel ids as text, or names
    QStringList groups;
    QList<int> types{2};

    bool operator==(const Filter &o) const
    {
        return sourceIds == o.sourceIds && users == o.users && tokens == o.tokens && models == o.models
            && channels == o.channels && groups == o.groups && types == o.types;
    }
};

/// The filter a report on metric m reads: Errors reads error logs (type 5); every other metric keeps f.
Filter filterForMetric(const Filter &f, Metric m);

/** A report request: [from, to) in UTC seconds, bucketed in tz. */
struct ReportQuery
{
    qint64 from = 0; ///< inclusive, UTC epoch seconds
    qint64 to = 0;   ///< exclusive
    QTimeZone tz = QTimeZone::utc();
    Granularity granularity = Granularity::Day;
    Filter filter;
    Dimension by = Dimension::Model;
    int topN = 0; ///< 0: every key; otherwise the top N keys by rankBy plus an "Other" key with the rest
    Metric rankBy = Metric::Quota;
    Qt::DayOfWeek weekStart = Qt::Monday; ///< first day of a Week bucket
};

} // namespace QuotaScope
