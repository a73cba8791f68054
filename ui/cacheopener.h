#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace QuotaScope {

/**
 * Opens the cache the app starts on, and when it cannot be opened (another program holds it locked, a newer
 * schema, a file that is not a QuotaScope cache, an unwritable folder) asks the user what to do instead of
 * exiting with a line on stderr that a user who started the app from a desktop icon never sees.
 */
class CacheOpener
{
    Q_DECLARE_TR_FUNCTIONS(CacheOpener)
public:
    enum class Choice { Retry, ChooseFile, Quit };
    /// Shown the path that failed and the store's message (which names the file); says what to do next.
    using Ask = std::function<Choice(const QString &path, const QString &message)>;
    /// Offered the path that failed; returns another one, or an empty string when the user cancelled.
    using Choose = std::function<QString(const QString &path)>;

    /// Tries `path`, then whatever the user chooses, until a cache opens (its path is returned) or the user quits
    /// (an empty string). Nothing is written to a file that failed to open.
    static QString open(QString path, const Ask &ask, const Choose &choose);

    /// The app's Ask: a modal message box with Try Again (default), Open Another File… and Quit (Escape).
    static Choice askWithMessageBox(const QString &message, QWidget *parent = nullptr);
    /// The app's Choose: a file dialog that opens an existing cache or names a new one.
    static QString chooseWithDialog(const QString &path, QWidget *parent = nullptr);
};

} // namespace QuotaScope
