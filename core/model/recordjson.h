#pragma once

#include "model/usagerecord.h"

#include <QJsonObject>

namespace QuotaScope {

/// One record in new-api's Log field names (`other` as the string it was delivered as), so that an export
/// reads back with `import` and in any tool that knows the gateway's logs.
QJsonObject recordLogJson(const UsageRecord &record);

/// The record's `other` parsed leniently: an empty string, "null" or text that is not a JSON object gives an
/// empty object.
QJsonObject parsedOther(const UsageRecord &record);

} // namespace QuotaScope
