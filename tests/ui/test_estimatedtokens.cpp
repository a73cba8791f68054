// Estimated tokens are shown apart from counted ones: the Tokens card says how many, the requests table marks
// estimated cells.
#include "aggregate/aggregator.h"
#include "logitemdelegate.h"
#include "logtablemodel.h"
#include "statcardspanel.h"

#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace QuotaScope;

TEST(EstimatedTokensUi, TokensCardSaysHowManyAreEstimated)
{
    StatCardsPanel panel;
    StatCards cards;
    cards.totals.requests = 3;
    cards.totals.promptTokens = 1200;
    cards.totals.completionTokens = 300;
    panel.setStats(cards, CurrencyDisplay(), QTimeZone::utc());
    EXPECT_FALSE(panel.detail(StatCardsPanel::Tokens).contains(QLatin1String("estimated")));
    cards.estimatedRequests = 1;
    cards.estimatedTokens = 700;
    panel.setStats(cards, CurrencyDisplay(), QTimeZone::utc());
    EXPECT_TRUE(panel.detail(StatCardsPanel::Tokens).contains(QLatin1String("700 estimated")))
        << panel.detail(StatCardsPanel::Tokens).toStdString();
}

TEST(EstimatedTokensUi, TableMarksEstimatedCounts)
{
    QStandardItemModel model(2, LogTableModel::ColumnCount);
    for (int row = 0; row < 2; ++row) {
        model.setData(model.index(row, LogTableModel::Prompt), qint64(1234));
        model.setData(model.index(row, LogTableModel::Prompt), row == 1, LogTableModel::EstimatedRole);
    }
    LogItemDelegate delegate;
    QStyleOptionViewItem counted;
    delegate.initStyleOption(&counted, model.index(0, LogTableModel::Prompt));
    QStyleOptionViewItem estimated;
    delegate.initStyleOption(&estimated, model.index(1, LogTableModel::Prompt));
    EXPECT_FALSE(counted.text.contains(QStringLiteral("≈")));
    EXPECT_FALSE(counted.font.italic());
    EXPECT_TRUE(estimated.text.startsWith(QStringLiteral("≈ "))) << estimated.text.toStdString();
    EXPECT_TRUE(estimated.text.contains(QLocale().toString(qint64(1234))));
    EXPECT_TRUE(estimated.font.italic());
}
