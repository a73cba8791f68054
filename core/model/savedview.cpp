#include "model/savedview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace QuotaScope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedView", text);
}

const QLatin1String FormatKey("quotascope_view");

// The filter lists in file order; "types" is numeric and handled apart.
struct FilterField
{
    const char *key;
    QStringList Filter::*list;
};
const FilterField filterFields[] = { { "users", &Filter::users }, { "tokens", &Filter::tokens },
    { "models", &Filter::models }, { "channels", &Filter::channels }, { "groups", &Filter::groups } };

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

bool readStrings(const QJsonValue &v, QStringList *out)
{
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

QString isoTime(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

bool parseIso(const QJsonValue &v, qint64 *out)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return false;
    *out = t.toSecsSinceEpoch();
    return true;
}

} // namespace

QStringList SavedView::rangeNames()
{
    return { QStringLiteral("last-24-hours"), QStringLiteral("last-7-days"), QStringLiteral("last-30-days"),
        QStringLiteral("last-90-days"), QStringLiteral("this-month"), QStringLiteral("all"), QStringLiteral("custom") };
}

QJsonObject SavedView::toJson() const
{
    QJsonObject o = extra;
    o.insert(FormatKey, FormatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("range"), range);
    if (range == QLatin1String("custom")) {
        o.insert(QStringLiteral("from"), isoTime(from));
        o.insert(QStringLiteral("to"), isoTime(to));
    }
    o.insert(QStringLiteral("tz"), timeZone);
    o.insert(QStringLiteral("granularity"), granularityName(granularity));
    o.insert(QStringLiteral("group_by"), dimensionName(groupBy));
    o.insert(QStringLiteral("metric"), metricName(metric));
    if (topN > 0)
        o.insert(QStringLiteral("top"), topN);
    QJsonObject filters = extra.value(QLatin1String("filters")).toObject();
    filters.insert(QStringLiteral("sources"), toArray(sources));
    for (const FilterField &f : filterFields)
        filters.insert(QLatin1String(f.key), toArray(filter.*f.list));
    QJsonArray types;
    for (int t : filter.types)
        types.append(t);
    filters.insert(QStringLiteral("types"), types);
    o.insert(QStringLiteral("filters"), filters);
    return o;
}

QByteArray SavedView::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<SavedView> SavedView::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [&where](const QString &what) {
        return Error(QStringLiteral("%1: %2").arg(where, what), Error::Kind::Parse);
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject() || !doc.object().contains(FormatKey))
        return fail(tr("not a QuotaScope view (no \"quotascope_view\" key)"));
    const QJsonObject o = doc.object();
    const int version = o.value(FormatKey).toInt();
    if (version < 1 || version > FormatVersion)
        return fail(tr("view format %1 is not supported (this version reads 1 to %2)")
                        .arg(o.value(FormatKey).toVariant().toString())
                        .arg(FormatVersion));

    SavedView v;
    v.name = o.value(QLatin1String("name")).toString();
    v.range = o.value(QLatin1String("range")).toString(v.range);
    if (!rangeNames().contains(v.range))
        return fail(tr("\"range\": \"%1\" is not one of %2").arg(v.range, rangeNames().join(QStringLiteral(", "))));
    if (v.range == QLatin1String("custom")) {
        if (!parseIso(o.value(QLatin1String("from")), &v.from) || !parseIso(o.value(QLatin1String("to")), &v.to))
            return fail(tr("a custom range needs \"from\" and \"to\" as ISO 8601 date-times"));
        if (v.to <= v.from)
            return fail(tr("\"to\" must be after \"from\""));
    }
    v.timeZone = o.value(QLatin1String("tz")).toString(v.timeZone);
    if (!timeZoneFromName(v.timeZone).isValid())
        return fail(tr("\"tz\": unknown time zone \"%1\"").arg(v.timeZone));
    const QString g = o.value(QLatin1String("granularity")).toString(granularityName(v.granularity));
    if (!parseGranularity(g, &v.granularity))
        return fail(tr("\"granularity\": \"%1\" is not hour, day, week or month").arg(g));
    const QString by = o.value(QLatin1String("group_by")).toString(dimensionName(v.groupBy));
    if (!parseDimension(by, &v.groupBy))
        return fail(tr("\"group_by\": unknown dimension \"%1\"").arg(by));
    const QString metric = o.value(QLatin1String("metric")).toString(metricName(v.metric));
    if (!parseMetric(metric, &v.metric))
        return fail(tr("\"metric\": unknown metric \"%1\"").arg(metric));
    const QJsonValue top = o.value(QLatin1String("top"));
    if (!top.isUndefined()) {
        v.topN = top.toInt(-1);
        if (v.topN < 0 || !top.isDouble())
            return fail(tr("\"top\" must be a number of series, 0 or more"));
    }

    const QJsonValue filtersValue = o.value(QLatin1String("filters"));
    if (!filtersValue.isUndefined() && !filtersValue.isObject())
        return fail(tr("\"filters\" must be an object"));
    QJsonObject filters = filtersValue.toObject();
    if (!readStrings(filters.value(QLatin1String("sources")), &v.sources))
        return fail(tr("\"filters.sources\" must be a list of names"));
    filters.remove(QLatin1String("sources"));
    for (const FilterField &f : filterFields) {
        if (!readStrings(filters.value(QLatin1String(f.key)), &(v.filter.*f.list)))
            return fail(tr("\"filters.%1\" must be a list of names").arg(QLatin1String(f.key)));
        filters.remove(QLatin1String(f.key));
    }
    const QJsonValue types = filters.value(QLatin1String("types"));
    if (!types.isUndefined()) {
        if (!types.isArray())
            return fail(tr("\"filters.types\" must be a list of log types (0-6)"));
        v.filter.types.clear();
        const QJsonArray array = types.toArray();
        for (const QJsonValue &t : array) {
            const int type = t.toInt(-1);
            if (!t.isDouble() || type < 0 || type > 6)
                return fail(tr("\"filters.types\" must be a list of log types (0-6)"));
            v.filter.types.append(type);
        }
        filters.remove(QLatin1String("types"));
    }

    // What a later version adds is carried through untouched.
    QJsonObject extra = o;
    for (const char *known : { "quotascope_view", "name", "range", "from", "to", "tz", "granularity", "group_by",
             "metric", "top", "filters" })
        extra.remove(QLatin1String(known));
    if (!filters.isEmpty())
        extra.insert(QStringLiteral("filters"), filters);
    v.extra = extra;
    return v;
}

Result<SavedView> SavedView::load(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("%1: %2").arg(shown, file.errorString()), Error::Kind::Io);
    // A view is a few hundred bytes; anything far larger is not one.
    constexpr qint64 MaxBytes = 1 << 20;
    if (file.size() > MaxBytes)
        return Error(tr("%1: too large for a view file (%2 bytes)").arg(shown).arg(file.size()), Error::Kind::Parse);
    return fromJson(file.readAll(), shown);
}

Result<void> SavedView::save(const QString &path) const
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("%1: %2").arg(shown, file.errorString()), Error::Kind::Io);
    file.write(toBytes());
    if (!file.commit())
        return Error(QStringLiteral("%1: %2").arg(shown, file.errorString()), Error::Kind::Io);
    return {};
}

} // namespace QuotaScope
