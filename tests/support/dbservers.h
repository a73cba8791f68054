#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace QuotaScope::Test {

/**
 * A real database server of the tests' own, in a temporary folder on a free port of 127.0.0.1: no system
 * service is touched. An admin account ("qsadmin", password adminPassword()) loads schemas and data through
 * Qt Sql; readers are created with createReader().
 */
class TestDbServer
{
public:
    virtual ~TestDbServer() = default;
    /// Empty when the server's programs are installed; otherwise what is missing (the only reason to skip).
    virtual QString missingBinaries() const = 0;
    /// Starts the server (initialising its folder the first time); an error message, or empty on success.
    virtual QString start() = 0;
    /// Kills the server at once, as a crash or a pulled cable would.
    virtual void kill() = 0;
    virtual QString engine() const = 0; ///< "postgresql", "mysql"
    virtual QString driver() const = 0; ///< "QPSQL", "QMYSQL"
    int port() const { return m_port; }
    static QString adminPassword() { return QStringLiteral("admin-Secret-1"); }

    /// Creates a database (dropping any of that name).
    QString createDatabase(const QString &name);
    /// Runs statements (separated by ";\n") as the admin in database; an error message or empty.
    QString exec(const QString &database, const QString &sql);
    /// Creates a login that may only SELECT in database.
    virtual QString createReader(const QString &database, const QString &user, const QString &password) = 0;
    /// The server's log file (to show that no password reached it).
    virtual QString logFile() const = 0;

protected:
    static int freePort();
    QTemporaryDir m_dir;
    int m_port = 0;
};

class PostgresServer : public TestDbServer
{
public:
    PostgresServer();
    ~PostgresServer() override;
    QString missingBinaries() const override;
    QString start() override;
    void kill() override;
    QString engine() const override { return QStringLiteral("postgresql"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString createReader(const QString &database, const QString &user, const QString &password) override;
    QString logFile() const override { return m_dir.filePath(QStringLiteral("server.log")); }

private:
    QString run(const QString &program, const QStringList &args);
    QString m_bin;
    bool m_initialised = false;
    bool m_running = false;
};

class MariaDbServer : public TestDbServer
{
public:
    MariaDbServer();
    ~MariaDbServer() override;
    QString missingBinaries() const override;
    QString start() override;
    void kill() override;
    QString engine() const override { return QStringLiteral("mysql"); }
    QString driver() const override { return QStringLiteral("QMYSQL"); }
    QString createReader(const QString &database, const QString &user, const QString &password) override;
    QString logFile() const override { return m_dir.filePath(QStringLiteral("server.log")); }
    /// More mariadbd options for the next start() (such as --ssl-cert).
    void setExtraArguments(const QStringList &args) { m_extra = args; }
    /// A file name in the server's temporary folder (for certificates the test makes).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QStringList m_extra;
    QString m_installDb, m_server, m_client;
    bool m_initialised = false;
    std::unique_ptr<QProcess> m_process;
};

} // namespace QuotaScope::Test
