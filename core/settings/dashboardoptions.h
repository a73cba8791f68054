#pragma once

#include "support/result.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace QuotaScope {

/**
 * The gateway's data-dashboard options (new-api; GET/PUT /api/option/, root only). They decide whether the
 * gateway keeps hourly quota data at all, and how late it appears.
 */
struct DataDashboardOptions
{
    static constexpr int MinIntervalMinutes = 1;
    static constexpr int MaxIntervalMinutes = 1440;

    bool exportEnabled = true;                    ///< DataExportEnabled
    int exportIntervalMinutes = 5;                ///< DataExportInterval: how often the gateway flushes hourly data
    QString defaultTime = QStringLiteral("hour"); ///< DataExportDefaultTime: "hour", "day" or "week" (display only)

    static QStringList defaultTimes(); ///< "hour", "day", "week"

    /**
     * Reads the options from GET /api/option/'s (key, value) pairs (every value a string). A gateway without
     * any DataExport key (one-api) is an error; an unknown default time reads as "hour" as the gateway's UI does.
     */
    static Result<DataDashboardOptions> fromOptionList(const QList<QPair<QString, QString>> &options);

    Result<void> validate() const;

    /// The PUT /api/option/ bodies ({key, value}, one key per request) that turn before into this.
    QList<QPair<QString, QJsonValue>> changesFrom(const DataDashboardOptions &before) const;

    bool operator==(const DataDashboardOptions &o) const
    {
        return exportEnabled == o.exportEnabled && exportIntervalMinutes == o.exportIntervalMinutes
            && defaultTime == o.defaultTime;
    }
};

} // namespace QuotaScope
