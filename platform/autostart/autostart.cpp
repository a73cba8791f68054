#include "autostart/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace QuotaScope::Autostart {

namespace {

#if defined(Q_OS_WIN)
const char RunKey[] = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
const char ValueName[] = "QuotaScope";

QString quoted(const QString &arg)
{
    return arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"') : arg;
}
#else
Result<void> writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit()) {
        return Error(QCoreApplication::translate("Autostart", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
            Error::Kind::Io);
    }
    return {};
}
#endif

} // namespace

QString entryLocation()
{
#if defined(Q_OS_WIN)
    return QString::fromLatin1(RunKey) + QLatin1Char('\\') + QLatin1String(ValueName);
#elif defined(Q_OS_MACOS)
    return QDir::home().filePath(QStringLiteral("Library/LaunchAgents/io.github.quotascope.plist"));
#else
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/quotascope.desktop"));
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(QString::fromLatin1(RunKey), QSettings::NativeFormat).contains(QLatin1String(ValueName));
#else
    return QFileInfo::exists(entryLocation());
#endif
}

Result<void> setEnabled(bool enabled, const QString &program, const QStringList &arguments)
{
#if defined(Q_OS_WIN)
    QSettings run(QString::fromLatin1(RunKey), QSettings::NativeFormat);
    if (enabled) {
        QStringList line { QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"') };
        for (const QString &a : arguments)
            line << quoted(a);
        run.setValue(QLatin1String(ValueName), line.join(QLatin1Char(' ')));
    } else {
        run.remove(QLatin1String(ValueName));
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error(
            QCoreApplication::translate("Autostart", "cannot change %1").arg(entryLocation()), Error::Kind::Io);
    return {};
#else
    const QString path = entryLocation();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            return Error(
                QCoreApplication::translate("Autostart", "cannot remove %1").arg(QDir::toNativeSeparators(path)),
                Error::Kind::Io);
        }
        return {};
    }
#if defined(Q_OS_MACOS)
    QByteArray args = "    <string>" + program.toHtmlEscaped().toUtf8() + "</string>\n";
    for (const QString &a : arguments)
        args += "    <string>" + a.toHtmlEscaped().toUtf8() + "</string>\n";
    return writeFile(path,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n  <string>io.github.quotascope</string>\n"
        "  <key>ProgramArguments</key>\n  <array>\n"
            + args + "  </array>\n  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n");
#else
    // Desktop Entry Exec quoting: arguments with spaces in double quotes, with \ " ` $ escaped.
    const auto exec = [](const QString &arg) {
        QString escaped = arg;
        for (const char *c : { "\\", "\"", "`", "$" })
            escaped.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
        return escaped == arg && !arg.contains(QLatin1Char(' ')) ? arg : QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    QStringList line { exec(program) };
    for (const QString &a : arguments)
        line << exec(a);
    return writeFile(path,
        "[Desktop Entry]\nType=Application\nName=QuotaScope\nComment=AI gateway usage monitor\nExec="
            + line.join(QLatin1Char(' ')).toUtf8()
            + "\nIcon=io.github.quotascope\nTerminal=false\nX-GNOME-Autostart-enabled=true\n");
#endif
#endif
}

} // namespace QuotaScope::Autostart
