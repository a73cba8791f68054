#include "gatewaycontroller.h"

#include "dbconnectiontest.h"

#include "dialogs/admindialog.h"
#include "dialogs/settingsdialog.h"
#include "gateway/connectiontester.h"
#include "gateway/gatewayoptions.h"
#include "gateway/syncscheduler.h"
#include "mainwindow.h"
#include "settings/profilestore.h"
#include "syncstatuswidget.h"
#include "theme.h"

#include <QFutureWatcher>
#include <QActionGroup>
#include <QCloseEvent>
#include <QMenu>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace QuotaScope {

GatewayController::GatewayController(MainWindow *window, Settings *settings, ProfileStore *profiles,
    SyncScheduler *scheduler, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_scheduler(scheduler)
    , m_nam(nam)
    , m_status(new SyncStatusWidget)
    , m_applied(settings->preferences())
{
    m_window->setSyncStatusWidget(m_status);
    connect(m_status, &SyncStatusWidget::clicked, this, &GatewayController::openProfileManager);

    connect(m_window, &MainWindow::settingsRequested, this, &GatewayController::openSettings);
    connect(m_window, &MainWindow::gatewaysRequested, this, &GatewayController::openProfileManager);
    connect(m_window, &MainWindow::syncRequested, this, &GatewayController::syncAll);
    connect(m_window, &MainWindow::adminRequested, this, &GatewayController::openAdminDialog);
    connect(m_window, &MainWindow::filterStateChanged, m_settings, &Settings::setFilterState);

    connect(m_profiles, &ProfileStore::profilesChanged, this, &GatewayController::onProfilesChanged);
    connect(m_scheduler, &SyncScheduler::statusChanged, this, &GatewayController::onStatusChanged);
    connect(m_scheduler, &SyncScheduler::dataChanged, this, &GatewayController::onDataChanged);
    connect(m_settings, &Settings::changed, this, [this] { applyPreferences(m_settings->preferences(), false); });

    // A backfill commits many windows a second; the dashboard follows at a pace it can draw.
    m_dataRefresh.setSingleShot(true);
    m_dataRefresh.setInterval(RefreshCoalesceMs);
    connect(&m_dataRefresh, &QTimer::timeout, m_window, &MainWindow::refresh);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_window->isBusy())
            m_window->refresh();
    });
    updateStatusWidget();
    updateLiveMenu();
}

GatewayController::~GatewayController() = default;

void GatewayController::setKeychainNote(const QString &note)
{
    m_keychainNote = note;
    m_status->setKeychainNote(note);
    if (m_manager)
        m_manager->setNotice(note);
}

void GatewayController::applySettings()
{
    applyPreferences(m_settings->preferences(), true);
    m_window->setFilterState(m_settings->filterState());
}

void GatewayController::applyPreferences(const Preferences &prefs, bool all)
{
    // Only what changed: the filter bar's granularity and zone are the user's to change between settings edits.
    if (all || prefs.granularity != m_applied.granularity)
        m_window->setGranularity(prefs.granularity);
    if (all || prefs.timeZone != m_applied.timeZone)
        m_window->setTimeZoneName(prefs.timeZone);
    if (all || prefs.theme != m_applied.theme) {
        Theme::Choice theme = Theme::Choice::System;
        Theme::parseChoice(prefs.theme, &theme);
        Theme::apply(theme);
    }
    m_window->setTopN(prefs.topN);
    m_window->setWeekStart(prefs.weekStart);
    m_window->setCurrencyOverride(prefs.currency);
    if (prefs.refreshSeconds > 0)
        m_autoRefresh.start(prefs.refreshSeconds * 1000);
    else
        m_autoRefresh.stop();
    if (!all && prefs.language != m_applied.language)
        m_window->statusBar()->showMessage(tr("The new language applies after QuotaScope restarts."), 15000);
    m_applied = prefs;
}

int GatewayController::autoRefreshSeconds() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() / 1000 : 0;
}

void GatewayController::restoreWindow()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        m_window->restoreState(state);
    m_window->installEventFilter(this);
}

bool GatewayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        m_settings->setWindowGeometry(m_window->saveGeometry());
        m_settings->setWindowState(m_window->saveState());
    }
    return QObject::eventFilter(watched, event);
}

void GatewayController::startSyncing()
{
    m_syncing = true;
    m_scheduler->setProfiles(m_profiles->profiles());
    updateStatusWidget();
}

void GatewayController::onProfilesChanged()
{
    if (m_syncing)
        m_scheduler->setProfiles(m_profiles->profiles());
    updateStatusWidget();
    updateLiveMenu();
}

void GatewayController::updateLiveMenu()
{
    QMenu *gateways = m_window->gatewaysMenu();
    if (!gateways)
        return;
    if (!m_liveMenu) {
        gateways->addSeparator();
        m_liveMenu = gateways->addMenu(tr("&Live dashboard"));
        m_liveMenu->setObjectName(QStringLiteral("liveMenu"));
    }
    m_liveMenu->clear();
    auto *group = new QActionGroup(m_liveMenu);
    const std::optional<QString> current = m_window->liveProfile();
    QAction *cache = m_liveMenu->addAction(tr("Off: the local cache"), this, [this] { showLive(QString()); });
    cache->setCheckable(true);
    cache->setChecked(!current);
    group->addAction(cache);
    bool currentStillLive = false;
    for (const GatewayProfile &p : m_profiles->profiles()) {
        if (!p.isDatabase() || p.syncsToCache() || !p.enabled)
            continue;
        const QString name = p.name;
        QAction *a = m_liveMenu->addAction(tr("Live from %1").arg(p.name), this, [this, name] { showLive(name); });
        a->setCheckable(true);
        a->setChecked(current && *current == p.name);
        group->addAction(a);
        currentStillLive = currentStillLive || (current && *current == p.name);
    }
    m_liveMenu->menuAction()->setVisible(m_liveMenu->actions().size() > 1);
    if (current && !currentStillLive)
        showLive(QString()); // the live profile was removed, disabled or set to copy
}

void GatewayController::showLive(const QString &profile)
{
    if (profile.isEmpty()) {
        m_window->setLiveSource(std::nullopt);
        updateLiveMenu();
        return;
    }
    const auto p = m_profiles->find(profile);
    if (!p || !p->isDatabase())
        return;
    MainWindow::LiveSource live { p->name, p->database, QString() };
    if (p->needsSecret()) {
        const Result<QString> password = m_profiles->credentials()->read(p->name);
        if (!password) {
            m_window->showStatusMessage(tr("Live from %1: %2").arg(p->name, password.error().message));
            updateLiveMenu();
            return;
        }
        live.password = password.value();
    }
    m_window->setLiveSource(live);
    updateLiveMenu();
}

void GatewayController::onTokenWritten(const QString &profile)
{
    const auto p = m_profiles->find(profile);
    if (m_syncing && p && p->enabled)
        m_scheduler->syncNow(profile);
}

void GatewayController::syncAll()
{
    const QList<GatewayProfile> profiles = m_profiles->profiles();
    if (profiles.isEmpty()) {
        openProfileManager();
        return;
    }
    int started = 0;
    for (const GatewayProfile &p : profiles) {
        if (p.enabled && p.syncsToCache()) {
            m_scheduler->syncNow(p.name);
            ++started;
        }
    }
    if (started == 0)
        m_window->statusBar()->showMessage(
            tr("Every gateway is switched off; sync one from Gateways > Manage gateways."), 10000);
}

void GatewayController::onStatusChanged(const QString &profile)
{
    updateStatusWidget();
    if (!m_manager)
        return;
    if (const auto p = m_profiles->find(profile))
        m_manager->setProfileStatus(profile, statusLine(*p));
}

void GatewayController::onDataChanged()
{
    if (!m_dataRefresh.isActive())
        m_dataRefresh.start();
}

QString GatewayController::statusLine(const GatewayProfile &profile) const
{
    return SyncStatusWidget::statusLine(
        { profile, m_scheduler->status(profile.name) }, QDateTime::currentDateTimeUtc());
}

void GatewayController::updateStatusWidget()
{
    QList<SyncStatusWidget::Source> sources;
    for (const GatewayProfile &p : m_profiles->profiles())
        sources.append({ p, m_scheduler->status(p.name) });
    m_status->setSources(sources);
}

void GatewayController::openProfileManager()
{
    if (m_manager) {
        m_manager->raise();
        m_manager->activateWindow();
        return;
    }
    m_manager = new ProfileManagerDialog(m_profiles, m_window);
    m_manager->setAttribute(Qt::WA_DeleteOnClose);
    m_manager->setNotice(m_keychainNote);
    m_manager->setTestConnection(
        [this](const GatewayProfile &profile, ProfileManagerDialog::TestDone done) { testConnection(profile, done); });
    m_manager->setSyncNow([this](const GatewayProfile &profile) { m_scheduler->syncNow(profile.name); });
    for (const GatewayProfile &p : m_profiles->profiles())
        m_manager->setProfileStatus(p.name, statusLine(p));
    m_manager->open();
}

void GatewayController::testConnection(const GatewayProfile &profile, const ProfileManagerDialog::TestDone &done)
{
    const Result<QString> token
        = profile.needsSecret() ? m_profiles->credentials()->read(profile.name) : Result<QString>(QString());
    if (token && profile.isDatabase()) {
        auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
        connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [watcher, done] {
            watcher->deleteLater();
            const Result<QStringList> report = watcher->result();
            done(report.ok(), report ? report->join(QLatin1Char('\n')) : report.error().message);
        });
        watcher->setFuture(testDatabaseInBackground(profile.database, token.value()));
        return;
    }
    if (!token) {
        done(false, token.error().message);
        return;
    }
    auto *tester = new ConnectionTester(m_nam, this);
    connect(tester, &ConnectionTester::finished, this, [tester, done](const ConnectionReport &report) {
        tester->deleteLater();
        done(report.reachable && report.authenticated, report.summary().join(QLatin1Char('\n')));
    });
    tester->test(profile, token.value());
}

void GatewayController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_settings, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

QStringList GatewayController::adminCandidates() const
{
    QStringList names;
    for (const GatewayProfile &p : m_profiles->profiles()) {
        if (p.kind != GatewayProfile::Kind::OneApi)
            names.append(p.name);
    }
    return names;
}

void GatewayController::openAdminDialog()
{
    const QStringList names = adminCandidates();
    if (names.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Gateway data dashboard"),
            tr("The data dashboard options belong to new-api gateways. Add one in "
               "Gateways > Manage gateways first."),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (names.size() == 1) {
        openAdminDialogFor(names.first());
        return;
    }
    auto *ask = new QInputDialog(m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Gateway data dashboard"));
    ask->setLabelText(tr("&Gateway:"));
    ask->setComboBoxItems(names);
    ask->setComboBoxEditable(false);
    connect(ask, &QInputDialog::textValueSelected, this, &GatewayController::openAdminDialogFor);
    ask->open();
}

void GatewayController::openAdminDialogFor(const QString &name)
{
    const auto profile = m_profiles->find(name);
    if (!profile)
        return;
    if (m_admin)
        m_admin->close();
    CredentialStore *credentials = m_profiles->credentials();
    QNetworkAccessManager *nam = m_nam;
    // The token is read for each call and handed to a short-lived client: nothing keeps it.
    auto withOptions = [this, credentials, nam, p = *profile](auto call, auto fail) {
        const Result<QString> token = credentials->read(p.name);
        if (!token) {
            fail(token.error());
            return;
        }
        auto *options = new GatewayOptions(nam, p, token.value(), ConnectionTester::quickOptions(), this);
        call(options);
    };
    AdminDialog::Load load = [withOptions](AdminDialog::LoadDone done) {
        withOptions(
            [done](GatewayOptions *options) {
                options->loadDataDashboard([options, done](const Result<DataDashboardOptions> &loaded) {
                    options->deleteLater();
                    done(loaded);
                });
            },
            [done](const Error &e) { done(e); });
    };
    AdminDialog::Save save = [withOptions](const AdminDialog::Changes &changes, AdminDialog::SaveDone done) {
        withOptions(
            [changes, done](GatewayOptions *options) {
                options->saveDataDashboard(changes, [options, done](const Result<void> &saved) {
                    options->deleteLater();
                    done(saved);
                });
            },
            [done](const Error &e) { done(e); });
    };
    m_admin = new AdminDialog(profile->name, load, save, m_window);
    m_admin->setAttribute(Qt::WA_DeleteOnClose);
    m_admin->open();
}

} // namespace QuotaScope
