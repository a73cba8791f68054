#include "model/money.h"
#include "model/query.h"
#include "support/printers.h"

#include <gtest/gtest.h>

using namespace QuotaScope;

TEST(Money, FormatsLikeTheGateway)
{
    CurrencyDisplay usd;
    EXPECT_EQ(usd.format(500000), QStringLiteral("$1.0000"));
    EXPECT_EQ(usd.format(1), QStringLiteral("$0.0001")); // 0.000002 would round to zero
    EXPECT_EQ(usd.format(0), QStringLiteral("$0.0000"));
    CurrencyDisplay cny;
    cny.type = CurrencyDisplay::Type::Cny;
    EXPECT_EQ(cny.format(500000, 2), QStringLiteral("¥7.30"));
    CurrencyDisplay tokens;
    tokens.type = CurrencyDisplay::Type::Tokens;
    EXPECT_EQ(tokens.format(1562), QStringLiteral("1,562"));
}

TEST(Query, NamesRoundTrip)
{
    for (auto g : {Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month}) {
        Granularity parsed;
        ASSERT_TRUE(parseGranularity(granularityName(g), &parsed));
        EXPECT_EQ(parsed, g);
    }
    Dimension d;
    EXPECT_TRUE(parseDimension(QStringLiteral("Channel"), &d));
    EXPECT_EQ(d, Dimension::Channel);
    EXPECT_FALSE(parseDimension(QStringLiteral("colour"), &d));
    EXPECT_FALSE(timeZoneFromName(QStringLiteral("Not/AZone")).isValid());
    EXPECT_TRUE(timeZoneFromName(QStringLiteral("Asia/Kathmandu")).isValid());
}
