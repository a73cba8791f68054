#pragma once

#include "alerts/triage.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The anomaly triage view: for the last day or week, tokens whose spend jumped, tokens used from a new IP,
 * models new for a token, channels whose error rate or latency jumped, ranked by the spend each carries.
 * Activating an entry asks for the dashboard (and its log table) filtered to it (entryActivated).
 */
class TriageDialog : public QDialog
{
    Q_OBJECT
public:
    TriageDialog(const QString &dbPath, QWidget *parent = nullptr);

    /// Pins "now" (tests); 0: the current time.
    void setNow(qint64 now) { m_now = now; }
    QTableWidget *table() const { return m_table; }
    QComboBox *periodBox() const { return m_period; }
    const QList<TriageEntry> &entries() const { return m_entries; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Runs the triage for the chosen period on a worker thread.
    void run();

Q_SIGNALS:
    void finished();
    void entryActivated(const QuotaScope::TriageEntry &entry, qint64 from, qint64 to);

private:
    void showEntries(const Result<QList<TriageEntry>> &result);

    QString m_dbPath;
    qint64 m_now = 0;
    qint64 m_from = 0, m_to = 0;
    bool m_running = false;
    QComboBox *m_period;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<TriageEntry> m_entries;
};

} // namespace QuotaScope
