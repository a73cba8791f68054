// quotascope-cli profile and sync, end to end: the real CLI process against the fake gateway on 127.0.0.1.
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace QuotaScope::Test;

namespace {

const QString cli = QStringLiteral(QS_CLI_PATH);
const QString token = QStringLiteral("s3cr3t-access-token-for-tests-1");

class CliSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<FakeGateway>(FakeGateway::Shape::U);
        ASSERT_TRUE(server->listen());
        FakeGateway::User alice;
        alice.id = 5;
        alice.name = QStringLiteral("alice");
        alice.token = token;
        server->addUser(alice);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 250; ++i) {
            FakeGateway::Log l;
            l.userId = 5;
            l.userName = QStringLiteral("alice");
            l.createdAt = now - 3 * 86400 + i * 600;
            l.quota = 100 + i;
            l.promptTokens = 1000 + i;
            l.completionTokens = 10 + i;
            l.requestId = QStringLiteral("req-%1").arg(i);
            l.model = i % 3 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("deepseek-chat");
            server->addLog(l);
        }
    }

    /// Runs the CLI while this thread's event loop keeps serving the fake gateway.
    ProcessResult runCli(const QStringList &args, const QStringList &env = {}, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path(QStringLiteral("config")));
        e.remove(QStringLiteral("QUOTASCOPE_TOKEN"));
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(cli, QStringList{QStringLiteral("--db"), m_dir.path()} + args);
        ProcessResult r;
        if (!p.waitForStarted())
            return r;
        p.write(input);
        p.closeWriteChannel();
        waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject stats()
    {
        const ProcessResult r = runCli({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--type"), QStringLiteral("all")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    std::unique_ptr<FakeGateway> server;
    TempDir m_dir;
};

} // namespace

TEST_F(CliSyncTest, AdHocSyncWithTokenFromEnvironmentMatchesGatewayTotals)
{
    const QStringList args{QStringLiteral("sync"), QStringLiteral("--url"), server->url().toString(),
                           QStringLiteral("--user-id"), QStringLiteral("5"), QStringLiteral("--since"),
                           QString::number(QDateTime::currentSecsSinceEpoch() - 4 * 86400)};
    ProcessResult r = runCli(args, {QStringLiteral("QUOTASCOPE_TOKEN=") + token});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 250"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(token) || r.err.contains(token));

    const auto gateway = server->totals(5, 0, QDateTime::currentSecsSinceEpoch());
    const QJsonObject s = stats();
    EXPECT_EQ(s.value(QStringLiteral("requests")).toInteger(), gateway.count);
    EXPECT_EQ(s.value(QStringLiteral("quota")).toInteger(), gateway.quota);
    EXPECT_EQ(s.value(QStringLiteral("prompt_tokens")).toInteger(), gateway.promptTokens);

    // A second run only asks for what is new, and adds nothing.
    r = runCli(args, {QStringLiteral("QUOTASCOPE_TOKEN=") + token});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 0"))) << r.out.toStdString();
    EXPECT_EQ(stats().value(QStringLiteral("requests")).toInteger(), gateway.count);
}

TEST_F(CliSyncTest, WrongTokenFailsWithAClearMessageAndNoToken)
{
    const QString wrong = QStringLiteral("definitely-not-the-token-000000");
    const ProcessResult r = runCli({QStringLiteral("sync"), QStringLiteral("--url"), server->url().toString(),
                                    QStringLiteral("--user-id"), QStringLiteral("5"), QStringLiteral("--token-stdin")},
                                   {}, wrong.toUtf8() + '\n');
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: "))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(wrong));
    EXPECT_EQ(stats().value(QStringLiteral("requests")).toInteger(), 0);
}

TEST_F(CliSyncTest, MissingTokenAndUserIdAreUsageErrors)
{
    ProcessResult r = runCli({QStringLiteral("sync"), QStringLiteral("--url"), server->url().toString(),
                              QStringLiteral("--user-id"), QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("QUOTASCOPE_TOKEN"))) << r.err.toStdString();
    r = runCli({QStringLiteral("sync"), QStringLiteral("--url"), server->url().toString()},
               {QStringLiteral("QUOTASCOPE_TOKEN=") + token});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--user-id"))) << r.err.toStdString();
}

TEST_F(CliSyncTest, ProfileLifecycleKeepsTheTokenOutOfSettings)
{
    ProcessResult r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("local"),
                              QStringLiteral("--url"), server->url().toString(), QStringLiteral("--user-id"),
                              QStringLiteral("5"), QStringLiteral("--token-stdin")},
                             {}, token.toUtf8() + '\n');
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("local"))) << r.out.toStdString();

    // No settings file anywhere under the config folder may hold the token.
    int settingsFiles = 0;
    QDirIterator files(m_dir.path(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        EXPECT_FALSE(file.readAll().contains(token.toUtf8())) << file.fileName().toStdString();
        ++settingsFiles;
    }
#ifndef Q_OS_WIN
    // Windows keeps user settings under %APPDATA%, which XDG_CONFIG_HOME does not move.
    EXPECT_GT(settingsFiles, 0) << "the profile is saved under XDG_CONFIG_HOME";
#endif

    const bool realKeyring = qEnvironmentVariable("QUOTASCOPE_TEST_KEYRING") == QLatin1String("1");
    // With a keychain the stored token is used; without one the token comes from the environment.
    const QStringList env = realKeyring ? QStringList{} : QStringList{QStringLiteral("QUOTASCOPE_TOKEN=") + token};
    r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("local")}, env);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    r = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), QStringLiteral("local"), QStringLiteral("--since"),
                QString::number(QDateTime::currentSecsSinceEpoch() - 4 * 86400)},
               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(stats().value(QStringLiteral("requests")).toInteger(), 250);

    r = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    // Removing the profile keeps the cached data.
    EXPECT_EQ(stats().value(QStringLiteral("requests")).toInteger(), 250);
}

TEST_F(CliSyncTest, UntilInTheFutureSyncsUpToNowAndLaterRunsStillSeeNewRows)
{
    const QStringList args { QStringLiteral("sync"), QStringLiteral("--url"), server->url().toString(),
        QStringLiteral("--user-id"), QStringLiteral("5"), QStringLiteral("--since"),
        QString::number(QDateTime::currentSecsSinceEpoch() - 4 * 86400) };
    ProcessResult r = runCli(args
            + QStringList { QStringLiteral("--until"), QStringLiteral("4102444800"), // 2100
                QStringLiteral("--json") },
        { QStringLiteral("QUOTASCOPE_TOKEN=") + token });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_LE(QDateTime::fromString(summary.value(QStringLiteral("to")).toString(), Qt::ISODate).toSecsSinceEpoch(),
        QDateTime::currentSecsSinceEpoch());
    EXPECT_EQ(summary.value(QStringLiteral("added")).toInteger(), 250);

    FakeGateway::Log late;
    late.userId = 5;
    late.createdAt = QDateTime::currentSecsSinceEpoch() - 120;
    late.quota = 999;
    late.requestId = QStringLiteral("req-late");
    server->addLog(late);
    r = runCli(args, { QStringLiteral("QUOTASCOPE_TOKEN=") + token });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 1"))) << r.out.toStdString();
    EXPECT_EQ(stats().value(QStringLiteral("requests")).toInteger(), 251);
}
