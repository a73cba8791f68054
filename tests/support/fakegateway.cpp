#include "fakegateway.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace QuotaScope::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

qint64 queryInt(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QLatin1String(key)).toLongLong();
}

} // namespace

FakeGateway::FakeGateway(Shape shape, QObject *parent)
    : QObject(parent)
    , m_shape(shape)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeGateway::onConnection);
}

FakeGateway::~FakeGateway() = default;

bool FakeGateway::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeGateway::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeGateway::addUser(const User &user)
{
    m_users.append(user);
}

void FakeGateway::rotateToken(qint64 userId, const QString &newToken)
{
    for (User &u : m_users) {
        if (u.id == userId)
            u.token = newToken;
    }
}

qint64 FakeGateway::addLog(Log log)
{
    log.id = m_nextId++;
    if (log.userName.isEmpty()) {
        for (const User &u : m_users) {
            if (u.id == log.userId)
                log.userName = u.name;
        }
    }
    m_logs.append(log);
    return log.id;
}

void FakeGateway::addQuotaRow(const QuotaRow &row)
{
    m_quota.append(row);
}

FakeGateway::Totals FakeGateway::totals(qint64 userId, qint64 from, qint64 to, int type) const
{
    Totals t;
    for (const Log &l : m_logs) {
        if ((userId && l.userId != userId) || (type && l.type != type) || l.createdAt < from || l.createdAt > to)
            continue;
        ++t.count;
        t.quota += l.quota;
        t.promptTokens += l.promptTokens;
        t.completionTokens += l.completionTokens;
    }
    return t;
}

FakeGateway::Totals FakeGateway::quotaTotals(qint64 userId, qint64 fromHour, qint64 toHour) const
{
    Totals t;
    for (const QuotaRow &r : m_quota) {
        if ((userId && r.userId != userId) || r.createdAt < fromHour || r.createdAt > toHour)
            continue;
        t.count += r.count;
        t.quota += r.quota;
        t.promptTokens += r.tokenUsed;
    }
    return t;
}

void FakeGateway::setRateLimit(int allowed, int refused)
{
    m_rateAllowed = allowed;
    m_rateRefused = refused;
    m_rateCounter = 0;
}

void FakeGateway::injectFault(Fault fault, int atRequest, int count)
{
    m_faults.append(PendingFault{fault, atRequest, QString(), 0, count});
}

void FakeGateway::injectFaultOnPath(Fault fault, const QString &pathPrefix, int skip, int count)
{
    m_faults.append(PendingFault{fault, 0, pathPrefix, skip, count});
}

void FakeGateway::redirect(const QString &fromPrefix, const QUrl &target, int status)
{
    m_redirects.append(Redirect{fromPrefix, target, status});
}

int FakeGateway::countRequests(const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const Request &r) { return r.path.startsWith(pathPrefix); }));
}

void FakeGateway::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGateway::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + bodyLength)
        return; // the body is still arriving
    request.body = buffer.mid(end + 4, bodyLength);
    buffer.clear();
    request.rawLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = request.rawLine.split(' ');
    request.method = parts.value(0);
    const QUrl target(QString::fromLatin1(parts.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    m_requests.append(request);
    serve(socket, request);
}

bool FakeGateway::takeFault(const Request &request, Fault *fault)
{
    const int number = m_requests.size();
    for (int i = 0; i < m_faults.size(); ++i) {
        PendingFault &f = m_faults[i];
        bool hit = false;
        if (f.atRequest > 0) {
            hit = number >= f.atRequest;
        } else if (request.path.startsWith(f.pathPrefix)) {
            if (f.skip > 0)
                --f.skip;
            else
                hit = true;
        }
        if (!hit)
            continue;
        *fault = f.fault;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void FakeGateway::serve(QTcpSocket *socket, const Request &request)
{
    Fault fault;
    Answer answer;
    bool truncate = false;
    if (takeFault(request, &fault)) {
        switch (fault) {
        case Fault::Http500:
            answer = Answer{500, QByteArray(), {}};
            break;
        case Fault::Stall:
            return; // never answers; the client's transfer timeout ends it
        case Fault::Drop:
            socket->abort();
            return;
        case Fault::InvalidJson:
            answer = Answer{200, QByteArray("{\"success\":true,\"data\":{\"items\":[{\"id\":1,"), {}};
            break;
        case Fault::Truncated:
            answer = route(request);
            truncate = true;
            break;
        case Fault::RotateToken:
            for (User &u : m_users)
                u.token += QStringLiteral("-rotated");
            answer = route(request);
            break;
        }
    } else if (auto r = std::find_if(m_redirects.cbegin(), m_redirects.cend(),
                   [&](const Redirect &x) { return request.path.startsWith(x.fromPrefix); });
               r != m_redirects.cend()) {
        QUrl to = r->target;
        QString base = to.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QString rest = request.path.mid(r->fromPrefix.size());
        if (!rest.startsWith(QLatin1Char('/')))
            rest.prepend(QLatin1Char('/'));
        to.setPath(base + rest);
        to.setQuery(request.query);
        answer = Answer{r->status, QByteArray(), to.toEncoded()};
    } else if (m_rateAllowed > 0 && m_rateRefused > 0) {
        const int slot = m_rateCounter++ % (m_rateAllowed + m_rateRefused);
        answer = slot < m_rateAllowed ? route(request) : Answer{429, QByteArray(), {}};
    } else {
        answer = route(request);
    }

    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    if (!m_omitContentLength)
        out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    if (!answer.location.isEmpty())
        out += "Location: " + answer.location + "\r\n";
    if (m_date.isValid())
        out += "Date: " + m_date.toUTC().toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
            + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += truncate ? answer.body.left(answer.body.size() / 2) : answer.body;
    socket->write(out);
    socket->flush();
    if (truncate)
        socket->abort();
    else
        socket->disconnectFromHost();
}

FakeGateway::Answer FakeGateway::envelope(const QJsonValue &data) const
{
    const QJsonObject o{{QStringLiteral("success"), true}, {QStringLiteral("message"), QString()},
                        {QStringLiteral("data"), data}};
    return Answer{200, QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

FakeGateway::Answer FakeGateway::failure(const QString &message, int status) const
{
    const QJsonObject o{{QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
    return Answer{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

const FakeGateway::User *FakeGateway::authenticate(const Request &request, Answer *denied) const
{
    QByteArray token = request.headers.value("authorization");
    if (token.startsWith("Bearer "))
        token = token.mid(7);
    const User *user = nullptr;
    for (const User &u : m_users) {
        if (!token.isEmpty() && u.token.toUtf8() == token)
            user = &u;
    }
    if (!user) {
        *denied = failure(QStringLiteral("无权进行此操作，未登录且未提供 access token"), 401);
        return nullptr;
    }
    if (m_shape != Shape::O) {
        if (!request.headers.contains("new-api-user")) {
            *denied = failure(QStringLiteral("Unauthorized, New-Api-User header not provided"), 401);
            return nullptr;
        }
        bool ok = false;
        const qint64 id = request.headers.value("new-api-user").toLongLong(&ok);
        if (!ok || id != user->id) {
            *denied = failure(QStringLiteral("Unauthorized, New-Api-User header does not match the logged-in user"), 401);
            return nullptr;
        }
    }
    return user;
}

FakeGateway::Answer FakeGateway::route(const Request &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/api/status")) {
        QJsonObject s{{QStringLiteral("version"), m_shape == Shape::O ? QStringLiteral("v0.6.10") : QStringLiteral("v1.0.0")},
                      {QStringLiteral("system_name"), QStringLiteral("Test Gateway")},
                      {QStringLiteral("quota_per_unit"), 500000},
                      {QStringLiteral("display_in_currency"), true}};
        if (m_shape != Shape::O) {
            s.insert(QStringLiteral("enable_data_export"), true);
            s.insert(QStringLiteral("data_export_default_time"), QStringLiteral("hour"));
        }
        if (m_shape == Shape::U) {
            s.insert(QStringLiteral("quota_display_type"), QStringLiteral("USD"));
            s.insert(QStringLiteral("usd_exchange_rate"), 7.3);
            s.insert(QStringLiteral("custom_currency_symbol"), QStringLiteral("¤"));
            s.insert(QStringLiteral("custom_currency_exchange_rate"), 1);
        }
        for (auto it = m_statusExtra.begin(); it != m_statusExtra.end(); ++it)
            s.insert(it.key(), it.value());
        return envelope(s);
    }

    Answer denied;
    const User *user = authenticate(request, &denied);
    if (!user)
        return denied;

    if (path == QLatin1String("/api/user/self")) {
        QJsonObject u{{QStringLiteral("id"), user->id},           {QStringLiteral("username"), user->name},
                      {QStringLiteral("display_name"), user->name}, {QStringLiteral("role"), user->role},
                      {QStringLiteral("status"), 1},              {QStringLiteral("group"), QStringLiteral("default")},
                      {QStringLiteral("quota"), user->quota},     {QStringLiteral("used_quota"), user->usedQuota},
                      {QStringLiteral("request_count"), user->requestCount}};
        return envelope(u);
    }
    if (path == QLatin1String("/api/option/")) {
        if (user->role < 100)
            return failure(QStringLiteral("无权进行此操作，权限不足"));
        if (request.method == "PUT") {
            // One key per request, any JSON value, stored as a string (the gateway's UpdateOption).
            const QJsonObject o = QJsonDocument::fromJson(request.body).object();
            if (!o.contains(QLatin1String("key")))
                return Answer{400, QByteArray("{\"success\":false,\"message\":\"invalid json\"}"), {}};
            const QJsonValue v = o.value(QLatin1String("value"));
            m_options.insert(o.value(QLatin1String("key")).toString(),
                             v.isString() ? v.toString() : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                      : QString::number(v.toDouble()));
            return envelope(QJsonValue());
        }
        QJsonArray options;
        QMap<QString, QString> all{{QStringLiteral("DataExportEnabled"), QStringLiteral("true")},
                                   {QStringLiteral("DataExportInterval"), QStringLiteral("5")},
                                   {QStringLiteral("QuotaPerUnit"), QStringLiteral("500000")}};
        for (auto it = m_options.begin(); it != m_options.end(); ++it)
            all.insert(it.key(), it.value());
        for (auto it = all.begin(); it != all.end(); ++it)
            options.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
        return envelope(options);
    }
    const bool adminLogs = path == QLatin1String("/api/log/") || path == QLatin1String("/api/log");
    if (adminLogs || path == QLatin1String("/api/log/self")) {
        if (adminLogs && user->role < 10)
            return failure(QStringLiteral("无权进行此操作，权限不足"));
        return logList(request, *user, adminLogs);
    }
    const bool adminData = path == QLatin1String("/api/data/") || path == QLatin1String("/api/data");
    if (m_shape != Shape::O && (adminData || path == QLatin1String("/api/data/self"))) {
        if (adminData && user->role < 10)
            return failure(QStringLiteral("无权进行此操作，权限不足"));
        return quotaData(request, *user, adminData);
    }
    return Answer{404, QByteArray("404 page not found"), {}};
}

QJsonObject FakeGateway::logJson(const Log &l, bool admin, qint64 displayId) const
{
    QJsonObject o{{QStringLiteral("user_id"), l.userId},
                  {QStringLiteral("created_at"), l.createdAt},
                  {QStringLiteral("type"), l.type},
                  {QStringLiteral("content"), l.content},
                  {QStringLiteral("username"), l.userName},
                  {QStringLiteral("token_name"), l.tokenName},
                  {QStringLiteral("model_name"), l.model},
                  {QStringLiteral("quota"), l.quota},
                  {QStringLiteral("prompt_tokens"), l.promptTokens},
                  {QStringLiteral("completion_tokens"), l.completionTokens},
                  {QStringLiteral("is_stream"), l.isStream},
                  {QStringLiteral("channel"), 3}};
    if (displayId > 0 || m_shape != Shape::O || admin)
        o.insert(QStringLiteral("id"), displayId);
    if (m_shape == Shape::O) {
        o.insert(QStringLiteral("elapsed_time"), l.useTime * 1000);
        o.insert(QStringLiteral("request_id"), l.requestId);
        return o;
    }
    o.insert(QStringLiteral("use_time"), l.useTime);
    o.insert(QStringLiteral("token_id"), 7);
    o.insert(QStringLiteral("group"), l.group);
    o.insert(QStringLiteral("channel_name"), admin ? QStringLiteral("openai-main") : QString());
    o.insert(QStringLiteral("other"), QStringLiteral("{\"cache_tokens\":0,\"model_ratio\":0.075}"));
    if (m_shape == Shape::U) {
        o.insert(QStringLiteral("ip"), QString());
        if (!l.requestId.isEmpty())
            o.insert(QStringLiteral("request_id"), l.requestId);
    }
    return o;
}

FakeGateway::Answer FakeGateway::logList(const Request &request, const User &user, bool admin)
{
    ++m_logListRequests;
    if (m_beforeLogList)
        m_beforeLogList(m_logListRequests);
    const QUrlQuery &q = request.query;
    const qint64 start = queryInt(q, "start_timestamp");
    const qint64 end = queryInt(q, "end_timestamp");
    const int type = int(queryInt(q, "type"));
    QList<Log> rows;
    for (const Log &l : m_logs) {
        if (!admin && l.userId != user.id)
            continue;
        if ((type && l.type != type) || (start && l.createdAt < start) || (end && l.createdAt > end))
            continue;
        rows.append(l);
        if (m_repeated.contains(l.id))
            rows.append(l);
    }
    if (m_shape == Shape::U && admin) {
        std::sort(rows.begin(), rows.end(), [](const Log &a, const Log &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
    } else {
        std::sort(rows.begin(), rows.end(), [](const Log &a, const Log &b) { return a.id > b.id; });
    }

    const bool bare = m_shape == Shape::O || (m_shape == Shape::L && !admin);
    qint64 p = m_ignorePage ? 0 : queryInt(q, "p");
    int pageSize = int(queryInt(q, "page_size"));
    if (m_shape == Shape::O) {
        pageSize = 10;
    } else {
        if (pageSize <= 0)
            pageSize = 10;
        if (!(m_shape == Shape::L && admin))
            pageSize = std::min(pageSize, 100);
    }
    qint64 offset = 0;
    if (bare) {
        offset = std::max<qint64>(0, p) * pageSize;
    } else {
        if (p <= 0)
            p = 1;
        offset = (p - 1) * pageSize;
    }
    QJsonArray items;
    for (qint64 i = offset; i < std::min<qint64>(rows.size(), offset + pageSize); ++i) {
        const Log &l = rows[int(i)];
        qint64 shownId = l.id;
        if (!admin) {
            if (m_shape == Shape::U)
                shownId = i + 1;
            else if (m_shape == Shape::L)
                shownId = l.id % 1024;
            else
                shownId = 0;
        }
        items.append(logJson(l, admin, shownId));
    }
    if (bare)
        return envelope(items);
    return envelope(QJsonObject{{QStringLiteral("page"), p},
                                {QStringLiteral("page_size"), pageSize},
                                {QStringLiteral("total"), rows.size()},
                                {QStringLiteral("items"), items}});
}

FakeGateway::Answer FakeGateway::quotaData(const Request &request, const User &user, bool admin) const
{
    const qint64 start = queryInt(request.query, "start_timestamp");
    const qint64 end = queryInt(request.query, "end_timestamp");
    if (!admin && end - start > 2592000)
        return failure(QStringLiteral("时间跨度不能超过 1 个月"));
    QJsonArray out;
    if (admin) {
        // GROUP BY model_name, created_at
        QMap<QPair<QString, qint64>, QuotaRow> groups;
        for (const QuotaRow &r : m_quota) {
            if (r.createdAt < start || r.createdAt > end)
                continue;
            QuotaRow &g = groups[qMakePair(r.model, r.createdAt)];
            g.model = r.model;
            g.createdAt = r.createdAt;
            g.count += r.count;
            g.quota += r.quota;
            g.tokenUsed += r.tokenUsed;
        }
        for (const QuotaRow &g : groups) {
            out.append(QJsonObject{{QStringLiteral("id"), 0},          {QStringLiteral("user_id"), 0},
                                   {QStringLiteral("username"), QString()}, {QStringLiteral("model_name"), g.model},
                                   {QStringLiteral("created_at"), g.createdAt}, {QStringLiteral("token_used"), g.tokenUsed},
                                   {QStringLiteral("count"), g.count},     {QStringLiteral("quota"), g.quota}});
        }
    } else {
        int id = 0;
        for (const QuotaRow &r : m_quota) {
            ++id;
            if (r.userId != user.id || r.createdAt < start || r.createdAt > end)
                continue;
            out.append(QJsonObject{{QStringLiteral("id"), id},          {QStringLiteral("user_id"), r.userId},
                                   {QStringLiteral("username"), r.userName}, {QStringLiteral("model_name"), r.model},
                                   {QStringLiteral("created_at"), r.createdAt}, {QStringLiteral("token_used"), r.tokenUsed},
                                   {QStringLiteral("count"), r.count},     {QStringLiteral("quota"), r.quota}});
        }
    }
    if (out.isEmpty())
        return envelope(QJsonValue::Null);
    return envelope(out);
}

} // namespace QuotaScope::Test
