#pragma once

#include "alerts/alertrule.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * Edits the alert rules: add, edit, remove, enable or disable, test a rule against the cached history ("would
 * have fired 3 times in the last 30 days"), quiet hours and the re-notify interval, import and export of the
 * rule file.
 */
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(const AlertRuleSet &rules, const QString &dbPath, QWidget *parent = nullptr);

    /// The rules as edited.
    AlertRuleSet rules() const;
    /// Replays the selected rule over the last `days` days of the cache; the result is shown and returned.
    QString testSelected(int days = 30);
    Result<void> importFrom(const QString &path);
    Result<void> exportTo(const QString &path) const;

    QTableWidget *table() const { return m_table; }
    QLabel *testResult() const { return m_testResult; }
    void selectRule(int row);
    /// Pins "now" for the history test (tests); 0: the current time.
    void setNow(qint64 now) { m_now = now; }
    /// The selected rule's editor fields.
    QComboBox *conditionBox() const { return m_condition; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QLineEdit *nameEdit() const { return m_name; }

public Q_SLOTS:
    void addRule();
    void removeRule();

private:
    void buildEditor(QFormLayout *form);
    void fillTable();
    void loadEditor();
    void storeEditor();

    AlertRuleSet m_rules;
    QString m_dbPath;
    int m_current = -1;
    bool m_loading = false;
    qint64 m_now = 0;
    QTableWidget *m_table;
    QLineEdit *m_name, *m_match, *m_source;
    QComboBox *m_condition, *m_scope, *m_metric, *m_severity;
    QSpinBox *m_windowHours, *m_minRequests, *m_renotify;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom, *m_quietTo;
    QLabel *m_testResult, *m_thresholdUnit;
    QPushButton *m_test;
};

} // namespace QuotaScope
