#include "logitemdelegate.h"

#include "logtablemodel.h"
#include "theme.h"
#include "model/usagerecord.h"

#include <QApplication>
#include <QDateTime>

namespace QuotaScope {

LogItemDelegate::LogItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString LogItemDelegate::typeName(int type)
{
    switch (LogType(type)) {
    case LogType::Topup:
        return tr("Top-up");
    case LogType::Consume:
        return tr("Consume");
    case LogType::Manage:
        return tr("Manage");
    case LogType::System:
        return tr("System");
    case LogType::Error:
        return tr("Error");
    case LogType::Refund:
        return tr("Refund");
    default:
        return tr("Unknown");
    }
}

void LogItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(Qt::DisplayRole);
    const QLocale locale = option->locale;
    switch (index.column()) {
    case LogTableModel::Time:
        option->text
            = QDateTime::fromSecsSinceEpoch(v.toLongLong(), m_tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        break;
    case LogTableModel::Type: {
        const int type = v.toInt();
        option->text = typeName(type);
        if (type == int(LogType::Error))
            option->palette.setColor(QPalette::Text, Theme::toneColor(Theme::Tone::Error, option->palette));
        else if (type == int(LogType::Refund))
            option->palette.setColor(QPalette::Text, Theme::toneColor(Theme::Tone::Positive, option->palette));
        break;
    }
    case LogTableModel::Prompt:
    case LogTableModel::Completion:
    case LogTableModel::CacheRead:
        option->text = locale.toString(v.toLongLong());
        // Estimated counts read "≈ 1,234" in italics; the tooltip says how they were made.
        if (index.data(LogTableModel::EstimatedRole).toBool()) {
            option->text = tr("≈ %1").arg(option->text);
            option->font.setItalic(true);
        }
        break;
    case LogTableModel::Quota:
        option->text = m_currency.format(v.toLongLong(), 6);
        break;
    case LogTableModel::Latency:
        option->text = tr("%1 s").arg(locale.toString(v.toLongLong() / 1000.0, 'f', 1));
        break;
    case LogTableModel::Stream:
        option->text = v.toBool() ? tr("yes") : tr("no");
        break;
    default:
        break;
    }
}

} // namespace QuotaScope
