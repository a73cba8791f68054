#include "model/money.h"

#include <QLocale>

#include <cmath>

namespace QuotaScope {

double CurrencyDisplay::amount(qint64 quota) const
{
    if (type == Type::Tokens)
        return double(quota);
    const double usd = quotaPerUnit > 0 ? double(quota) / quotaPerUnit : 0.0;
    switch (type) {
    case Type::Cny:
        return usd * usdExchangeRate;
    case Type::Custom:
        return usd * customExchangeRate;
    default:
        return usd;
    }
}

QString CurrencyDisplay::symbol() const
{
    switch (type) {
    case Type::Usd:
        return QStringLiteral("$");
    case Type::Cny:
        return QStringLiteral("¥");
    case Type::Custom:
        return customSymbol;
    case Type::Tokens:
        return QString();
    }
    return QString();
}

QString CurrencyDisplay::format(qint64 quota, int digits) const
{
    if (type == Type::Tokens) {
        QLocale c = QLocale::c();
        c.setNumberOptions({}); // the C locale omits group separators by default
        return c.toString(quota);
    }
    double value = amount(quota);
    // The gateway shows a non-zero amount that would round to zero as the smallest visible unit.
    const double smallest = std::pow(10.0, -digits);
    if (value != 0.0 && std::fabs(value) < smallest)
        value = value < 0 ? -smallest : smallest;
    return symbol() + QString::number(value, 'f', digits);
}

bool CurrencyDisplay::parseType(const QString &text, Type *out)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("USD"))
        *out = Type::Usd;
    else if (t == QLatin1String("CNY"))
        *out = Type::Cny;
    else if (t == QLatin1String("TOKENS"))
        *out = Type::Tokens;
    else if (t == QLatin1String("CUSTOM"))
        *out = Type::Custom;
    else
        return false;
    return true;
}

QString CurrencyDisplay::typeName(Type t)
{
    switch (t) {
    case Type::Usd:
        return QStringLiteral("USD");
    case Type::Cny:
        return QStringLiteral("CNY");
    case Type::Tokens:
        return QStringLiteral("TOKENS");
    case Type::Custom:
        return QStringLiteral("CUSTOM");
    }
    return QString();
}

} // namespace QuotaScope
