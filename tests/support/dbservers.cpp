#include "support/dbservers.h"

#include "support/tempcache.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace QuotaScope::Test {

namespace {

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

/// A program on PATH, else the newest of the versioned folders Debian installs PostgreSQL into.
QString findProgram(const QString &name, const QStringList &versionedGlobs = {})
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    for (const QString &glob : versionedGlobs) {
        QDir base(glob.section(QLatin1Char('*'), 0, 0));
        const QString rest = glob.section(QLatin1Char('*'), 1);
        QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(
            versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString candidate = base.filePath(v) + rest + QLatin1Char('/') + name;
            if (QFile::exists(candidate))
                return candidate;
        }
    }
    for (const char *dir : { "/usr/sbin", "/usr/local/sbin" }) {
        const QString candidate = QDir(QLatin1String(dir)).filePath(name);
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

QString uniqueName()
{
    static QAtomicInt n;
    return QStringLiteral("test-admin-%1").arg(n.fetchAndAddRelaxed(1));
}

} // namespace

int TestDbServer::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString TestDbServer::exec(const QString &database, const QString &sql)
{
    const QString name = uniqueName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver(), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("qsadmin"));
        db.setPassword(adminPassword());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    error = q.lastError().text() + QStringLiteral(" in: ") + statement.left(300);
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString TestDbServer::createDatabase(const QString &name)
{
    const QString admin = engine() == QLatin1String("postgresql") ? QStringLiteral("postgres") : QString();
    QString e = exec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    if (e.isEmpty())
        e = exec(admin, QStringLiteral("CREATE DATABASE %1").arg(name));
    return e;
}

// --- PostgreSQL --------------------------------------------------------------------------------------------------

PostgresServer::PostgresServer()
{
    m_bin = QFileInfo(findProgram(QStringLiteral("initdb"), { QStringLiteral("/usr/lib/postgresql/*/bin") })).path();
    // PostgreSQL refuses to run as root: then the server runs as the postgres system user, which must reach the folder.
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup);
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("stop") });
}

QString PostgresServer::missingBinaries() const
{
    if (m_bin.isEmpty() || m_bin == QLatin1String(".") || !QFile::exists(m_bin + QStringLiteral("/pg_ctl")))
        return QStringLiteral("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt install postgresql)");
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        return QStringLiteral("running as root, and runuser (to start PostgreSQL as user postgres) is missing");
    return {};
}

QString PostgresServer::run(const QString &program, const QStringList &args)
{
    const QString path = m_bin + QLatin1Char('/') + program;
    const ProcessResult r = runningAsRoot()
        ? runProcess(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path } + args)
        : runProcess(path, args);
    if (r.exitCode != 0)
        return program + QStringLiteral(" failed (") + QString::number(r.exitCode) + QStringLiteral("): ") + r.err
            + r.out;
    return {};
}

QString PostgresServer::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!m_initialised) {
        const QString pwfile = m_dir.filePath(QStringLiteral("pw"));
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + pwfile;
        f.write(adminPassword().toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        const QString e = run(QStringLiteral("initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("qsadmin"),
                QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--locale=C") });
        QFile::remove(pwfile);
        if (!e.isEmpty())
            return e;
        m_initialised = true;
        m_port = freePort();
    }
    const QString e = run(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), data, QStringLiteral("-l"), logFile(), QStringLiteral("-w"), QStringLiteral("-t"),
            QStringLiteral("60"), QStringLiteral("-o"),
            QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off -c synchronous_commit=off "
                           "-c full_page_writes=off")
                .arg(m_port)
                .arg(m_dir.path()),
            QStringLiteral("start") });
    if (!e.isEmpty())
        return e;
    m_running = true;
    return {};
}

void PostgresServer::kill()
{
    run(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("stop") });
    m_running = false;
}

QString PostgresServer::createReader(const QString &database, const QString &user, const QString &password)
{
    // Roles belong to the whole server; one that holds grants elsewhere cannot be dropped, so it is kept.
    return exec(database,
        QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 "
                       "LOGIN; END IF; END$$;\nALTER ROLE %1 PASSWORD '%2';\n"
                       "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
            .arg(user, password));
}

// --- MariaDB -----------------------------------------------------------------------------------------------------

MariaDbServer::MariaDbServer()
{
    m_installDb = findProgram(QStringLiteral("mariadb-install-db"));
    if (m_installDb.isEmpty())
        m_installDb = findProgram(QStringLiteral("mysql_install_db"));
    m_server = findProgram(QStringLiteral("mariadbd"));
    m_client = findProgram(QStringLiteral("mariadb"));
    if (m_client.isEmpty())
        m_client = findProgram(QStringLiteral("mysql"));
}

MariaDbServer::~MariaDbServer()
{
    kill();
}

QString MariaDbServer::missingBinaries() const
{
    if (m_installDb.isEmpty() || m_server.isEmpty() || m_client.isEmpty())
        return QStringLiteral("MariaDB's mariadb-install-db, mariadbd and mariadb are not installed (Debian: apt "
                              "install mariadb-server)");
    return {};
}

QString MariaDbServer::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString socket = m_dir.filePath(QStringLiteral("sock"));
    // Its own temporary folder: two servers bootstrapping at once in the shared one collided on their files.
    const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
    QDir().mkpath(tmp);
    QStringList user { QStringLiteral("--tmpdir=") + tmp };
    if (runningAsRoot())
        user << QStringLiteral("--user=root");
    if (!m_initialised) {
        const ProcessResult r = runProcess(m_installDb,
            QStringList { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                QStringLiteral("--auth-root-authentication-method=socket"), QStringLiteral("--skip-test-db") }
                + user);
        if (r.exitCode != 0)
            return QStringLiteral("mariadb-install-db failed: ") + r.err + r.out;
        m_port = freePort();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("stdout.log")));
    m_process->start(m_server,
        QStringList { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
            QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--bind-address=127.0.0.1"),
            QStringLiteral("--socket=") + socket, QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("pid")),
            QStringLiteral("--log-error=") + logFile(), QStringLiteral("--skip-log-bin"),
            QStringLiteral("--innodb-flush-log-at-trx-commit=0"), QStringLiteral("--innodb-buffer-pool-size=64M"),
            QStringLiteral("--skip-name-resolve"), QStringLiteral("--character-set-server=utf8mb4"),
            QStringLiteral("--collation-server=utf8mb4_unicode_ci") }
            + user + m_extra);
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("mariadbd did not start");
    // Ready when the client gets through the socket as root (socket authentication: the system user).
    QString last;
    for (int i = 0; i < 120; ++i) {
        if (m_process->state() != QProcess::Running) {
            QFile log(logFile());
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("mariadbd exited: ") + QString::fromUtf8(log.readAll().right(2000));
        }
        const ProcessResult r = runProcess(m_client,
            { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socket, QStringLiteral("-uroot"),
                QStringLiteral("-e"),
                m_initialised ? QStringLiteral("SELECT 1")
                              : QStringLiteral("CREATE USER IF NOT EXISTS 'qsadmin'@'%' IDENTIFIED BY '%1'; GRANT "
                                               "ALL PRIVILEGES ON *.* TO 'qsadmin'@'%' WITH GRANT OPTION")
                                    .arg(adminPassword()) });
        if (r.exitCode == 0) {
            m_initialised = true;
            return {};
        }
        last = r.err;
        QThread::msleep(500);
    }
    return QStringLiteral("mariadbd did not answer: ") + last;
}

void MariaDbServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

QString MariaDbServer::createReader(const QString &database, const QString &user, const QString &password)
{
    return exec(database,
        QStringLiteral("DROP USER IF EXISTS '%1'@'%';\nCREATE USER '%1'@'%' IDENTIFIED BY '%2';\n"
                       "GRANT SELECT ON %3.* TO '%1'@'%'")
            .arg(user, password, database));
}

} // namespace QuotaScope::Test
