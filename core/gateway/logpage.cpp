#include "gateway/logpage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuotaScope {

namespace {

/// JSON numbers are doubles: one outside qint64 (1e300) reads as 0; converting it would be undefined behaviour.
qint64 int64From(double d)
{
    return d > -9.2e18 && d < 9.2e18 ? qint64(d) : 0;
}

qint64 int64Of(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString().toLongLong();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return int64From(v.toDouble());
}

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

UsageRecord LogPage::parseRecord(const QJsonObject &o, GatewayProfile::Scope scope, GatewayProfile::Kind kind, bool bare)
{
    UsageRecord r;
    const qint64 id = int64Of(o, "id");
    r.createdAt = int64Of(o, "created_at");
    r.type = int(int64Of(o, "type"));
    // one-api's 5 is a channel test, not new-api's error log.
    if (kind == GatewayProfile::Kind::OneApi && r.type == 5)
        r.type = int(LogType::System);
    r.userId = int64Of(o, "user_id");
    r.userName = stringOf(o, "username");
    r.tokenId = int64Of(o, "token_id");
    r.tokenName = stringOf(o, "token_name");
    r.model = stringOf(o, "model_name");
    r.channelId = int64Of(o, "channel");
    r.channelName = stringOf(o, "channel_name");
    r.group = stringOf(o, "group");
    r.quota = int64Of(o, "quota");
    r.promptTokens = int64Of(o, "prompt_tokens");
    r.completionTokens = int64Of(o, "completion_tokens");
    r.useTimeMs = o.contains(QLatin1String("elapsed_time")) ? int64Of(o, "elapsed_time")
                                                            : int64From(double(int64Of(o, "use_time")) * 1000);
    r.isStream = o.value(QLatin1String("is_stream")).toBool();
    r.requestId = stringOf(o, "request_id");
    r.ip = stringOf(o, "ip");
    r.content = stringOf(o, "content");
    r.other = stringOf(o, "other");
    if (!r.other.isEmpty() && r.other != QLatin1String("null")) {
        const QJsonObject other = QJsonDocument::fromJson(r.other.toUtf8()).object();
        r.cacheReadTokens = int64Of(other, "cache_tokens");
        r.cacheWriteTokens = int64From(double(int64Of(other, "cache_creation_tokens"))
                                       + double(int64Of(other, "cache_creation_tokens_5m"))
                                       + double(int64Of(other, "cache_creation_tokens_1h")));
    }

    if (scope == GatewayProfile::Scope::Admin && id > 0) {
        r.gatewayId = id;
        r.identity = QStringLiteral("id:%1").arg(id);
    } else if (!r.requestId.isEmpty()) {
        r.identity = QStringLiteral("r:%1:%2").arg(r.createdAt).arg(r.requestId);
    } else {
        // Older new-api self lists (the bare-array shape) deliver id % 1024, which is stable and tells apart
        // otherwise identical rows; newer ones deliver a row number, which is not stable.
        const bool stableSelfId = bare && kind != GatewayProfile::Kind::OneApi;
        QJsonObject content = o;
        if (!stableSelfId)
            content.remove(QLatin1String("id"));
        const QByteArray hash = QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(20);
        r.identity = QStringLiteral("h:") + QString::fromLatin1(hash);
    }
    return r;
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
        page.total = int64From(o.value(QLatin1String("total")).toDouble());
        page.pageSize = o.value(QLatin1String("page_size")).toInt();
        items = o.value(QLatin1String("items")).toArray();
    } else {
        return Error(QCoreApplication::translate("LogPage", "unexpected log list: neither an array nor a page object"),
            Error::Kind::Parse);
    }
    page.records.reserve(items.size());
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return Error(
                QCoreApplication::translate("LogPage", "unexpected log entry: not an object"), Error::Kind::Parse);
        page.records.append(parseRecord(v.toObject(), scope, kind, !page.paged));
    }
    return page;
}

} // namespace QuotaScope
