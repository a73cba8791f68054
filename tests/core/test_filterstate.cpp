#include "settings/filterstate.h"
#include "settings/settings.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

TEST(FilterState, RoundTripsThroughTheSettingsFile)
{
    TempDir dir;
    FilterState state;
    state.sourceIds = { 3 };
    state.users = QStringList { QStringLiteral("alice"), QStringLiteral("bob, jr.") }; // a comma inside a value
    state.models = QStringList { QStringLiteral("gpt-4o") };
    state.channels = QStringList { QStringLiteral("7") };
    state.types = { 2, 5 };
    state.requestId = QStringLiteral("req-1");
    state.text = QStringLiteral("timeout");
    {
        QSettings ini(dir.path(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings(&ini).setFilterState(state);
    }
    QSettings ini(dir.path(QStringLiteral("s.ini")), QSettings::IniFormat);
    EXPECT_EQ(Settings(&ini).filterState(), state);
}

TEST(FilterState, HandEditedTypesOutsideTheGatewaysAreDropped)
{
    TempDir dir;
    QSettings ini(dir.path(QStringLiteral("s.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("filters/types"),
        QStringList {
            QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("x"), QStringLiteral("2"), QStringLiteral("6") });
    EXPECT_EQ(Settings(&ini).filterState().types, (QList<int> { 2, 6 }));
}

TEST(FilterState, DashboardCountsConsumptionByDefaultAndTheLogEveryType)
{
    FilterState state;
    EXPECT_EQ(state.dashboardFilter().types, QList<int> { 2 });
    EXPECT_TRUE(state.logFilter().types.isEmpty());
    state.types = { 5 };
    EXPECT_EQ(state.dashboardFilter().types, QList<int> { 5 });
    EXPECT_EQ(state.logFilter().types, QList<int> { 5 });
    state.groups = QStringList { QStringLiteral("vip") };
    EXPECT_EQ(state.dashboardFilter().groups, state.groups);
    EXPECT_EQ(*state.values(Dimension::Group), state.groups);
    EXPECT_EQ(state.values(Dimension::None), nullptr);
}
