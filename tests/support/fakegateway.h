#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace QuotaScope::Test {

/**
 * An in-process HTTP/1.1 gateway on 127.0.0.1 that speaks new-api and one-api management shapes with their
 * quirks, holds its own logs and quota_data tables, can report its own totals, and injects faults.
 *
 * Shapes: U (current new-api: PageInfo lists, 1-based p, self ids are row numbers), L (older new-api:
 * /api/log/self is a bare array with 0-based p, ids are id % 1024, no request_id), O (one-api: no New-Api-User,
 * 0-based pages of 10, bare arrays, no /api/data). Every answer closes the connection.
 */
class FakeGateway : public QObject
{
    Q_OBJECT
public:
    enum class Shape { U, L, O };
    enum class Fault { Http500, Stall, Truncated, Drop, InvalidJson, RotateToken };

    struct User
    {
        qint64 id = 1;
        QString name = QStringLiteral("alice");
        int role = 1;
        QString token;
        qint64 quota = 48500000;
        qint64 usedQuota = 1500000;
        qint64 requestCount = 812;
    };
    struct Log
    {
        qint64 id = 0; ///< assigned on insert
        qint64 userId = 1;
        QString userName;
        qint64 createdAt = 0;
        int type = 2;
        QString model = QStringLiteral("gpt-4o-mini");
        QString tokenName = QStringLiteral("desktop");
        qint64 quota = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        int useTime = 1;
        bool isStream = false;
        QString requestId;
        QString group = QStringLiteral("default");
        QString content;
    };
    struct QuotaRow
    {
        qint64 userId = 1;
        QString userName;
        QString model;
        qint64 createdAt = 0; ///< hour start
        qint64 count = 0, quota = 0, tokenUsed = 0;
    };
    struct Totals
    {
        qint64 count = 0, quota = 0, promptTokens = 0, completionTokens = 0;
        bool operator==(const Totals &o) const
        {
            return count == o.count && quota == o.quota && promptTokens == o.promptTokens
                && completionTokens == o.completionTokens;
        }
    };
    struct Request
    {
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray rawLine;                    ///< request line as received
        QByteArray method;                     ///< GET, PUT, ...
        QByteArray body;
    };

    explicit FakeGateway(Shape shape = Shape::U, QObject *parent = nullptr);
    ~FakeGateway() override;

    bool listen(); ///< on 127.0.0.1, a free port
    QUrl url() const;
    Shape shape() const { return m_shape; }

    void addUser(const User &user);
    void rotateToken(qint64 userId, const QString &newToken);
    /// Appends a log (newest id); returns the id.
    qint64 addLog(Log log);
    void addQuotaRow(const QuotaRow &row);
    QList<QuotaRow> &quotaRows() { return m_quota; }

    /// Totals over logs with userId (0: all users), type (0: all types) and from <= created_at <= to.
    Totals totals(qint64 userId, qint64 from, qint64 to, int type = 0) const;
    /// Sum of quota_data rows (count, quota; tokens in promptTokens) for userId (0: all).
    Totals quotaTotals(qint64 userId, qint64 fromHour, qint64 toHour) const;

    /// After `allowed` requests, the next `refused` requests get 429 with an empty body; then it repeats.
    void setRateLimit(int allowed, int refused);
    /// Fault for the request number `atRequest` (1-based, counting every request), for `count` requests.
    void injectFault(Fault fault, int atRequest, int count = 1);
    /// Fault for the next request whose path starts with pathPrefix (after `skip` matching ones).
    void injectFaultOnPath(Fault fault, const QString &pathPrefix, int skip = 0, int count = 1);
    /// Called before each log-list answer is built (after auth), with the 1-based index of that list request.
    void setBeforeLogList(std::function<void(int listRequest)> hook) { m_beforeLogList = std::move(hook); }

    /// Requests whose path starts with fromPrefix are answered with `status` and a Location on target's origin:
    /// target's path followed by the rest of the request path, with the request's query (an SSO proxy, or a
    /// gateway that moved).
    void redirect(const QString &fromPrefix, const QUrl &target, int status = 302);
    /// Log lists hold this log twice (what a list whose pages shifted under the reader looks like).
    void repeatLog(qint64 id) { m_repeated.append(id); }
    /// Log lists always answer the first page whatever `p` says (a proxy that drops the parameter).
    void setIgnorePageParameter(bool ignore) { m_ignorePage = ignore; }
    /// Answers end when the connection closes instead of carrying a Content-Length.
    void setOmitContentLength(bool omit) { m_omitContentLength = omit; }
    /// Every answer carries this `Date` header (the gateway's clock).
    void setDate(const QDateTime &date) { m_date = date; }

    void setStatusField(const QString &key, const QJsonValue &value) { m_statusExtra.insert(key, value); }
    void setOption(const QString &key, const QString &value) { m_options.insert(key, value); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    int countRequests(const QString &pathPrefix) const;

private:
    struct PendingFault
    {
        Fault fault;
        int atRequest = 0;    ///< 0 when path-based
        QString pathPrefix;
        int skip = 0;
        int count = 1;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray location;
    };
    struct Redirect
    {
        QString fromPrefix;
        QUrl target;
        int status = 302;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void serve(QTcpSocket *socket, const Request &request);
    Answer route(const Request &request);
    Answer envelope(const QJsonValue &data) const;
    Answer failure(const QString &message, int status = 200) const;
    const User *authenticate(const Request &request, Answer *denied) const;
    Answer logList(const Request &request, const User &user, bool admin);
    Answer quotaData(const Request &request, const User &user, bool admin) const;
    QJsonObject logJson(const Log &log, bool admin, qint64 displayId) const;
    bool takeFault(const Request &request, Fault *fault);

    Shape m_shape;
    QTcpServer *m_server = nullptr;
    QList<User> m_users;
    QList<Log> m_logs;
    QList<QuotaRow> m_quota;
    qint64 m_nextId = 1;
    QJsonObject m_statusExtra;
    QHash<QString, QString> m_options;
    QList<PendingFault> m_faults;
    int m_rateAllowed = 0, m_rateRefused = 0, m_rateCounter = 0;
    int m_logListRequests = 0;
    std::function<void(int)> m_beforeLogList;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Redirect> m_redirects;
    QList<qint64> m_repeated;
    bool m_ignorePage = false;
    bool m_omitContentLength = false;
    QDateTime m_date;
};

} // namespace QuotaScope::Test
