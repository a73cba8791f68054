#include "model/query.h"

namespace QuotaScope {

namespace {
template <typename E, size_t N>
bool parseName(const QString &text, const char *const (&names)[N], E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0) {
            *out = E(i);
            return true;
        }
    }
    return false;
}
const char *const granularityNames[] = {"hour", "day", "week", "month"};
const char *const dimensionNames[] = {"none", "model", "user", "token", "channel", "group", "source"};
const char *const metricNames[]
    = {"requests", "quota", "tokens", "prompt", "completion", "cache-read", "cache-write", "errors"};
} // namespace

QString granularityName(Granularity g)
{
    return QLatin1String(granularityNames[int(g)]);
}

bool parseGranularity(const QString &text, Granularity *out)
{
    return parseName(text, granularityNames, out);
}

QString dimensionName(Dimension d)
{
    return QLatin1String(dimensionNames[int(d)]);
}

bool parseDimension(const QString &text, Dimension *out)
{
    return parseName(text, dimensionNames, out);
}

QString metricName(Metric m)
{
    return QLatin1String(metricNames[int(m)]);
}

bool parseMetric(const QString &text, Metric *out)
{
    return parseName(text, metricNames, out);
}

qint64 metricValue(const Counters &c, Metric m)
{
    switch (m) {
    case Metric::Requests:
    case Metric::Errors:
        return c.requests;
    case Metric::Quota:
        return c.quota;
    case Metric::Tokens:
        return c.totalTokens();
    case Metric::PromptTokens:
        return c.promptTokens;
    case Metric::CompletionTokens:
        return c.completionTokens;
    case Metric::CacheReadTokens:
        return c.cacheReadTokens;
    case Metric::CacheWriteTokens:
        return c.cacheWriteTokens;
    }
    return 0;
}

Filter filterForMetric(const Filter &f, Metric m)
{
    Filter out = f;
    if (m == Metric::Errors)
        out.types = {5}; // LogType::Error
    return out;
}

QTimeZone timeZoneFromName(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0)
        return QTimeZone::systemTimeZone();
    if (name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || name == QLatin1String("Z"))
        return QTimeZone::utc();
    return QTimeZone(name.toUtf8());
}

QString timeZoneName(const QTimeZone &tz)
{
    if (tz == QTimeZone::utc())
        return QStringLiteral("UTC");
    return QString::fromUtf8(tz.id());
}

} // namespace QuotaScope
