#pragma once

#include <QString>

namespace QuotaScope {

/**
 * How a gateway shows quota as money (/api/status: quota_per_unit, quota_display_type and the exchange
 * rates). 1 USD = quotaPerUnit quota.
 */
struct CurrencyDisplay
{
    enum class Type { Usd, Cny, Tokens, Custom };

    Type type = Type::Usd;
    double quotaPerUnit = 500000.0;
    double usdExchangeRate = 7.3;      ///< CNY per USD
    double customExchangeRate = 1.0;   ///< custom units per USD
    QString customSymbol = QStringLiteral("¤");

    /// The amount in the display currency (quota itself for Tokens).
    double amount(qint64 quota) const;
    /// "$1.2345", "¥8.76", "1,562" (tokens), "¤3.00"; tiny non-zero amounts show as 10^-digits like the gateway.
    QString format(qint64 quota, int digits = 4) const;
    QString symbol() const;
    static bool parseType(const QString &text, Type *out); ///< "USD", "CNY", "TOKENS", "CUSTOM"
    static QString typeName(Type t);
};

} // namespace QuotaScope
