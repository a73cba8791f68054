#pragma once

#include "support/result.h"

#include <QString>

namespace QuotaScope {

/**
 * Where a gateway's own database is: the engine, the server and the account, or a SQLite file. The password is
 * not here; it lives in the CredentialStore (or, for one CLI run, in $QUOTASCOPE_DB_PASSWORD or on stdin).
 *
 * A DSN names one in a line: `postgresql://user@host:5432/newapi?sslmode=require&logs=newapi_logs`,
 * `mysql://user@host:3306/newapi`, `sqlite:///path/to/one-api.db` (or a plain file path). `logs` names
 * the second database that new-api's LOG_SQL_DSN puts the `logs` table in. A DSN that carries a password is
 * refused: it would end up in shell history and process lists.
 */
struct DatabaseProfile
{
    enum class Engine { PostgreSql, MySql, Sqlite };
    /// PostgreSQL's sslmode; MySQL maps Require and stricter to its TLS options.
    enum class Tls { Disable, Prefer, Require, VerifyCa, VerifyFull };

    Engine engine = Engine::PostgreSql;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0; ///< 0: the engine's default (5432, 3306)
    QString database;
    QString user;
    Tls tls = Tls::Prefer;
    QString logsDatabase; ///< empty: `logs` is in database
    /// The certificate authority file that verify-ca and verify-full check the server's certificate against
    /// (`sslrootcert=` in a DSN); empty: PostgreSQL's default (~/.postgresql/root.crt). MySQL needs one.
    QString caFile;
    QString path; ///< the file, for Engine::Sqlite

    static Result<DatabaseProfile> fromDsn(const QString &dsn);
    /// The DSN without any secret; fromDsn(dsn()) gives this profile back.
    QString dsn() const;
    int effectivePort() const;
    /// "PostgreSQL", "MySQL", "SQLite"
    static QString engineName(Engine e);
    /// "postgresql", "mysql", "sqlite"
    static QString engineKey(Engine e);
    static bool parseEngine(const QString &text, Engine *out);
    static QString tlsName(Tls t); ///< "disable", "prefer", "require", "verify-ca", "verify-full"
    static bool parseTls(const QString &text, Tls *out);
    /// "PostgreSQL at db.example.com:5432/newapi": for messages and the status bar, never with a secret.
    QString where() const;
    /// An error naming the first missing or invalid field.
    Result<void> validate() const;

    bool operator==(const DatabaseProfile &o) const
    {
        return engine == o.engine && host == o.host && port == o.port && database == o.database && user == o.user
            && tls == o.tls && logsDatabase == o.logsDatabase && caFile == o.caFile && path == o.path;
    }
};

} // namespace QuotaScope
