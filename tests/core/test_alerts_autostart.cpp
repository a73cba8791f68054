// Start at login on XDG desktops: the autostart entry is written, names the program with --tray, and goes.
#include "autostart/autostart.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

#if defined(Q_OS_LINUX)
TEST(Autostart, XdgEntryIsWrittenAndRemoved)
{
    TempDir dir;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir.dir().toUtf8());
    const QString program = dir.dir() + QStringLiteral("/my apps/quotascope");
    EXPECT_EQ(Autostart::entryLocation(), dir.dir() + QStringLiteral("/autostart/quotascope.desktop"));
    EXPECT_FALSE(Autostart::isEnabled());
    ASSERT_TRUE(Autostart::setEnabled(true, program, { QStringLiteral("--tray") }).ok());
    EXPECT_TRUE(Autostart::isEnabled());
    QFile entry(Autostart::entryLocation());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    // A path with a space is quoted, as the Desktop Entry specification asks.
    EXPECT_TRUE(text.contains(QStringLiteral("\nExec=\"%1\" --tray\n").arg(program))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nType=Application\n")));
    ASSERT_TRUE(Autostart::setEnabled(false, program, {}).ok());
    EXPECT_FALSE(Autostart::isEnabled());
    EXPECT_FALSE(QFileInfo::exists(dir.dir() + QStringLiteral("/autostart/quotascope.desktop")));
    // Turning off what is off is no error.
    EXPECT_TRUE(Autostart::setEnabled(false, program, {}).ok());
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
}
#endif
