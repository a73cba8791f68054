#include "gateway/gatewaystatus.h"

#include "model/limits.h"

#include <QCoreApplication>

namespace QuotaScope {

namespace {

const QLatin1String kGateway("gateway");
const QLatin1String kAccount("account");

qint64 toInt64(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : QuotaScope::toInt64(v.toDouble()).value_or(0);
}

} // namespace

GatewayStatus GatewayStatus::fromJson(const QJsonObject &s)
{
    GatewayStatus st;
    const bool newApi = s.contains(QLatin1String("enable_data_export"))
        || s.contains(QLatin1String("quota_display_type")) || s.contains(QLatin1String("data_export_default_time"));
    st.kind = newApi ? GatewayProfile::Kind::NewApi : GatewayProfile::Kind::OneApi;
    st.version = s.value(QLatin1String("version")).toString();
    st.systemName = s.value(QLatin1String("system_name")).toString();
    const double qpu = s.value(QLatin1String("quota_per_unit")).toDouble();
    if (qpu > 0)
        st.currency.quotaPerUnit = qpu;
    CurrencyDisplay::Type type = CurrencyDisplay::Type::Usd;
    if (!CurrencyDisplay::parseType(s.value(QLatin1String("quota_display_type")).toString(), &type)) {
        const QJsonValue inCurrency = s.value(QLatin1String("display_in_currency"));
        type = inCurrency.isBool() && !inCurrency.toBool() ? CurrencyDisplay::Type::Tokens : CurrencyDisplay::Type::Usd;
    }
    st.currency.type = type;
    if (s.value(QLatin1String("usd_exchange_rate")).toDouble() > 0)
        st.currency.usdExchangeRate = s.value(QLatin1String("usd_exchange_rate")).toDouble();
    if (s.value(QLatin1String("custom_currency_exchange_rate")).toDouble() > 0)
        st.currency.customExchangeRate = s.value(QLatin1String("custom_currency_exchange_rate")).toDouble();
    if (!s.value(QLatin1String("custom_currency_symbol")).toString().isEmpty())
        st.currency.customSymbol = s.value(QLatin1String("custom_currency_symbol")).toString();
    if (s.value(QLatin1String("enable_data_export")).isBool())
        st.dataExportEnabled = s.value(QLatin1String("enable_data_export")).toBool();
    st.dataExportDefaultTime = s.value(QLatin1String("data_export_default_time")).toString();
    return st;
}

QJsonObject GatewayStatus::toMeta() const
{
    QJsonObject o{
        {QStringLiteral("kind"), kind == GatewayProfile::Kind::OneApi ? QStringLiteral("oneapi") : QStringLiteral("newapi")},
        {QStringLiteral("version"), version},
        {QStringLiteral("system_name"), systemName},
        {QStringLiteral("quota_per_unit"), currency.quotaPerUnit},
        {QStringLiteral("quota_display_type"), CurrencyDisplay::typeName(currency.type)},
        {QStringLiteral("usd_exchange_rate"), currency.usdExchangeRate},
        {QStringLiteral("custom_currency_exchange_rate"), currency.customExchangeRate},
        {QStringLiteral("custom_currency_symbol"), currency.customSymbol},
    };
    if (dataExportEnabled)
        o.insert(QStringLiteral("enable_data_export"), *dataExportEnabled);
    return o;
}

GatewayAccount GatewayAccount::fromJson(const QJsonObject &u)
{
    GatewayAccount a;
    a.id = toInt64(u.value(QLatin1String("id")));
    a.userName = u.value(QLatin1String("username")).toString();
    a.role = int(toInt64(u.value(QLatin1String("role"))));
    a.group = u.value(QLatin1String("group")).toString();
    a.quota = toInt64(u.value(QLatin1String("quota")));
    a.usedQuota = toInt64(u.value(QLatin1String("used_quota")));
    a.requestCount = toInt64(u.value(QLatin1String("request_count")));
    return a;
}

QJsonObject GatewayAccount::toMeta() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), userName},
        {QStringLiteral("role"), role},
        {QStringLiteral("group"), group},
        {QStringLiteral("quota"), quota},
        {QStringLiteral("used_quota"), usedQuota},
        {QStringLiteral("request_count"), requestCount},
    };
}

QString GatewayAccount::roleName(int role)
{
    if (role >= 100)
        return QCoreApplication::translate("GatewayAccount", "root");
    if (role >= 10)
        return QCoreApplication::translate("GatewayAccount", "admin");
    if (role >= 1)
        return QCoreApplication::translate("GatewayAccount", "common user");
    return QCoreApplication::translate("GatewayAccount", "guest");
}

CurrencyDisplay currencyFromMeta(const QJsonObject &meta)
{
    const QJsonObject g = meta.value(kGateway).toObject();
    CurrencyDisplay c;
    if (g.isEmpty())
        return c;
    if (g.value(QLatin1String("quota_per_unit")).toDouble() > 0)
        c.quotaPerUnit = g.value(QLatin1String("quota_per_unit")).toDouble();
    CurrencyDisplay::parseType(g.value(QLatin1String("quota_display_type")).toString(), &c.type);
    if (g.value(QLatin1String("usd_exchange_rate")).toDouble() > 0)
        c.usdExchangeRate = g.value(QLatin1String("usd_exchange_rate")).toDouble();
    if (g.value(QLatin1String("custom_currency_exchange_rate")).toDouble() > 0)
        c.customExchangeRate = g.value(QLatin1String("custom_currency_exchange_rate")).toDouble();
    if (!g.value(QLatin1String("custom_currency_symbol")).toString().isEmpty())
        c.customSymbol = g.value(QLatin1String("custom_currency_symbol")).toString();
    return c;
}

std::optional<GatewayAccount> accountFromMeta(const QJsonObject &meta)
{
    if (!meta.contains(kAccount))
        return std::nullopt;
    return GatewayAccount::fromJson(meta.value(kAccount).toObject());
}

CurrencyDisplay currencyForSources(const QList<SourceInfo> &sources, const QList<qint64> &sourceIds)
{
    for (const SourceInfo &s : sources) {
        if (!sourceIds.isEmpty() && !sourceIds.contains(s.id))
            continue;
        if (s.meta.contains(kGateway))
            return currencyFromMeta(s.meta);
    }
    return CurrencyDisplay();
}

} // namespace QuotaScope
