#include "uitestsupport.h"

#include "charts/quotabarchart.h"
#include "dialogs/admindialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/settingsdialog.h"
#include "gateway/syncscheduler.h"
#include "gatewaycontroller.h"
#include "mainwindow.h"
#include "settings/profilestore.h"
#include "settings/settings.h"
#include "statcardspanel.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "syncstatuswidget.h"
#include "theme.h"
#include "watchedcredentialstore.h"

#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>

#include <gtest/gtest.h>

#include <memory>
#include <numeric>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QString kToken = QStringLiteral("tok-wiring-0123456789abcdefghij");
const QString kModel = QStringLiteral("gpt-4o-mini");

/// The app's objects as main.cpp builds them, over a temp cache, a temp INI file and an in-memory token store.
class WiringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // As the app does before it opens the window: the cache exists before the first queries race to create it.
        ASSERT_TRUE(CacheDb::open(m_dir.path(), QStringLiteral("wiring-test-create")).ok());
        m_ini = std::make_unique<QSettings>(m_dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_ini.get());
        m_credentials = std::make_unique<WatchedCredentialStore>(&m_memory);
        m_profiles = std::make_unique<ProfileStore>(m_ini.get(), m_credentials.get());
        m_window = std::make_unique<MainWindow>(m_dir.path());
        m_window->resize(1200, 800);
        m_scheduler = std::make_unique<SyncScheduler>(m_dir.path(), m_credentials.get());
        SyncOptions fast;
        fast.client.baseDelayMs = 1;
        fast.client.maxDelayMs = 4;
        fast.client.rateLimitDelayMs = 1;
        fast.client.transferTimeoutMs = 2000;
        fast.client.maxAttempts = 3;
        m_scheduler->setSyncOptions(fast);
        m_controller = std::make_unique<GatewayController>(
            m_window.get(), m_settings.get(), m_profiles.get(), m_scheduler.get(), &m_nam);
        QObject::connect(m_credentials.get(), &WatchedCredentialStore::tokenWritten, m_controller.get(),
            &GatewayController::onTokenWritten);
    }

    void TearDown() override
    {
        m_controller.reset();
        m_scheduler.reset();
        m_window.reset();
    }

    /// A gateway whose user 5 made `n` requests over the last five days.
    void startGateway(int n, int role = 1)
    {
        m_server = std::make_unique<FakeGateway>();
        ASSERT_TRUE(m_server->listen());
        FakeGateway::User alice;
        alice.id = 5;
        alice.name = QStringLiteral("alice");
        alice.role = role;
        alice.token = kToken;
        m_server->addUser(alice);
        static const QStringList models { kModel, QStringLiteral("claude-sonnet-4"), QStringLiteral("deepseek-chat") };
        QRandomGenerator rng(20260606);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < n; ++i) {
            FakeGateway::Log l;
            l.userId = 5;
            l.createdAt = now - 3600 - qint64(rng.bounded(5 * 86400));
            l.model = models[int(rng.bounded(models.size()))];
            l.quota = 1 + qint64(rng.bounded(50000));
            l.promptTokens = qint64(rng.bounded(4000));
            l.completionTokens = qint64(rng.bounded(1000));
            l.requestId = QStringLiteral("req-%1").arg(i);
            m_server->addLog(l);
            m_seeded.append(l);
        }
    }

    GatewayProfile profile() const
    {
        GatewayProfile p;
        p.name = QStringLiteral("prod");
        p.baseUrl = m_server->url();
        p.userId = 5;
        p.scope = GatewayProfile::Scope::Self;
        p.refreshSeconds = 60;
        p.backfillFrom = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
        return p;
    }

    /// What the gateway holds for one model (empty: every model): requests and quota, from the seeded logs.
    Counters seededTotals(const QString &model = QString()) const
    {
        Counters c;
        for (const FakeGateway::Log &l : m_seeded) {
            if (!model.isEmpty() && l.model != model)
                continue;
            ++c.requests;
            c.quota += l.quota;
        }
        return c;
    }

    /// Adds the profile and its token the way the profile manager's form does.
    void addProfileThroughManager(const GatewayProfile &p, const QString &token)
    {
        m_controller->openProfileManager();
        ProfileManagerDialog *manager = m_controller->profileManager();
        ASSERT_NE(manager, nullptr);
        const Result<void> saved = manager->saveProfile(QString(), p, token);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    bool waitForSync(const QString &name)
    {
        return waitUntil([&] {
            const SourceStatus s = m_scheduler->status(name);
            return !s.running && !s.queued && (s.lastSuccess.isValid() || !s.lastError.message.isEmpty());
        });
    }

    qint64 sourceId(const QString &name)
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("wiring-test-source"));
        if (!cache)
            return 0;
        auto info = SourceRepository(cache->db()).byName(name);
        return info ? info->id : 0;
    }

    TempDir m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_memory;
    std::unique_ptr<WatchedCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeGateway> m_server;
    QList<FakeGateway::Log> m_seeded;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<GatewayController> m_controller;
};

TEST_F(WiringTest, WithoutGatewaysTheStatusBarShowsNothingNew)
{
    m_window->show();
    EXPECT_TRUE(m_controller->statusWidget()->isHidden());
    m_controller->syncAll();
    // With nothing to sync, "Sync now" leads to where gateways are added.
    ASSERT_NE(m_controller->profileManager(), nullptr);
    EXPECT_TRUE(m_controller->profileManager()->isVisible());
}

TEST_F(WiringTest, ABackgroundSyncUpdatesTheOpenDashboardAndKeepsTheFilter)
{
    startGateway(180);
    m_window->show();
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->dashboardData().stats.totals.requests, 0);

    // The user narrows the view before any gateway data exists.
    m_window->setFilterValue(Dimension::Model, kModel);
    ASSERT_TRUE(waitForDashboard(*m_window));

    m_controller->startSyncing();
    addProfileThroughManager(profile(), kToken);

    const Counters expected = seededTotals(kModel);
    ASSERT_GT(expected.requests, 0);
    ASSERT_LT(expected.requests, qint64(m_seeded.size()));
    // Nobody touches the window: the sync's dataChanged alone must bring the numbers in.
    ASSERT_TRUE(waitUntil([&] {
        return !m_window->isBusy() && m_window->dashboardData().stats.totals.requests == expected.requests;
    })) << "dashboard shows "
        << m_window->dashboardData().stats.totals.requests << " requests";
    ASSERT_TRUE(waitForDashboard(*m_window));

    const DashboardData &data = m_window->dashboardData();
    EXPECT_EQ(data.stats.totals.quota, expected.quota);
    EXPECT_EQ(data.quotaByModel.totals.quota, expected.quota);
    EXPECT_EQ(data.requestsByModel.totals.requests, expected.requests);
    EXPECT_EQ(m_window->quotaChart()->keys(), QStringList { kModel });
    EXPECT_EQ(m_window->statCards()->value(StatCardsPanel::Requests), compactNumber(double(expected.requests)));
    EXPECT_EQ(m_window->currentRequest().filter.models, QStringList { kModel });

    // The source that appeared with the first sync is offered by the source selector.
    const qint64 id = sourceId(QStringLiteral("prod"));
    ASSERT_GT(id, 0);
    m_window->setSourceId(id);
    EXPECT_EQ(m_window->currentRequest().filter.sourceIds, QList<qint64> { id });
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->dashboardData().stats.totals.requests, expected.requests);

    // And the whole gateway, once the model filter is cleared.
    m_window->setFilterValue(Dimension::Model, QString());
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->dashboardData().stats.totals.requests, seededTotals().requests);
    EXPECT_EQ(m_window->dashboardData().stats.totals.quota, seededTotals().quota);
}

TEST_F(WiringTest, StatusShowsLastAndNextSyncThenOfflineWhileTheCacheStaysUsable)
{
    startGateway(60);
    m_window->show();
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    m_controller->startSyncing();
    addProfileThroughManager(profile(), kToken);
    ASSERT_TRUE(waitForSync(QStringLiteral("prod")));

    const SourceStatus synced = m_scheduler->status(QStringLiteral("prod"));
    ASSERT_TRUE(synced.lastSuccess.isValid()) << synced.lastError.message.toStdString();
    ASSERT_TRUE(synced.nextSync.isValid());
    SyncStatusWidget *status = m_controller->statusWidget();
    EXPECT_FALSE(status->isHidden());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString summary = status->summary();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("prod"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("synced ") + SyncStatusWidget::clockText(synced.lastSuccess, now)))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("next ") + SyncStatusWidget::clockText(synced.nextSync, now)))
        << summary.toStdString();
    EXPECT_TRUE(status->details().contains(QStringLiteral("Last successful sync:")));
    EXPECT_FALSE(status->details().contains(QStringLiteral("never")));
    EXPECT_TRUE(
        m_controller->profileManager()->profileStatus(QStringLiteral("prod")).contains(QStringLiteral("synced")));

    ASSERT_TRUE(waitUntil([&] {
        return !m_window->isBusy() && m_window->dashboardData().stats.totals.requests == seededTotals().requests;
    }));

    // The gateway goes away; "Sync now" finds it unreachable.
    m_server.reset();
    m_controller->syncAll();
    ASSERT_TRUE(waitUntil([&] {
        const SourceStatus s = m_scheduler->status(QStringLiteral("prod"));
        return !s.running && !s.queued && s.offlineSince.isValid();
    }));
    const SourceStatus offline = m_scheduler->status(QStringLiteral("prod"));
    EXPECT_TRUE(status->summary().startsWith(QStringLiteral("prod: offline since ")))
        << status->summary().toStdString();
    EXPECT_TRUE(status->details().contains(QStringLiteral("Offline since:")));
    EXPECT_TRUE(status->details().contains(offline.lastError.message.toHtmlEscaped()));
    EXPECT_TRUE(
        m_controller->profileManager()->profileStatus(QStringLiteral("prod")).contains(QStringLiteral("offline")));

    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->dashboardData().stats.totals.requests, seededTotals().requests);
    EXPECT_EQ(m_window->dashboardData().stats.totals.quota, seededTotals().quota);
}

TEST_F(WiringTest, ANewTokenRetriesAProfileTheGatewayRejected)
{
    startGateway(20);
    m_controller->startSyncing();
    addProfileThroughManager(profile(), QStringLiteral("tok-wrong-0123456789abcdefghij"));
    ASSERT_TRUE(waitForSync(QStringLiteral("prod")));
    ASSERT_TRUE(m_scheduler->status(QStringLiteral("prod")).authFailed);
    EXPECT_TRUE(m_controller->statusWidget()->summary().contains(QStringLiteral("rejected")))
        << m_controller->statusWidget()->summary().toStdString();
    EXPECT_FALSE(m_scheduler->status(QStringLiteral("prod")).nextSync.isValid());

    // Only the token changes, not the profile.
    const Result<void> saved = m_controller->profileManager()->saveProfile(QStringLiteral("prod"), profile(), kToken);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    ASSERT_TRUE(waitUntil([&] { return m_scheduler->status(QStringLiteral("prod")).lastSuccess.isValid(); }));
    EXPECT_FALSE(m_scheduler->status(QStringLiteral("prod")).authFailed);
}

TEST_F(WiringTest, TestConnectionUsesTheStoredToken)
{
    startGateway(1);
    addProfileThroughManager(profile(), kToken);
    ProfileManagerDialog *manager = m_controller->profileManager();
    manager->selectProfile(QStringLiteral("prod"));
    manager->testSelected();
    auto *report = manager->findChild<QPlainTextEdit *>(QStringLiteral("report"));
    ASSERT_NE(report, nullptr);
    ASSERT_TRUE(waitUntil([&] { return report->toPlainText().contains(QStringLiteral("connection")); }));
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("\"prod\": connection works.")))
        << report->toPlainText().toStdString();
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("alice"))) << report->toPlainText().toStdString();
    // The token never reaches what is shown.
    EXPECT_FALSE(report->toPlainText().contains(kToken));
}

TEST_F(WiringTest, DataDashboardOptionsExplainThatOnlyRootMayChangeThem)
{
    startGateway(1, 1);
    addProfileThroughManager(profile(), kToken);
    EXPECT_EQ(m_controller->adminCandidates(), QStringList { QStringLiteral("prod") });
    m_controller->openAdminDialog();
    AdminDialog *admin = m_controller->adminDialog();
    ASSERT_NE(admin, nullptr);
    auto *status = admin->findChild<QLabel *>(QStringLiteral("status"));
    ASSERT_NE(status, nullptr);
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("root")); }))
        << status->text().toStdString();
    EXPECT_GE(m_server->countRequests(QStringLiteral("/api/user/self")), 1);
    EXPECT_EQ(m_server->countRequests(QStringLiteral("/api/option/")), 0);
}

TEST_F(WiringTest, DataDashboardOptionsLoadForRoot)
{
    startGateway(1, 100);
    m_server->setOption(QStringLiteral("DataExportEnabled"), QStringLiteral("false"));
    m_server->setOption(QStringLiteral("DataExportInterval"), QStringLiteral("17"));
    addProfileThroughManager(profile(), kToken);
    m_controller->openAdminDialogFor(QStringLiteral("prod"));
    AdminDialog *admin = m_controller->adminDialog();
    ASSERT_NE(admin, nullptr);
    ASSERT_TRUE(waitUntil([&] { return m_server->countRequests(QStringLiteral("/api/option/")) > 0; }));
    ASSERT_TRUE(waitUntil([&] { return admin->options().exportIntervalMinutes == 17; }));
    EXPECT_FALSE(admin->options().exportEnabled);
}

TEST_F(WiringTest, SettingsReachTheMainWindow)
{
    Preferences saved = Settings::defaults();
    saved.granularity = Granularity::Week;
    saved.topN = 4;
    saved.weekStart = Qt::Sunday;
    saved.timeZone = QStringLiteral("Asia/Kolkata");
    ASSERT_TRUE(m_settings->setPreferences(saved).ok());
    m_controller->applySettings();
    EXPECT_EQ(m_window->currentRequest().granularity, Granularity::Week);
    EXPECT_EQ(m_window->currentRequest().topN, 4);
    EXPECT_EQ(m_window->currentRequest().weekStart, Qt::Sunday);
    EXPECT_EQ(m_window->currentRequest().tz.id(), QByteArray("Asia/Kolkata"));
    EXPECT_EQ(m_controller->autoRefreshSeconds(), saved.refreshSeconds);

    // Through the dialog, as a user would.
    m_controller->openSettings();
    SettingsDialog *dialog = m_controller->settingsDialog();
    ASSERT_NE(dialog, nullptr);
    Preferences edited = dialog->preferences();
    edited.granularity = Granularity::Hour;
    edited.topN = 3;
    edited.timeZone = QStringLiteral("UTC");
    edited.refreshSeconds = 0;
    edited.currency.mode = CurrencyOverride::Mode::Tokens;
    dialog->setPreferences(edited);
    dialog->accept();
    EXPECT_EQ(m_window->currentRequest().granularity, Granularity::Hour);
    EXPECT_EQ(m_window->currentRequest().topN, 3);
    EXPECT_EQ(m_window->currentRequest().tz, QTimeZone::utc());
    EXPECT_EQ(m_controller->autoRefreshSeconds(), 0);
    m_window->refresh();
    ASSERT_TRUE(waitForDashboard(*m_window));
    EXPECT_EQ(m_window->dashboardData().currency.type, CurrencyDisplay::Type::Tokens);

    // A change of something else leaves the filter bar's granularity to the user.
    m_window->setGranularity(Granularity::Day);
    edited.topN = 5;
    ASSERT_TRUE(m_settings->setPreferences(edited).ok());
    EXPECT_EQ(m_window->currentRequest().granularity, Granularity::Day);
    EXPECT_EQ(m_window->currentRequest().topN, 5);

    // Appearance: the window and its charts take the dark palette, and "system" gives the start palette back.
    const QPalette before = QApplication::palette();
    edited.theme = QStringLiteral("dark");
    ASSERT_TRUE(m_settings->setPreferences(edited).ok());
    EXPECT_TRUE(Theme::isDark(QApplication::palette()));
    // Widgets hear of the application's new palette through the event loop.
    EXPECT_TRUE(waitUntil([&] { return Theme::isDark(m_window->quotaChart()->palette()); }));
    EXPECT_EQ(m_window->quotaChart()->chart()->backgroundBrush().color(),
        Theme::palette(Theme::Choice::Dark).color(QPalette::Base));
    edited.theme = QStringLiteral("system");
    ASSERT_TRUE(m_settings->setPreferences(edited).ok());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
}

TEST_F(WiringTest, WindowGeometryIsSavedOnCloseAndRestored)
{
    m_controller->restoreWindow();
    m_window->resize(1130, 710);
    m_window->show();
    m_window->close();
    ASSERT_FALSE(m_settings->windowGeometry().isEmpty());

    MainWindow other(m_dir.path());
    GatewayController controller(&other, m_settings.get(), m_profiles.get(), m_scheduler.get(), &m_nam);
    controller.restoreWindow();
    EXPECT_EQ(other.size(), QSize(1130, 710));
}

TEST_F(WiringTest, KeychainNoteShowsInStatusBarAndProfileManager)
{
    startGateway(1);
    const QString note = QStringLiteral("No keychain: tokens are kept for this run only.");
    m_controller->setKeychainNote(note);
    addProfileThroughManager(profile(), kToken);
    EXPECT_EQ(m_controller->profileManager()->notice(), note);
    auto *label = m_controller->statusWidget()->findChild<QLabel *>(QStringLiteral("keychainNote"));
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->isHidden());
    EXPECT_TRUE(m_controller->statusWidget()->details().contains(note));
}

TEST(SyncStatusWidget, SummarisesTheMostUrgentSourceAndShowsBackfillProgress)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncStatusWidget::Source a;
    a.profile.name = QStringLiteral("a");
    a.status.lastSuccess = now.addSecs(-120);
    a.status.nextSync = now.addSecs(60);
    SyncStatusWidget::Source b = a;
    b.profile.name = QStringLiteral("b");
    b.status.lastSuccess = now.addSecs(-30);
    b.status.nextSync = now.addSecs(30);

    EXPECT_EQ(SyncStatusWidget::summaryText({ a, b }, now),
        QStringLiteral("2 gateways · synced %1 · next %2")
            .arg(SyncStatusWidget::clockText(b.status.lastSuccess, now),
                SyncStatusWidget::clockText(b.status.nextSync, now)));

    // Before the scheduler has armed anything, an automatic gateway is not called manual.
    SyncStatusWidget::Source fresh;
    fresh.profile.name = QStringLiteral("c");
    EXPECT_EQ(SyncStatusWidget::summaryText({ fresh }, now), QStringLiteral("c · not synced yet"));
    fresh.profile.refreshSeconds = 0;
    EXPECT_EQ(SyncStatusWidget::summaryText({ fresh }, now), QStringLiteral("c · not synced yet · manual sync"));

    b.status.running = true;
    b.status.progressDone = 250;
    b.status.progressTotal = 1000;
    b.status.etaSeconds = 600;
    SyncStatusWidget widget;
    widget.setSources({ a, b });
    EXPECT_TRUE(widget.isProgressShown());
    EXPECT_TRUE(widget.progressText().contains(QStringLiteral("25%"))) << widget.progressText().toStdString();
    EXPECT_TRUE(widget.progressText().contains(QStringLiteral("10 min"))) << widget.progressText().toStdString();
    EXPECT_TRUE(widget.details().contains(QStringLiteral("Backfill:")));

    b.status.running = false;
    b.status.backingOffUntil = now.addSecs(90);
    b.status.backoffReason = QStringLiteral("rate limited");
    EXPECT_TRUE(SyncStatusWidget::summaryText({ a, b }, now).startsWith(QStringLiteral("b: waiting until")));
    EXPECT_TRUE(SyncStatusWidget::statusLine(b, now).contains(QStringLiteral("rate limited")));

    a.status.offlineSince = now.addSecs(-600);
    EXPECT_EQ(SyncStatusWidget::summaryText({ a, b }, now),
        QStringLiteral("a: offline since %1").arg(SyncStatusWidget::clockText(a.status.offlineSince, now)));
    widget.setSources({ a, b });
    EXPECT_FALSE(widget.isProgressShown());
}

} // namespace
