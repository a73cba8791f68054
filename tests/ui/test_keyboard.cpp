// Keyboard and screen readers: every interactive control of the main window (each dashboard tab) and of every
// dialog has an accessible name, and Tab reaches every enabled one from the first.
#include "uitestsupport.h"

#include "alerts/alertrulesdialog.h"
#include "alerts/triagedialog.h"
#include "comparesourcesdialog.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/admindialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/profileeditdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "settings/profilestore.h"
#include "settings/settings.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// A control a user operates (not a part of one: a combo box's line edit, a spin box's editor, a view's scroll bars
/// and headers, the tab bar's scroll arrows).
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent)))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QChartView *>(w);
}

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text += QStringLiteral(" \"%1\"").arg(b->text());
    if (const auto *c = qobject_cast<const QComboBox *>(w))
        text += QStringLiteral(" [%1]").arg(c->currentText());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->accessibleName().isEmpty()) {
            text += QStringLiteral(" in \"%1\"").arg(p->accessibleName());
            break;
        }
    }
    return text;
}

/// The control a focused widget belongs to (a combo box for its line edit, a spin box for its editor).
QWidget *controlOf(QWidget *focused)
{
    QWidget *parent = focused ? focused->parentWidget() : nullptr;
    if (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
        return parent;
    return focused;
}

/**
 * Problems of the controls now visible in top: a missing accessible name (as a screen reader reads it: the
 * accessible name, else the text or the buddy label's), or an enabled control that Tab does not reach. Tab is pressed
 * on whatever has the focus, as a user would, from the first control in the focus chain, until it comes round.
 */
QStringList keyboardProblems(QWidget *top, const QString &where)
{
    QList<QWidget *> controls;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->window() == top && isControl(w))
            controls << w;
    }
    QStringList problems;
    if (controls.isEmpty())
        problems << where + QStringLiteral(": no controls found");
    for (QWidget *w : std::as_const(controls)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << where + QStringLiteral(": no accessible name: ") + describe(w);
    }

    QWidget *first = nullptr;
    for (QWidget *w = top->nextInFocusChain(); w && w != top; w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            first = w;
            break;
        }
    }
    if (!first)
        return problems << where + QStringLiteral(": nothing takes the focus");
    first->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    const int presses = int(controls.size()) * 2 + 20;
    for (int i = 0; i < presses; ++i) {
        QWidget *focused = top->focusWidget();
        if (!focused)
            break;
        reached.insert(controlOf(focused));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (QWidget *w : std::as_const(controls)) {
        if (w->isEnabled() && !reached.contains(w))
            problems << where + QStringLiteral(": not reached by Tab: ") + describe(w);
    }
    return problems;
}

QStringList dialogProblems(QDialog *dialog, const QString &where)
{
    dialog->show();
    QCoreApplication::processEvents();
    QStringList problems = keyboardProblems(dialog, where);
    // Each page of a tabbed dialog.
    const auto tabWidgets = dialog->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            problems += keyboardProblems(dialog, where + QLatin1String(" › ") + tabs->tabText(i));
        }
    }
    dialog->close();
    return problems;
}

std::string joined(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(KeyboardTest, EveryControlOfTheWindowHasANameAndTabReachesIt)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    MainWindow window(db);
    window.resize(1400, 900);
    window.show();
    window.start(false);
    ASSERT_TRUE(waitForDashboard(window));
    QStringList problems;
    for (int tab = 0; tab < 3; ++tab) {
        window.showDashboardTab(tab);
        ASSERT_TRUE(waitForDashboard(window));
        problems += keyboardProblems(&window, QStringLiteral("window, tab %1").arg(tab));
    }
    // A drill-down shows the table's "Show all requests" button too.
    window.showDashboardTab(0);
    window.setFilterValue(Dimension::Model, QStringLiteral("gpt-4o"));
    ASSERT_TRUE(waitForDashboard(window));
    problems += keyboardProblems(&window, QStringLiteral("window, filtered"));
    EXPECT_TRUE(problems.isEmpty()) << joined(problems);
}

TEST(KeyboardTest, EveryControlOfEveryDialogHasANameAndTabReachesIt)
{
    TempDir dir;
    const QString db = makeDemoCache(dir);
    QSettings ini(dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
    Settings settings(&ini);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&ini, &credentials);
    QStringList problems;

    AboutDialog about;
    problems += dialogProblems(&about, QStringLiteral("About"));
    SettingsDialog settingsDialog(&settings);
    problems += dialogProblems(&settingsDialog, QStringLiteral("Settings"));
    ProfileManagerDialog manager(&profiles);
    problems += dialogProblems(&manager, QStringLiteral("Gateways"));
    GatewayProfile http;
    ProfileEditDialog editHttp(&profiles, http, QString());
    problems += dialogProblems(&editHttp, QStringLiteral("New gateway"));
    GatewayProfile database;
    database.source = GatewayProfile::Source::Database;
    ProfileEditDialog editDatabase(&profiles, database, QString());
    problems += dialogProblems(&editDatabase, QStringLiteral("New database profile"));
    ImportDialog import(db, { QStringLiteral("Demo gateway") });
    problems += dialogProblems(&import, QStringLiteral("Import"));
    AlertRulesDialog rules(AlertRuleSet::defaults(), db);
    problems += dialogProblems(&rules, QStringLiteral("Alert rules"));
    TriageDialog triage(db);
    problems += dialogProblems(&triage, QStringLiteral("Triage"));
    AdminDialog admin(
        QStringLiteral("gw"), [](AdminDialog::LoadDone done) { done(DataDashboardOptions()); },
        [](const AdminDialog::Changes &, AdminDialog::SaveDone done) { done({}); });
    problems += dialogProblems(&admin, QStringLiteral("Data dashboard options"));

    auto cache = CacheDb::open(db, QStringLiteral("keyboard-test"));
    ASSERT_TRUE(cache.ok());
    auto sources = SourceRepository(cache->db()).list();
    ASSERT_TRUE(sources.ok());
    ASSERT_FALSE(sources->isEmpty());
    DashboardRequest request;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CompareSourcesDialog compare(db, { sources->first(), sources->first() }, request, now - 7 * 86400, now,
        CurrencyDisplay());
    ASSERT_TRUE(waitUntil([&] { return !compare.isLoading(); }));
    problems += dialogProblems(&compare, QStringLiteral("Compare sources"));
    EXPECT_TRUE(problems.isEmpty()) << joined(problems);
}
