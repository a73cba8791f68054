#include "dashboardoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace QuotaScope {

namespace {

const QString EnabledKey = QStringLiteral("DataExportEnabled");
const QString IntervalKey = QStringLiteral("DataExportInterval");
const QString DefaultTimeKey = QStringLiteral("DataExportDefaultTime");

} // namespace

QStringList DataDashboardOptions::defaultTimes()
{
    return {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week")};
}

Result<DataDashboardOptions> DataDashboardOptions::fromOptionList(const QList<QPair<QString, QString>> &options)
{
    DataDashboardOptions o;
    bool seen = false;
    for (const auto &[key, value] : options) {
        if (key == EnabledKey) {
            seen = true;
            // The gateway itself tests value == "true".
            o.exportEnabled = value == QLatin1String("true");
        } else if (key == IntervalKey) {
            seen = true;
            bool ok = false;
            o.exportIntervalMinutes = value.trimmed().toInt(&ok);
            if (!ok)
                return Error(QCoreApplication::translate(
                                 "DataDashboardOptions", "option %1: \"%2\" is not a whole number of minutes")
                                 .arg(key, value),
                    Error::Kind::Parse);
        } else if (key == DefaultTimeKey) {
            seen = true;
            o.defaultTime = defaultTimes().contains(value) ? value : QStringLiteral("hour");
        }
    }
    if (!seen)
        return Error(QCoreApplication::translate("DataDashboardOptions",
                         "the gateway has no data dashboard options (DataExportEnabled, DataExportInterval, "
                         "DataExportDefaultTime); one-api does not have them"),
            Error::Kind::Usage);
    return o;
}

Result<void> DataDashboardOptions::validate() const
{
    if (exportIntervalMinutes < MinIntervalMinutes || exportIntervalMinutes > MaxIntervalMinutes)
        return Error(QCoreApplication::translate("DataDashboardOptions", "%1: %2 minutes is outside %3..%4")
                         .arg(IntervalKey)
                         .arg(exportIntervalMinutes)
                         .arg(MinIntervalMinutes)
                         .arg(MaxIntervalMinutes),
            Error::Kind::Usage);
    if (!defaultTimes().contains(defaultTime))
        return Error(QCoreApplication::translate("DataDashboardOptions", "%1: \"%2\" is not hour, day or week")
                         .arg(DefaultTimeKey, defaultTime),
            Error::Kind::Usage);
    return {};
}

QList<QPair<QString, QJsonValue>> DataDashboardOptions::changesFrom(const DataDashboardOptions &before) const
{
    QList<QPair<QString, QJsonValue>> changes;
    if (exportEnabled != before.exportEnabled)
        changes.append({EnabledKey, QJsonValue(exportEnabled)});
    if (exportIntervalMinutes != before.exportIntervalMinutes)
        changes.append({IntervalKey, QJsonValue(exportIntervalMinutes)});
    if (defaultTime != before.defaultTime)
        changes.append({DefaultTimeKey, QJsonValue(defaultTime)});
    return changes;
}

} // namespace QuotaScope
