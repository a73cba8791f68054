#pragma once

#include "model/money.h"
#include "model/usagerecord.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The selected request in full: who and when, its billing ratios, cache tokens, first-response time and channel
 * chain from the parsed `other` JSON, and every other key of `other` as delivered. "Copy as JSON" puts the record
 * (in the gateway's Log field names, `other` parsed) on the clipboard.
 */
class LogDetailPane : public QWidget
{
    Q_OBJECT
public:
    /// One line of the pane.
    struct Field
    {
        QString section;
        QString label;
        QString value;
    };

    explicit LogDetailPane(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &tz) { m_tz = tz; }
    void setCurrency(const CurrencyDisplay &currency) { m_currency = currency; }
    /// Shows a record; std::nullopt clears the pane.
    void setRecord(const std::optional<UsageRecord> &record);

    /// What the pane lists for a record, in order.
    static QList<Field> fields(const UsageRecord &record, const CurrencyDisplay &currency, const QTimeZone &tz);
    /// The record as "Copy as JSON" copies it (indented; `other` as an object when it parses).
    static QString json(const UsageRecord &record);
    /// The text the copy button copies for the shown record; empty when none is shown.
    QString shownJson() const;

public slots:
    void copyJson();

private:
    std::optional<UsageRecord> m_record;
    QTimeZone m_tz = QTimeZone::systemTimeZone();
    CurrencyDisplay m_currency;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace QuotaScope
