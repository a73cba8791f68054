#pragma once

#include "model/money.h"

#include <QJsonObject>

namespace QuotaScope {

/// The display currency a source's meta records under "currency": either a type name ("CNY") or an object
/// with the gateway's /api/status names (quota_display_type, quota_per_unit, usd_exchange_rate,
/// custom_currency_symbol, custom_currency_exchange_rate). Anything missing keeps the gateway's default
/// (USD, 500000 quota per unit).
CurrencyDisplay currencyFromMeta(const QJsonObject &meta);
QJsonObject currencyToMeta(const CurrencyDisplay &currency);

} // namespace QuotaScope
