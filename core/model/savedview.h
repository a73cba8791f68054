#pragma once

#include "model/query.h"
#include "support/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace QuotaScope {

/**
 * A named dashboard view: range, time zone, granularity, filters, group-by and metric. Stored as a small JSON
 * file that a user can share (the README's "Saved views" documents the format); the GUI opens one with
 * `--view FILE` and `quotascope-cli render --view FILE` renders one. Sources are kept by name, since ids belong
 * to one cache. Keys this version does not know are kept in extra and written back unchanged.
 */
struct SavedView
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString range = QStringLiteral("last-30-days"); ///< one of rangeNames()
    qint64 from = 0; ///< range "custom" only: UTC seconds, inclusive
    qint64 to = 0; ///< range "custom" only: exclusive
    QString timeZone = QStringLiteral("local"); ///< "local", "UTC" or an IANA id
    Granularity granularity = Granularity::Day;
    QStringList sources; ///< source names; empty: all
    Filter filter; ///< sourceIds unused (see sources)
    Dimension groupBy = Dimension::Model;
    Metric metric = Metric::Quota;
    int topN = 0; ///< 0: the user's setting
    QJsonObject extra;

    /// "last-24-hours", "last-7-days", "last-30-days", "last-90-days", "this-month", "all", "custom"
    static QStringList rangeNames();

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    /// Reads a view; where names the file in messages ("team.qsview: \"granularity\": ...").
    static Result<SavedView> fromJson(const QByteArray &json, const QString &where);
    static Result<SavedView> load(const QString &path);
    /// Writes next to path and renames, so a failed save leaves the old file.
    Result<void> save(const QString &path) const;

    bool operator==(const SavedView &o) const
    {
        return name == o.name && range == o.range && from == o.from && to == o.to && timeZone == o.timeZone
            && granularity == o.granularity && sources == o.sources && filter == o.filter && groupBy == o.groupBy
            && metric == o.metric && topN == o.topN && extra == o.extra;
    }
};

} // namespace QuotaScope
