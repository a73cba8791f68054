#include "gateway/gatewayoptions.h"

#include "gateway/gatewaystatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace QuotaScope {

namespace {
constexpr int RootRole = 100;
}

GatewayOptions::GatewayOptions(QNetworkAccessManager *nam, const GatewayProfile &profile, const QString &token,
                               const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<GatewayClient>(nam, profile, token, options))
{
}

GatewayOptions::~GatewayOptions() = default;

void GatewayOptions::requireRoot(std::function<void(const Result<void> &)> next)
{
    m_client->get(QStringLiteral("/api/user/self"), QUrlQuery(), [next](const Result<QJsonValue> &data) {
        if (!data) {
            next(data.error());
            return;
        }
        const GatewayAccount account = GatewayAccount::fromJson(data.value().toObject());
        if (account.role < RootRole) {
            next(Error(QCoreApplication::translate("GatewayOptions",
                           "the gateway lets only its root account read or change these options; "
                           "\"%1\" is %2")
                           .arg(account.userName, GatewayAccount::roleName(account.role)),
                Error::Kind::Auth));
            return;
        }
        next(Result<void>());
    });
}

void GatewayOptions::loadDataDashboard(LoadDone done)
{
    requireRoot([this, done](const Result<void> &root) {
        if (!root) {
            done(root.error());
            return;
        }
        m_client->get(QStringLiteral("/api/option/"), QUrlQuery(), [done](const Result<QJsonValue> &data) {
            if (!data) {
                done(data.error());
                return;
            }
            QList<QPair<QString, QString>> pairs;
            for (const QJsonValue &v : data.value().toArray()) {
                const QJsonObject o = v.toObject();
                pairs.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("value")).toString()});
            }
            done(DataDashboardOptions::fromOptionList(pairs));
        });
    });
}

void GatewayOptions::saveDataDashboard(const QList<QPair<QString, QJsonValue>> &changes, SaveDone done)
{
    requireRoot([this, changes, done](const Result<void> &root) {
        if (!root)
            done(root.error());
        else
            putNext(changes, done);
    });
}

void GatewayOptions::putNext(QList<QPair<QString, QJsonValue>> changes, SaveDone done)
{
    if (changes.isEmpty()) {
        done(Result<void>());
        return;
    }
    const auto change = changes.takeFirst();
    const QJsonObject body{{QStringLiteral("key"), change.first}, {QStringLiteral("value"), change.second}};
    m_client->put(QStringLiteral("/api/option/"), body,
                  [this, changes, done, key = change.first](const Result<QJsonValue> &answer) {
                      if (!answer) {
                          done(Error(QCoreApplication::translate("GatewayOptions", "saving %1: %2")
                                         .arg(key, answer.error().message),
                              answer.error().kind));
                          return;
                      }
                      putNext(changes, done);
                  });
}

} // namespace QuotaScope
