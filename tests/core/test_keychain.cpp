#include "keychain/keychainstore.h"
#include "support/printers.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

bool keyringRequired()
{
    return qEnvironmentVariable("QUOTASCOPE_TEST_KEYRING") == QLatin1String("1");
}

// A service of its own per test process, so a developer's real QuotaScope entries are never touched.
QString testService()
{
    return QStringLiteral("io.github.quotascope.test-%1").arg(QCoreApplication::applicationPid());
}

void expectRoundTrip(CredentialStore &store, const QString &profile)
{
    const QString token = QStringLiteral("sk-test-%1-Ünïcode-令牌").arg(profile.size());
    ASSERT_TRUE(store.write(profile, token).ok());
    const Result<QString> back = store.read(profile);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), token);

    ASSERT_TRUE(store.write(profile, token + QStringLiteral("-rotated")).ok());
    EXPECT_EQ(store.read(profile).value(), token + QStringLiteral("-rotated"));

    ASSERT_TRUE(store.remove(profile).ok());
    const Result<QString> gone = store.read(profile);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::Keychain);
    EXPECT_TRUE(gone.error().message.contains(profile));
    EXPECT_FALSE(gone.error().message.contains(token)) << "a token must never appear in an error message";
    // Removing twice is not an error: the entry is gone either way.
    EXPECT_TRUE(store.remove(profile).ok());
}

} // namespace

TEST(KeychainStore, MemoryFallbackRoundTrip)
{
    MemoryCredentialStore store;
    EXPECT_TRUE(store.available());
    expectRoundTrip(store, QStringLiteral("memory profile"));
}

TEST(KeychainStore, MemoryFallbackKeepsProfilesApart)
{
    MemoryCredentialStore store;
    ASSERT_TRUE(store.write(QStringLiteral("a"), QStringLiteral("token-a")).ok());
    ASSERT_TRUE(store.write(QStringLiteral("b"), QStringLiteral("token-b")).ok());
    ASSERT_TRUE(store.remove(QStringLiteral("a")).ok());
    EXPECT_FALSE(store.read(QStringLiteral("a")).ok());
    EXPECT_EQ(store.read(QStringLiteral("b")).value(), QStringLiteral("token-b"));
}

TEST(KeychainStore, SecretServiceRoundTrip)
{
    KeychainCredentialStore keychain(testService());
    if (keyringRequired()) {
        // The test run promised a Secret Service; not finding one is a failure, not a reason to skip.
        ASSERT_TRUE(keychainCompiledIn()) << "QUOTASCOPE_TEST_KEYRING=1 but this build has no QtKeychain";
        ASSERT_TRUE(keychain.available())
            << "QUOTASCOPE_TEST_KEYRING=1 but the keychain is unavailable: " << keychain.unavailableReason().toStdString();
        expectRoundTrip(keychain, QStringLiteral("gateway one"));

        // A second store object sees what the first wrote: the data lives in the keyring, not in the object.
        ASSERT_TRUE(keychain.write(QStringLiteral("shared"), QStringLiteral("persisted")).ok());
        KeychainCredentialStore other(testService());
        EXPECT_EQ(other.read(QStringLiteral("shared")).value(), QStringLiteral("persisted"));
        EXPECT_TRUE(other.remove(QStringLiteral("shared")).ok());
        EXPECT_FALSE(keychain.read(QStringLiteral("shared")).ok());
        return;
    }
    // Without a promised keyring, whichever store the app would pick must still work and say what it is.
    QString note;
    std::unique_ptr<CredentialStore> store = createSystemCredentialStore(&note);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->available());
    if (keychain.available()) {
        EXPECT_TRUE(note.isEmpty());
        EXPECT_EQ(store->backendName(), keychain.backendName());
        expectRoundTrip(keychain, QStringLiteral("gateway one"));
    } else {
        EXPECT_FALSE(keychain.unavailableReason().isEmpty());
        EXPECT_TRUE(note.contains(QStringLiteral("this run only"))) << note.toStdString();
        EXPECT_TRUE(store->backendName().contains(QStringLiteral("memory")));
        EXPECT_FALSE(keychain.write(QStringLiteral("x"), QStringLiteral("y")).ok());
        expectRoundTrip(*store, QStringLiteral("gateway one"));
    }
}
