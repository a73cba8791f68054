#pragma once

#include "model/money.h"

#include <QJsonObject>

namespace QuotaScope {

/// The display currency of a source: what a sync recorded from the gateway's /api/status (meta "gateway"),
/// else what was set for a file source under "currency": a type name ("CNY") or an object with the
/// /api/status names (quota_display_type, quota_per_unit, usd_exchange_rate, custom_currency_symbol,
/// custom_currency_exchange_rate). Anything missing keeps the gateway's default (USD, 500000 quota per unit).
CurrencyDisplay displayCurrency(const QJsonObject &meta);
/// Whether the meta names a currency at all.
bool hasDisplayCurrency(const QJsonObject &meta);
QJsonObject currencyToMeta(const CurrencyDisplay &currency);

} // namespace QuotaScope
