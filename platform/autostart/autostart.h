#pragma once

#include "support/result.h"

#include <QString>
#include <QStringList>

namespace QuotaScope::Autostart {

/**
 * Starting the app at login, the way each platform does it: an XDG autostart entry
 * (~/.config/autostart/quotascope.desktop) on Linux and other XDG desktops, the HKCU Run key on Windows, a
 * LaunchAgent (~/Library/LaunchAgents/io.github.quotascope.plist) on macOS.
 */

/// Where the entry lives (a file path, or the registry value's path on Windows).
QString entryLocation();
bool isEnabled();
/// Writes or removes the entry; the program starts with arguments (e.g. --tray) at login.
Result<void> setEnabled(bool enabled, const QString &program, const QStringList &arguments);

} // namespace QuotaScope::Autostart
