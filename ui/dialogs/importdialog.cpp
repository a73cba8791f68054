#include "importdialog.h"

#include "logitemdelegate.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

namespace {
const QList<ImportFormat> allFormats { ImportFormat::Auto, ImportFormat::NewApiJson, ImportFormat::NewApiJsonl,
    ImportFormat::NewApiCsv, ImportFormat::OneApiJson, ImportFormat::NewApiData, ImportFormat::GatewaySqlite,
    ImportFormat::MappedCsv, ImportFormat::MappedJsonl };
} // namespace

ImportDialog::ImportDialog(const QString &dbPath, const QStringList &sourceNames, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
{
    setWindowTitle(tr("Import usage files"));
    resize(900, 720);

    m_files = new QListWidget(this);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMinimumHeight(70);
    m_addButton = new QPushButton(tr("&Add files..."), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);

    m_source = new QComboBox(this);
    m_source->setEditable(true);
    m_source->addItems(sourceNames);
    m_source->setCurrentText(sourceNames.isEmpty() ? tr("Imported files") : sourceNames.first());
    m_format = new QComboBox(this);
    for (ImportFormat f : allFormats)
        m_format->addItem(f == ImportFormat::Auto ? tr("Detect from content") : importFormatName(f), int(f));
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("None"), QString());
    m_preset->addItem(tr("BurstGPT trace"), QStringLiteral("burstgpt"));
    m_preset->addItem(tr("Azure LLM inference trace"), QStringLiteral("azure-trace"));
    m_preset->addItem(tr("Mooncake trace"), QStringLiteral("mooncake"));
    m_mapping = new QLineEdit(this);
    m_mapping->setPlaceholderText(tr("e.g. created_at=TIMESTAMP,prompt_tokens=ContextTokens"));
    m_useEpochBase = new QCheckBox(tr("Relative times count from"), this);
    m_epochBase = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
    m_epochBase->setTimeSpec(Qt::UTC);
    m_epochBase->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_epochBase->setCalendarPopup(true);
    m_epochBase->setEnabled(false);
    auto *epochRow = new QHBoxLayout;
    epochRow->addWidget(m_useEpochBase);
    epochRow->addWidget(m_epochBase, 1);
    m_fillModel = new QLineEdit(this);
    m_fillUser = new QLineEdit(this);
    m_fillToken = new QLineEdit(this);
    for (QLineEdit *e : { m_fillModel, m_fillUser, m_fillToken })
        e->setPlaceholderText(tr("only for rows that lack it"));
    auto *fillRow = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_fillModel);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_fillUser);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_fillToken);
    fillRow->addWidget(modelLabel);
    fillRow->addWidget(m_fillModel);
    fillRow->addWidget(userLabel);
    fillRow->addWidget(m_fillUser);
    fillRow->addWidget(tokenLabel);
    fillRow->addWidget(m_fillToken);

    m_selfLogs = new QCheckBox(tr("My own &logs (exported from /api/log/self: ids are row numbers)"), this);
    m_quotaData = new QCheckBox(tr("From a gateway database, read its &hourly data (quota_data)"), this);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_selfLogs);
    kindColumn->addWidget(m_quotaData);

    auto *form = new QFormLayout;
    // Rows holding a layout get an explicit label so the mnemonic has a buddy to focus.
    auto *filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_files);
    // Views and edits named by a box beside them, not a buddy label, carry the name themselves.
    m_files->setAccessibleName(QString(filesLabel->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
    m_epochBase->setAccessibleName(m_useEpochBase->text());
    form->addRow(filesLabel, filesRow);
    form->addRow(tr("&Source name:"), m_source);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("Column ma&pping:"), m_mapping);
    auto *epochLabel = new QLabel(tr("&Epoch base:"), this);
    epochLabel->setBuddy(m_useEpochBase);
    form->addRow(epochLabel, epochRow);
    form->addRow(tr("Fill in:"), fillRow);
    form->addRow(tr("Content:"), kindColumn);

    m_detected = new QLabel(tr("Add a file to see a preview."), this);
    m_detected->setWordWrap(true);
    m_previewTable = new QTableWidget(this);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->setTabKeyNavigation(false);
    m_previewRaw = new QPlainTextEdit(this);
    m_previewRaw->setReadOnly(true);
    m_previewRaw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewRaw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewTabs = new QTabWidget(this);
    m_previewTabs->addTab(m_previewTable, tr("Parsed rows"));
    m_previewTabs->addTab(m_previewRaw, tr("Raw lines"));
    m_previewTable->setAccessibleName(m_previewTabs->tabText(0));
    m_previewRaw->setAccessibleName(m_previewTabs->tabText(1));
    auto *previewBox = new QGroupBox(tr("Preview (first 20 rows of the selected file)"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_detected);
    previewLayout->addWidget(m_previewTabs, 1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Results"));
    m_result->setPlaceholderText(tr("Results appear here."));
    m_result->setMaximumHeight(130);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(tr("&Cancel import"), QDialogButtonBox::ActionRole);
    m_importButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_files, &QListWidget::currentRowChanged, this, &ImportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_mapping, &QLineEdit::editingFinished, this, &ImportDialog::updatePreview);
    connect(m_useEpochBase, &QCheckBox::toggled, m_epochBase, &QWidget::setEnabled);
    connect(m_useEpochBase, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(m_selfLogs, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(m_quotaData, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] { showPreview(m_previewWatcher.result()); });
    connect(&m_job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(&m_job, &ImportJob::fileStarted, this, [this](int index, const QString &file) {
        m_status->setText(
            tr("Importing %1 (%2 of %3)...").arg(QFileInfo(file).fileName()).arg(index + 1).arg(m_fileCount));
    });
    connect(&m_job, &ImportJob::fileFinished, this,
        [this](const ImportFileResult &r) { m_result->appendPlainText(describe(r)); });
    connect(&m_job, &ImportJob::finished, this, &ImportDialog::onFinished);

    setTabOrder(m_files, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_source);
    setTabOrder(m_source, m_format);
    setTabOrder(m_format, m_preset);
    setTabOrder(m_preset, m_mapping);
    setTabOrder(m_mapping, m_useEpochBase);
    setTabOrder(m_useEpochBase, m_epochBase);
    setTabOrder(m_epochBase, m_fillModel);
    setTabOrder(m_fillModel, m_fillUser);
    setTabOrder(m_fillUser, m_fillToken);
    setTabOrder(m_fillToken, m_selfLogs);
    setTabOrder(m_selfLogs, m_quotaData);
    updateButtons();
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_files->clear();
    for (const QString &f : files)
        addFileItem(f);
    if (!files.isEmpty())
        m_files->setCurrentRow(0);
    updateButtons();
}

void ImportDialog::setSourceName(const QString &name)
{
    m_source->setCurrentText(name);
}

void ImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ImportDialog::sourceName() const
{
    return m_source->currentText().trimmed();
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out.append(m_files->item(i)->data(Qt::UserRole).toString());
    return out;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.format = ImportFormat(m_format->currentData().toInt());
    o.preset = m_preset->currentData().toString();
    QString mappingError;
    if (!m_mapping->text().trimmed().isEmpty())
        parseColumnMapping(m_mapping->text().trimmed(), &o.mapping, &mappingError);
    if (m_useEpochBase->isChecked())
        o.epochBase = m_epochBase->dateTime().toSecsSinceEpoch();
    o.model = m_fillModel->text().trimmed();
    o.user = m_fillUser->text().trimmed();
    o.token = m_fillToken->text().trimmed();
    o.selfLogs = m_selfLogs->isChecked();
    o.quotaData = m_quotaData->isChecked();
    return o;
}

void ImportDialog::addFiles()
{
    const QStringList picked = QFileDialog::getOpenFileNames(this, tr("Choose usage files"), QString(),
        tr("Usage files (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;All files (*)"));
    const QStringList known = files();
    for (const QString &f : picked) {
        if (!known.contains(f))
            addFileItem(f);
    }
    if (m_files->currentRow() < 0 && m_files->count() > 0)
        m_files->setCurrentRow(0);
    updateButtons();
}

void ImportDialog::addFileItem(const QString &path)
{
    // The list shows the path as the system writes it (backslashes on Windows); the import uses Qt's form.
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_files);
    item->setData(Qt::UserRole, path);
}

void ImportDialog::removeSelectedFiles()
{
    qDeleteAll(m_files->selectedItems());
    updatePreview();
    updateButtons();
}

void ImportDialog::updatePreview()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_detected->setText(tr("Add a file to see a preview."));
        m_previewTable->clear();
        m_previewTable->setRowCount(0);
        m_previewRaw->clear();
        return;
    }
    QString mappingError;
    QHash<QString, QString> mapping;
    if (!m_mapping->text().trimmed().isEmpty()
        && !parseColumnMapping(m_mapping->text().trimmed(), &mapping, &mappingError)) {
        m_detected->setText(tr("Column mapping: %1").arg(mappingError));
        return;
    }
    const QString path = item->data(Qt::UserRole).toString();
    m_detected->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(path)));
    const ImportOptions o = options();
    m_previewWatcher.setFuture(QtConcurrent::run([path, o] { return previewFile(path, o); }));
}

void ImportDialog::showPreview(const FilePreview &preview)
{
    QString head = preview.detectError.isEmpty() ? tr("Detected format: %1").arg(importFormatName(preview.detected))
                                                 : tr("Format not detected: %1").arg(preview.detectError);
    if (!preview.parseError.isEmpty())
        head += QLatin1Char('\n') + tr("Preview: %1").arg(preview.parseError);
    else if (preview.skipped > 0)
        head += QLatin1Char('\n') + tr("%n row(s) of the sample would be skipped.", nullptr, int(preview.skipped));
    m_detected->setText(head);
    m_previewRaw->setPlainText(preview.rawText);

    const QStringList headers { tr("Time (UTC)"), tr("Type"), tr("User"), tr("Token"), tr("Model"), tr("Prompt"),
        tr("Completion"), tr("Quota"), tr("Channel") };
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(int(preview.records.size()));
    const QLocale locale;
    for (int r = 0; r < preview.records.size(); ++r) {
        const UsageRecord &rec = preview.records.at(r);
        const QStringList cells { QDateTime::fromSecsSinceEpoch(rec.createdAt, QTimeZone::utc())
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            LogItemDelegate::typeName(rec.type), rec.userName, rec.tokenName, rec.model,
            locale.toString(rec.promptTokens), locale.toString(rec.completionTokens), locale.toString(rec.quota),
            rec.channelName.isEmpty() ? QString::number(rec.channelId) : rec.channelName };
        for (int c = 0; c < cells.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_previewTable->resizeColumnsToContents();
    m_previewTabs->setCurrentWidget(preview.records.isEmpty() ? static_cast<QWidget *>(m_previewRaw) : m_previewTable);
}

void ImportDialog::startImport()
{
    const QStringList list = files();
    if (list.isEmpty() || m_job.isRunning())
        return;
    if (sourceName().isEmpty()) {
        m_status->setText(tr("Enter a source name: imported rows are kept per source."));
        return;
    }
    QString mappingError;
    QHash<QString, QString> mapping;
    if (!m_mapping->text().trimmed().isEmpty()
        && !parseColumnMapping(m_mapping->text().trimmed(), &mapping, &mappingError)) {
        m_status->setText(tr("Column mapping: %1").arg(mappingError));
        return;
    }
    m_fileCount = int(list.size());
    m_result->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Starting..."));
    m_job.start(m_dbPath, list, sourceName(), options());
    updateButtons();
}

void ImportDialog::cancelImport()
{
    if (!m_job.isRunning())
        return;
    m_job.cancel();
    m_status->setText(tr("Cancelling: the file being imported is rolled back..."));
}

bool ImportDialog::isImporting() const
{
    return m_job.isRunning();
}

QString ImportDialog::resultText() const
{
    return m_result->toPlainText();
}

void ImportDialog::onProgress(int index, qint64 done, qint64 total)
{
    const double fileShare = total > 0 ? double(done) / double(total) : 0.0;
    m_progress->setValue(int((index + fileShare) / qMax(1, m_fileCount) * 1000.0));
}

void ImportDialog::onFinished(const QList<ImportFileResult> &results)
{
    bool anyAdded = false;
    int failed = 0;
    bool cancelled = false;
    for (const ImportFileResult &r : results) {
        anyAdded = anyAdded || (r.ok && r.summary.added > 0);
        failed += r.ok ? 0 : 1;
        cancelled = cancelled || r.cancelled;
    }
    m_progress->setValue(cancelled || failed ? m_progress->value() : 1000);
    if (cancelled)
        m_status->setText(tr("Cancelled. Files not finished were rolled back; the cache holds only completed files."));
    else if (failed)
        m_status->setText(tr("%n file(s) failed; see below.", nullptr, failed));
    else
        m_status->setText(tr("Done."));
    updateButtons();
    emit importFinished(results, anyAdded);
}

QString ImportDialog::describe(const ImportFileResult &r)
{
    const QLocale locale;
    const QString name = QFileInfo(r.file).fileName();
    if (!r.ok)
        return r.cancelled ? tr("%1: cancelled, nothing imported").arg(name) : tr("%1: failed: %2").arg(name, r.error);
    const ImportSummary &s = r.summary;
    QString text = tr("%1 (%2): %3 rows read, %4 added, %5 duplicates, %6 skipped")
                       .arg(name, importFormatName(s.format), locale.toString(s.rowsRead), locale.toString(s.added),
                           locale.toString(s.duplicates), locale.toString(s.skipped));
    if (s.aggregate)
        text += tr(" (hourly buckets)");
    QStringList reasons;
    for (auto it = s.skippedBy.cbegin(); it != s.skippedBy.cend(); ++it)
        reasons.append(QStringLiteral("%1: %2").arg(it.key(), locale.toString(it.value())));
    reasons.sort();
    if (!reasons.isEmpty())
        text += QStringLiteral(" [") + reasons.join(QStringLiteral("; ")) + QLatin1Char(']');
    return text;
}

void ImportDialog::updateButtons()
{
    const bool running = m_job.isRunning();
    m_importButton->setEnabled(!running && m_files->count() > 0);
    m_cancelButton->setEnabled(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_addButton->setEnabled(!running);
    m_removeButton->setEnabled(!running);
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_job.isRunning()) {
        event->ignore();
        cancelImport();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    if (m_job.isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace QuotaScope
