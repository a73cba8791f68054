#pragma once

#include "model/money.h"

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace QuotaScope {

/** Formats the log table's raw cells: times in the display zone, quota as money, log types by name. */
class LogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogItemDelegate(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &tz) { m_tz = tz; }
    void setCurrency(const CurrencyDisplay &currency) { m_currency = currency; }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

    static QString typeName(int type);

private:
    QTimeZone m_tz = QTimeZone::systemTimeZone();
    CurrencyDisplay m_currency;
};

} // namespace QuotaScope
