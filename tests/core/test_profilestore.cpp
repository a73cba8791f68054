#include "settings/profilestore.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFile>
#include <QSettings>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

GatewayProfile sampleProfile(const QString &name = QStringLiteral("work"))
{
    GatewayProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://gateway.example.com"));
    p.kind = GatewayProfile::Kind::NewApi;
    p.userId = 42;
    p.scope = GatewayProfile::Scope::Admin;
    p.mode = GatewayProfile::Mode::Hourly;
    p.refreshSeconds = 300;
    p.enabled = false;
    p.requestBudget = 90;
    p.backfillFrom = 1704067200;
    p.overlapSeconds = 1200;
    return p;
}

class ProfileStoreTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.path(QStringLiteral("quotascope.ini")); }
    QuotaScope::Test::TempDir m_dir;
    MemoryCredentialStore m_credentials;
};

} // namespace

TEST_F(ProfileStoreTest, RoundTripKeepsEveryField)
{
    const GatewayProfile a = sampleProfile(QStringLiteral("work"));
    GatewayProfile b;
    b.name = QStringLiteral("home");
    b.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    {
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(&settings, &m_credentials);
        ASSERT_TRUE(store.add(a).ok());
        ASSERT_TRUE(store.add(b).ok());
    }
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_EQ(store.profiles().size(), 2);
    EXPECT_EQ(store.profiles()[0], a);
    EXPECT_EQ(store.profiles()[1], b);
    EXPECT_TRUE(store.loadProblems().isEmpty());
}

TEST_F(ProfileStoreTest, NoTokenEverReachesTheSettingsFile)
{
    const QString token = QStringLiteral("Zq8v3RkT0pLmN5sXw2YcB7hJ4dFgA9e");
    {
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(&settings, &m_credentials);
        ASSERT_TRUE(store.add(sampleProfile()).ok());
        ASSERT_TRUE(store.setToken(QStringLiteral("work"), token).ok());
        GatewayProfile renamed = sampleProfile(QStringLiteral("work renamed"));
        ASSERT_TRUE(store.update(QStringLiteral("work"), renamed).ok());
        settings.sync();
    }
    QFile f(file());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    ASSERT_TRUE(content.contains("gateway.example.com")) << "the profile itself must be in the file";
    EXPECT_FALSE(content.contains(token.toUtf8()));
    EXPECT_FALSE(content.contains(token.left(12).toUtf8()));
    EXPECT_FALSE(content.toLower().contains("token="));
    // The token is where it belongs, under the new name.
    EXPECT_EQ(m_credentials.read(QStringLiteral("work renamed")).value(), token);
    EXPECT_FALSE(m_credentials.read(QStringLiteral("work")).ok());
}

TEST_F(ProfileStoreTest, ValidationNamesTheField)
{
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_TRUE(store.add(sampleProfile()).ok());

    auto expectRejected = [&](GatewayProfile p, const char *field) {
        const auto r = store.add(p);
        ASSERT_FALSE(r.ok()) << "accepted a profile with a bad " << field;
        EXPECT_TRUE(r.error().message.startsWith(QLatin1String(field))) << r.error().message.toStdString();
    };
    expectRejected(sampleProfile(QStringLiteral("WORK")), "name");
    expectRejected(sampleProfile(QStringLiteral("")), "name");
    expectRejected(sampleProfile(QStringLiteral(" padded")), "name");

    GatewayProfile p = sampleProfile(QStringLiteral("other"));
    p.baseUrl = QUrl(QStringLiteral("ftp://gateway.example.com"));
    expectRejected(p, "base URL");
    p.baseUrl = QUrl(QStringLiteral("gateway.example.com"));
    expectRejected(p, "base URL");
    p.baseUrl = QUrl(QStringLiteral("https://admin:hunter2@gateway.example.com"));
    expectRejected(p, "base URL");

    p = sampleProfile(QStringLiteral("other"));
    p.userId = 0;
    expectRejected(p, "user id");
    p.kind = GatewayProfile::Kind::OneApi;
    EXPECT_TRUE(store.validate(p).ok()) << "one-api has no New-Api-User and needs no user id";

    p = sampleProfile(QStringLiteral("other"));
    p.requestBudget = 181;
    expectRejected(p, "request budget");
    p = sampleProfile(QStringLiteral("other"));
    p.refreshSeconds = 5;
    expectRejected(p, "refresh interval");
    p.refreshSeconds = 0;
    EXPECT_TRUE(store.validate(p).ok());

    EXPECT_EQ(store.profiles().size(), 1);
    // Editing a profile may keep its own name.
    EXPECT_TRUE(store.validate(sampleProfile(), QStringLiteral("work")).ok());
}

TEST_F(ProfileStoreTest, RemoveTakesTheTokenAndUndoBringsBothBack)
{
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_TRUE(store.add(sampleProfile(QStringLiteral("first"))).ok());
    ASSERT_TRUE(store.add(sampleProfile(QStringLiteral("second"))).ok());
    ASSERT_TRUE(store.add(sampleProfile(QStringLiteral("third"))).ok());
    ASSERT_TRUE(store.setToken(QStringLiteral("second"), QStringLiteral("secret-2")).ok());

    int changes = 0;
    QObject::connect(&store, &ProfileStore::profilesChanged, [&changes] { ++changes; });
    const auto removed = store.remove(QStringLiteral("second"));
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_EQ(changes, 1);
    EXPECT_FALSE(store.find(QStringLiteral("second")));
    EXPECT_FALSE(store.hasToken(QStringLiteral("second")));
    EXPECT_EQ(removed->index, 1);

    ASSERT_TRUE(store.restore(removed.value()).ok());
    ASSERT_EQ(store.profiles().size(), 3);
    EXPECT_EQ(store.profiles()[1].name, QStringLiteral("second"));
    EXPECT_EQ(m_credentials.read(QStringLiteral("second")).value(), QStringLiteral("secret-2"));

    QSettings reread(file(), QSettings::IniFormat);
    ProfileStore again(&reread, &m_credentials);
    EXPECT_EQ(again.profiles(), store.profiles());
}

TEST_F(ProfileStoreTest, BrokenStoredEntriesAreReportedNotSilentlyDropped)
{
    {
        QSettings settings(file(), QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("profiles"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("good"));
        settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://a.example.com"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("bad"));
        settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://b.example.com"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("two-api"));
        settings.endArray();
    }
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_EQ(store.profiles().size(), 1);
    EXPECT_EQ(store.profiles()[0].name, QStringLiteral("good"));
    ASSERT_EQ(store.loadProblems().size(), 1);
    EXPECT_TRUE(store.loadProblems()[0].contains(QStringLiteral("two-api")));
}

TEST(ProfileStoreUrl, PlainHttpWarningOnlyForRemoteHosts)
{
    EXPECT_TRUE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("http://gateway.example.com"))));
    EXPECT_TRUE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("http://10.0.0.5:3000"))));
    EXPECT_FALSE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("https://gateway.example.com"))));
    EXPECT_FALSE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("http://localhost:3000"))));
    EXPECT_FALSE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("http://127.0.0.1:3000"))));
    EXPECT_FALSE(ProfileStore::isPlainHttpToRemote(QUrl(QStringLiteral("http://[::1]:3000"))));
}

TEST_F(ProfileStoreTest, AProfileKeepsItsIdAcrossRenamesAndReloads)
{
    QString id;
    {
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(&settings, &m_credentials);
        ASSERT_TRUE(store.add(sampleProfile(QStringLiteral("work"))).ok());
        ASSERT_TRUE(store.add(sampleProfile(QStringLiteral("home"))).ok());
        id = store.find(QStringLiteral("work"))->id;
        EXPECT_FALSE(id.isEmpty());
        EXPECT_NE(store.find(QStringLiteral("home"))->id, id);
        GatewayProfile renamed = sampleProfile(QStringLiteral("office")); // as an edit dialog builds it: no id
        ASSERT_TRUE(store.update(QStringLiteral("work"), renamed).ok());
        EXPECT_EQ(store.find(QStringLiteral("office"))->id, id);
    }
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_TRUE(store.find(QStringLiteral("office")).has_value());
    EXPECT_EQ(store.find(QStringLiteral("office"))->id, id);
}

TEST_F(ProfileStoreTest, ProfilesStoredWithoutAnIdGetOneThatLasts)
{
    {
        QSettings settings(file(), QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("profiles"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("old"));
        settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://a.example.com"));
        settings.endArray();
    }
    QString first;
    {
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(&settings, &m_credentials);
        ASSERT_EQ(store.profiles().size(), 1);
        first = store.profiles()[0].id;
        EXPECT_FALSE(first.isEmpty());
    }
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    ASSERT_EQ(store.profiles().size(), 1);
    EXPECT_EQ(store.profiles()[0].id, first);
}

TEST_F(ProfileStoreTest, ADatabaseProfileRoundTripsAndItsPasswordStaysInTheCredentialStore)
{
    const QString password = QStringLiteral("db-Pw-Kq81xZ");
    GatewayProfile db;
    db.name = QStringLiteral("gateway db");
    db.source = GatewayProfile::Source::Database;
    db.dbMode = GatewayProfile::DbMode::Live;
    db.refreshSeconds = 120;
    db.database.engine = DatabaseProfile::Engine::MySql;
    db.database.host = QStringLiteral("db.example.com");
    db.database.port = 3307;
    db.database.database = QStringLiteral("newapi");
    db.database.user = QStringLiteral("reader");
    db.database.tls = DatabaseProfile::Tls::VerifyFull;
    db.database.logsDatabase = QStringLiteral("newapi_logs");
    GatewayProfile file;
    file.name = QStringLiteral("one-api file");
    file.source = GatewayProfile::Source::Database;
    file.database.engine = DatabaseProfile::Engine::Sqlite;
    file.database.path = QStringLiteral("/srv/one-api/one-api.db");
    {
        QSettings settings(this->file(), QSettings::IniFormat);
        ProfileStore store(&settings, &m_credentials);
        ASSERT_TRUE(store.add(sampleProfile()).ok());
        ASSERT_TRUE(store.add(db).ok());
        ASSERT_TRUE(store.add(file).ok());
        ASSERT_TRUE(store.setToken(db.name, password).ok());
    }
    QSettings settings(this->file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    EXPECT_TRUE(store.loadProblems().isEmpty()) << store.loadProblems().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(store.profiles().size(), 3);
    EXPECT_EQ(store.profiles()[0], sampleProfile());
    EXPECT_FALSE(store.profiles()[0].isDatabase());
    EXPECT_EQ(store.profiles()[1], db);
    EXPECT_TRUE(store.profiles()[1].isDatabase());
    EXPECT_EQ(store.profiles()[2], file);
    EXPECT_EQ(m_credentials.read(db.name).value(), password);

    QFile f(this->file());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    ASSERT_TRUE(content.contains("db.example.com")) << "the database profile itself must be in the file";
    EXPECT_FALSE(content.contains(password.toUtf8()));
}

TEST_F(ProfileStoreTest, ADatabaseProfileIsValidatedByItsOwnFields)
{
    QSettings settings(file(), QSettings::IniFormat);
    ProfileStore store(&settings, &m_credentials);
    GatewayProfile p;
    p.name = QStringLiteral("db");
    p.source = GatewayProfile::Source::Database;
    p.database.host = QStringLiteral("db.example.com");
    p.database.database = QStringLiteral("newapi");
    auto missingUser = store.validate(p);
    ASSERT_FALSE(missingUser.ok());
    EXPECT_TRUE(missingUser.error().message.startsWith(QStringLiteral("database: the database user is missing")))
        << missingUser.error().message.toStdString();
    p.database.user = QStringLiteral("reader");
    // No URL, user id or request budget: they belong to the HTTP API.
    p.requestBudget = 0;
    EXPECT_TRUE(store.validate(p).ok());
    p.refreshSeconds = 5;
    EXPECT_FALSE(store.validate(p).ok());

    // A stored entry with a broken address is reported, not silently dropped.
    settings.beginWriteArray(QStringLiteral("profiles"), 1);
    settings.setArrayIndex(0);
    settings.setValue(QStringLiteral("name"), QStringLiteral("broken"));
    settings.setValue(QStringLiteral("source"), QStringLiteral("database"));
    settings.setValue(QStringLiteral("database"), QStringLiteral("oracle://x@db.example.com/newapi"));
    settings.endArray();
    settings.sync();
    QSettings reread(file(), QSettings::IniFormat);
    ProfileStore again(&reread, &m_credentials);
    EXPECT_TRUE(again.profiles().isEmpty());
    ASSERT_EQ(again.loadProblems().size(), 1);
    EXPECT_TRUE(again.loadProblems()[0].contains(QStringLiteral("broken"))) << again.loadProblems()[0].toStdString();
}
