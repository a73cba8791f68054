#include "currencymeta.h"

namespace QuotaScope {

CurrencyDisplay currencyFromMeta(const QJsonObject &meta)
{
    CurrencyDisplay c;
    const QJsonValue v = meta.value(QLatin1String("currency"));
    if (v.isString()) {
        CurrencyDisplay::parseType(v.toString(), &c.type);
        return c;
    }
    const QJsonObject o = v.toObject();
    const QString type = o.value(QLatin1String("quota_display_type")).toString(o.value(QLatin1String("type")).toString());
    CurrencyDisplay::parseType(type, &c.type);
    if (o.value(QLatin1String("quota_per_unit")).toDouble() > 0)
        c.quotaPerUnit = o.value(QLatin1String("quota_per_unit")).toDouble();
    if (o.value(QLatin1String("usd_exchange_rate")).toDouble() > 0)
        c.usdExchangeRate = o.value(QLatin1String("usd_exchange_rate")).toDouble();
    if (o.value(QLatin1String("custom_currency_exchange_rate")).toDouble() > 0)
        c.customExchangeRate = o.value(QLatin1String("custom_currency_exchange_rate")).toDouble();
    if (!o.value(QLatin1String("custom_currency_symbol")).toString().isEmpty())
        c.customSymbol = o.value(QLatin1String("custom_currency_symbol")).toString();
    return c;
}

QJsonObject currencyToMeta(const CurrencyDisplay &currency)
{
    return QJsonObject{{QStringLiteral("quota_display_type"), CurrencyDisplay::typeName(currency.type)},
                       {QStringLiteral("quota_per_unit"), currency.quotaPerUnit},
                       {QStringLiteral("usd_exchange_rate"), currency.usdExchangeRate},
                       {QStringLiteral("custom_currency_symbol"), currency.customSymbol},
                       {QStringLiteral("custom_currency_exchange_rate"), currency.customExchangeRate}};
}

} // namespace QuotaScope
