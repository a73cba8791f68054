#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace QuotaScope::Theme {

/// The Settings choice: follow the system, or always light or dark.
enum class Choice { System, Light, Dark };

QString choiceName(Choice c); ///< "system", "light", "dark" (as stored in the settings)
bool parseChoice(const QString &text, Choice *out);

/// Call once before any palette is changed: keeps the platform's palette for Choice::System.
void rememberSystemPalette();
/// The palette for a choice: QuotaScope's light or dark palette, or the system's.
QPalette palette(Choice c);
/// Whether a palette draws light text on a dark window.
bool isDark(const QPalette &p);
/// Sets the application's palette (and the Fusion style for an explicit light or dark, which every platform
/// draws from the palette); widgets and charts repaint with it.
void apply(Choice c);

} // namespace QuotaScope::Theme
