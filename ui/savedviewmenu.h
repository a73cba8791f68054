#pragma once

#include "model/savedview.h"

#include <QMenu>

namespace QuotaScope {

class MainWindow;

/**
 * The Views menu: save the dashboard's range, filters, group-by and metric under a name, open one again, open
 * or save a view file to share. Saved views are JSON files in one folder (the app-data folder's "views").
 */
class SavedViewMenu : public QMenu
{
    Q_OBJECT
public:
    /// directory: where named views are kept (created on first save).
    SavedViewMenu(MainWindow *window, const QString &directory, QWidget *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Saves the window's current view as name in the views folder; returns the file.
    Result<QString> saveCurrent(const QString &name);
    /// The saved views, by name, with their files.
    QList<QPair<QString, QString>> savedViews() const;

private:
    void rebuild();
    void saveAs();
    void openFile();
    void exportFile();

    MainWindow *m_window;
    QString m_directory;
};

} // namespace QuotaScope
