#include "alerts/alertspanel.h"
#include "theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

QString when(qint64 t)
{
    return t ? QLocale().toString(QDateTime::fromSecsSinceEpoch(t), QStringLiteral("MM-dd HH:mm")) : QString();
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 4);
}

} // namespace

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_rules(new QPushButton(tr("Rules…"), this))
    , m_resolve(new QPushButton(tr("Resolve all"), this))
{
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("State"), tr("Rule"), tr("Scope"), tr("Value"), tr("Threshold"), tr("Fired"),
        tr("Resolved"), tr("Details") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_rules);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    connect(m_rules, &QPushButton::clicked, this, &AlertsPanel::rulesRequested);
    connect(m_resolve, &QPushButton::clicked, this, &AlertsPanel::resolveAllRequested);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_firings.size())
            emit firingActivated(m_firings.at(row));
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    m_summary->setText(tr("No evaluation yet"));
}

void AlertsPanel::showResult(const AlertMonitorResult &result)
{
    m_firings = result.firings;
    m_list->clear();
    int open = 0;
    for (const AlertFiring &f : m_firings) {
        open += f.isOpen() ? 1 : 0;
        const QString state = !f.isOpen()            ? tr("Resolved")
            : f.hit.severity == AlertSeverity::Alert ? tr("Alert")
                                                     : tr("Warning");
        QString scope
            = f.hit.scope == AlertScope::All ? tr("all") : scopeName(f.hit.scope) + QStringLiteral(": ") + f.hit.key;
        if (!f.hit.detail.isEmpty())
            scope += QStringLiteral(" → ") + f.hit.detail;
        auto *item = new QTreeWidgetItem({ state, f.hit.ruleName, scope, number(f.hit.value), number(f.hit.threshold),
            when(f.firedAt), when(f.resolvedAt), f.hit.message });
        item->setToolTip(7, f.hit.message);
        if (f.isOpen()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setForeground(0,
                Theme::toneColor(
                    f.hit.severity == AlertSeverity::Alert ? Theme::Tone::Error : Theme::Tone::Warning, m_list->palette()));
        }
        m_list->addTopLevelItem(item);
    }
    QString text = open == 0 ? tr("No open alerts") : tr("%n open alert(s)", nullptr, open);
    text += QStringLiteral(" · ") + tr("checked %1").arg(when(result.evaluatedAt));
    const SpendForecast &month = result.monthEnd;
    if (month.weeksOfHistory > 0 && month.projected > 0) {
        text += QLatin1Char('\n')
            + tr("This month: %1 spent, heading for %2")
                  .arg(result.currency.format(month.spent, 2), result.currency.format(qint64(month.projected), 2));
        // One week of history has no scatter to show.
        if (qint64(month.low) != qint64(month.high)) {
            text += QStringLiteral(" (%1 – %2)")
                        .arg(result.currency.format(qint64(month.low), 2),
                            result.currency.format(qint64(month.high), 2));
        }
    }
    for (const BalanceForecast &b : result.balances) {
        if (b.runOutAt > 0) {
            text += QLatin1Char('\n')
                + tr("Balance of %1: %2 left, runs out about %3")
                      .arg(b.source, result.currency.format(qint64(b.remaining), 2),
                          QLocale().toString(QDateTime::fromSecsSinceEpoch(b.runOutAt).date(), QLocale::ShortFormat));
        }
    }
    if (!result.errors.isEmpty())
        text += QLatin1Char('\n') + result.errors.join(QLatin1Char('\n'));
    m_summary->setText(text);
}

} // namespace QuotaScope
