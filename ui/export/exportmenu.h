#pragma once

#include "support/result.h"

#include <QMenu>

namespace QuotaScope {

class MainWindow;

/**
 * File > Export: each chart as PNG or SVG, the view's numbers as CSV or JSON, the requests of the current
 * filter as CSV or JSONL (with progress and cancel), and the whole dashboard as a PDF report.
 */
class ExportMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ExportMenu(MainWindow *window, QWidget *parent = nullptr);

    /// The work behind each entry, without the file dialog (for tests and scripts). Errors name the file.
    Result<void> exportChart(QWidget *chart, const QString &path) const;
    Result<void> exportNumbers(const QString &path) const; ///< ".json" or CSV
    Result<void> exportReport(const QString &path) const; ///< PDF (or .png/.svg) of the current view

    /// Exports the raw requests of the current filter on a worker, with a progress dialog; finished reports.
    void exportLogs(const QString &path, bool jsonl);

signals:
    void logsExported(bool ok, const QString &message);

private:
    QString askFile(const QString &title, const QString &suggested, const QString &filter) const;

    MainWindow *m_window;
};

} // namespace QuotaScope
