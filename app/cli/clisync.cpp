#include "clisync.h"

#include "aggregate/timebuckets.h"
#include "console/console.h"
#include "gateway/connectiontester.h"
#include "gateway/dbsource.h"
#include "gateway/gatewayclient.h"
#include "gateway/syncengine.h"
#include "keychain/keychainstore.h"
#include "settings/profilestore.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

namespace QuotaScope::Cli {

namespace {

constexpr const char *tokenEnv = "QUOTASCOPE_TOKEN";
constexpr const char *dbPasswordEnv = "QUOTASCOPE_DB_PASSWORD";

/// Reads one line from stdin; without echo when it is a terminal.
QString readSecretLine(Io &io, const QString &prompt)
{
    const bool tty = Console::isTerminal(stdin);
    if (tty)
        io.err << prompt << Qt::flush;
    QByteArray line;
    {
        const Console::EchoGuard quiet(stdin);
        int c;
        while ((c = fgetc(stdin)) != EOF && c != '\n')
            line.append(char(c));
    }
    if (tty)
        io.err << '\n';
    return QString::fromUtf8(line).trimmed();
}

void addProfileFields(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("url"), QStringLiteral("Gateway base URL, e.g. https://gateway.example.com."),
         QStringLiteral("url")},
        {QStringLiteral("user-id"), QStringLiteral("Your numeric user id on the gateway (sent as New-Api-User)."),
         QStringLiteral("id")},
        {QStringLiteral("kind"), QStringLiteral("newapi, oneapi or auto (default auto: detected from /api/status)."),
         QStringLiteral("kind"), QStringLiteral("auto")},
        {QStringLiteral("scope"), QStringLiteral("admin (everyone's logs) or self (default self)."),
         QStringLiteral("scope"), QStringLiteral("self")},
        {QStringLiteral("mode"), QStringLiteral("logs (request logs) or hourly (the gateway's hourly data)."),
         QStringLiteral("mode"), QStringLiteral("logs")},
        {QStringLiteral("token-stdin"),
         QStringLiteral("Read the access token from standard input (otherwise $QUOTASCOPE_TOKEN, or a prompt).")},
        {QStringLiteral("overlap"),
         QStringLiteral("Seconds behind the last sync's end to read again, for logs written late (default 600)."),
         QStringLiteral("seconds")},
    });
}

bool parseKindValue(const QString &text, GatewayProfile::Kind *kind)
{
    const QString t = text.toLower().remove(QLatin1Char('-'));
    if (t == QLatin1String("auto"))
        *kind = GatewayProfile::Kind::Auto;
    else if (t == QLatin1String("newapi"))
        *kind = GatewayProfile::Kind::NewApi;
    else if (t == QLatin1String("oneapi"))
        *kind = GatewayProfile::Kind::OneApi;
    else
        return false;
    return true;
}

/// Fills profile fields from the shared options; returns false with a usage message.
bool profileFromOptions(const QCommandLineParser &p, GatewayProfile *profile, Io &io)
{
    if (p.isSet(QStringLiteral("url")))
        profile->baseUrl = QUrl(p.value(QStringLiteral("url")));
    if (p.isSet(QStringLiteral("user-id"))) {
        bool ok = false;
        profile->userId = p.value(QStringLiteral("user-id")).toLongLong(&ok);
        if (!ok || profile->userId <= 0) {
            io.error(QStringLiteral("--user-id needs your numeric user id, not \"%1\"")
                         .arg(p.value(QStringLiteral("user-id"))));
            return false;
        }
    }
    if (!parseKindValue(p.value(QStringLiteral("kind")), &profile->kind)) {
        io.error(QStringLiteral("--kind: use newapi, oneapi or auto"));
        return false;
    }
    if (!ProfileStore::parseScope(p.value(QStringLiteral("scope")), &profile->scope)) {
        io.error(QStringLiteral("--scope: use admin or self"));
        return false;
    }
    if (!ProfileStore::parseMode(p.value(QStringLiteral("mode")), &profile->mode)) {
        io.error(QStringLiteral("--mode: use logs or hourly"));
        return false;
    }
    if (p.isSet(QStringLiteral("overlap"))) {
        bool ok = false;
        profile->overlapSeconds = p.value(QStringLiteral("overlap")).toInt(&ok);
        if (!ok || profile->overlapSeconds < 0 || profile->overlapSeconds > ProfileStore::MaxOverlapSeconds) {
            io.error(QStringLiteral("--overlap: seconds from 0 to %1, not \"%2\"")
                         .arg(ProfileStore::MaxOverlapSeconds)
                         .arg(p.value(QStringLiteral("overlap"))));
            return false;
        }
    }
    return true;
}

/// The database password for a run: stdin with --password-stdin, else $QUOTASCOPE_DB_PASSWORD, else the fallback
/// (the keychain, for a saved profile). Never from the command line.
Result<QString> dbPasswordFor(const QCommandLineParser &p, Io &io, const QString &user,
                              const std::function<Result<QString>()> &fallback)
{
    if (p.isSet(QStringLiteral("password-stdin"))) {
        const QString password = readSecretLine(io, QStringLiteral("password for %1: ").arg(user));
        if (password.isEmpty())
            return Error(QStringLiteral("--password-stdin: no password on standard input"), Error::Kind::Usage);
        return password;
    }
    if (qEnvironmentVariableIsSet(dbPasswordEnv))
        return qEnvironmentVariable(dbPasswordEnv);
    if (fallback)
        return fallback();
    return Error(QStringLiteral("no database password: set %1 or pass --password-stdin (never on the command line)")
                     .arg(QLatin1String(dbPasswordEnv)),
                 Error::Kind::Usage);
}

/// The token for a run: stdin with --token-stdin, else $QUOTASCOPE_TOKEN, else the fallback (keychain).
Result<QString> tokenFor(const QCommandLineParser &p, Io &io, const std::function<Result<QString>()> &fallback)
{
    if (p.isSet(QStringLiteral("token-stdin"))) {
        const QString token = readSecretLine(io, QStringLiteral("Access token: "));
        if (token.isEmpty())
            return Error(QStringLiteral("--token-stdin: no token on standard input"), Error::Kind::Usage);
        return token;
    }
    const QString env = qEnvironmentVariable(tokenEnv);
    if (!env.isEmpty())
        return env;
    if (fallback)
        return fallback();
    return Error(QStringLiteral("no access token: set %1 or pass --token-stdin").arg(QLatin1String(tokenEnv)),
                 Error::Kind::Usage);
}

/// Runs the event loop until the tester answers.
ConnectionReport testConnection(const GatewayProfile &profile, const QString &token)
{
    QNetworkAccessManager nam;
    ConnectionTester tester(&nam);
    ConnectionReport report;
    QEventLoop loop;
    QObject::connect(&tester, &ConnectionTester::finished, &loop, [&](const ConnectionReport &r) {
        report = r;
        loop.quit();
    });
    tester.test(profile, token);
    loop.exec();
    return report;
}

struct Profiles
{
    std::unique_ptr<QSettings> settings = Settings::openUserStore();
    std::unique_ptr<CredentialStore> credentials;
    QString keychainNote;
    std::unique_ptr<ProfileStore> store;

    Profiles()
    {
        credentials = createSystemCredentialStore(&keychainNote);
        store = std::make_unique<ProfileStore>(settings.get(), credentials.get());
    }
};

/// profile add NAME --database DSN: a profile that reads the gateway's database; its password goes to the keychain.
int profileAddDatabase(const QCommandLineParser &p, Io &io, GatewayProfile profile)
{
    auto database = DatabaseProfile::fromDsn(p.value(QStringLiteral("database")));
    if (!database)
        return io.error(QStringLiteral("--database: ") + database.error().message), UsageError;
    profile.source = GatewayProfile::Source::Database;
    profile.database = database.value();
    if (p.isSet(QStringLiteral("mode")) && !ProfileStore::parseDbMode(p.value(QStringLiteral("mode")), &profile.dbMode))
        return io.error(QStringLiteral("--mode: a database profile copies (copy) or queries the server (live)")),
               UsageError;
    Profiles profiles;
    if (auto valid = profiles.store->validate(profile); !valid)
        return io.error(valid.error().message), UsageError;
    QString password;
    if (profile.needsSecret()) {
        auto given = dbPasswordFor(p, io, profile.database.user, [&]() -> Result<QString> {
            if (!Console::isTerminal(stdin))
                return QString();
            return readSecretLine(io, QStringLiteral("password for %1: ").arg(profile.database.user));
        });
        if (!given)
            return io.error(given.error().message), UsageError;
        password = given.value();
    }
    if (auto added = profiles.store->add(profile); !added)
        return io.error(added.error().message), Failure;
    io.out << "added database profile \"" << profile.name << "\" (" << profile.database.where() << ", "
           << ProfileStore::dbModeName(profile.dbMode) << ")\n";
    if (password.isEmpty()) {
        if (profile.needsSecret())
            io.out << "no password given: pass it to each sync with $" << dbPasswordEnv << " or --password-stdin\n";
        return Ok;
    }
    if (!profiles.keychainNote.isEmpty()) {
        io.err << "warning: " << profiles.keychainNote << '\n';
        io.err << "warning: the password was not saved; pass it to each sync with $" << dbPasswordEnv << '\n';
        return Ok;
    }
    auto stored = profiles.store->setToken(profile.name, password);
    password.fill(QLatin1Char(' '));
    if (!stored)
        return io.error(stored.error().message), Failure;
    io.out << "password stored in " << profiles.credentials->backendName() << '\n';
    return Ok;
}

int profileAdd(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Add a gateway profile; its token goes to the system keychain. With --database DSN the profile reads the "
        "gateway's database instead (password from $QUOTASCOPE_DB_PASSWORD, --password-stdin or a prompt, into "
        "the keychain; --mode copy or live)."));
    addProfileFields(p);
    p.addOptions({
        {QStringLiteral("database"),
         QStringLiteral("A database profile: postgresql://user@host:5432/newapi, mysql://user@host/newapi or "
                        "sqlite:///path/one-api.db (options: ?sslmode=require&logs=DB)."),
         QStringLiteral("dsn")},
        {QStringLiteral("password-stdin"), QStringLiteral("With --database: read the password from standard input.")},
        {QStringLiteral("refresh"), QStringLiteral("Background refresh interval in seconds (0 = manual; default 60)."),
         QStringLiteral("seconds"), QStringLiteral("60")},
        {QStringLiteral("budget"), QStringLiteral("Requests per 180 s this profile may send (default 150)."),
         QStringLiteral("n"), QStringLiteral("150")},
        {QStringLiteral("since"), QStringLiteral("First sync backfills from here (default 30 days back)."),
         QStringLiteral("time")},
        {QStringLiteral("disabled"), QStringLiteral("Add the profile disabled.")},
    });
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Profile name."));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || p.isSet(QStringLiteral("url")) == p.isSet(QStringLiteral("database"))) {
        io.error(QStringLiteral("usage: quotascope-cli profile add NAME --url URL --user-id N [options], or "
                                "quotascope-cli profile add NAME --database DSN [options]"));
        return UsageError;
    }
    GatewayProfile profile;
    profile.name = pos.first();
    if (p.isSet(QStringLiteral("database"))) {
        profile.refreshSeconds = p.value(QStringLiteral("refresh")).toInt();
        profile.enabled = !p.isSet(QStringLiteral("disabled"));
        return profileAddDatabase(p, io, profile);
    }
    if (!profileFromOptions(p, &profile, io))
        return UsageError;
    profile.refreshSeconds = p.value(QStringLiteral("refresh")).toInt();
    profile.requestBudget = p.value(QStringLiteral("budget")).toInt();
    profile.enabled = !p.isSet(QStringLiteral("disabled"));
    if (p.isSet(QStringLiteral("since")) &&
        !parseTimePoint(p.value(QStringLiteral("since")), QTimeZone::systemTimeZone(), &profile.backfillFrom)) {
        io.error(QStringLiteral("--since: not an ISO 8601 date or epoch seconds"));
        return UsageError;
    }
    Profiles profiles;
    if (auto valid = profiles.store->validate(profile); !valid) {
        io.error(valid.error().message);
        return UsageError;
    }
    const QString warning = GatewayClient::transportWarning(profile.baseUrl);
    if (!warning.isEmpty())
        io.err << "warning: " << warning << '\n';
    auto token = tokenFor(p, io, [&]() -> Result<QString> {
        if (!Console::isTerminal(stdin))
            return QString();
        return readSecretLine(io, QStringLiteral("Access token for %1: ").arg(profile.name));
    });
    if (!token)
        return io.error(token.error().message), UsageError;
    if (auto added = profiles.store->add(profile); !added)
        return io.error(added.error().message), Failure;
    io.out << "added profile \"" << profile.name << "\"\n";
    if (token->isEmpty()) {
        io.out << "no token given: store one later with: quotascope-cli profile token " << profile.name << '\n';
        return Ok;
    }
    if (!profiles.keychainNote.isEmpty()) {
        io.err << "warning: " << profiles.keychainNote << '\n';
        io.err << "warning: the token was not saved; pass it to each sync with $" << tokenEnv << '\n';
        return Ok;
    }
    if (auto stored = profiles.store->setToken(profile.name, token.value()); !stored)
        return io.error(stored.error().message), Failure;
    io.out << "token stored in " << profiles.credentials->backendName() << '\n';
    return Ok;
}

int profileToken(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Store (replace) a profile's access token in the keychain."));
    p.addOption({QStringLiteral("token-stdin"), QStringLiteral("Read the token from standard input.")});
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Profile name."));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        io.error(QStringLiteral("usage: quotascope-cli profile token NAME [--token-stdin]"));
        return UsageError;
    }
    const QString name = p.positionalArguments().first();
    Profiles profiles;
    if (!profiles.store->find(name))
        return io.error(QStringLiteral("no profile named \"%1\"").arg(name)), Failure;
    if (!profiles.keychainNote.isEmpty())
        return io.error(profiles.keychainNote), Failure;
    auto token = tokenFor(p, io, [&]() -> Result<QString> {
        return readSecretLine(io, QStringLiteral("Access token for %1: ").arg(name));
    });
    if (!token || token->isEmpty())
        return io.error(QStringLiteral("no token given")), UsageError;
    if (auto stored = profiles.store->setToken(name, token.value()); !stored)
        return io.error(stored.error().message), Failure;
    io.out << "token stored in " << profiles.credentials->backendName() << '\n';
    return Ok;
}

int profileList(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List gateway profiles (tokens are never shown)."));
    p.addOption({QStringLiteral("json"), QStringLiteral("Print as JSON.")});
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    Profiles profiles;
    for (const QString &problem : profiles.store->loadProblems())
        io.err << "warning: " << problem << '\n';
    QJsonArray arr;
    for (const GatewayProfile &g : profiles.store->profiles()) {
        if (g.isDatabase()) {
            const bool secret = g.needsSecret();
            arr.append(QJsonObject{{QStringLiteral("name"), g.name},
                                   {QStringLiteral("source"), ProfileStore::sourceName(g.source)},
                                   {QStringLiteral("database"), g.database.dsn()},
                                   {QStringLiteral("mode"), ProfileStore::dbModeName(g.dbMode)},
                                   {QStringLiteral("refresh_seconds"), g.refreshSeconds},
                                   {QStringLiteral("enabled"), g.enabled},
                                   {QStringLiteral("password_stored"), secret && profiles.store->hasToken(g.name)}});
            if (!p.isSet(QStringLiteral("json")))
                io.out << g.name << "  " << g.database.dsn() << "  [database, "
                       << ProfileStore::dbModeName(g.dbMode) << ", every " << g.refreshSeconds << " s"
                       << (g.enabled ? "" : ", disabled")
                       << (!secret || profiles.store->hasToken(g.name) ? "" : ", no password") << "]\n";
            continue;
        }
        QJsonObject o{{QStringLiteral("name"), g.name},
                      {QStringLiteral("source"), ProfileStore::sourceName(g.source)},
                      {QStringLiteral("url"), g.baseUrl.toString()},
                      {QStringLiteral("kind"), ProfileStore::kindName(g.kind)},
                      {QStringLiteral("user_id"), g.userId},
                      {QStringLiteral("scope"), ProfileStore::scopeName(g.scope)},
                      {QStringLiteral("mode"), ProfileStore::modeName(g.mode)},
                      {QStringLiteral("refresh_seconds"), g.refreshSeconds},
                      {QStringLiteral("enabled"), g.enabled},
                      {QStringLiteral("token_stored"), profiles.store->hasToken(g.name)}};
        arr.append(o);
        if (!p.isSet(QStringLiteral("json")))
            io.out << g.name << "  " << g.baseUrl.toString() << "  [" << ProfileStore::kindName(g.kind) << ", "
                   << ProfileStore::scopeName(g.scope) << ", " << ProfileStore::modeName(g.mode) << ", user "
                   << g.userId << ", every " << g.refreshSeconds << " s" << (g.enabled ? "" : ", disabled")
                   << (profiles.store->hasToken(g.name) ? "" : ", no token") << "]\n";
    }
    if (p.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else if (arr.isEmpty())
        io.out << "no profiles (add one with: quotascope-cli profile add NAME --url URL --user-id N)\n";
    return Ok;
}

int profileRemove(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Remove a profile and its stored token (the cached data stays)."));
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Profile name."));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        io.error(QStringLiteral("usage: quotascope-cli profile remove NAME"));
        return UsageError;
    }
    Profiles profiles;
    auto removed = profiles.store->remove(p.positionalArguments().first());
    if (!removed)
        return io.error(removed.error().message), Failure;
    io.out << "removed profile \"" << removed->profile.name
           << "\"; its cached data stays (quotascope-cli sources remove NAME deletes it)\n";
    return Ok;
}

void printReport(Io &io, const ConnectionReport &report)
{
    for (const QString &line : report.summary())
        io.out << line << '\n';
}

int profileTest(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Test a profile's connection, token and permissions."));
    p.addOption({QStringLiteral("password-stdin"),
                 QStringLiteral("A database profile: read the password from standard input.")});
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Profile name."));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        io.error(QStringLiteral("usage: quotascope-cli profile test NAME"));
        return UsageError;
    }
    Profiles profiles;
    const auto profile = profiles.store->find(p.positionalArguments().first());
    if (!profile)
        return io.error(QStringLiteral("no profile named \"%1\"").arg(p.positionalArguments().first())), Failure;
    if (profile->isDatabase()) {
        QString password;
        if (profile->needsSecret()) {
            auto given = dbPasswordFor(p, io, profile->database.user,
                                       [&]() { return profiles.credentials->read(profile->name); });
            if (!given)
                return io.error(given.error().message), Failure;
            password = given.value();
        }
        auto db = GatewayDatabase::open(profile->database, password);
        password.fill(QLatin1Char(' '));
        if (!db)
            return io.error(db.error().message), Failure;
        auto report = db.value()->test();
        if (!report)
            return io.error(report.error().message), Failure;
        for (const QString &line : report->lines())
            io.out << line << '\n';
        return Ok;
    }
    auto token = tokenFor(p, io, [&]() { return profiles.credentials->read(profile->name); });
    if (!token)
        return io.error(token.error().message), Failure;
    const ConnectionReport report = testConnection(*profile, token.value());
    printReport(io, report);
    if (!report.reachable || !report.authenticated) {
        io.error(report.error.message);
        return Failure;
    }
    return Ok;
}

} // namespace

int cmdProfile(const QStringList &args, Io &io)
{
    // args: program, globals..., action, rest...; the action is the first non-option argument.
    QStringList rest = args;
    int actionIndex = -1;
    for (int i = 1; i < rest.size(); ++i) {
        if (rest[i] == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!rest[i].startsWith(QLatin1Char('-'))) {
            actionIndex = i;
            break;
        }
    }
    const QString action = actionIndex > 0 ? rest.takeAt(actionIndex) : QString();
    // Profiles live in the settings, not in the cache: drop a global --db PATH.
    if (const int db = rest.indexOf(QStringLiteral("--db")); db > 0)
        rest.erase(rest.begin() + db, rest.begin() + qMin(db + 2, int(rest.size())));
    if (action == QLatin1String("add"))
        return profileAdd(rest, io);
    if (action == QLatin1String("list"))
        return profileList(rest, io);
    if (action == QLatin1String("remove"))
        return profileRemove(rest, io);
    if (action == QLatin1String("test"))
        return profileTest(rest, io);
    if (action == QLatin1String("token"))
        return profileToken(rest, io);
    if (action.isEmpty() && rest.contains(QStringLiteral("--help"))) {
        io.out << "Usage: quotascope-cli profile add|list|remove|test|token [options]\n";
        return Ok;
    }
    io.error(QStringLiteral("profile: use add, list, remove, test or token (see quotascope-cli profile add --help)"));
    return UsageError;
}

/// Tests the connection to a gateway's database, or copies its logs into the cache as source (empty: a name
/// made from the server and database). The password is wiped once the connection is open.
int runDatabaseSync(const QCommandLineParser &p, Io &io, const DatabaseProfile &profile, QString password,
                    QString source)
{
    auto db = GatewayDatabase::open(profile, password);
    password.fill(QLatin1Char(' '));
    if (!db)
        return io.error(db.error().message), Failure;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("test"))) {
        auto report = db.value()->test();
        if (!report)
            return io.error(report.error().message), Failure;
        if (json) {
            QJsonObject o { { QStringLiteral("server"), report->serverVersion },
                { QStringLiteral("where"), report->where },
                { QStringLiteral("schema"), report->schema.productName() },
                { QStringLiteral("logs"), report->schema.hasLogs },
                { QStringLiteral("quota_data"), report->schema.hasQuotaData },
                { QStringLiteral("logs_estimate"), report->logsEstimate },
                { QStringLiteral("quota_data_estimate"), report->quotaDataEstimate },
                { QStringLiteral("may_read"), QJsonArray::fromStringList(report->mayRead) },
                { QStringLiteral("may_write"), QJsonArray::fromStringList(report->mayWrite) },
                { QStringLiteral("read_only"), report->readOnly } };
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            for (const QString &line : report->lines())
                io.out << line << '\n';
        }
        return Ok;
    }
    if (source.isEmpty()) {
        source = profile.engine == DatabaseProfile::Engine::Sqlite
            ? QFileInfo(profile.path).fileName()
            : QStringLiteral("%1/%2").arg(profile.host,
                                          profile.logsDatabase.isEmpty() ? profile.database : profile.logsDatabase);
    }
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    CopyOptions options;
    if (p.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        options.batchSize = p.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 1000000)
            return io.error(QStringLiteral("--batch: a number of rows between 1 and 1000000")), UsageError;
    }
    const bool showProgress = !json && Console::isTerminal(stderr);
    QElapsedTimer timer;
    timer.start();
    auto copied = DatabaseCopier(cache->db()).copy(*db.value(), source, options, [&](qint64 done, qint64 estimate) {
        if (!showProgress)
            return;
        io.err << "\rcopying: " << done;
        if (estimate > 0)
            io.err << " of about " << estimate;
        io.err << " rows      " << Qt::flush;
    });
    if (showProgress)
        io.err << '\r' << QString(70, QLatin1Char(' ')) << '\r';
    if (!copied)
        return io.error(copied.error().message), Failure;
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    const qint64 rate = qint64(copied->rowsRead / seconds);
    if (json) {
        QJsonObject o { { QStringLiteral("source"), source }, { QStringLiteral("server"), db.value()->serverVersion() },
            { QStringLiteral("from_id"), copied->fromId }, { QStringLiteral("last_id"), copied->lastId },
            { QStringLiteral("rows_read"), copied->rowsRead }, { QStringLiteral("added"), copied->added },
            { QStringLiteral("duplicates"), copied->duplicates }, { QStringLiteral("skipped"), copied->skipped },
            { QStringLiteral("kept_after_pruning"), copied->keptAfterPruning },
            { QStringLiteral("seconds"), seconds }, { QStringLiteral("rows_per_second"), rate } };
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        io.out << "copied " << source << " from " << db.value()->serverVersion() << " ("
               << profile.where() << "): read " << copied->rowsRead << ", added " << copied->added
               << ", duplicates " << copied->duplicates << ", skipped " << copied->skipped << "; last id "
               << copied->lastId << "; " << rate << " rows/s\n";
        for (auto it = copied->skippedBy.cbegin(); it != copied->skippedBy.cend(); ++it)
            io.out << "  skipped " << it.value() << ": " << it.key() << '\n';
        if (copied->keptAfterPruning > 0)
            io.out << "  the cache keeps " << copied->keptAfterPruning
                   << " records the gateway has since deleted (below its oldest id " << copied->serverMinId << ")\n";
    }
    return Ok;
}

/// sync --database DSN: tests the connection or copies the gateway database's logs into the cache.
int syncDatabase(const QCommandLineParser &p, Io &io)
{
    auto profile = DatabaseProfile::fromDsn(p.value(QStringLiteral("database")));
    if (!profile)
        return io.error(QStringLiteral("--database: ") + profile.error().message), UsageError;
    QString password;
    if (profile->engine != DatabaseProfile::Engine::Sqlite) {
        auto given = dbPasswordFor(p, io, profile->user, {});
        if (!given)
            return io.error(given.error().message), UsageError;
        password = given.value();
    }
    return runDatabaseSync(p, io, profile.value(), password, p.value(QStringLiteral("source")));
}

int cmdSync(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Pull new usage from a gateway into the cache, from where the last sync stopped. Either --profile NAME "
        "(token from the keychain), or ad hoc with --url and --user-id (token from $QUOTASCOPE_TOKEN or "
        "--token-stdin), or straight from the gateway's database with --database DSN (password from "
        "$QUOTASCOPE_DB_PASSWORD or --password-stdin)."));
    p.addOption({QStringLiteral("db"), QStringLiteral("Cache file."), QStringLiteral("path")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("A saved profile."), QStringLiteral("name")});
    addProfileFields(p);
    p.addOptions({
        {QStringLiteral("source"), QStringLiteral("Ad hoc: cache source name (default: the URL's host)."),
         QStringLiteral("name")},
        {QStringLiteral("since"), QStringLiteral("First sync: start here (default 30 days back)."),
         QStringLiteral("time")},
        {QStringLiteral("until"), QStringLiteral("Stop at this time instead of now."), QStringLiteral("time")},
        {QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")},
        {QStringLiteral("database"),
         QStringLiteral("Copy the logs from the gateway's database, read-only: postgresql://user@host:5432/newapi, "
                        "mysql://user@host/newapi, sqlite:///path/one-api.db (options: ?sslmode=require&logs=DB)."),
         QStringLiteral("dsn")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("With --database or a database profile: read the password from standard input.")},
        {QStringLiteral("test"),
         QStringLiteral("With --database or a database profile: only test the connection and report what is there.")},
        {QStringLiteral("batch"), QStringLiteral("With --database or a database profile: rows per batch (default 10000)."),
         QStringLiteral("rows")},
    });
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    if (p.isSet(QStringLiteral("database")))
        return syncDatabase(p, io);

    GatewayProfile profile;
    std::unique_ptr<Profiles> profiles;
    if (p.isSet(QStringLiteral("profile"))) {
        profiles = std::make_unique<Profiles>();
        const auto found = profiles->store->find(p.value(QStringLiteral("profile")));
        if (!found)
            return io.error(QStringLiteral("no profile named \"%1\" (see quotascope-cli profile list)")
                                .arg(p.value(QStringLiteral("profile")))),
                   Failure;
        profile = *found;
        if (profile.isDatabase()) {
            QString password;
            if (profile.needsSecret()) {
                auto given = dbPasswordFor(p, io, profile.database.user, [&]() -> Result<QString> {
                    if (!profiles->keychainNote.isEmpty())
                        return Error(profiles->keychainNote
                                         + QStringLiteral("; set %1 for this run").arg(QLatin1String(dbPasswordEnv)),
                                     Error::Kind::Keychain);
                    return profiles->credentials->read(profile.name);
                });
                if (!given)
                    return io.error(given.error().message),
                           given.error().kind == Error::Kind::Usage ? UsageError : Failure;
                password = given.value();
            }
            return runDatabaseSync(p, io, profile.database, password, profile.name);
        }
    } else {
        if (!p.isSet(QStringLiteral("url"))) {
            io.error(QStringLiteral("sync: give --profile NAME, or --url URL --user-id N"));
            return UsageError;
        }
        if (!profileFromOptions(p, &profile, io))
            return UsageError;
        if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
            || (profile.baseUrl.scheme() != QLatin1String("https") && profile.baseUrl.scheme() != QLatin1String("http"))) {
            io.error(QStringLiteral("--url: \"%1\" is not an http(s) URL").arg(p.value(QStringLiteral("url"))));
            return UsageError;
        }
        if (profile.kind != GatewayProfile::Kind::OneApi && profile.userId <= 0) {
            io.error(QStringLiteral("--user-id is required for new-api gateways (it is sent as New-Api-User)"));
            return UsageError;
        }
        profile.name = p.isSet(QStringLiteral("source"))
            ? p.value(QStringLiteral("source"))
            : profile.baseUrl.host() + (profile.baseUrl.port() > 0 ? QStringLiteral(":%1").arg(profile.baseUrl.port())
                                                                    : QString());
    }
    if (p.isSet(QStringLiteral("since"))
        && !parseTimePoint(p.value(QStringLiteral("since")), QTimeZone::systemTimeZone(), &profile.backfillFrom)) {
        io.error(QStringLiteral("--since: not an ISO 8601 date or epoch seconds"));
        return UsageError;
    }
    SyncOptions options;
    if (p.isSet(QStringLiteral("until"))) {
        qint64 until = 0;
        if (!parseTimePoint(p.value(QStringLiteral("until")), QTimeZone::systemTimeZone(), &until)) {
            io.error(QStringLiteral("--until: not an ISO 8601 date or epoch seconds"));
            return UsageError;
        }
        if (until < QDateTime::currentSecsSinceEpoch()) {
            // The engine syncs up to its clock's "now" (minus the settle time), so the clock stops at --until.
            options.settleSeconds = 0;
            options.clock = [until] { return until; };
        } else {
            io.err << "note: --until is in the future; syncing up to now\n";
        }
    }
    auto token = tokenFor(p, io, [&]() -> Result<QString> {
        if (!profiles)
            return Error(QStringLiteral("no access token: set %1 or pass --token-stdin").arg(QLatin1String(tokenEnv)),
                         Error::Kind::Usage);
        if (!profiles->keychainNote.isEmpty())
            return Error(profiles->keychainNote + QStringLiteral("; set %1 for this run").arg(QLatin1String(tokenEnv)),
                         Error::Kind::Keychain);
        return profiles->credentials->read(profile.name);
    });
    if (!token)
        return io.error(token.error().message), token.error().kind == Error::Kind::Usage ? UsageError : Failure;

    const QString warning = GatewayClient::transportWarning(profile.baseUrl);
    if (!warning.isEmpty())
        io.err << "warning: " << warning << '\n';

    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    GatewayClient::useSystemProxy();
    QNetworkAccessManager nam;
    SyncEngine engine(&nam, cache->db());
    const bool json = p.isSet(QStringLiteral("json"));
    const bool showProgress = !json && Console::isTerminal(stderr);
    if (showProgress) {
        QObject::connect(&engine, &SyncEngine::progress, &engine, [&io](qint64 done, qint64 total, qint64 eta) {
            io.err << "\rsyncing: " << done << " / " << total;
            if (eta >= 0)
                io.err << ", about " << eta << " s left";
            io.err << "      " << Qt::flush;
        });
    }
    QObject::connect(&engine, &SyncEngine::backingOff, &engine, [&io](const QDateTime &until, const QString &why) {
        io.err << "\rwaiting until " << until.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << ": " << why
               << '\n';
    });
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.start(profile, token.value(), options);
    if (engine.isRunning())
        loop.exec();
    if (showProgress)
        io.err << '\r' << QString(70, QLatin1Char(' ')) << '\r';
    for (const QString &w : report.warnings)
        if (w != warning)
            io.err << "warning: " << w << '\n';
    const qint64 seconds = report.startedAt.secsTo(report.finishedAt);
    if (json) {
        QJsonObject o{{QStringLiteral("source"), profile.name},
                      {QStringLiteral("ok"), report.ok},
                      {QStringLiteral("from"), TimeBuckets::isoLabel(report.from, QTimeZone::utc())},
                      {QStringLiteral("to"), TimeBuckets::isoLabel(report.to, QTimeZone::utc())},
                      {QStringLiteral("added"), report.added},
                      {QStringLiteral("duplicates"), report.duplicates},
                      {QStringLiteral("buckets"), report.buckets},
                      {QStringLiteral("windows"), report.windows},
                      {QStringLiteral("rereads"), report.rereads},
                      {QStringLiteral("requests"), report.requests},
                      {QStringLiteral("retries"), report.retries},
                      {QStringLiteral("rate_limit_waits"), report.rateLimitWaits},
                      {QStringLiteral("seconds"), seconds}};
        if (!report.ok)
            o.insert(QStringLiteral("error"), report.error.message);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (report.ok) {
        io.out << "synced " << profile.name << " from " << TimeBuckets::isoLabel(report.from, QTimeZone::systemTimeZone())
               << " to " << TimeBuckets::isoLabel(report.to, QTimeZone::systemTimeZone()) << ": ";
        if (profile.mode == GatewayProfile::Mode::Hourly)
            io.out << report.buckets << " hourly buckets";
        else
            io.out << "added " << report.added << ", duplicates " << report.duplicates;
        io.out << "; " << report.requests << " requests (" << report.retries << " retries, " << report.rateLimitWaits
               << " rate-limit waits, " << report.rereads << " windows re-read) in " << seconds << " s\n";
    }
    if (!report.ok) {
        io.error(report.error.message);
        return Failure;
    }
    return Ok;
}

} // namespace QuotaScope::Cli
