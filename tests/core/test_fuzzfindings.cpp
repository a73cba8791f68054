// What the parsers do with the inputs in tests/fixtures/fuzz-regressions: the sanitizers found undefined behaviour
// or a hang in each; these tests pin the behaviour chosen instead, so they fail without the sanitizers too.
#include "gateway/logpage.h"
#include "ingesttesthelpers.h"
#include "settings/credentialstore.h"
#include "settings/profilestore.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

QString finding(const QString &name)
{
    return fixturePath(QStringLiteral("fuzz-regressions/") + name);
}

QJsonValue logData(const QString &name)
{
    return QJsonDocument::fromJson(fileBytes(finding(name))).object().value(QStringLiteral("data"));
}

} // namespace

TEST(FuzzFindings, LogPageNumbersOutsideInt64ReadAsZero)
{
    auto page = LogPage::parse(logData(QStringLiteral("logpage/number-out-of-range.json")),
        GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->records.size(), 1);
    EXPECT_EQ(page->records.first().gatewayId, 0);
    EXPECT_EQ(page->records.first().createdAt, 1);

    page = LogPage::parse(logData(QStringLiteral("logpage/sums-out-of-range.json")), GatewayProfile::Scope::Admin,
        GatewayProfile::Kind::NewApi);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(page->total, 0);
    ASSERT_EQ(page->records.size(), 1);
    EXPECT_EQ(page->records.first().useTimeMs, 0);
    EXPECT_EQ(page->records.first().cacheWriteTokens, 0);
    EXPECT_EQ(page->records.first().gatewayId, 3);
}

TEST(FuzzFindings, CreatedAtOutsideAnyCalendarIsAnError)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiJsonl;
    Collected got;
    const auto read = readAll(finding(QStringLiteral("jsonl/created-at-out-of-range.jsonl")), options, &got);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("line 1"))) << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("not a time"))) << read.error().message.toStdString();
    EXPECT_TRUE(got.records.isEmpty());
}

TEST(FuzzFindings, CacheCountsOutsideInt64InOtherReadAsZero)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiJsonl;
    for (const QString name :
        { QStringLiteral("jsonl/other-out-of-range.jsonl"), QStringLiteral("jsonl/other-sum-out-of-range.jsonl") }) {
        Collected got;
        const auto read = readAll(finding(name), options, &got);
        ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
        ASSERT_EQ(got.records.size(), 1);
        EXPECT_EQ(got.records.first().cacheReadTokens, 0);
        EXPECT_EQ(got.records.first().cacheWriteTokens, 0);
        EXPECT_EQ(got.records.first().quota, 1);
    }
}

TEST(FuzzFindings, HourlyTotalsThatOverflowAreRefused)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiData;
    Collected got;
    auto read = readAll(finding(QStringLiteral("hourly/totals-overflow.json")), options, &got);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("overflow"))) << read.error().message.toStdString();
    EXPECT_TRUE(got.buckets.isEmpty());

    got = {};
    read = readAll(finding(QStringLiteral("hourly/created-at-at-the-end-of-int64.json")), options, &got);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("not a time"))) << read.error().message.toStdString();
}

TEST(FuzzFindings, AHugeStoredProfileCountIsCappedAndReported)
{
    TempDir dir;
    QSettings store(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    // The finding's line, as an INI file holds it.
    store.setValue(QStringLiteral("profiles/size"), 2000000000);
    store.setValue(QStringLiteral("profiles/1/name"), QStringLiteral("home"));
    store.setValue(QStringLiteral("profiles/1/baseUrl"), QStringLiteral("https://gw.example.com"));
    store.setValue(QStringLiteral("profiles/1/userId"), 5);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    ASSERT_EQ(profiles.profiles().size(), 1);
    EXPECT_EQ(profiles.profiles().first().name, QStringLiteral("home"));
    ASSERT_FALSE(profiles.loadProblems().isEmpty());
    EXPECT_TRUE(profiles.loadProblems().first().contains(QStringLiteral("2000000000")))
        << profiles.loadProblems().first().toStdString();
}
