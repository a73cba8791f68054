// Dark mode follows the desktop while the app runs when the Settings choice is "system", and a change of the
// desktop's theme changes nothing when the choice is light or dark. The offscreen platform has no desktop theme of
// its own, so the tests play the desktop: a new application palette is what a platform theme hands the app when the
// desktop's colours change, and QEvent::ThemeChange is what it sends when the theme itself changes.
#include "uitestsupport.h"

#include "cachelatencyview.h"
#include "charts/cachechart.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "statcardspanel.h"
#include "support/eventwait.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QToolButton>
#include <QPieSeries>
#include <QPieSlice>
#include <QWindow>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

class ThemeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Theme::apply(Theme::Choice::System);
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        m_db = makeDemoCache(m_dir);
        m_window = std::make_unique<MainWindow>(m_db);
        ASSERT_TRUE(m_window->setTimeZoneName(QStringLiteral("UTC")));
        m_window->resize(1200, 800);
        m_window->show();
        m_window->start(false);
        ASSERT_TRUE(waitForDashboard(*m_window));
        m_window->showDashboardTab(2); // the cache chart gets its bars
        ASSERT_TRUE(waitForDashboard(*m_window));
        m_window->showDashboardTab(0);
        m_window->setOverlayPrevious(true); // the trend's dashed previous period
        m_window->setFilterValue(Dimension::Group, QStringLiteral("vip")); // a filter chip
        ASSERT_TRUE(waitForDashboard(*m_window));
        ASSERT_EQ(m_window->filterBar()->chipTexts().size(), 1);
    }

    void TearDown() override
    {
        m_window.reset();
        Theme::apply(Theme::Choice::System);
        QCoreApplication::processEvents();
    }

    QList<ChartView *> charts() const
    {
        return { m_window->quotaChart(), m_window->requestChart(), m_window->tokenChart(),
            m_window->cacheLatencyView()->chart() };
    }

    /// Whether the window, its cards and every chart (background, axis labels, legend, pie borders) are drawn in
    /// the palette's colours.
    ::testing::AssertionResult drawnIn(const QPalette &expected) const
    {
        const QColor base = expected.color(QPalette::Base);
        const QColor text = expected.color(QPalette::Text);
        if (m_window->palette().color(QPalette::Window) != expected.color(QPalette::Window))
            return ::testing::AssertionFailure() << "window " << qPrintable(m_window->palette().color(QPalette::Window).name());
        // A card as drawn: its box in the base colour, its caption in the muted text colour.
        const auto cards = m_window->statCards()->findChildren<QFrame *>(QStringLiteral("statCard"));
        if (cards.isEmpty())
            return ::testing::AssertionFailure() << "no stat cards";
        const QImage card = cards.first()->grab().toImage();
        const QColor fill = card.pixelColor(card.width() - 10, 10);
        if (fill != base)
            return ::testing::AssertionFailure() << "stat card " << qPrintable(fill.name()) << " not " << qPrintable(base.name());
        const auto *caption = cards.first()->findChild<QLabel *>(QStringLiteral("statTitle"));
        if (!caption || caption->palette().color(caption->foregroundRole()) != expected.color(QPalette::Dark))
            return ::testing::AssertionFailure() << "stat card caption";
        for (ChartView *view : charts()) {
            const QString name = view->accessibleName();
            if (view->chart()->backgroundBrush().color() != base)
                return ::testing::AssertionFailure()
                    << qPrintable(name) << " background " << qPrintable(view->chart()->backgroundBrush().color().name());
            if (view->chart()->legend()->labelColor() != text)
                return ::testing::AssertionFailure() << qPrintable(name) << " legend";
            const auto axes = view->chart()->axes();
            for (const QAbstractAxis *axis : axes) {
                if (axis->labelsColor() != text)
                    return ::testing::AssertionFailure() << qPrintable(name) << " axis labels";
            }
        }
        // The filter chips (style-sheeted buttons) in the palette's button colours.
        const auto chips = m_window->filterBar()->findChildren<QToolButton *>();
        for (const QToolButton *chip : chips) {
            if (chip->isVisible() && chip->palette().color(QPalette::ButtonText) != expected.color(QPalette::ButtonText))
                return ::testing::AssertionFailure() << "filter chip " << qPrintable(chip->text()) << " " << qPrintable(chip->palette().color(QPalette::ButtonText).name()) << " not " << qPrintable(expected.color(QPalette::ButtonText).name()) << " bar " << qPrintable(m_window->filterBar()->palette().color(QPalette::ButtonText).name());
        }
        const auto series = m_window->requestChart()->chart()->series();
        if (series.isEmpty())
            return ::testing::AssertionFailure() << "no pie";
        const auto slices = static_cast<QPieSeries *>(series.first())->slices();
        for (QPieSlice *slice : slices) {
            if (slice->borderColor() != base)
                return ::testing::AssertionFailure() << "pie border " << qPrintable(slice->borderColor().name());
        }
        return ::testing::AssertionSuccess();
    }

    /// The desktop hands the application new colours (as a platform theme does when its colour scheme changes).
    static void desktopPalette(const QPalette &palette) { QApplication::setPalette(palette); }
    /// The desktop's theme changed: the event reaches the application's windows.
    void desktopThemeChanged() const
    {
        QEvent event(QEvent::ThemeChange);
        QCoreApplication::sendEvent(m_window->windowHandle(), &event);
    }
    bool settled(const QPalette &expected) const
    {
        return waitUntil([&] { return bool(drawnIn(expected)); }, 5000);
    }

    TempDir m_dir;
    QString m_db;
    QColor m_systemWindow;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ThemeTest, SystemChoiceFollowsTheDesktopWhileRunning)
{
    const QPalette light = QApplication::palette();
    ASSERT_FALSE(Theme::isDark(light));
    ASSERT_TRUE(drawnIn(light));
    ASSERT_EQ(Theme::current(), Theme::Choice::System);

    // The desktop turns dark: the window and every chart follow, without a restart.
    const QPalette dark = Theme::palette(Theme::Choice::Dark);
    desktopPalette(dark);
    EXPECT_TRUE(settled(dark)) << drawnIn(dark).message();
    EXPECT_TRUE(Theme::isDark(m_window->palette()));
    EXPECT_EQ(Theme::palette(Theme::Choice::System).color(QPalette::Window), dark.color(QPalette::Window));
    // Charts filled after the change take the new colours too.
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_TRUE(drawnIn(dark)) << drawnIn(dark).message();

    // The desktop's theme changes back: QuotaScope reads the system's palette again instead of keeping the one it
    // had.
    desktopThemeChanged();
    EXPECT_TRUE(waitUntil([&] { return !Theme::isDark(QApplication::palette()); }, 5000));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), m_systemWindow);
    EXPECT_TRUE(settled(QApplication::palette())) << drawnIn(QApplication::palette()).message();
    EXPECT_FALSE(Theme::isDark(m_window->quotaChart()->palette()));
}

TEST_F(ThemeTest, LightOrDarkChoiceIgnoresTheDesktop)
{
    for (Theme::Choice choice : { Theme::Choice::Light, Theme::Choice::Dark }) {
        SCOPED_TRACE(Theme::choiceName(choice).toStdString());
        const QPalette chosen = Theme::palette(choice);
        Theme::apply(choice);
        ASSERT_TRUE(settled(chosen)) << drawnIn(chosen).message();

        // The desktop switches to the opposite colours and announces a theme change: nothing changes.
        const QPalette opposite = Theme::palette(choice == Theme::Choice::Light ? Theme::Choice::Dark : Theme::Choice::Light);
        desktopPalette(opposite);
        desktopThemeChanged();
        EXPECT_TRUE(waitUntil([&] {
            return QApplication::palette().color(QPalette::Window) == chosen.color(QPalette::Window);
        }, 5000));
        EXPECT_TRUE(settled(chosen)) << drawnIn(chosen).message();
        EXPECT_EQ(Theme::isDark(m_window->palette()), choice == Theme::Choice::Dark);
        EXPECT_EQ(Theme::current(), choice);
        // It stays so once every queued event has run.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        EXPECT_TRUE(drawnIn(chosen)) << drawnIn(chosen).message();
    }

    // Back to "system": the desktop's palette as it is now, and followed again from here.
    Theme::apply(Theme::Choice::System);
    EXPECT_TRUE(waitUntil([&] { return QApplication::palette().color(QPalette::Window) == m_systemWindow; }, 5000));
    desktopPalette(Theme::palette(Theme::Choice::Dark));
    EXPECT_TRUE(settled(Theme::palette(Theme::Choice::Dark))) << drawnIn(Theme::palette(Theme::Choice::Dark)).message();
}

namespace {
/// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

TEST(ThemeTones, NotesAndErrorsStayReadableInLightAndDarkAndFollowAChange)
{
    QWidget host;
    QLabel warning(QStringLiteral("note"), &host);
    QLabel error(QStringLiteral("error"), &host);
    Theme::setTone(&warning, Theme::Tone::Warning);
    Theme::setTone(&error, Theme::Tone::Error);
    host.show();
    for (Theme::Choice choice : { Theme::Choice::Light, Theme::Choice::Dark, Theme::Choice::Light }) {
        SCOPED_TRACE(Theme::choiceName(choice).toStdString());
        Theme::apply(choice);
        const QPalette p = Theme::palette(choice);
        for (const auto &[label, tone] : { std::pair<QLabel *, Theme::Tone> { &warning, Theme::Tone::Warning },
                 std::pair<QLabel *, Theme::Tone> { &error, Theme::Tone::Error } }) {
            EXPECT_TRUE(waitUntil([&] {
                return label->palette().color(QPalette::WindowText) == Theme::toneColor(tone, p)
                    && label->palette().color(QPalette::Window) == p.color(QPalette::Window);
            }, 5000));
            // Readable: at least WCAG's 4.5:1 against the window, and still on the window's palette otherwise.
            EXPECT_GE(contrast(label->palette().color(QPalette::WindowText), p.color(QPalette::Window)), 4.5);
            EXPECT_EQ(label->palette().color(QPalette::Window), p.color(QPalette::Window));
        }
    }
    // Back to the plain text colour, which follows the palette again.
    Theme::setTone(&error, Theme::Tone::None);
    EXPECT_EQ(error.palette().color(QPalette::WindowText), Theme::palette(Theme::Choice::Light).color(QPalette::WindowText));
    Theme::apply(Theme::Choice::Dark);
    EXPECT_TRUE(waitUntil([&] {
        return error.palette().color(QPalette::WindowText) == Theme::palette(Theme::Choice::Dark).color(QPalette::WindowText);
    }, 5000));
    Theme::apply(Theme::Choice::System);
    QCoreApplication::processEvents();
}

TEST(ThemeTones, EveryToneIsReadableOnWindowsAndTablesInLightAndDark)
{
    // The log table colours error and refund rows with Error and Positive on its Base; labels sit on Window.
    for (Theme::Choice choice : { Theme::Choice::Light, Theme::Choice::Dark }) {
        SCOPED_TRACE(Theme::choiceName(choice).toStdString());
        const QPalette p = Theme::palette(choice);
        for (Theme::Tone tone : { Theme::Tone::Warning, Theme::Tone::Error, Theme::Tone::Positive }) {
            SCOPED_TRACE(int(tone));
            EXPECT_GE(contrast(Theme::toneColor(tone, p), p.color(QPalette::Window)), 4.5);
            EXPECT_GE(contrast(Theme::toneColor(tone, p), p.color(QPalette::Base)), 4.5);
        }
        EXPECT_NE(Theme::toneColor(Theme::Tone::Error, p), Theme::toneColor(Theme::Tone::Positive, p));
    }
    EXPECT_NE(Theme::toneColor(Theme::Tone::Positive, Theme::palette(Theme::Choice::Light)),
        Theme::toneColor(Theme::Tone::Positive, Theme::palette(Theme::Choice::Dark)));
}
