#include "gateway/connectiontester.h"

#include <QJsonArray>
#include <QJsonObject>

namespace QuotaScope {

QStringList ConnectionReport::summary() const
{
    QStringList lines;
    lines << (reachable ? QStringLiteral("Reachable: yes") : QStringLiteral("Reachable: no"));
    if (reachable) {
        lines << QStringLiteral("Gateway: %1 %2")
                     .arg(kind == GatewayProfile::Kind::OneApi ? QStringLiteral("one-api") : QStringLiteral("new-api"),
                          version);
        lines << QStringLiteral("Money: %1, %2 quota per unit")
                     .arg(CurrencyDisplay::typeName(currency.type))
                     .arg(currency.quotaPerUnit, 0, 'f', 0);
    }
    if (authenticated) {
        lines << QStringLiteral("User: %1 (id %2), %3").arg(userName).arg(userId).arg(GatewayAccount::roleName(role));
        lines << (adminScopeAllowed ? QStringLiteral("Admin scope (everyone's logs): allowed")
                                    : QStringLiteral("Admin scope (everyone's logs): not allowed, use self scope"));
    }
    if (reachable) {
        lines << QStringLiteral("Data export: %1")
                     .arg(!dataExportEnabled ? QStringLiteral("unknown")
                                             : (*dataExportEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled")));
        lines << QStringLiteral("Data export interval: %1")
                     .arg(dataExportIntervalMinutes ? QStringLiteral("%1 min").arg(*dataExportIntervalMinutes)
                                                    : QStringLiteral("unknown (readable only by root)"));
    }
    if (!error.message.isEmpty())
        lines << QStringLiteral("Error: ") + error.message;
    for (const QString &w : warnings)
        lines << QStringLiteral("Warning: ") + w;
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
            m_report.error = Error(QStringLiteral("no access token: enter the token generated on the gateway's "
                                                  "personal settings page"),
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
                    m_report.warnings << QStringLiteral("could not read the gateway options: ") + options.error().message;
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
