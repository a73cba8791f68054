#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace QuotaScope::Theme {

namespace {
QPalette &systemPalette()
{
    static QPalette p;
    return p;
}
bool &systemRemembered()
{
    static bool remembered = false;
    return remembered;
}
QString &systemStyle()
{
    static QString name;
    return name;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF4, 0xF5, 0xF7));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xEE, 0xF1, 0xF5));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xE8));
    p.setColor(QPalette::ToolTipText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6A, 0x71, 0x7A));
    p.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xEC, 0xEE, 0xF1));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE1, 0xE4, 0xE8));
    p.setColor(QPalette::Mid, QColor(0xB8, 0xBE, 0xC6));
    p.setColor(QPalette::Dark, QColor(0x8A, 0x91, 0x9A));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x5C));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6D, 0xB5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1F, 0x5F, 0xA8));
    p.setColor(QPalette::LinkVisited, QColor(0x6B, 0x3F, 0xA0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0xA0, 0xA8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Base, QColor(0x18, 0x1A, 0x1D));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2E));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3A));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Button, QColor(0x2D, 0x31, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x3A, 0x3F, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3D));
    p.setColor(QPalette::Mid, QColor(0x4A, 0x50, 0x57));
    // Dark is also the muted text of the stat cards' captions: light enough to read on the dark base.
    p.setColor(QPalette::Dark, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7F, 0xCC));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7A, 0xB4, 0xF5));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xEB));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x76, 0x7E));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x76, 0x7E));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x76, 0x7E));
    return p;
}
} // namespace

QString choiceName(Choice c)
{
    switch (c) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

bool parseChoice(const QString &text, Choice *out)
{
    for (Choice c : { Choice::System, Choice::Light, Choice::Dark }) {
        if (text.compare(choiceName(c), Qt::CaseInsensitive) == 0) {
            *out = c;
            return true;
        }
    }
    return false;
}

void rememberSystemPalette()
{
    if (systemRemembered())
        return;
    systemRemembered() = true;
    systemPalette() = QGuiApplication::palette();
    if (qApp && qobject_cast<QApplication *>(qApp) && QApplication::style())
        systemStyle() = QApplication::style()->name();
}

QPalette palette(Choice c)
{
    switch (c) {
    case Choice::Light:
        return lightPalette();
    case Choice::Dark:
        return darkPalette();
    case Choice::System:
        break;
    }
    return systemRemembered() ? systemPalette() : QGuiApplication::palette();
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

void apply(Choice c)
{
    rememberSystemPalette();
    if (c == Choice::System) {
        if (!systemStyle().isEmpty())
            QApplication::setStyle(QStyleFactory::create(systemStyle()));
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(palette(c));
}

} // namespace QuotaScope::Theme
