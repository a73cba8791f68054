#include "alerts/alertmonitor.h"
#include "alerts/alertscontroller.h"
#include "autostart/autostart.h"
#include "cacheopener.h"
#include "gateway/syncscheduler.h"
#include "gatewaycontroller.h"
#include "keychain/keychainstore.h"
#include "mainwindow.h"
#include "model/savedview.h"
#include "process/processexit.h"
#include "screenshot.h"
#include "settings/profilestore.h"
#include "settings/settings.h"
#include "store/cachedb.h"
#include "support/appidentity.h"
#include "theme.h"
#include "watchedcredentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTranslator>

#include <cstdio>

using namespace QuotaScope;

namespace {
// The dialogs' standard buttons are named by Qt's own catalogue (qtbase, in Debian's qt6-translations-l10n). Where
// that is not installed, these entries in QuotaScope's catalogue name them instead of leaving them in English.
[[maybe_unused]] const char *const StandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
};

void installTranslations(QApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // Any language without a catalogue (and the C locale) reads English, with English plurals.
    if (own->load(locale, QStringLiteral("quotascope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("quotascope_en"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "quotascope: %s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
    prepareProcessExit();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("QuotaScope"));

    std::unique_ptr<QSettings> settingsStore = Settings::openUserStore();
    Settings settings(settingsStore.get());

    // Language first, so --help is translated too; --lang wins over the saved preference.
    QString lang = settings.preferences().language;
    if (lang == QLatin1String("system"))
        lang.clear();
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    installTranslations(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Usage dashboard for new-api / one-api gateways."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "Use the cache file <path>."), QStringLiteral("path"), CacheDb::defaultPath());
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Import the bundled demo data (once) and show it."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to the PNG <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot, e.g. 1600x1000."), QStringLiteral("WxH"),
        QStringLiteral("1600x1000"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "User interface language: zh_CN or en."), QStringLiteral("language"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QApplication::translate("main", "Open the saved view <file> (range, filters, group-by, metric)."),
        QStringLiteral("file"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QApplication::translate("main", "Appearance for this run: system, light or dark."), QStringLiteral("theme"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QApplication::translate("main", "Open the dashboard on this tab: overview, rankings or cache."),
        QStringLiteral("tab"), QStringLiteral("overview"));
    const QCommandLineOption trayOption(
        QStringLiteral("tray"), QApplication::translate("main", "Start in the system tray, without the window."));
    parser.addOptions({ dbOption, demoOption, shotOption, sizeOption, langOption, viewOption, themeOption, tabOption, trayOption });
    parser.process(app);

    QSize size;
    if (!parseWindowSize(parser.value(sizeOption), &size)) {
        fail(QApplication::translate("main", "--size expects WIDTHxHEIGHT, e.g. 1600x1000, not \"%1\"")
                 .arg(parser.value(sizeOption)));
        return 2;
    }
    Theme::Choice themeOverride = Theme::Choice::System;
    if (parser.isSet(themeOption) && !Theme::parseChoice(parser.value(themeOption), &themeOverride)) {
        fail(QApplication::translate("main", "--theme expects system, light or dark, not \"%1\"")
                 .arg(parser.value(themeOption)));
        return 2;
    }
    SavedView view;
    if (parser.isSet(viewOption)) {
        auto loaded = SavedView::load(parser.value(viewOption));
        if (!loaded) {
            fail(loaded.error().message);
            return 2;
        }
        view = loaded.value();
    }
    Theme::rememberSystemPalette();
    // A screenshot shows the cache as it is: no keychain prompt, no network, no saved window geometry.
    const bool screenshot = parser.isSet(shotOption);
    // Fail early with the store's own message (locked by another program, a newer schema, not a QuotaScope cache,
    // unwritable): a screenshot run on stderr, the app in a message box that offers to try again or another file.
    const QString dbPath = CacheOpener::open(
        parser.value(dbOption),
        [screenshot](const QString &, const QString &message) {
            fail(message); // the store names the file
            return screenshot ? CacheOpener::Choice::Quit : CacheOpener::askWithMessageBox(message);
        },
        [](const QString &path) { return CacheOpener::chooseWithDialog(path); });
    if (dbPath.isEmpty())
        return 1;
    QString keychainNote;
    std::unique_ptr<CredentialStore> systemCredentials
        = screenshot ? std::make_unique<MemoryCredentialStore>() : createSystemCredentialStore(&keychainNote);
    WatchedCredentialStore credentials(systemCredentials.get());
    ProfileStore profiles(settingsStore.get(), &credentials);

    MainWindow window(dbPath);
    QNetworkAccessManager nam;
    SyncScheduler scheduler(dbPath, &credentials);
    GatewayController controller(&window, &settings, &profiles, &scheduler, &nam);
    QObject::connect(
        &credentials, &WatchedCredentialStore::tokenWritten, &controller, &GatewayController::onTokenWritten);
    controller.setKeychainNote(keychainNote);
    controller.applySettings();
    if (parser.isSet(themeOption))
        Theme::apply(themeOverride);
    if (parser.isSet(viewOption)) {
        QString problem;
        if (!window.applyView(view, &problem))
            fail(QStringLiteral("%1: %2").arg(parser.value(viewOption), problem));
    }

    int exitCode = 0;
    if (screenshot) {
        auto *taker = new ScreenshotTaker(&window, parser.value(shotOption), &window);
        QObject::connect(taker, &ScreenshotTaker::done, &app, [&exitCode](bool ok, const QString &message) {
            if (!ok) {
                fail(message);
                exitCode = 1;
            }
            QApplication::exit(exitCode);
        });
        window.resize(size);
    } else {
        controller.restoreWindow();
    }
    const int tab = QStringList { QStringLiteral("overview"), QStringLiteral("rankings"), QStringLiteral("cache") }
                        .indexOf(parser.value(tabOption).toLower());
    if (tab < 0) {
        fail(QApplication::translate("main", "--tab expects overview, rankings or cache, not \"%1\"")
                 .arg(parser.value(tabOption)));
        return 2;
    }
    window.showDashboardTab(tab);
    // Alerts watch the cache after every sync and import; a screenshot shows the dashboard alone.
    AlertMonitor monitor(dbPath, AlertRuleSet::defaultPath());
    std::unique_ptr<AlertsController> alerts;
    if (!screenshot) {
        alerts = std::make_unique<AlertsController>(&window, &monitor, settingsStore.get(), dbPath,
            [](bool on) { return Autostart::setEnabled(on, QApplication::applicationFilePath(), { QStringLiteral("--tray") }); },
            Autostart::isEnabled());
        QObject::connect(&scheduler, &SyncScheduler::syncFinished, alerts.get(), &AlertsController::dataChanged);
        QObject::connect(&window, &MainWindow::dashboardUpdated, alerts.get(), &AlertsController::dataChanged);
        QObject::connect(alerts.get(), &AlertsController::syncRequested, &controller, &GatewayController::syncAll);
        QObject::connect(alerts.get(), &AlertsController::quitRequested, &app, &QApplication::quit);
    }
    if (!(parser.isSet(trayOption) && alerts && QSystemTrayIcon::isSystemTrayAvailable()))
        window.show();
    window.start(parser.isSet(demoOption));
    if (!screenshot)
        controller.startSyncing();
    const int rc = app.exec();
    return exitCode != 0 ? exitCode : rc;
}
