#include "gateway/logpage.h"

#include "ingest/identityassigner.h"
#include "ingest/rowmapper.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuotaScope {

namespace {

RowMapper logMapper(GatewayProfile::Scope scope, GatewayProfile::Kind kind)
{
    // Self-list ids are row numbers (or id % 1024), never identities.
    return RowMapper(
        RowMapperConfig::gatewayLog(kind == GatewayProfile::Kind::OneApi ? LogDialect::OneApi : LogDialect::NewApi,
            scope == GatewayProfile::Scope::Admin));
}

Result<UsageRecord> mapLog(const RowMapper &mapper, const QJsonObject &o)
{
    auto record = mapper.map(o);
    if (!record) {
        const QString where = o.contains(QLatin1String("id"))
            ? QCoreApplication::translate("LogPage", "log id %1")
                  .arg(o.value(QLatin1String("id")).toVariant().toString())
            : QCoreApplication::translate("LogPage", "log at %1")
                  .arg(o.value(QLatin1String("created_at")).toVariant().toString());
        return Error(QStringLiteral("%1: %2").arg(where, record.error().message), Error::Kind::Parse);
    }
    // The identity an import of the same log gives; identical rows are told apart by the caller's "#k".
    record->identity = IdentityAssigner::baseIdentity(record.value());
    return record;
}

} // namespace

Result<UsageRecord> LogPage::parseRecord(const QJsonObject &o, GatewayProfile::Scope scope, GatewayProfile::Kind kind)
{
    return mapLog(logMapper(scope, kind), o);
}

Result<LogPage> LogPage::parse(const QJsonValue &data, GatewayProfile::Scope scope, GatewayProfile::Kind kind)
{
    LogPage page;
    QJsonArray items;
    if (data.isNull() || data.isUndefined()) {
        // An empty list may come back as null.
    } else if (data.isArray()) {
        items = data.toArray();
    } else if (data.isObject()) {
        const QJsonObject o = data.toObject();
        if (!o.contains(QLatin1String("items")) && !o.contains(QLatin1String("total")))
            return Error(
                QCoreApplication::translate("LogPage", "unexpected log list: an object without items or total"),
                Error::Kind::Parse);
        page.paged = true;
        page.total = toInt64(o.value(QLatin1String("total")).toDouble()).value_or(-1);
        page.pageSize = o.value(QLatin1String("page_size")).toInt();
        items = o.value(QLatin1String("items")).toArray();
    } else {
        return Error(QCoreApplication::translate("LogPage", "unexpected log list: neither an array nor a page object"),
            Error::Kind::Parse);
    }
    page.records.reserve(items.size());
    const RowMapper mapper = logMapper(scope, kind);
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return Error(
                QCoreApplication::translate("LogPage", "unexpected log entry: not an object"), Error::Kind::Parse);
        auto record = mapLog(mapper, v.toObject());
        if (!record)
            return record.error();
        page.records.append(std::move(record.value()));
    }
    return page;
}

} // namespace QuotaScope
