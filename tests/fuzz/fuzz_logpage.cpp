// A gateway's answer to /api/log/ or /api/log/self: the `data` of the envelope, in every scope and kind.
#include "fuzzsupport.h"

#include "gateway/logpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (doc.isNull())
        return 0;
    const QJsonValue value = doc.isObject() && doc.object().contains(QLatin1String("data"))
        ? doc.object().value(QLatin1String("data"))
        : (doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    for (const auto scope : { GatewayProfile::Scope::Admin, GatewayProfile::Scope::Self }) {
        for (const auto kind : { GatewayProfile::Kind::NewApi, GatewayProfile::Kind::OneApi }) {
            const auto page = LogPage::parse(value, scope, kind);
            if (!page) {
                QS_FUZZ_CHECK(!page.error().message.isEmpty());
                continue;
            }
            for (const UsageRecord &r : page->records)
                QS_FUZZ_CHECK(!r.identity.isEmpty());
        }
    }
    return 0;
}
