#include "savedviewmenu.h"

#include "mainwindow.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace QuotaScope {

SavedViewMenu::SavedViewMenu(MainWindow *window, const QString &directory, QWidget *parent)
    : QMenu(tr("V&iews"), parent)
    , m_window(window)
    , m_directory(directory)
{
    connect(this, &QMenu::aboutToShow, this, &SavedViewMenu::rebuild);
    rebuild();
}

QString SavedViewMenu::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("views"));
}

QList<QPair<QString, QString>> SavedViewMenu::savedViews() const
{
    QList<QPair<QString, QString>> out;
    const QDir dir(m_directory);
    const auto files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &file : files) {
        auto view = SavedView::load(file.filePath());
        if (view)
            out.append({ view->name.isEmpty() ? file.completeBaseName() : view->name, file.filePath() });
    }
    return out;
}

Result<QString> SavedViewMenu::saveCurrent(const QString &name)
{
    SavedView view = m_window->currentView();
    view.name = name.trimmed();
    if (!QDir().mkpath(m_directory))
        return Error(tr("Could not create the folder %1").arg(QDir::toNativeSeparators(m_directory)), Error::Kind::Io);
    // A file name from the view's name: letters, digits and a few marks; the name itself stays in the file.
    QString base = view.name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("view");
    const QString path = QDir(m_directory).filePath(base + QStringLiteral(".json"));
    auto saved = view.save(path);
    if (!saved)
        return saved.error();
    return path;
}

void SavedViewMenu::rebuild()
{
    clear();
    QAction *save = addAction(tr("&Save current view..."), this, &SavedViewMenu::saveAs);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    addAction(tr("&Open view file..."), this, &SavedViewMenu::openFile);
    addAction(tr("&Export view file..."), this, &SavedViewMenu::exportFile);
    addSeparator();
    const auto views = savedViews();
    if (views.isEmpty()) {
        QAction *none = addAction(tr("(no saved views)"));
        none->setEnabled(false);
    }
    for (const auto &v : views) {
        const QString file = v.second;
        addAction(v.first, this, [this, file] {
            QString error;
            if (!m_window->openViewFile(file, &error))
                QMessageBox::warning(m_window, tr("Saved view"), error);
        });
    }
    addSeparator();
    addAction(tr("Show the views &folder"), this, [this] {
        QDir().mkpath(m_directory);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_directory));
    });
}

void SavedViewMenu::saveAs()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto saved = saveCurrent(name);
    if (!saved)
        QMessageBox::warning(m_window, tr("Save view"), saved.error().message);
    else
        m_window->showStatusMessage(
            tr("View \"%1\" saved to %2").arg(name.trimmed(), QDir::toNativeSeparators(saved.value())));
}

void SavedViewMenu::openFile()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Open view file"), m_directory, tr("QuotaScope views (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_window->openViewFile(file, &error))
        QMessageBox::warning(m_window, tr("Open view file"), error);
}

void SavedViewMenu::exportFile()
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export view file"),
        QDir::home().filePath(QStringLiteral("view.json")), tr("QuotaScope views (*.json)"));
    if (file.isEmpty())
        return;
    SavedView view = m_window->currentView();
    view.name = QFileInfo(file).completeBaseName();
    auto saved = view.save(file);
    if (!saved)
        QMessageBox::warning(m_window, tr("Export view file"), saved.error().message);
}

} // namespace QuotaScope
