#pragma once

#include "filepreview.h"
#include "importjob.h"

#include <QDialog>
#include <QFutureWatcher>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/** File > Import...: pick files and how to read them, preview, import off the GUI thread, report counts. */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &dbPath, const QStringList &sourceNames, QWidget *parent = nullptr);

    void setFiles(const QStringList &files);
    /// The files to import, as Qt paths ('/' separators); the list shows them in the system's form.
    QStringList files() const;
    void setSourceName(const QString &name);
    void setFormat(ImportFormat format);
    ImportOptions options() const;
    QString sourceName() const;

    /// Starts importing the listed files (what the Import button does).
    void startImport();
    void cancelImport();
    bool isImporting() const;
    QString resultText() const;
    ImportJob *job() { return &m_job; }

signals:
    /// Emitted once a run ends; anyAdded tells whether the cache changed.
    void importFinished(const QList<QuotaScope::ImportFileResult> &results, bool anyAdded);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void addFiles();
    void addFileItem(const QString &path);
    void removeSelectedFiles();
    void updatePreview();
    void showPreview(const FilePreview &preview);
    void onProgress(int index, qint64 done, qint64 total);
    void onFinished(const QList<ImportFileResult> &results);
    void updateButtons();
    static QString describe(const ImportFileResult &result);

    QString m_dbPath;
    ImportJob m_job;
    QFutureWatcher<FilePreview> m_previewWatcher;
    quint64 m_previewGeneration = 0;

    QListWidget *m_files = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_mapping = nullptr;
    QCheckBox *m_useEpochBase = nullptr;
    QCheckBox *m_selfLogs = nullptr;
    QCheckBox *m_quotaData = nullptr;
    QDateTimeEdit *m_epochBase = nullptr;
    QLineEdit *m_fillModel = nullptr;
    QLineEdit *m_fillUser = nullptr;
    QLineEdit *m_fillToken = nullptr;
    QLabel *m_detected = nullptr;
    QTabWidget *m_previewTabs = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QPlainTextEdit *m_previewRaw = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    int m_fileCount = 0;
};

} // namespace QuotaScope
