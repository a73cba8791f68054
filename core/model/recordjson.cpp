#include "model/recordjson.h"

#include <QJsonDocument>

namespace QuotaScope {

QJsonObject recordLogJson(const UsageRecord &r)
{
    QJsonObject o { { QStringLiteral("created_at"), r.createdAt }, { QStringLiteral("type"), r.type },
        { QStringLiteral("user_id"), r.userId }, { QStringLiteral("username"), r.userName },
        { QStringLiteral("token_id"), r.tokenId }, { QStringLiteral("token_name"), r.tokenName },
        { QStringLiteral("model_name"), r.model }, { QStringLiteral("channel"), r.channelId },
        { QStringLiteral("channel_name"), r.channelName }, { QStringLiteral("group"), r.group },
        { QStringLiteral("quota"), r.quota }, { QStringLiteral("prompt_tokens"), r.promptTokens },
        { QStringLiteral("completion_tokens"), r.completionTokens },
        { QStringLiteral("cache_tokens"), r.cacheReadTokens },
        { QStringLiteral("cache_creation_tokens"), r.cacheWriteTokens },
        { QStringLiteral("use_time"), double(r.useTimeMs) / 1000.0 }, { QStringLiteral("is_stream"), r.isStream },
        { QStringLiteral("request_id"), r.requestId }, { QStringLiteral("ip"), r.ip },
        { QStringLiteral("content"), r.content }, { QStringLiteral("other"), QString::fromUtf8(r.other) } };
    if (r.gatewayId != 0)
        o.insert(QStringLiteral("id"), r.gatewayId);
    return o;
}

QJsonObject parsedOther(const UsageRecord &record)
{
    if (record.other.isEmpty())
        return {};
    return QJsonDocument::fromJson(record.other).object();
}

} // namespace QuotaScope
