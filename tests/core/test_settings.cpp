#include "settings/dashboardoptions.h"
#include "settings/settings.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.path(QStringLiteral("quotascope.ini")); }
    QuotaScope::Test::TempDir m_dir;
};

Preferences changedPreferences()
{
    Preferences p;
    p.granularity = Granularity::Week;
    p.refreshSeconds = 0;
    p.timeZone = QStringLiteral("Asia/Kolkata");
    p.currency.mode = CurrencyOverride::Mode::Custom;
    p.currency.customSymbol = QStringLiteral("€");
    p.currency.customRate = 0.92;
    p.language = QStringLiteral("zh_CN");
    p.topN = 25;
    p.weekStart = Qt::Sunday;
    p.theme = QStringLiteral("dark");
    return p;
}

} // namespace

TEST_F(SettingsTest, FreshStoreGivesDocumentedDefaults)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    const Preferences p = settings.preferences();
    EXPECT_EQ(p.granularity, Granularity::Day);
    EXPECT_EQ(p.refreshSeconds, 60);
    EXPECT_EQ(p.timeZone, QStringLiteral("local"));
    EXPECT_EQ(p.currency.mode, CurrencyOverride::Mode::GatewayDefault);
    EXPECT_EQ(p.language, QStringLiteral("system"));
    EXPECT_EQ(p.topN, 10);
    EXPECT_EQ(p.weekStart, Qt::Monday);
    EXPECT_TRUE(settings.lastSourceSelection().isEmpty());
    EXPECT_EQ(settings.storedSchemaVersion(), Settings::SchemaVersion);
}

TEST_F(SettingsTest, RoundTripThroughTheFile)
{
    const Preferences wanted = changedPreferences();
    ASSERT_NE(wanted, Settings::defaults());
    {
        QSettings store(file(), QSettings::IniFormat);
        Settings settings(&store);
        int changed = 0;
        QObject::connect(&settings, &Settings::changed, [&changed] { ++changed; });
        ASSERT_TRUE(settings.setPreferences(wanted).ok());
        EXPECT_EQ(changed, 1);
        settings.setLastSourceSelection({3, 1, 7});
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
    }
    QSettings store(file(), QSettings::IniFormat);
    Settings reread(&store);
    EXPECT_EQ(reread.preferences(), wanted);
    EXPECT_EQ(reread.lastSourceSelection(), (QList<qint64>{3, 1, 7}));
    EXPECT_EQ(reread.windowGeometry(), QByteArray("\x01\x02geometry", 10));
}

TEST_F(SettingsTest, SettingTheSameValuesAgainEmitsNothing)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    ASSERT_TRUE(settings.setPreferences(changedPreferences()).ok());
    int changed = 0;
    QObject::connect(&settings, &Settings::changed, [&changed] { ++changed; });
    ASSERT_TRUE(settings.setPreferences(changedPreferences()).ok());
    EXPECT_EQ(changed, 0);
}

TEST_F(SettingsTest, HandEditedNonsenseReadsAsDefaults)
{
    {
        QSettings store(file(), QSettings::IniFormat);
        store.setValue(QStringLiteral("display/granularity"), QStringLiteral("fortnight"));
        store.setValue(QStringLiteral("display/refreshSeconds"), 3);
        store.setValue(QStringLiteral("display/timeZone"), QStringLiteral("Mars/Olympus_Mons"));
        store.setValue(QStringLiteral("display/currency"), QStringLiteral("DOGE"));
        store.setValue(QStringLiteral("display/language"), QStringLiteral("tlh"));
        store.setValue(QStringLiteral("display/topN"), QStringLiteral("many"));
        store.setValue(QStringLiteral("display/weekStart"), 9);
        store.setValue(QStringLiteral("display/theme"), QStringLiteral("sepia"));
    }
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    EXPECT_EQ(settings.preferences(), Settings::defaults());
}

TEST_F(SettingsTest, InvalidPreferencesAreRejectedNamingTheField)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    Preferences p;
    p.refreshSeconds = 5;
    auto r = settings.setPreferences(p);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("refresh interval"))) << r.error().message.toStdString();

    p = Preferences();
    p.timeZone = QStringLiteral("Nowhere/Special");
    r = settings.setPreferences(p);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Nowhere/Special")));

    p = Preferences();
    p.currency.mode = CurrencyOverride::Mode::Custom;
    p.currency.customRate = 0;
    EXPECT_FALSE(settings.setPreferences(p).ok());

    p = Preferences();
    p.topN = 0;
    EXPECT_FALSE(settings.setPreferences(p).ok());

    p = Preferences();
    p.theme = QStringLiteral("sepia");
    r = settings.setPreferences(p);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("theme"))) << r.error().message.toStdString();
    // Nothing invalid reached the store.
    EXPECT_EQ(settings.preferences(), Settings::defaults());
}

TEST_F(SettingsTest, SchemaVersionIsStampedAndANewerOneIsReported)
{
    {
        QSettings store(file(), QSettings::IniFormat);
        Settings settings(&store);
    }
    {
        QSettings store(file(), QSettings::IniFormat);
        EXPECT_EQ(store.value(QStringLiteral("schemaVersion")).toInt(), Settings::SchemaVersion);
        store.setValue(QStringLiteral("schemaVersion"), Settings::SchemaVersion + 1);
    }
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    EXPECT_EQ(settings.storedSchemaVersion(), Settings::SchemaVersion + 1);
}

TEST(CurrencyOverride, AppliesOnTopOfTheGatewayDisplay)
{
    CurrencyDisplay gateway;
    gateway.type = CurrencyDisplay::Type::Cny;
    gateway.quotaPerUnit = 1000000;
    gateway.usdExchangeRate = 7.1;

    CurrencyOverride o;
    EXPECT_EQ(o.applyTo(gateway).type, CurrencyDisplay::Type::Cny);

    o.mode = CurrencyOverride::Mode::Usd;
    const CurrencyDisplay usd = o.applyTo(gateway);
    EXPECT_EQ(usd.type, CurrencyDisplay::Type::Usd);
    EXPECT_EQ(usd.quotaPerUnit, 1000000);
    EXPECT_EQ(usd.amount(2000000), 2.0);

    o.mode = CurrencyOverride::Mode::Custom;
    o.customSymbol = QStringLiteral("€");
    o.customRate = 0.5;
    const CurrencyDisplay custom = o.applyTo(gateway);
    EXPECT_EQ(custom.symbol(), QStringLiteral("€"));
    EXPECT_DOUBLE_EQ(custom.amount(2000000), 1.0);
}

TEST(DataDashboardOptions, ReadsTheGatewaysStringValues)
{
    const auto r = DataDashboardOptions::fromOptionList({{QStringLiteral("QuotaPerUnit"), QStringLiteral("500000")},
                                                         {QStringLiteral("DataExportEnabled"), QStringLiteral("false")},
                                                         {QStringLiteral("DataExportInterval"), QStringLiteral("15")},
                                                         {QStringLiteral("DataExportDefaultTime"), QStringLiteral("week")}});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_FALSE(r->exportEnabled);
    EXPECT_EQ(r->exportIntervalMinutes, 15);
    EXPECT_EQ(r->defaultTime, QStringLiteral("week"));
}

TEST(DataDashboardOptions, ExplainsMissingAndBadValues)
{
    const auto none = DataDashboardOptions::fromOptionList({{QStringLiteral("QuotaPerUnit"), QStringLiteral("1")}});
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("one-api")));

    const auto bad = DataDashboardOptions::fromOptionList({{QStringLiteral("DataExportInterval"), QStringLiteral("soon")}});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("soon")));

    const auto odd = DataDashboardOptions::fromOptionList({{QStringLiteral("DataExportDefaultTime"), QStringLiteral("month")}});
    ASSERT_TRUE(odd.ok());
    EXPECT_EQ(odd->defaultTime, QStringLiteral("hour"));

    DataDashboardOptions o;
    o.exportIntervalMinutes = 1441;
    EXPECT_FALSE(o.validate().ok());
    o.exportIntervalMinutes = 0;
    EXPECT_FALSE(o.validate().ok());
    o.exportIntervalMinutes = 1440;
    EXPECT_TRUE(o.validate().ok());
}

TEST(DataDashboardOptions, WritesOnlyWhatChangedWithTypedValues)
{
    DataDashboardOptions before;
    DataDashboardOptions after = before;
    EXPECT_TRUE(after.changesFrom(before).isEmpty());
    after.exportIntervalMinutes = 30;
    after.exportEnabled = !before.exportEnabled;
    const auto changes = after.changesFrom(before);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].first, QStringLiteral("DataExportEnabled"));
    EXPECT_TRUE(changes[0].second.isBool());
    EXPECT_EQ(changes[0].second.toBool(), after.exportEnabled);
    EXPECT_EQ(changes[1].first, QStringLiteral("DataExportInterval"));
    EXPECT_EQ(changes[1].second.toInt(), 30);
}
