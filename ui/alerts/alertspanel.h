#pragma once

#include "alerts/alertmonitor.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * Open and recently resolved alerts, newest first. Activating one asks for the dashboard to show its scope
 * (the token, channel, ... and source) and its time (firingActivated).
 */
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QPushButton *rulesButton() const { return m_rules; }
    QPushButton *resolveButton() const { return m_resolve; }
    const QList<AlertFiring> &firings() const { return m_firings; }

public Q_SLOTS:
    void showResult(const QuotaScope::AlertMonitorResult &result);

Q_SIGNALS:
    void firingActivated(const QuotaScope::AlertFiring &firing);
    void rulesRequested();
    void resolveAllRequested();

private:
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_rules;
    QPushButton *m_resolve;
    QList<AlertFiring> m_firings;
};

} // namespace QuotaScope
