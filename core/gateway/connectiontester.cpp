#include "gateway/connectiontester.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace QuotaScope {

QStringList ConnectionReport::summary() const
{
    QStringList lines;
    lines << (reachable ? QCoreApplication::translate("ConnectionTester", "Reachable: yes")
                        : QCoreApplication::translate("ConnectionTester", "Reachable: no"));
    if (reachable) {
        lines << QCoreApplication::translate("ConnectionTester", "Gateway: %1 %2")
                     .arg(kind == GatewayProfile::Kind::OneApi ? QStringLiteral("one-api") : QStringLiteral("new-api"),
                         version);
        lines << QCoreApplication::translate("ConnectionTester", "Money: %1, %2 quota per unit")
                     .arg(CurrencyDisplay::typeName(currency.type))
                     .arg(currency.quotaPerUnit, 0, 'f', 0);
    }
    if (authenticated) {
        lines << QCoreApplication::translate("ConnectionTester", "User: %1 (id %2), %3")
                     .arg(userName)
                     .arg(userId)
                     .arg(GatewayAccount::roleName(role));
        lines << (adminScopeAllowed
                ? QCoreApplication::translate("ConnectionTester", "Admin scope (everyone's logs): allowed")
                : QCoreApplication::translate(
                    "ConnectionTester", "Admin scope (everyone's logs): not allowed, use self scope"));
    }
    if (reachable) {
        lines << QCoreApplication::translate("ConnectionTester", "Data export: %1")
                     .arg(!dataExportEnabled
                             ? QCoreApplication::translate("ConnectionTester", "unknown")
                             : (*dataExportEnabled ? QCoreApplication::translate("ConnectionTester", "enabled")
                                                   : QCoreApplication::translate("ConnectionTester", "disabled")));
        lines << QCoreApplication::translate("ConnectionTester", "Data export interval: %1")
                     .arg(dataExportIntervalMinutes
                             ? QCoreApplication::translate("ConnectionTester", "%1 min").arg(*dataExportIntervalMinutes)
                             : QCoreApplication::translate("ConnectionTester", "unknown (readable only by root)"));
    }
    if (!error.message.isEmpty())
        lines << QCoreApplication::translate("ConnectionTester", "Error: %1").arg(error.message);
    for (const QString &w : warnings)
        lines << QCoreApplication::translate("ConnectionTester", "Warning: %1").arg(w);
    return lines;
}

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<QuotaScope::ConnectionReport>();
}

ConnectionTester::~ConnectionTester() = default;

ClientOptions ConnectionTester::quickOptions()
{
    ClientOptions o;
    o.maxAttempts = 2;
    o.baseDelayMs = 500;
    o.maxRateLimitWaits = 1;
    o.rateLimitDelayMs = 5000;
    o.transferTimeoutMs = 15000;
    return o;
}

void ConnectionTester::test(const GatewayProfile &profile, const QString &token, const ClientOptions &options)
{
    m_profile = profile;
    m_report = ConnectionReport();
    if (m_client)
        m_client.release()->deleteLater();
    m_client = std::make_unique<GatewayClient>(m_nam, profile, token, options);
    const QString warning = GatewayClient::transportWarning(profile.baseUrl);
    if (!warning.isEmpty())
        m_report.warnings << warning;

    m_client->get(QStringLiteral("/api/status"), {}, [this, token](const Result<QJsonValue> &status) {
        if (!status) {
            m_report.error = status.error();
            done();
            return;
        }
        m_report.reachable = true;
        const GatewayStatus st = GatewayStatus::fromJson(status.value().toObject());
        m_report.kind = m_profile.kind == GatewayProfile::Kind::Auto ? st.kind : m_profile.kind;
        m_report.version = st.version;
        m_report.systemName = st.systemName;
        m_report.currency = st.currency;
        m_report.dataExportEnabled = st.dataExportEnabled;
        m_client->setKind(m_report.kind);
        if (token.isEmpty()) {
            m_report.error
                = Error(QCoreApplication::translate("ConnectionTester",
                            "no access token: enter the token generated on the gateway's personal settings page"),
                    Error::Kind::Auth);
            done();
            return;
        }
        m_client->get(QStringLiteral("/api/user/self"), {}, [this](const Result<QJsonValue> &self) {
            if (!self) {
                m_report.error = self.error();
                done();
                return;
            }
            const GatewayAccount account = GatewayAccount::fromJson(self.value().toObject());
            m_report.authenticated = true;
            m_report.role = account.role;
            m_report.userName = account.userName;
            m_report.userId = account.id;
            m_report.adminScopeAllowed = account.role >= 10;
            if (account.role < 100) {
                done();
                return;
            }
            m_client->get(QStringLiteral("/api/option/"), {}, [this](const Result<QJsonValue> &options) {
                if (options) {
                    for (const QJsonValue &v : options.value().toArray()) {
                        const QJsonObject o = v.toObject();
                        const QString key = o.value(QLatin1String("key")).toString();
                        const QString value = o.value(QLatin1String("value")).toString();
                        if (key == QLatin1String("DataExportEnabled"))
                            m_report.dataExportEnabled = value == QLatin1String("true");
                        else if (key == QLatin1String("DataExportInterval"))
                            m_report.dataExportIntervalMinutes = value.toInt();
                    }
                } else {
                    m_report.warnings << QCoreApplication::translate(
                        "ConnectionTester", "could not read the gateway options: %1")
                                             .arg(options.error().message);
                }
                done();
            });
        });
    }, false);
}

void ConnectionTester::done()
{
    Q_EMIT finished(m_report);
}

} // namespace QuotaScope
