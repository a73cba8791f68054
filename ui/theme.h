#pragma once

#include <QColor>
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
/**
 * Sets the application's palette (and the Fusion style for an explicit light or dark, which every platform
 * draws from the palette); widgets and charts repaint with it. With Choice::System the application takes the
 * desktop's palette and keeps following it while it runs: when the desktop's theme changes (QEvent::ThemeChange,
 * and QStyleHints::colorSchemeChanged from Qt 6.5 on) the system palette is read again. With Light or Dark a
 * change of the desktop's theme or palette changes nothing: a palette set from outside is replaced by the chosen
 * one.
 */
void apply(Choice c);
/// The choice last applied (System before apply() is first called).
Choice current();

/// A text colour for notes (Warning), errors (Error) and money coming back (Positive: refunds); None: the palette's
/// own text colour.
enum class Tone { None, Warning, Error, Positive };
/// The colour of a tone on a palette: darker on a light window, lighter on a dark one, so it stays readable.
QColor toneColor(Tone tone, const QPalette &palette);
/**
 * Colours a widget's text with a tone, now and whenever its palette changes (light, dark, the desktop's). Use it
 * instead of a style sheet colour, which keeps the palette the widget was styled with.
 */
void setTone(QWidget *widget, Tone tone);

} // namespace QuotaScope::Theme
