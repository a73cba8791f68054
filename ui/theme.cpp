#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QVariant>
#include <QWidget>

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
Choice &currentChoice()
{
    static Choice choice = Choice::System;
    return choice;
}

bool samePalette(const QPalette &a, const QPalette &b)
{
    for (QPalette::ColorRole role : { QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
             QPalette::Button, QPalette::ButtonText, QPalette::Highlight }) {
        if (a.color(role) != b.color(role))
            return false;
    }
    return true;
}

/**
 * Keeps the application's palette what the choice says while it runs. It watches every event of the application
 * for the two that matter (a switch on the type is all it costs): a theme change, after which the system palette is
 * read again when the choice is System, and an application palette change, after which a palette that is not the
 * chosen light or dark one is replaced. Both act once the event is handled, once for a burst (a theme change
 * reaches every window).
 */
class Follower : public QObject
{
public:
    explicit Follower(QObject *parent)
        : QObject(parent)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
            if (currentChoice() == Choice::System)
                schedule();
        });
#endif
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::ThemeChange:
            if (currentChoice() == Choice::System)
                schedule();
            break;
        case QEvent::ApplicationPaletteChange:
            if (watched == qApp && currentChoice() != Choice::System
                && !samePalette(QGuiApplication::palette(), palette(currentChoice())))
                schedule();
            break;
        default:
            break;
        }
        return false;
    }

private:
    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_scheduled = false;
                apply(currentChoice());
            },
            Qt::QueuedConnection);
    }

    bool m_scheduled = false;
};

void follow()
{
    static QPointer<Follower> follower;
    if (follower || !qApp)
        return;
    follower = new Follower(qApp);
    qApp->installEventFilter(follower);
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
    // While the choice is System the application's palette is the system's, as it is now.
    return systemRemembered() && currentChoice() != Choice::System ? systemPalette() : QGuiApplication::palette();
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

Choice current()
{
    return currentChoice();
}

void apply(Choice c)
{
    rememberSystemPalette();
    follow();
    currentChoice() = c;
    if (c == Choice::System) {
        if (!systemStyle().isEmpty() && QApplication::style()->name() != systemStyle())
            QApplication::setStyle(QStyleFactory::create(systemStyle()));
        // A palette that sets no role: Qt fills every role from the platform's theme (and the style), now and
        // whenever the desktop's theme changes, instead of keeping the palette it had at start.
        QPalette followSystem;
        followSystem.setResolveMask(0);
        QApplication::setPalette(followSystem);
        systemPalette() = QGuiApplication::palette();
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette(c));
    }
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    // Judged by the window alone: the widget's own text colour is what is being chosen.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Warning:
        return dark ? QColor(0xE8, 0xB6, 0x4C) : QColor(0x8A, 0x5A, 0x00);
    case Tone::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
    case Tone::Positive:
        return dark ? QColor(0x7B, 0xD8, 0x8F) : QColor(0x1E, 0x7A, 0x3C);
    case Tone::None:
        break;
    }
    return palette.color(QPalette::WindowText);
}

namespace {
const char ToneProperty[] = "qs_tone";

/// Sets the tone's colour on a widget from the palette it has now (other roles stay inherited).
void paintTone(QWidget *widget)
{
    const Tone tone = Tone(widget->property(ToneProperty).toInt());
    QPalette own = widget->palette();
    if (tone == Tone::None) {
        // Back to inherited text colours: drop only the roles setTone set.
        own.setResolveMask(own.resolveMask() & ~((QPalette::ResolveMask(1) << QPalette::WindowText)
                               | (QPalette::ResolveMask(1) << QPalette::Text)));
        if (own.resolveMask() != widget->palette().resolveMask())
            widget->setPalette(own);
        return;
    }
    const QColor color = toneColor(tone, own);
    if (own.color(QPalette::WindowText) == color && own.color(QPalette::Text) == color)
        return;
    own.setColor(QPalette::WindowText, color);
    own.setColor(QPalette::Text, color);
    widget->setPalette(own);
}

/// Repaints a toned widget's colour when its palette changes from outside.
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            if (auto *w = qobject_cast<QWidget *>(watched))
                paintTone(w);
        }
        return false;
    }
};
} // namespace

void setTone(QWidget *widget, Tone tone)
{
    static ToneKeeper *keeper = new ToneKeeper(qApp);
    if (!widget->property(ToneProperty).isValid())
        widget->installEventFilter(keeper);
    widget->setProperty(ToneProperty, int(tone));
    paintTone(widget);
}

} // namespace QuotaScope::Theme
