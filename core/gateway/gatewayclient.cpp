#include "gateway/gatewayclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGateway, "quotascope.gateway", QtWarningMsg)

namespace QuotaScope {

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

QString messageFromBody(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value(QLatin1String("message")).toString();
}

} // namespace

GatewayClient::GatewayClient(QNetworkAccessManager *nam, const GatewayProfile &profile, const QString &token,
                             const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
    , m_token(token)
    , m_options(options)
    , m_kind(profile.kind)
{
    m_clock.start();
}

GatewayClient::~GatewayClient()
{
    // Replies still running belong to the manager; detach them so their finished() finds no client.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void GatewayClient::useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

QString GatewayClient::transportWarning(const QUrl &baseUrl)
{
    if (baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return {};
    const QString host = baseUrl.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
        return {};
    return QCoreApplication::translate("GatewayClient",
        "%1 uses plain http: the access token travels unencrypted. Use https unless this "
        "network is trusted.")
        .arg(baseUrl.host());
}

QString GatewayClient::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(url.port(defaultPort));
}

bool GatewayClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    return origin(a) == origin(b);
}

QString GatewayClient::where(const Call &call) const
{
    return m_profile.baseUrl.host() + call.path;
}

qint64 GatewayClient::budgetDelayMs()
{
    const int budget = std::max(1, m_profile.requestBudget);
    const qint64 now = m_clock.elapsed();
    while (!m_sentAt.empty() && m_sentAt.front() <= now - m_options.budgetWindowMs)
        m_sentAt.pop_front();
    if (int(m_sentAt.size()) < budget)
        return 0;
    return m_sentAt[m_sentAt.size() - budget] + m_options.budgetWindowMs - now;
}

qint64 GatewayClient::estimateMs(qint64 requests) const
{
    if (requests <= 0)
        return 0;
    const qint64 latency = m_answered > 0 ? m_latencyTotalMs / m_answered : 500;
    const int budget = std::max(1, m_profile.requestBudget);
    const qint64 available = std::max<qint64>(0, budget - qint64(m_sentAt.size()));
    const qint64 paced = requests > available ? (requests - available) * m_options.budgetWindowMs / budget : 0;
    return std::max(requests * latency, paced);
}

void GatewayClient::get(const QString &path, const QUrlQuery &query, Callback done, bool authenticated)
{
    Call call;
    call.path = path;
    call.query = query;
    call.authenticated = authenticated;
    call.done = std::move(done);
    send(std::move(call));
}

void GatewayClient::put(const QString &path, const QJsonObject &body, Callback done)
{
    Call call;
    call.path = path;
    call.putBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.done = std::move(done);
    send(std::move(call));
}

void GatewayClient::sleep(Call call, qint64 ms)
{
    const int id = ++m_nextWaitId;
    m_waiting.insert(id, std::move(call));
    QTimer::singleShot(int(std::max<qint64>(0, ms)), this, [this, id] {
        auto it = m_waiting.find(id);
        if (it == m_waiting.end())
            return; // cancelled meanwhile
        Call c = std::move(it.value());
        m_waiting.erase(it);
        send(std::move(c));
    });
}

void GatewayClient::send(Call call)
{
    if (!m_nam) {
        finish(call,
            Error(QCoreApplication::translate("GatewayClient", "no network access available"), Error::Kind::Network));
        return;
    }
    const qint64 wait = budgetDelayMs();
    if (wait > 0) {
        Q_EMIT backingOff(QDateTime::currentDateTimeUtc().addMSecs(wait),
            QCoreApplication::translate("GatewayClient", "request budget of %1 per %2 s used up")
                .arg(m_profile.requestBudget)
                .arg(m_options.budgetWindowMs / 1000));
        sleep(std::move(call), wait);
        return;
    }

    QUrl url = m_profile.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + call.path);
    url.setQuery(call.query);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Qt would carry Authorization and New-Api-User along a redirect: every hop is checked in redirected().
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    if (call.authenticated) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (m_kind != GatewayProfile::Kind::OneApi)
            request.setRawHeader("New-Api-User", QByteArray::number(m_profile.userId));
    }

    m_sentAt.push_back(m_clock.elapsed());
    ++m_sent;
    ++call.attempt;
    const bool isPut = !call.putBody.isEmpty();
    qCDebug(lcGateway) << (isPut ? "PUT" : "GET") << url.toString(QUrl::RemoveUserInfo) << "attempt" << call.attempt;
    const qint64 sentAt = m_clock.elapsed();
    if (isPut)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = isPut ? m_nam->put(request, call.putBody) : m_nam->get(request);
    m_inFlight.insert(reply, call);
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        const QUrl resolved = reply->url().resolved(target);
        if (sameOrigin(m_profile.baseUrl, resolved)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        it->refusedRedirect = resolved;
        reply->abort();
    });
    const qint64 maxBytes = m_options.maxAnswerBytes;
    auto checkSize = [this, reply, maxBytes](qint64 received, qint64 announced) {
        if (maxBytes <= 0 || (received <= maxBytes && announced <= maxBytes))
            return;
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end() || it->tooLarge)
            return;
        it->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, checkSize] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        checkSize(0, length.isValid() ? length.toLongLong() : -1);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, checkSize);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        Call c = std::move(it.value());
        m_inFlight.erase(it);
        m_latencyTotalMs += m_clock.elapsed() - sentAt;
        ++m_answered;
        handle(reply, std::move(c));
        reply->deleteLater();
    });
}

void GatewayClient::retryLater(Call call, const QString &why)
{
    if (call.attempt >= m_options.maxAttempts) {
        finish(call,
            Error(QCoreApplication::translate("GatewayClient",
                      "%1: %2; gave up after %3 attempts. Check that the gateway is up and "
                      "reachable, then sync again.")
                      .arg(where(call), why)
                      .arg(call.attempt),
                Error::Kind::Network));
        return;
    }
    ++m_retries;
    const qint64 exp = qint64(m_options.baseDelayMs) << std::min(call.attempt - 1, 20);
    const qint64 capped = std::min<qint64>(exp, m_options.maxDelayMs);
    const qint64 jittered = capped / 2 + qint64(QRandomGenerator::global()->bounded(double(capped)));
    qCInfo(lcGateway) << where(call) << why << "- retrying in" << jittered << "ms";
    sleep(std::move(call), jittered);
}

void GatewayClient::handle(QNetworkReply *reply, Call call)
{
    if (call.refusedRedirect.isValid()) {
        m_unreachable = false;
        finish(call,
            Error(QCoreApplication::translate("GatewayClient",
                      "%1: the answer redirects to %2, which is not the gateway's own address %3. The access "
                      "token is only sent to %3, so the request stopped. If the gateway has moved, change the "
                      "base URL of profile \"%4\"; if a sign-in proxy stands in front of it, use an address "
                      "that reaches the gateway directly.")
                      .arg(where(call), origin(call.refusedRedirect), origin(m_profile.baseUrl), m_profile.name),
                Error::Kind::Network));
        return;
    }
    // The progress signals may come after the reply has already ended (an answer without Content-Length, ended
    // by the server closing the connection): what has arrived counts as well.
    if (call.tooLarge || (m_options.maxAnswerBytes > 0 && reply->bytesAvailable() > m_options.maxAnswerBytes)) {
        m_unreachable = false;
        finish(call,
            Error(QCoreApplication::translate("GatewayClient",
                      "%1: the answer is larger than %2 MiB, the most QuotaScope reads in one answer; the "
                      "request stopped. Check that the base URL of profile \"%3\" points at the gateway "
                      "itself.")
                      .arg(where(call))
                      .arg(double(m_options.maxAnswerBytes) / (1024 * 1024), 0, 'g', 3)
                      .arg(m_profile.name),
                Error::Kind::Network));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->readAll();
    m_unreachable = status == 0 && netError != QNetworkReply::NoError;
    QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty()) {
        // HTTP dates end in "GMT", which is RFC 2822's obsolete zone form.
        if (date.endsWith(" GMT"))
            date = date.chopped(4) + " +0000";
        const QDateTime serverTime = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        if (serverTime.isValid())
            m_serverClockOffset = serverTime.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
    }

    if (status == 401 || status == 403) {
        QString msg = messageFromBody(body);
        if (msg.isEmpty())
            msg = QCoreApplication::translate("GatewayClient", "access denied");
        const QString fix = m_kind == GatewayProfile::Kind::OneApi
            ? QCoreApplication::translate("GatewayClient",
                "Check the access token of profile \"%1\" (it changes whenever a new one is generated).")
            : QCoreApplication::translate("GatewayClient",
                "Check the access token and the numeric user id of profile \"%1\" (the token changes "
                "whenever a new one is generated; the user id must be the token owner's).");
        finish(call,
            Error(QCoreApplication::translate(
                      "GatewayClient", "%1: HTTP %2, the gateway refused the credentials (%3). %4")
                      .arg(where(call))
                      .arg(status)
                      .arg(msg, fix.arg(m_profile.name)),
                Error::Kind::Auth));
        return;
    }
    if (status == 429) {
        if (call.rateWaits >= m_options.maxRateLimitWaits) {
            finish(call,
                Error(QCoreApplication::translate("GatewayClient",
                          "%1: still rate limited (HTTP 429) after %2 waits. Lower the request "
                          "budget of profile \"%3\" or sync later.")
                          .arg(where(call))
                          .arg(call.rateWaits)
                          .arg(m_profile.name),
                    Error::Kind::RateLimited));
            return;
        }
        ++m_rateLimitWaits;
        const qint64 base = std::min<qint64>(qint64(m_options.rateLimitDelayMs) << std::min(call.rateWaits, 10),
                                             qint64(m_options.maxDelayMs) * 4);
        const qint64 delay = base + qint64(QRandomGenerator::global()->bounded(double(base) / 4 + 1));
        ++call.rateWaits;
        --call.attempt; // waiting out a rate limit is not a failed attempt
        Q_EMIT backingOff(QDateTime::currentDateTimeUtc().addMSecs(delay),
            QCoreApplication::translate("GatewayClient", "the gateway is rate limiting us (HTTP 429)"));
        sleep(std::move(call), delay);
        return;
    }
    if (status >= 500) {
        retryLater(std::move(call), QStringLiteral("HTTP %1").arg(status));
        return;
    }
    if (status == 0 || netError != QNetworkReply::NoError) {
        if (status == 0 && isTransientNetworkError(netError)) {
            retryLater(std::move(call), reply->errorString());
            return;
        }
        if (status == 0) {
            // TLS failures and the like: retrying will not help and must never be worked around.
            finish(call,
                Error(QCoreApplication::translate("GatewayClient", "%1: %2").arg(where(call), reply->errorString()),
                    Error::Kind::Network));
            return;
        }
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (status >= 200 && status < 300) {
            retryLater(std::move(call),
                QCoreApplication::translate("GatewayClient", "invalid or truncated JSON (%1 at byte %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
            return;
        }
        finish(call,
            Error(QCoreApplication::translate("GatewayClient", "%1: HTTP %2; is this a new-api or one-api gateway?")
                      .arg(where(call))
                      .arg(status),
                Error::Kind::Network));
        return;
    }
    const QJsonObject envelope = doc.object();
    if (doc.isObject() && envelope.contains(QLatin1String("success"))) {
        if (!envelope.value(QLatin1String("success")).toBool()) {
            QString msg = envelope.value(QLatin1String("message")).toString();
            if (msg.isEmpty())
                msg = QCoreApplication::translate("GatewayClient", "no message");
            finish(call,
                Error(QCoreApplication::translate("GatewayClient", "%1: the gateway answered: %2")
                          .arg(where(call), msg)));
            return;
        }
        finish(call, envelope.value(QLatin1String("data")));
        return;
    }
    if (status < 200 || status >= 300) {
        finish(call, Error(QStringLiteral("%1: HTTP %2").arg(where(call)).arg(status), Error::Kind::Network));
        return;
    }
    finish(call, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(envelope));
}

void GatewayClient::finish(const Call &call, const Result<QJsonValue> &result)
{
    if (call.done)
        call.done(result);
}

void GatewayClient::cancel()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    QList<Call> calls;
    for (QNetworkReply *r : replies) {
        calls.append(m_inFlight.take(r));
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it)
        calls.append(std::move(it.value()));
    m_waiting.clear();
    for (const Call &c : calls)
        finish(c, Error::cancelled());
}

} // namespace QuotaScope
