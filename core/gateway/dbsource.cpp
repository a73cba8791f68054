#include "gateway/dbsource.h"

#include "ingest/identityassigner.h"
#include "ingest/rowmapper.h"
#include "ingest/usagefilereader.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QAtomicInt>
#include <QMutex>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace QuotaScope {

namespace {

QString driverName(DatabaseProfile::Engine e)
{
    return e == DatabaseProfile::Engine::MySql ? QStringLiteral("QMYSQL") : QStringLiteral("QPSQL");
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("quotascope-gateway-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

/// The server's own words, without the driver's prefixes; never holds the password (the servers do not echo it).
QString serverText(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    text.replace(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")), QString());
    return text.simplified();
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

GatewaySchema GatewaySchema::fromColumns(const QStringList &logColumns, bool hasQuotaData)
{
    GatewaySchema s;
    s.logColumns = logColumns;
    s.hasLogs = !logColumns.isEmpty();
    s.hasQuotaData = hasQuotaData;
    auto has = [&](const char *c) { return logColumns.contains(QLatin1String(c), Qt::CaseInsensitive); };
    if (!s.hasLogs)
        s.product = Product::Unknown;
    else if (has("elapsed_time") && !has("use_time"))
        s.product = Product::OneApi;
    else if (has("other") && has("request_id") && has("ip"))
        s.product = Product::NewApi;
    else if (has("other") || has("use_time"))
        s.product = Product::NewApiOlder;
    return s;
}

QString GatewaySchema::productName() const
{
    switch (product) {
    case Product::NewApi:
        return QStringLiteral("new-api");
    case Product::NewApiOlder:
        return QCoreApplication::translate("GatewayDatabase", "new-api (older: no request_id, ip)");
    case Product::OneApi:
        return QStringLiteral("one-api");
    case Product::Unknown:
        break;
    }
    return QCoreApplication::translate("GatewayDatabase", "unknown");
}

QStringList DatabaseReport::lines() const
{
    QStringList out;
    out << QCoreApplication::translate("GatewayDatabase", "Server: %1 (%2)").arg(serverVersion, where);
    auto count = [](qint64 n) {
        return n >= 0 ? QCoreApplication::translate("GatewayDatabase", "about %1 rows").arg(QLocale().toString(n))
                      : QCoreApplication::translate("GatewayDatabase", "row count unknown (no statistics yet)");
    };
    if (schema.hasLogs)
        out << QCoreApplication::translate("GatewayDatabase", "Table logs: %1 schema, %2")
                   .arg(schema.productName(), count(logsEstimate));
    else
        out << QCoreApplication::translate("GatewayDatabase", "Table logs: missing");
    if (schema.hasQuotaData)
        out << QCoreApplication::translate("GatewayDatabase", "Table quota_data: present, %1")
                   .arg(count(quotaDataEstimate));
    else
        out << QCoreApplication::translate("GatewayDatabase", "Table quota_data: missing (one-api has none)");
    out << (mayRead.isEmpty()
            ? QCoreApplication::translate("GatewayDatabase", "The account may read: nothing of logs or quota_data")
            : QCoreApplication::translate("GatewayDatabase", "The account may read: %1")
                  .arg(mayRead.join(QStringLiteral(", "))));
    if (!mayWrite.isEmpty())
        out << QCoreApplication::translate("GatewayDatabase",
            "The account may also write (%1). QuotaScope's session is read-only, but an account that can "
            "only read is safer.")
                   .arg(mayWrite.join(QStringLiteral(", ")));
    out << (readOnly ? QCoreApplication::translate("GatewayDatabase", "Session: read-only")
                     : QCoreApplication::translate("GatewayDatabase", "Session: NOT read-only"));
    return out;
}

// ---------------------------------------------------------------------------------------------------------------

namespace {

/// Opens a Qt Sql session to database on the profile's server and makes it read-only with a statement limit; its
/// connection name, for this thread only.
Result<QString> openSession(const DatabaseProfile &profile, const DatabaseOptions &options, const QString &database,
    const QString &password)
{
    const bool mysql = profile.engine == DatabaseProfile::Engine::MySql;
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(profile.engine), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error(QCoreApplication::translate(
                         "GatewayDatabase", "Qt's %1 driver is not installed (package %2); cannot reach %3")
                         .arg(driverName(profile.engine),
                             mysql ? QStringLiteral("libqt6sql6-mysql") : QStringLiteral("libqt6sql6-psql"),
                             profile.where()),
            Error::Kind::Database);
    }
    db.setHostName(profile.host);
    db.setPort(profile.effectivePort());
    db.setDatabaseName(database);
    db.setUserName(profile.user);
    db.setPassword(password);
    QStringList connectOptions;
    if (mysql) {
        connectOptions << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(options.connectTimeoutSeconds)
                       << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(options.statementTimeoutSeconds);
        // Qt 6.4's driver takes no TLS mode, only the client library's certificate settings. Any of them makes the
        // client use TLS when the server offers it, without a verification of its own: an empty cipher list
        // keeps the library's defaults. A CA file makes it verify the certificate's chain (not the host name).
        // Without TLS on the server the client goes on in the clear: require and stricter refuse that below.
        if (profile.tls != DatabaseProfile::Tls::Disable)
            connectOptions << QStringLiteral("SSL_CIPHER=");
        if (profile.tls >= DatabaseProfile::Tls::VerifyCa)
            connectOptions << QStringLiteral("SSL_CA=") + profile.caFile;
    } else {
        connectOptions << QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds)
                       << QStringLiteral("sslmode=%1").arg(DatabaseProfile::tlsName(profile.tls))
                       << QStringLiteral("application_name=QuotaScope");
        // libpq turns TCP keepalives on with the system's timers: a server that vanished (its packets dropped, no
        // reset ever sent) is noticed after more than two hours (Linux: 7200 s, then 9 probes 75 s apart), while a
        // live view stays loading, quitting waits for its worker and a scheduled copy hangs. The system probes a
        // silent server from half the time on and gives up after it; the user timeout ends a connection whose
        // sent data stays unacknowledged as long.
        const int silent = std::max(3, options.silentServerSeconds);
        connectOptions << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=%1").arg(silent / 2)
                       << QStringLiteral("keepalives_interval=%1").arg(std::max(1, silent / 6))
                       << QStringLiteral("keepalives_count=3")
                       << QStringLiteral("tcp_user_timeout=%1").arg(qint64(silent) * 1000);
        if (!profile.caFile.isEmpty())
            connectOptions << QStringLiteral("sslrootcert=") + profile.caFile;
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    const bool opened = db.open();
    db.setPassword(QString()); // not kept in the connection's settings once used
    if (!opened) {
        const QString why = serverText(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        const bool auth = why.contains(QLatin1String("password"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("Access denied"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
        if (auth)
            return Error(QCoreApplication::translate("GatewayDatabase",
                             "%1 refused the login of user \"%2\": %3. Check the password (from "
                             "$QUOTASCOPE_DB_PASSWORD or standard input).")
                             .arg(profile.where(), profile.user, why),
                Error::Kind::Auth);
        return Error(
            QCoreApplication::translate("GatewayDatabase", "cannot connect to %1: %2").arg(profile.where(), why),
            Error::Kind::Network);
    }
    if (mysql && profile.tls >= DatabaseProfile::Tls::Require) {
        // The client library does not insist on TLS when told only certificate settings: the session must show it.
        QSqlQuery q(db);
        const bool asked = q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
        const QString cipher = asked && q.next() ? q.value(1).toString() : QString();
        if (cipher.isEmpty()) {
            const QString why = asked ? QString() : serverText(q.lastError());
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(QCoreApplication::translate("GatewayDatabase",
                             "%1 did not encrypt the connection (TLS mode \"%2\"): the server offers no TLS%3; "
                             "nothing was read")
                             .arg(profile.where(), DatabaseProfile::tlsName(profile.tls),
                                 why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')),
                Error::Kind::Network);
        }
    }
    // Read-only before anything else is sent, and a server-side limit on every statement.
    const QStringList setup = mysql
        ? QStringList { QStringLiteral("SET SESSION TRANSACTION READ ONLY") }
        : QStringList { QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
              QStringLiteral("SET statement_timeout = %1").arg(qint64(options.statementTimeoutSeconds) * 1000) };
    for (const QString &sql : setup) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QString why = serverText(q.lastError());
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(
                QCoreApplication::translate("GatewayDatabase", "%1: cannot make the session read-only (%2): %3")
                    .arg(profile.where(), sql, why),
                Error::Kind::Database);
        }
    }
    if (mysql) {
        // MariaDB and MySQL name their statement limit differently; a server without either keeps the read timeout.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET SESSION max_statement_time = %1").arg(options.statementTimeoutSeconds)))
            q.exec(QStringLiteral("SET SESSION max_execution_time = %1")
                       .arg(qint64(options.statementTimeoutSeconds) * 1000));
    }
    return name;
}

} // namespace

struct QueryCanceller::State
{
    DatabaseProfile profile;
    DatabaseOptions options;
    QString password; ///< in memory only, for the cancelling connection
    QList<qint64> backends; ///< the server's ids of the session's connections (pg_backend_pid, CONNECTION_ID)
    std::atomic_bool requested { false };
    QMutex mutex;
    bool closed = false; ///< guarded by mutex
    sqlite3 *sqlite = nullptr; ///< guarded by mutex
};

namespace {

/// How often, and how far apart, a cancel is sent again while its query has not answered: about 3 s in all.
constexpr int CancelAttempts = 30;
constexpr unsigned long CancelRetryMs = 100;

} // namespace

Result<void> QueryCanceller::cancel() const
{
    if (!m_state)
        return {};
    const DatabaseProfile &p = m_state->profile;
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->closed)
            return {};
        m_state->requested = true;
        if (p.engine == DatabaseProfile::Engine::Sqlite) {
            sqlite3_interrupt(m_state->sqlite);
            return {};
        }
    }
    const bool mysql = p.engine == DatabaseProfile::Engine::MySql;
    auto session = openSession(p, m_state->options, p.database, m_state->password);
    if (!session)
        return session.error();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::database(session.value(), false);
        // A cancel that reaches the server before the query does (the worker checked the request just before it
        // was made) stops nothing, and the query would then wait as long as the server lets it. So it is sent
        // again while the request stands: the worker takes it back when its query returns, cancelled or not.
        for (int attempt = 0; attempt < CancelAttempts; ++attempt) {
            if (attempt > 0) {
                QThread::msleep(CancelRetryMs);
                QMutexLocker lock(&m_state->mutex);
                if (m_state->closed || !m_state->requested.load())
                    break;
            }
            for (const qint64 id : std::as_const(m_state->backends)) {
                QSqlQuery q(db);
                const QString sql = mysql ? QStringLiteral("KILL QUERY %1").arg(id)
                                          : QStringLiteral("SELECT pg_cancel_backend(%1)").arg(id);
                // A connection that has gone away meanwhile has nothing left to stop.
                if (!q.exec(sql) && failure.isEmpty()
                    && !serverText(q.lastError()).contains(QLatin1String("Unknown thread")))
                    failure = serverText(q.lastError());
            }
            if (!failure.isEmpty())
                break;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(session.value());
    if (!failure.isEmpty())
        return Error(QCoreApplication::translate("GatewayDatabase", "%1: cannot cancel the running query: %2")
                         .arg(p.where(), failure),
            Error::Kind::Database);
    return {};
}

struct GatewayDatabase::Private
{
    DatabaseProfile profile;
    DatabaseOptions options;
    QString mainName, logsName; ///< Qt Sql connections (PostgreSQL, MySQL)
    std::optional<SqliteConnection> sqlite;
    QString version;

    bool isSqlite() const { return profile.engine == DatabaseProfile::Engine::Sqlite; }
    bool isMySql() const { return profile.engine == DatabaseProfile::Engine::MySql; }
    QSqlDatabase main() const { return QSqlDatabase::database(mainName, false); }
    QSqlDatabase logs() const { return QSqlDatabase::database(logsName.isEmpty() ? mainName : logsName, false); }

    Result<QString> connect(const QString &database, const QString &password)
    {
        return openSession(profile, options, database, password);
    }
    Result<QList<QVariantList>> select(const QSqlDatabase &db, const QString &sql) const;
    Result<QList<QVariantList>> selectSqlite(const QString &sql) const;
    /// Rows of a SELECT on the logs connection, each cell as text (NULL is empty); what names it in an error.
    Result<QList<QStringList>> cells(const QString &sql, const QString &what) const;
    std::shared_ptr<QueryCanceller::State> cancel = std::make_shared<QueryCanceller::State>();

    /// A query, unless a cancel came before it; one that a cancel stopped (or that ended as it came) is
    /// Error::Kind::Cancelled, with the server's words.
    Result<QList<QVariantList>> selectOn(bool onLogs, const QString &sql) const
    {
        if (cancel->requested.exchange(false))
            return cancelled(QString());
        auto rows = isSqlite() ? selectSqlite(sql) : select(onLogs ? logs() : main(), sql);
        if (cancel->requested.exchange(false))
            return cancelled(rows ? QString() : rows.error().message);
        return rows;
    }
    Error cancelled(const QString &failure) const
    {
        return Error(failure.isEmpty()
                ? QCoreApplication::translate("GatewayDatabase", "%1: the query was cancelled").arg(profile.where())
                : QCoreApplication::translate("GatewayDatabase", "the query was cancelled: %1").arg(failure),
            Error::Kind::Cancelled);
    }
    Error queryError(const QString &what, const QString &text) const
    {
        return Error(
            QCoreApplication::translate("GatewayDatabase", "%1: %2 failed: %3").arg(profile.where(), what, text),
            Error::Kind::Database);
    }
};

Result<QList<QVariantList>> GatewayDatabase::Private::select(const QSqlDatabase &db, const QString &sql) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return queryError(sql.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" ..."), serverText(q.lastError()));
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows << row;
    }
    if (q.lastError().isValid())
        return queryError(sql.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" ..."), serverText(q.lastError()));
    return rows;
}

Result<QList<QVariantList>> GatewayDatabase::Private::selectSqlite(const QString &sql) const
{
    SqliteStatement q;
    if (auto r = q.prepare(sqlite->handle(), sql.toUtf8()); !r)
        return queryError(sql.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" ..."), r.error().message);
    QList<QVariantList> rows;
    while (q.step()) {
        QVariantList row;
        for (int i = 0; i < q.columnCount(); ++i)
            row << q.value(i);
        rows << row;
    }
    if (!q.ok())
        return queryError(
            sql.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" ..."), SqliteStatement::lastError(sqlite->handle()));
    return rows;
}

GatewayDatabase::GatewayDatabase()
    : d(std::make_unique<Private>())
{ }

GatewayDatabase::~GatewayDatabase()
{
    {
        QMutexLocker lock(&d->cancel->mutex);
        d->cancel->closed = true;
        d->cancel->sqlite = nullptr;
    }
    for (const QString &name : { d->logsName, d->mainName }) {
        if (name.isEmpty())
            continue;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<GatewayDatabase>> GatewayDatabase::open(
    const DatabaseProfile &profile, const QString &password, const DatabaseOptions &options)
{
    if (auto valid = profile.validate(); !valid)
        return valid.error();
    std::unique_ptr<GatewayDatabase> g(new GatewayDatabase);
    g->d->profile = profile;
    g->d->options = options;
    if (profile.engine == DatabaseProfile::Engine::Sqlite) {
        auto db = SqliteConnection::open(profile.path, SqliteConnection::Mode::ReadOnly);
        if (!db)
            return Error(QCoreApplication::translate("GatewayDatabase", "%1: cannot open: %2")
                             .arg(profile.where(), db.error().message),
                Error::Kind::Database);
        g->d->sqlite.emplace(std::move(db.value()));
        g->d->cancel->profile = profile;
        g->d->cancel->sqlite = g->d->sqlite->handle();
        g->d->version = QStringLiteral("SQLite ") + QString::fromLatin1(sqlite3_libversion());
        return g;
    }
    if (profile.engine == DatabaseProfile::Engine::MySql && profile.tls == DatabaseProfile::Tls::VerifyFull)
        return Error(QCoreApplication::translate("GatewayDatabase",
                         "%1: TLS mode \"verify-full\" is not available for MySQL: Qt 6.4's MySQL driver cannot ask the "
                         "client library to check the server's host name; use \"verify-ca\" with sslrootcert=FILE "
                         "(the certificate must come from that authority) or reach the server through an SSH tunnel")
                         .arg(profile.where()),
            Error::Kind::Usage);
    if (profile.engine == DatabaseProfile::Engine::MySql && profile.tls == DatabaseProfile::Tls::VerifyCa
        && profile.caFile.isEmpty())
        return Error(QCoreApplication::translate("GatewayDatabase",
                         "%1: TLS mode \"verify-ca\" for MySQL needs the certificate authority's file: add "
                         "sslrootcert=FILE to the address")
                         .arg(profile.where()),
            Error::Kind::Usage);
    auto main = g->d->connect(profile.database, password);
    if (!main)
        return main.error();
    g->d->mainName = main.value();
    if (!profile.logsDatabase.isEmpty() && profile.logsDatabase != profile.database) {
        auto logs = g->d->connect(profile.logsDatabase, password);
        if (!logs)
            return logs.error();
        g->d->logsName = logs.value();
    }
    // The server's ids of the connections, for a cancel from another one.
    QueryCanceller::State &cancel = *g->d->cancel;
    cancel.profile = profile;
    cancel.options = options;
    cancel.password = password;
    for (const QString &name : { g->d->mainName, g->d->logsName }) {
        if (name.isEmpty())
            continue;
        auto id = g->d->select(QSqlDatabase::database(name, false),
            g->d->isMySql() ? QStringLiteral("SELECT CONNECTION_ID()") : QStringLiteral("SELECT pg_backend_pid()"));
        if (!id)
            return id.error();
        cancel.backends << id->value(0).value(0).toLongLong();
    }
    auto version = g->d->select(
        g->d->main(), g->d->isMySql() ? QStringLiteral("SELECT VERSION()") : QStringLiteral("SHOW server_version"));
    if (!version)
        return version.error();
    QString v = version->isEmpty() ? QString() : version->first().value(0).toString();
    if (g->d->isMySql()) {
        // "10.11.6-MariaDB-0+deb12u1" or "8.0.36"
        const bool maria = v.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
        g->d->version
            = (maria ? QStringLiteral("MariaDB ") : QStringLiteral("MySQL ")) + v.section(QLatin1Char('-'), 0, 0);
    } else {
        g->d->version = QStringLiteral("PostgreSQL ") + v.section(QLatin1Char(' '), 0, 0);
    }
    return g;
}

const DatabaseProfile &GatewayDatabase::profile() const
{
    return d->profile;
}

QString GatewayDatabase::serverVersion() const
{
    return d->version;
}

QueryCanceller GatewayDatabase::canceller() const
{
    return QueryCanceller(d->cancel);
}

QString GatewayDatabase::mainConnectionName() const
{
    return d->mainName;
}

QString GatewayDatabase::logsConnectionName() const
{
    return d->logsName.isEmpty() ? d->mainName : d->logsName;
}

QString GatewayDatabase::quote(const QString &identifier) const
{
    return d->isMySql() ? QLatin1Char('`') + identifier + QLatin1Char('`')
                        : QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString GatewayDatabase::literal(const QString &text) const
{
    QString t = text;
    if (d->isMySql())
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

namespace {

/// The SQL listing a table's columns in the connection's current database/schema.
QString columnsSql(DatabaseProfile::Engine e, const char *table)
{
    switch (e) {
    case DatabaseProfile::Engine::Sqlite:
        return QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table));
    case DatabaseProfile::Engine::MySql:
        return QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                              "AND TABLE_NAME = '%1' ORDER BY ORDINAL_POSITION")
            .arg(QLatin1String(table));
    case DatabaseProfile::Engine::PostgreSql:
        break;
    }
    return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = '%1' ORDER BY ordinal_position")
        .arg(QLatin1String(table));
}

QStringList firstColumn(const QList<QVariantList> &rows)
{
    QStringList out;
    for (const QVariantList &r : rows)
        out << r.value(0).toString();
    return out;
}

} // namespace

Result<GatewaySchema> GatewayDatabase::schema()
{
    auto logs = d->selectOn(true, columnsSql(d->profile.engine, "logs"));
    if (!logs)
        return logs.error();
    auto quotaData = d->selectOn(false, columnsSql(d->profile.engine, "quota_data"));
    if (!quotaData)
        return quotaData.error();
    return GatewaySchema::fromColumns(firstColumn(logs.value()), !quotaData->isEmpty());
}

Result<DatabaseReport> GatewayDatabase::test()
{
    DatabaseReport r;
    r.where = d->profile.where();
    r.serverVersion = d->version;
    auto s = schema();
    if (!s)
        return s.error();
    r.schema = s.value();
    auto scalar = [this](bool onLogs, const QString &sql) -> Result<QVariant> {
        auto rows = d->selectOn(onLogs, sql);
        if (!rows)
            return rows.error();
        return rows->isEmpty() ? QVariant() : rows->first().value(0);
    };
    struct Table
    {
        const char *name;
        bool onLogs;
        bool present;
        qint64 *estimate;
    };
    for (const Table &t : { Table { "logs", true, r.schema.hasLogs, &r.logsEstimate },
             Table { "quota_data", false, r.schema.hasQuotaData, &r.quotaDataEstimate } }) {
        if (!t.present)
            continue;
        const QString name = QLatin1String(t.name);
        QString estimateSql;
        switch (d->profile.engine) {
        case DatabaseProfile::Engine::PostgreSql:
            estimateSql
                = QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('%1')").arg(name);
            break;
        case DatabaseProfile::Engine::MySql:
            estimateSql = QStringLiteral("SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                         "DATABASE() AND TABLE_NAME = '%1'")
                              .arg(name);
            break;
        case DatabaseProfile::Engine::Sqlite:
            // No statistics table by default; the id range is read from the primary key at once.
            estimateSql = QStringLiteral("SELECT COALESCE(MAX(id) - MIN(id) + 1, 0) FROM %1").arg(name);
            break;
        }
        auto estimate = scalar(t.onLogs, estimateSql);
        if (!estimate)
            return estimate.error();
        *t.estimate = estimate->isNull() || estimate->toLongLong() < 0 ? -1 : estimate->toLongLong();

        switch (d->profile.engine) {
        case DatabaseProfile::Engine::PostgreSql: {
            auto rights = d->selectOn(t.onLogs,
                QStringLiteral("SELECT has_table_privilege('%1', 'SELECT'), has_table_privilege('%1', 'INSERT'), "
                               "has_table_privilege('%1', 'UPDATE'), has_table_privilege('%1', 'DELETE')")
                    .arg(name));
            if (!rights)
                return rights.error();
            const QVariantList row = rights->value(0);
            if (row.value(0).toBool())
                r.mayRead << name;
            const char *verbs[] = { "INSERT", "UPDATE", "DELETE" };
            for (int i = 0; i < 3; ++i) {
                if (row.value(i + 1).toBool())
                    r.mayWrite << QCoreApplication::translate("GatewayDatabase", "%1 on %2")
                                      .arg(QLatin1String(verbs[i]), name);
            }
            break;
        }
        case DatabaseProfile::Engine::MySql: {
            // A grant at any level (global, schema, table) shows in SHOW GRANTS for the current account.
            auto grants = d->selectOn(t.onLogs, QStringLiteral("SHOW GRANTS FOR CURRENT_USER()"));
            if (!grants)
                return grants.error();
            bool read = false;
            QStringList write;
            for (const QVariantList &g : grants.value()) {
                const QString line = g.value(0).toString().toUpper();
                const QString privileges = line.section(QLatin1String(" ON "), 0, 0);
                const QString on = line.section(QLatin1String(" ON "), 1).section(QLatin1String(" TO "), 0, 0);
                const bool covers = on.contains(QLatin1String("*.*")) || on.contains(QLatin1String(".*"))
                    || on.contains(name.toUpper());
                if (!covers)
                    continue;
                const bool all = privileges.contains(QLatin1String("ALL PRIVILEGES"));
                read = read || all || privileges.contains(QLatin1String("SELECT"));
                for (const char *verb : { "INSERT", "UPDATE", "DELETE" }) {
                    if ((all || privileges.contains(QLatin1String(verb))) && !write.contains(QLatin1String(verb)))
                        write << QLatin1String(verb);
                }
            }
            if (read)
                r.mayRead << name;
            for (const QString &verb : std::as_const(write))
                r.mayWrite << QCoreApplication::translate("GatewayDatabase", "%1 on %2").arg(verb, name);
            break;
        }
        case DatabaseProfile::Engine::Sqlite:
            r.mayRead << name; // the file opened read-only; the app writes nothing to it
            break;
        }
    }
    // The proof of the pudding: the server's own view of the session.
    switch (d->profile.engine) {
    case DatabaseProfile::Engine::PostgreSql: {
        auto ro = scalar(false, QStringLiteral("SHOW transaction_read_only"));
        if (!ro)
            return ro.error();
        r.readOnly = ro->toString() == QLatin1String("on");
        break;
    }
    case DatabaseProfile::Engine::MySql: {
        auto ro = scalar(false, QStringLiteral("SELECT @@SESSION.tx_read_only"));
        if (!ro)
            ro = scalar(false, QStringLiteral("SELECT @@SESSION.transaction_read_only"));
        if (!ro)
            return ro.error();
        r.readOnly = ro->toInt() == 1;
        break;
    }
    case DatabaseProfile::Engine::Sqlite:
        r.readOnly = sqlite3_db_readonly(d->sqlite->handle(), "main") == 1;
        break;
    }
    return r;
}

Result<QList<QStringList>> GatewayDatabase::Private::cells(const QString &sql, const QString &what) const
{
    QList<QStringList> rows;
    if (isSqlite()) {
        SqliteStatement q;
        if (auto r = q.prepare(sqlite->handle(), sql.toUtf8()); !r)
            return queryError(what, r.error().message);
        const int columns = q.columnCount();
        while (q.step()) {
            QStringList cells;
            cells.reserve(columns);
            for (int i = 0; i < columns; ++i)
                cells << q.text(i);
            rows << cells;
        }
        if (!q.ok())
            return queryError(what, SqliteStatement::lastError(sqlite->handle()));
        return rows;
    }
    QSqlQuery q(logs());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return queryError(what, serverText(q.lastError()));
    const int columns = q.record().count();
    rows.reserve(q.size() > 0 ? q.size() : 0);
    while (q.next()) {
        QStringList cells;
        cells.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull() ? QString() : v.toString());
        }
        rows << cells;
    }
    if (q.lastError().isValid())
        return queryError(what, serverText(q.lastError()));
    return rows;
}

Result<QList<QStringList>> GatewayDatabase::logsAfter(const QStringList &columns, qint64 afterId, int limit)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quote(c);
    const QString sql = QStringLiteral("SELECT %1 FROM logs WHERE id > %2 ORDER BY id LIMIT %3")
                            .arg(quoted.join(QLatin1Char(',')))
                            .arg(afterId)
                            .arg(limit);
    return d->cells(sql,
        d->isSqlite() ? QCoreApplication::translate("GatewayDatabase", "reading logs")
                      : QCoreApplication::translate("GatewayDatabase", "reading logs after id %1").arg(afterId));
}

Result<QList<QStringList>> GatewayDatabase::selectLogCells(const QString &sql)
{
    if (d->cancel->requested.exchange(false))
        return d->cancelled(QString());
    auto rows = d->cells(sql, sql.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" ..."));
    if (d->cancel->requested.exchange(false))
        return d->cancelled(rows ? QString() : rows.error().message);
    return rows;
}

Result<qint64> GatewayDatabase::minLogId()
{
    auto rows = d->selectOn(true, QStringLiteral("SELECT MIN(id) FROM logs"));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? qint64(0) : rows->first().value(0).toLongLong();
}

Result<QList<QVariantList>> GatewayDatabase::selectLogs(const QString &sql)
{
    return d->selectOn(true, sql);
}

// ---------------------------------------------------------------------------------------------------------------

Result<LogRowMapping> LogRowMapping::forSchema(const GatewaySchema &schema, const QString &where)
{
    auto mapping = logTableMapping(schema.logColumns);
    if (!mapping)
        return Error(QCoreApplication::translate("GatewayDatabase", "%1: %2").arg(where, mapping.error().message),
            Error::Kind::Parse);
    if (!mapping->fields.contains(QStringLiteral("id")))
        return Error(QCoreApplication::translate("GatewayDatabase", "%1: the `logs` table has no id column to copy by")
                         .arg(where),
            Error::Kind::Parse);
    auto mapper = std::make_shared<RowMapper>(mapping->config);
    if (auto bound = mapper->bindHeader(mapping->fields); !bound)
        return Error(QCoreApplication::translate("GatewayDatabase", "%1: %2").arg(where, bound.error().message),
            Error::Kind::Parse);
    LogRowMapping m;
    m.m_columns = mapping->columns;
    m.m_mapper = std::move(mapper);
    m.m_idIndex = int(mapping->fields.indexOf(QStringLiteral("id")));
    m.m_createdAtIndex = int(mapping->fields.indexOf(QStringLiteral("created_at")));
    return m;
}

Result<UsageRecord> LogRowMapping::map(const QStringList &cells, QString *implausible) const
{
    auto record = m_mapper->map(cells, implausible);
    if (record)
        record->identity = IdentityAssigner::baseIdentity(record.value()); // "id:<gateway log id>"
    return record;
}

// ---------------------------------------------------------------------------------------------------------------

DatabaseCopier::DatabaseCopier(sqlite3 *cache)
    : m_cache(cache)
{ }

QString DatabaseCopier::cursorKey()
{
    return QStringLiteral("database.logs.last_id");
}

QString DatabaseCopier::sourceKind()
{
    return QStringLiteral("gateway-db");
}

Result<CopyReport> DatabaseCopier::copy(GatewayDatabase &db, const QString &sourceName, const CopyOptions &options,
    const Progress &progress, const std::atomic_bool *cancel)
{
    CopyReport report;
    report.source = sourceName;
    const QString where = db.profile().where();
    auto schema = db.schema();
    if (!schema)
        return schema.error();
    if (!schema->hasLogs)
        return Error(QCoreApplication::translate("GatewayDatabase", "%1 has no `logs` table%2")
                         .arg(where,
                             db.profile().logsDatabase.isEmpty() ? QCoreApplication::translate("GatewayDatabase",
                                 " (new-api may keep it in a separate database, LOG_SQL_DSN: name it as the "
                                 "profile's logs database)")
                                                                 : QString()),
            Error::Kind::Database);
    auto mapping = LogRowMapping::forSchema(schema.value(), where);
    if (!mapping)
        return mapping.error();
    const int idIndex = mapping->idIndex();

    SourceRepository repo(m_cache);
    auto sourceId = repo.ensure(sourceName, sourceKind(), SourceInfo::Backing::Records);
    if (!sourceId)
        return sourceId.error();
    auto cursor = repo.state(sourceId.value(), cursorKey());
    if (!cursor)
        return cursor.error();
    const qint64 stored = cursor->toLongLong();
    report.lastId = stored;
    report.fromId = std::max<qint64>(0, stored - std::max<qint64>(0, options.overlapIds));

    ImportHistoryEntry history;
    history.sourceId = sourceId.value();
    history.what = db.profile().dsn();
    history.format = QStringLiteral("gateway-database");
    history.startedAt = QDateTime::currentSecsSinceEpoch();
    auto finish = [&](const Error *error) {
        history.finishedAt = QDateTime::currentSecsSinceEpoch();
        history.rowsRead = report.rowsRead;
        history.added = report.added;
        history.duplicates = report.duplicates;
        history.skipped = report.skipped;
        history.error = error ? error->message : QString();
        repo.addHistory(history);
    };

    qint64 estimate = -1;
    if (progress) {
        if (auto t = db.test(); t)
            estimate = t->logsEstimate;
        progress(0, estimate);
    }
    IdentityAssigner identities;
    qint64 after = report.fromId;
    const int batchSize = std::max(1, options.batchSize);
    for (;;) {
        if (cancel && cancel->load()) {
            const Error e = Error::cancelled();
            finish(&e);
            return e;
        }
        auto rows = db.logsAfter(mapping->columns(), after, batchSize);
        if (!rows) {
            finish(&rows.error());
            return rows.error();
        }
        if (rows->isEmpty())
            break;
        QList<UsageRecord> records;
        records.reserve(rows->size());
        qint64 last = after;
        for (const QStringList &cells : rows.value()) {
            ++report.rowsRead;
            last = cells.at(idIndex).toLongLong();
            QString implausible;
            auto record = mapping->map(cells, &implausible);
            if (!record && !implausible.isEmpty()) {
                ++report.skipped;
                ++report.skippedBy[implausible];
                continue;
            }
            if (!record) {
                const Error e(QCoreApplication::translate("GatewayDatabase", "%1, logs id %2: %3")
                                  .arg(where, cells.at(idIndex), record.error().message),
                    Error::Kind::Parse);
                finish(&e);
                return e;
            }
            if (auto assigned = identities.assign(&record.value()); !assigned) {
                const Error e(QCoreApplication::translate("GatewayDatabase", "%1, logs id %2: %3")
                                  .arg(where, cells.at(idIndex), assigned.error().message),
                    Error::Kind::Parse);
                finish(&e);
                return e;
            }
            records << std::move(record.value());
        }
        // The page, its rollups and the cursor in one transaction: a run that stops resumes right after it.
        RecordWriter writer(m_cache, sourceId.value());
        Result<void> done = writer.begin();
        Result<WriteStats> written = done ? writer.write(records) : Result<WriteStats>(done.error());
        if (!written)
            done = written.error();
        const qint64 newCursor = std::max(stored, last);
        if (done)
            done = repo.setState(sourceId.value(), cursorKey(), QString::number(newCursor));
        if (done)
            done = writer.commit();
        if (!done) {
            writer.rollback();
            finish(&done.error());
            return done.error();
        }
        report.added += written->added;
        report.duplicates += written->duplicates;
        report.lastId = newCursor;
        ++report.batches;
        after = last;
        if (progress)
            progress(report.rowsRead, estimate);
        if (rows->size() < batchSize)
            break;
    }
    auto minId = db.minLogId();
    if (!minId) {
        finish(&minId.error());
        return minId.error();
    }
    report.serverMinId = minId.value();
    if (report.serverMinId > 0) {
        auto kept = repo.recordsBelowGatewayId(sourceId.value(), report.serverMinId);
        if (!kept) {
            finish(&kept.error());
            return kept.error();
        }
        report.keptAfterPruning = kept.value();
    }
    finish(nullptr);
    return report;
}

} // namespace QuotaScope
