#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "store/cachedb.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QTextBrowser>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

QString labelText(const AboutDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    EXPECT_NE(label, nullptr) << "no label called " << name;
    return label ? label->text() : QString();
}

QString attributions(const AboutDialog &dialog)
{
    const auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("attributions"));
    EXPECT_NE(browser, nullptr) << "no attributions";
    return browser ? browser->toPlainText() : QString();
}

/// The licences in the "licence" column of the fixtures' README: the trace excerpts the dialog must credit.
QStringList fixtureLicences()
{
    QFile readme(fixturePath(QStringLiteral("README.md")));
    if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList licences;
    bool inTable = false;
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            inTable = false;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        const QString last = cells.isEmpty() ? QString() : cells.last().trimmed();
        if (last == QLatin1String("licence")) {
            inTable = true;
            continue;
        }
        // "Apache-2.0, see `LICENSE-APACHE`": the licence is the first word.
        const QString licence = last.section(QLatin1Char(','), 0, 0).trimmed();
        if (inTable && !licence.startsWith(QLatin1Char('-')) && !licences.contains(licence))
            licences.append(licence);
    }
    return licences;
}

/// Saves a picture of the dialog where QUOTASCOPE_TEST_SCREENSHOTS points, for a person to look at.
void grabToFile(AboutDialog &dialog, const QString &name)
{
    dialog.show();
    const QPixmap pixmap = dialog.grab();
    ASSERT_FALSE(pixmap.isNull());
    EXPECT_GE(pixmap.width(), 400);
    EXPECT_GE(pixmap.height(), 300);
    const QString dir = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(pixmap.save(QDir(dir).filePath(name), "PNG"));
    }
}

} // namespace

TEST(AboutDialog, ShowsTheVersionTheLicenceAndWhereTheSampleDataComesFrom)
{
    AboutDialog dialog;
    const QString version = QStringLiteral(QUOTASCOPE_VERSION);
    ASSERT_FALSE(version.isEmpty());
    EXPECT_TRUE(labelText(dialog, "version").contains(version)) << labelText(dialog, "version").toStdString();
    EXPECT_TRUE(labelText(dialog, "licence").contains(QLatin1String("GPL-3.0-or-later")))
        << labelText(dialog, "licence").toStdString();

    const QString credits = attributions(dialog);
    for (const char *trace : { "Azure LLM inference trace 2023", "Mooncake", "BurstGPT" })
        EXPECT_TRUE(credits.contains(QLatin1String(trace))) << trace << " is not credited: " << credits.toStdString();
    const QStringList licences = fixtureLicences();
    EXPECT_GE(licences.size(), 2) << "the fixtures' README lists no licences";
    for (const QString &licence : licences)
        EXPECT_TRUE(credits.contains(licence)) << licence.toStdString() << " is not named: " << credits.toStdString();
    grabToFile(dialog, QStringLiteral("about-en.png"));
}

TEST(AboutDialog, SpeaksChineseWithTheShippedCatalogue)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("quotascope"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    AboutDialog chinese;
    QCoreApplication::removeTranslator(&translator);
    AboutDialog english;

    EXPECT_EQ(chinese.windowTitle(), QStringLiteral("关于 QuotaScope"));
    for (const char *label : { "version", "licence", "description" })
        EXPECT_NE(labelText(chinese, label), labelText(english, label)) << label << " is not translated";
    EXPECT_TRUE(labelText(chinese, "version").contains(QStringLiteral(QUOTASCOPE_VERSION)));
    EXPECT_TRUE(labelText(chinese, "licence").contains(QLatin1String("GPL-3.0-or-later")));
    const QString credits = attributions(chinese);
    EXPECT_NE(credits, attributions(english));
    // Names of traces, licences and papers stay as they are.
    EXPECT_TRUE(credits.contains(QLatin1String("Apache-2.0")));
    EXPECT_TRUE(credits.contains(QLatin1String("BurstGPT: A Real-World Workload Dataset")));
    grabToFile(chinese, QStringLiteral("about-zh_CN.png"));
}

TEST(AboutDialog, OpensFromTheHelpMenu)
{
    TempDir dir;
    ASSERT_TRUE(CacheDb::open(dir.path(), QStringLiteral("about-test")).ok());
    MainWindow window(dir.path());
    QAction *about = nullptr;
    const QList<QAction *> actions = window.menuBar()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == MainWindow::tr("&About QuotaScope"))
            about = action;
    }
    ASSERT_NE(about, nullptr) << "no Help › About action";
    EXPECT_EQ(window.findChild<AboutDialog *>(), nullptr);
    about->trigger();
    QPointer<AboutDialog> dialog = window.findChild<AboutDialog *>();
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull()) << "the dialog is not deleted on close";
}
