#include "cacheopener.h"

#include "store/cachedb.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace QuotaScope {

QString CacheOpener::open(QString path, const Ask &ask, const Choose &choose)
{
    for (;;) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString message;
        {
            // The wait cursor covers the busy timeout of a cache another program holds locked.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto probe = CacheDb::open(path, QStringLiteral("qs-main-probe"));
            QApplication::restoreOverrideCursor();
            if (probe)
                return path;
            message = probe.error().message;
        }
        switch (ask(path, message)) {
        case Choice::Retry:
            break;
        case Choice::ChooseFile:
            if (const QString chosen = choose(path); !chosen.isEmpty())
                path = chosen;
            break;
        case Choice::Quit:
            return {};
        }
    }
}

CacheOpener::Choice CacheOpener::askWithMessageBox(const QString &message, QWidget *parent)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(QStringLiteral("QuotaScope"));
    box.setText(tr("QuotaScope cannot open its cache."));
    box.setInformativeText(message); // the store's message begins with the file's path
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *retry = box.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    QPushButton *choose = box.addButton(tr("&Open Another File…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == retry)
        return Choice::Retry;
    if (box.clickedButton() == choose)
        return Choice::ChooseFile;
    return Choice::Quit;
}

QString CacheOpener::chooseWithDialog(const QString &path, QWidget *parent)
{
    // A save dialog that does not ask to overwrite: it picks an existing cache as well as names a new one.
    return QFileDialog::getSaveFileName(parent, tr("Open or Create a Cache"), path,
        tr("QuotaScope caches (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace QuotaScope
