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

// Numbers far outside their plausible range (and outside qint64, where a plain cast is undefined behaviour) go
// through the one checked mapping: a gateway page naming them is refused, a file row is skipped with its reason.
TEST(FuzzFindings, LogPageNumbersOutsideTheirRangeRefuseThePage)
{
    for (const QString &name :
        { QStringLiteral("logpage/number-out-of-range.json"), QStringLiteral("logpage/sums-out-of-range.json") }) {
        auto page = LogPage::parse(logData(name), GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
        ASSERT_FALSE(page.ok()) << name.toStdString();
        EXPECT_TRUE(page.error().message.contains(QStringLiteral("outside"))) << page.error().message.toStdString();
    }
}

TEST(FuzzFindings, FileRowsOutsideAnyRangeAreSkippedWithTheirReason)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiJsonl;
    for (const QString &name : { QStringLiteral("jsonl/created-at-out-of-range.jsonl"),
             QStringLiteral("jsonl/other-out-of-range.jsonl"), QStringLiteral("jsonl/other-sum-out-of-range.jsonl") }) {
        Collected got;
        const auto read = readAll(finding(name), options, &got);
        ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
        EXPECT_TRUE(got.records.isEmpty()) << name.toStdString();
        EXPECT_EQ(read->rowsRead, 1);
        EXPECT_EQ(read->skipped, 1);
        ASSERT_EQ(read->skippedBy.size(), 1);
        EXPECT_TRUE(read->skippedBy.keys().first().contains(QStringLiteral("out of range")))
            << read->skippedBy.keys().first().toStdString();
    }
}

TEST(FuzzFindings, HourlyRowsThatWouldOverflowAreSkipped)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiData;
    for (const QString &name :
        { QStringLiteral("hourly/totals-overflow.json"), QStringLiteral("hourly/created-at-at-the-end-of-int64.json") }) {
        Collected got;
        const auto read = readAll(finding(name), options, &got);
        ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
        EXPECT_TRUE(got.buckets.isEmpty()) << name.toStdString();
        EXPECT_GT(read->skipped, 0);
        EXPECT_EQ(read->skipped, read->rowsRead);
    }
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
