#pragma once

#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace QuotaScope {

/**
 * How a GatewayClient paces, retries and times out. The defaults respect the gateway (180 requests per 180 s
 * per IP); tests shrink the delays so faults are exercised without waiting.
 */
struct ClientOptions
{
    int maxAttempts = 5;            ///< per request, for 5xx, timeouts, resets and broken JSON
    int baseDelayMs = 1000;         ///< first retry delay; doubles per attempt, with +-50 % jitter
    int maxDelayMs = 60000;
    int rateLimitDelayMs = 30000;   ///< wait after a 429 (doubles on repeated 429s, capped at maxDelayMs * 4)
    int maxRateLimitWaits = 12;     ///< 429s tolerated for one request before giving up
    int transferTimeoutMs = 30000;  ///< a stalled transfer counts as a failed attempt
    int budgetWindowMs = 180000;    ///< GatewayProfile::requestBudget requests per this window
    qint64 maxAnswerBytes = 64 * 1024 * 1024; ///< a larger answer is aborted (by Content-Length or as it arrives)
};

/**
 * Asynchronous client for one gateway's management API (/api/...), new-api or one-api.
 *
 * Sends `Authorization: Bearer <token>` and, for new-api, `New-Api-User: <profile.userId>`. Unwraps the
 * `{success, message, data}` envelope: success:false becomes an Error carrying the gateway's message whatever
 * the HTTP status. 401/403 become Error::Kind::Auth (not retried). 429 waits and resumes (emitting
 * backingOff). 5xx, timeouts, connection resets, truncated or invalid JSON are retried with exponential
 * backoff and jitter, then reported as Error::Kind::Network. Requests are paced so that at most
 * profile.requestBudget go out per ClientOptions::budgetWindowMs.
 *
 * The token is held in memory only: it never appears in URLs, log output or error messages. It goes only to
 * the profile's own origin (scheme, host and port): a redirect within that origin is followed, a redirect
 * anywhere else (another host or port, or https to http) stops the request with an error naming both
 * origins, before anything is sent there. TLS verification stays on (certificate errors fail the request).
 * Answers larger than ClientOptions::maxAnswerBytes are aborted. The QNetworkAccessManager is injected and
 * must live in the client's thread.
 */
class GatewayClient : public QObject
{
    Q_OBJECT
public:
    /// Receives the envelope's `data` (or the error). Called exactly once per get(), unless the client is
    /// destroyed first.
    using Callback = std::function<void(const Result<QJsonValue> &data)>;

    GatewayClient(QNetworkAccessManager *nam, const GatewayProfile &profile, const QString &token,
                  const ClientOptions &options = {}, QObject *parent = nullptr);
    ~GatewayClient() override;

    /// new-api or one-api (decides the headers). Auto sends the new-api headers, which one-api ignores.
    void setKind(GatewayProfile::Kind kind) { m_kind = kind; }
    GatewayProfile::Kind kind() const { return m_kind; }

    /// GET baseUrl + path with query. authenticated=false sends no credentials (/api/status).
    void get(const QString &path, const QUrlQuery &query, Callback done, bool authenticated = true);
    /// PUT baseUrl + path with a JSON body (e.g. /api/option/). Retried like get(): the gateway's writes of
    /// this kind set a value, so repeating one is harmless.
    void put(const QString &path, const QJsonObject &body, Callback done);
    /// Aborts everything in flight and pending; their callbacks receive Error::cancelled().
    void cancel();

    int requestsSent() const { return m_sent; }
    int retries() const { return m_retries; }
    int rateLimitWaits() const { return m_rateLimitWaits; }
    /// True when the last answered request got no HTTP response at all (host down, no network).
    bool unreachable() const { return m_unreachable; }
    /// Milliseconds `requests` more requests will take at the observed latency and the request budget.
    qint64 estimateMs(qint64 requests) const;
    /// Seconds the gateway's clock is ahead of ours (negative: behind), from the `Date` header of the last
    /// answer that had one; empty until then.
    std::optional<qint64> serverClockOffset() const { return m_serverClockOffset; }

    /// "scheme://host:port" of url, the unit that credentials are tied to.
    static QString origin(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    /// A user-facing warning when the URL sends the token unencrypted (plain http to a non-loopback host);
    /// empty otherwise.
    static QString transportWarning(const QUrl &baseUrl);
    /// Makes Qt honour the system proxy settings (process-wide; idempotent).
    static void useSystemProxy();

Q_SIGNALS:
    /// The gateway asked us to slow down (429) or the request budget is exhausted; work resumes at `until`.
    void backingOff(const QDateTime &until, const QString &reason);

private:
    struct Call
    {
        QString path;
        QUrlQuery query;
        bool authenticated = true;
        QByteArray putBody; ///< empty for GET
        Callback done;
        int attempt = 0;
        int rateWaits = 0;
        QUrl refusedRedirect; ///< set when the answer redirected to another origin and was aborted
        bool tooLarge = false; ///< set when the answer exceeded maxAnswerBytes and was aborted
    };

    void send(Call call);
    void handle(QNetworkReply *reply, Call call);
    void retryLater(Call call, const QString &why);
    void sleep(Call call, qint64 ms);
    void finish(const Call &call, const Result<QJsonValue> &result);
    qint64 budgetDelayMs();
    QString where(const Call &call) const;

    QPointer<QNetworkAccessManager> m_nam;
    GatewayProfile m_profile;
    QString m_token;
    ClientOptions m_options;
    GatewayProfile::Kind m_kind;
    std::deque<qint64> m_sentAt; ///< ms on m_clock, for the sliding budget window
    QHash<QNetworkReply *, Call> m_inFlight;
    QHash<int, Call> m_waiting; ///< calls sleeping on a retry or budget timer
    int m_nextWaitId = 0;
    QElapsedTimer m_clock;
    qint64 m_latencyTotalMs = 0;
    int m_sent = 0;
    int m_answered = 0;
    int m_retries = 0;
    int m_rateLimitWaits = 0;
    bool m_unreachable = false;
    std::optional<qint64> m_serverClockOffset;
};

} // namespace QuotaScope
