#include "gateway/dbprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace QuotaScope {

QString DatabaseProfile::engineName(Engine e)
{
    switch (e) {
    case Engine::PostgreSql:
        return QStringLiteral("PostgreSQL");
    case Engine::MySql:
        return QStringLiteral("MySQL");
    case Engine::Sqlite:
        return QStringLiteral("SQLite");
    }
    return {};
}

QString DatabaseProfile::engineKey(Engine e)
{
    switch (e) {
    case Engine::PostgreSql:
        return QStringLiteral("postgresql");
    case Engine::MySql:
        return QStringLiteral("mysql");
    case Engine::Sqlite:
        return QStringLiteral("sqlite");
    }
    return {};
}

bool DatabaseProfile::parseEngine(const QString &text, Engine *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("postgresql") || t == QLatin1String("postgres") || t == QLatin1String("pgsql"))
        *out = Engine::PostgreSql;
    else if (t == QLatin1String("mysql") || t == QLatin1String("mariadb"))
        *out = Engine::MySql;
    else if (t == QLatin1String("sqlite") || t == QLatin1String("sqlite3"))
        *out = Engine::Sqlite;
    else
        return false;
    return true;
}

QString DatabaseProfile::tlsName(Tls t)
{
    switch (t) {
    case Tls::Disable:
        return QStringLiteral("disable");
    case Tls::Prefer:
        return QStringLiteral("prefer");
    case Tls::Require:
        return QStringLiteral("require");
    case Tls::VerifyCa:
        return QStringLiteral("verify-ca");
    case Tls::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return {};
}

bool DatabaseProfile::parseTls(const QString &text, Tls *out)
{
    for (const Tls t : { Tls::Disable, Tls::Prefer, Tls::Require, Tls::VerifyCa, Tls::VerifyFull }) {
        if (text.trimmed().compare(tlsName(t), Qt::CaseInsensitive) == 0) {
            *out = t;
            return true;
        }
    }
    return false;
}

int DatabaseProfile::effectivePort() const
{
    if (port > 0)
        return port;
    return engine == Engine::MySql ? 3306 : engine == Engine::PostgreSql ? 5432 : 0;
}

QString DatabaseProfile::where() const
{
    if (engine == Engine::Sqlite)
        return QCoreApplication::translate("DatabaseProfile", "SQLite file %1").arg(QDir::toNativeSeparators(path));
    return QCoreApplication::translate("DatabaseProfile", "%1 at %2:%3/%4")
        .arg(engineName(engine), host)
        .arg(effectivePort())
        .arg(database);
}

Result<DatabaseProfile> DatabaseProfile::fromDsn(const QString &dsn)
{
    DatabaseProfile p;
    const QString text = dsn.trimmed();
    const int colon = int(text.indexOf(QLatin1String("://")));
    if (colon < 0) {
        if (text.isEmpty())
            return Error(
                QCoreApplication::translate("DatabaseProfile", "the database address is empty"), Error::Kind::Usage);
        p.engine = Engine::Sqlite; // a plain path is a gateway's SQLite file
        p.path = text;
        return p;
    }
    if (!parseEngine(text.left(colon), &p.engine))
        return Error(QCoreApplication::translate("DatabaseProfile",
                         "database address \"%1\": unknown engine \"%2\" (use postgresql://, mysql:// or sqlite://)")
                         .arg(text.left(colon + 3), text.left(colon)),
            Error::Kind::Usage);
    if (p.engine == Engine::Sqlite) {
        p.path = QUrl::fromPercentEncoding(text.mid(colon + 3).toUtf8());
        if (p.path.isEmpty())
            return Error(QCoreApplication::translate("DatabaseProfile", "database address \"sqlite://\": no file"),
                Error::Kind::Usage);
        return p;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error(QCoreApplication::translate("DatabaseProfile", "database address: %1").arg(url.errorString()),
            Error::Kind::Usage);
    if (!url.password().isEmpty())
        return Error(QCoreApplication::translate("DatabaseProfile",
                         "the database address carries a password: leave it out (it would stay in the shell "
                         "history and the process list) and give it in $QUOTASCOPE_DB_PASSWORD or on standard "
                         "input"),
            Error::Kind::Usage);
    p.host = url.host();
    p.port = url.port(0);
    p.user = url.userName();
    p.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("tls")) {
            if (!parseTls(value, &p.tls))
                return Error(QCoreApplication::translate("DatabaseProfile",
                                 "database address: %1=%2 is not one of disable, prefer, require, verify-ca, "
                                 "verify-full")
                                 .arg(key, value),
                    Error::Kind::Usage);
        } else if (key == QLatin1String("logs")) {
            p.logsDatabase = value;
        } else if (key == QLatin1String("sslrootcert")) {
            p.caFile = value;
        } else {
            return Error(QCoreApplication::translate("DatabaseProfile",
                             "database address: unknown parameter \"%1\" (known: sslmode, sslrootcert, logs)")
                             .arg(key),
                Error::Kind::Usage);
        }
    }
    if (auto valid = p.validate(); !valid)
        return valid.error();
    return p;
}

QString DatabaseProfile::dsn() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QUrl url;
    url.setScheme(engineKey(engine));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery q;
    if (tls != Tls::Prefer)
        q.addQueryItem(QStringLiteral("sslmode"), tlsName(tls));
    if (!logsDatabase.isEmpty())
        q.addQueryItem(QStringLiteral("logs"), logsDatabase);
    if (!caFile.isEmpty())
        q.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(q);
    return url.toString();
}

Result<void> DatabaseProfile::validate() const
{
    if (engine == Engine::Sqlite) {
        if (path.isEmpty())
            return Error(
                QCoreApplication::translate("DatabaseProfile", "the SQLite file is missing"), Error::Kind::Usage);
        return {};
    }
    if (host.isEmpty())
        return Error(
            QCoreApplication::translate("DatabaseProfile", "the database host is missing"), Error::Kind::Usage);
    if (port < 0 || port > 65535)
        return Error(
            QCoreApplication::translate("DatabaseProfile", "the database port %1 is not between 1 and 65535").arg(port),
            Error::Kind::Usage);
    if (database.isEmpty())
        return Error(QCoreApplication::translate(
                         "DatabaseProfile", "the database name is missing (e.g. postgresql://user@%1/newapi)")
                         .arg(host),
            Error::Kind::Usage);
    if (user.isEmpty())
        return Error(QCoreApplication::translate(
                         "DatabaseProfile", "the database user is missing (e.g. postgresql://reader@%1/%2)")
                         .arg(host, database),
            Error::Kind::Usage);
    if (caFile.contains(QLatin1Char(';')))
        return Error(QCoreApplication::translate("DatabaseProfile",
                         "the certificate authority file \"%1\" has a \";\" in its name, which the database "
                         "drivers cannot take; copy it to a name without one")
                         .arg(QDir::toNativeSeparators(caFile)),
            Error::Kind::Usage);
    return {};
}

} // namespace QuotaScope
