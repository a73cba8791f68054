// Gateways › Live dashboard: a database profile in live mode feeds the window's cards and charts from its server
// (a real PostgreSQL started by the test), says so in the status bar, and hands back to the cache.

#include "gateway/syncscheduler.h"
#include "cachelatencyview.h"
#include "gatewaycontroller.h"
#include "gateway/dbsource.h"
#include "logdetailpane.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "settings/profilestore.h"
#include "settings/settings.h"
#include "store/cachedb.h"
#include "support/dbservers.h"
#include "support/eventwait.h"
#include "support/gatewaylogs.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>

#include <gtest/gtest.h>

#include <memory>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

QString statusBarText(MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST(LiveWiring, ALiveProfileFeedsTheDashboardFromItsServer)
{
    PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<GenLog> logs = makeLogs(2000, 1, now - 3 * 86400);
    qint64 consumed = 0;
    for (const GenLog &g : logs)
        consumed += g.type == 2 ? 1 : 0;
    ASSERT_EQ(server.createDatabase(QStringLiteral("livewin")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livewin"), schemaSql(Schema::NewApi, false)), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livewin"), insertSql(Schema::NewApi, false, logs)), QString());
    ASSERT_EQ(server.createReader(QStringLiteral("livewin"), QStringLiteral("reader"), QStringLiteral("Lv-Pw-66")),
        QString());

    TempDir dir;
    ASSERT_TRUE(CacheDb::open(dir.path(), QStringLiteral("live-wiring-create")).ok());
    QSettings ini(dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
    Settings settings(&ini);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&ini, &credentials);
    MainWindow window(dir.path());
    window.resize(1200, 800);
    SyncScheduler scheduler(dir.path(), &credentials);
    QNetworkAccessManager nam;
    GatewayController controller(&window, &settings, &profiles, &scheduler, &nam);
    int updates = 0;
    QObject::connect(&window, &MainWindow::dashboardUpdated, [&] { ++updates; });

    auto *live = window.gatewaysMenu()->findChild<QMenu *>(QStringLiteral("liveMenu"));
    ASSERT_NE(live, nullptr);
    EXPECT_FALSE(live->menuAction()->isVisible()) << "no live profile yet";

    GatewayProfile p;
    p.name = QStringLiteral("pg live");
    p.source = GatewayProfile::Source::Database;
    p.dbMode = GatewayProfile::DbMode::Live;
    p.database.host = QStringLiteral("127.0.0.1");
    p.database.port = server.port();
    p.database.database = QStringLiteral("livewin");
    p.database.user = QStringLiteral("reader");
    p.database.tls = DatabaseProfile::Tls::Disable;
    ASSERT_TRUE(profiles.add(p).ok());
    ASSERT_TRUE(profiles.setToken(p.name, QStringLiteral("Lv-Pw-66")).ok());
    EXPECT_TRUE(live->menuAction()->isVisible());
    QAction *fromServer = menuAction(live, QStringLiteral("Live from pg live"));
    ASSERT_NE(fromServer, nullptr);

    const int before = updates;
    fromServer->trigger();
    ASSERT_TRUE(waitUntil([&] { return updates > before; }));
    EXPECT_EQ(window.liveProfile().value_or(QString()), p.name);
    EXPECT_EQ(window.dashboardData().stats.totals.requests, consumed);
    EXPECT_GT(window.dashboardData().quotaByModel.rows.size(), 0);
    EXPECT_TRUE(statusBarText(window).contains(QStringLiteral("live from PostgreSQL")))
        << statusBarText(window).toStdString();
    EXPECT_TRUE(menuAction(live, QStringLiteral("Live from pg live"))->isChecked());
    // The cache and latency tab says in place that live mode cannot answer it, instead of showing the cache.
    auto *cacheLatency = window.findChild<CacheLatencyView *>();
    ASSERT_NE(cacheLatency, nullptr);
    EXPECT_TRUE(cacheLatency->unavailableReason().contains(QStringLiteral("Not available in live mode")));

    // A server that goes away shows its error in place; nothing is copied meanwhile.
    server.kill();
    const int beforeError = updates;
    window.refresh();
    ASSERT_TRUE(waitUntil([&] { return updates > beforeError; }));
    EXPECT_TRUE(statusBarText(window).contains(QStringLiteral("Could not load the dashboard")))
        << statusBarText(window).toStdString();
    EXPECT_TRUE(scheduler.isIdle());

    // Back to the cache, which is empty.
    const int beforeCache = updates;
    menuAction(live, QStringLiteral("Off: the local cache"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return updates > beforeCache; }));
    EXPECT_FALSE(window.liveProfile().has_value());
    EXPECT_EQ(window.dashboardData().stats.totals.requests, 0);
    EXPECT_EQ(cacheLatency->unavailableReason(), QString());
    EXPECT_FALSE(statusBarText(window).contains(QStringLiteral("live from")));
}

TEST(LiveWiring, ChangingTheViewCancelsTheRunningLiveQueryOnTheServer)
{
    PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<GenLog> logs = makeLogs(500, 1, now - 3 * 86400);
    qint64 consumed = 0;
    for (const GenLog &g : logs)
        consumed += g.type == 2 ? 1 : 0;
    ASSERT_EQ(server.createDatabase(QStringLiteral("livecancel")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livecancel"), schemaSql(Schema::NewApi, false)), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livecancel"), insertSql(Schema::NewApi, false, logs)), QString());
    ASSERT_EQ(server.createReader(QStringLiteral("livecancel"), QStringLiteral("reader"), QStringLiteral("Lc-Pw-12")),
        QString());

    TempDir dir;
    ASSERT_TRUE(CacheDb::open(dir.path(), QStringLiteral("live-cancel-create")).ok());
    MainWindow window(dir.path());
    int updates = 0;
    QObject::connect(&window, &MainWindow::dashboardUpdated, [&] { ++updates; });
    MainWindow::LiveSource source;
    source.profile = QStringLiteral("pg live");
    source.database.host = QStringLiteral("127.0.0.1");
    source.database.port = server.port();
    source.database.database = QStringLiteral("livecancel");
    source.database.user = QStringLiteral("reader");
    source.database.tls = DatabaseProfile::Tls::Disable;
    source.password = QStringLiteral("Lc-Pw-12");
    window.setLiveSource(source);
    ASSERT_TRUE(waitUntil([&] { return updates > 0 && !window.logModel()->isLoading(); }));

    // The admin locks the table: the next live refresh waits on the server until it is cancelled or let go. A
    // second admin session watches (a transaction sees pg_stat_activity as it was when it began).
    const auto adminSession = [&](const QString &name) {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(server.port());
        admin.setDatabaseName(QStringLiteral("livecancel"));
        admin.setUserName(QStringLiteral("qsadmin"));
        admin.setPassword(TestDbServer::adminPassword());
        EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        return admin;
    };
    const QString lockerName = QStringLiteral("live-cancel-locker"), watcherName = QStringLiteral("live-cancel-watcher");
    {
        QSqlDatabase locker = adminSession(lockerName);
        QSqlDatabase watcher = adminSession(watcherName);
        QSqlQuery q(locker);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(q.exec(QStringLiteral("LOCK TABLE logs IN ACCESS EXCLUSIVE MODE")));
        const auto waiting = [&] {
            QList<qint64> pids;
            QSqlQuery w(watcher);
            w.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = 'QuotaScope' AND state = "
                                  "'active' AND wait_event_type = 'Lock' ORDER BY pid"));
            while (w.next())
                pids << w.value(0).toLongLong();
            return pids;
        };
        const int before = updates;
        window.refresh(); // the filter values' query and the dashboard's
        ASSERT_TRUE(waitUntil([&] { return waiting().size() == 2; }));
        const QList<qint64> first = waiting();

        // The user changes the view: the waiting queries are stopped on the server, the new ones wait instead.
        window.refresh();
        ASSERT_TRUE(waitUntil([&] {
            const QList<qint64> pids = waiting();
            return pids.size() == 2 && !pids.contains(first[0]) && !pids.contains(first[1]);
        })) << "the first refresh's queries still wait on the server";
        EXPECT_EQ(updates, before) << "nothing shown while the table is locked";

        ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
        ASSERT_TRUE(waitUntil([&] { return updates > before; }));
        EXPECT_EQ(window.dashboardData().stats.totals.requests, consumed);
        EXPECT_TRUE(statusBarText(window).contains(QStringLiteral("live from PostgreSQL")))
            << statusBarText(window).toStdString();
        q = QSqlQuery();
        locker.close();
        watcher.close();
    }
    QSqlDatabase::removeDatabase(lockerName);
    QSqlDatabase::removeDatabase(watcherName);
}

TEST(LiveWiring, TheRequestsTableListsTheServersRowsPageByPageAndHandsBackToTheCache)
{
    PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<GenLog> logs = makeLogs(600, 1, now - 3 * 86400);
    ASSERT_EQ(server.createDatabase(QStringLiteral("livelogs")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livelogs"), schemaSql(Schema::NewApi, false)), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livelogs"), insertSql(Schema::NewApi, false, logs)), QString());
    ASSERT_EQ(server.createReader(QStringLiteral("livelogs"), QStringLiteral("reader"), QStringLiteral("Ll-Pw-48")),
        QString());
    MainWindow::LiveSource source;
    source.profile = QStringLiteral("pg live");
    source.database.host = QStringLiteral("127.0.0.1");
    source.database.port = server.port();
    source.database.database = QStringLiteral("livelogs");
    source.database.user = QStringLiteral("reader");
    source.database.tls = DatabaseProfile::Tls::Disable;
    source.password = QStringLiteral("Ll-Pw-48");

    // The cache holds a copy of the logs; then the gateway logs one more request, newer than all of them.
    TempDir dir;
    {
        auto cache = CacheDb::open(dir.path(), QStringLiteral("live-log-copy"));
        ASSERT_TRUE(cache.ok());
        auto db = GatewayDatabase::open(source.database, source.password);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        auto copied = DatabaseCopier(cache->db()).copy(*db.value(), QStringLiteral("copy"));
        ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
        ASSERT_EQ(copied->added, 600);
    }
    GenLog extra = logs.first();
    extra.id = 601;
    extra.createdAt = logs.last().createdAt + 60;
    extra.type = 2;
    extra.requestId = QStringLiteral("only-on-the-server");
    ASSERT_EQ(server.exec(QStringLiteral("livelogs"), insertSql(Schema::NewApi, false, { extra })), QString());

    MainWindow window(dir.path());
    window.resize(1200, 800);
    int updates = 0;
    QObject::connect(&window, &MainWindow::dashboardUpdated, [&] { ++updates; });
    LogTableModel *model = window.logModel();
    const auto settled = [&](int after) {
        return waitUntil([&] { return updates > after && !model->isLoading() && model->rowCount() > 0; });
    };
    window.refresh();
    ASSERT_TRUE(settled(0));
    EXPECT_FALSE(model->isLive());
    ASSERT_EQ(model->rowCount(), LogTableModel::PageSize);
    EXPECT_EQ(model->totalCount(), 600);
    EXPECT_NE(model->record(0).requestId, extra.requestId) << "the cache has not seen it";

    int before = updates;
    window.setLiveSource(source);
    ASSERT_TRUE(settled(before));
    EXPECT_TRUE(model->isLive());
    EXPECT_EQ(model->totalCount(), 601);
    ASSERT_EQ(model->rowCount(), LogTableModel::PageSize);
    EXPECT_EQ(model->record(0).requestId, extra.requestId);
    EXPECT_EQ(model->record(0).identity, QStringLiteral("id:601"));
    EXPECT_EQ(model->record(1).gatewayId, 600);
    // The next pages come from the server as the view scrolls, in order and without a gap or a repeat.
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading() && model->rowCount() == 2 * LogTableModel::PageSize; }));
    for (int row = 1; row < model->rowCount(); ++row)
        ASSERT_EQ(model->record(row).gatewayId, 601 - row) << row;
    // Oldest first is a keyset query from the other end.
    model->sort(LogTableModel::Time, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading() && model->rowCount() > 0 && model->record(0).gatewayId == 1; }));
    model->sort(LogTableModel::Time, Qt::DescendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading() && model->record(0).gatewayId == 601; }));
    // The detail pane shows the live row.
    QTableView *table = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>()) {
        if (view->model() == model)
            table = view;
    }
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(model->index(0, 0));
    auto *detail = window.findChild<LogDetailPane *>();
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->shownJson().contains(extra.requestId)) << detail->shownJson().toStdString();

    // Off: the cache again, which has not seen the new request.
    before = updates;
    window.setLiveSource(std::nullopt);
    ASSERT_TRUE(settled(before));
    EXPECT_FALSE(model->isLive());
    EXPECT_EQ(model->totalCount(), 600);
    EXPECT_EQ(model->record(0).gatewayId, 600);
}

TEST(LiveWiring, ChangingTheTablesViewCancelsItsRunningPageQueryOnTheServer)
{
    PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ASSERT_EQ(server.createDatabase(QStringLiteral("livepages")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livepages"), schemaSql(Schema::NewApi, false)), QString());
    ASSERT_EQ(server.exec(QStringLiteral("livepages"), insertSql(Schema::NewApi, false, makeLogs(300, 1, now - 86400))),
        QString());
    ASSERT_EQ(server.createReader(QStringLiteral("livepages"), QStringLiteral("reader"), QStringLiteral("Lp-Pw-90")),
        QString());

    TempDir dir;
    ASSERT_TRUE(CacheDb::open(dir.path(), QStringLiteral("live-pages-create")).ok());
    MainWindow window(dir.path());
    int updates = 0;
    QObject::connect(&window, &MainWindow::dashboardUpdated, [&] { ++updates; });
    MainWindow::LiveSource source;
    source.profile = QStringLiteral("pg live");
    source.database.host = QStringLiteral("127.0.0.1");
    source.database.port = server.port();
    source.database.database = QStringLiteral("livepages");
    source.database.user = QStringLiteral("reader");
    source.database.tls = DatabaseProfile::Tls::Disable;
    source.password = QStringLiteral("Lp-Pw-90");
    window.setLiveSource(source);
    LogTableModel *model = window.logModel();
    ASSERT_TRUE(waitUntil([&] { return updates > 0 && !model->isLoading() && model->rowCount() > 0; }));

    const QString lockerName = QStringLiteral("live-pages-locker"), watcherName = QStringLiteral("live-pages-watcher");
    {
        const auto adminSession = [&](const QString &name) {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(server.port());
            admin.setDatabaseName(QStringLiteral("livepages"));
            admin.setUserName(QStringLiteral("qsadmin"));
            admin.setPassword(TestDbServer::adminPassword());
            EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
            return admin;
        };
        QSqlDatabase locker = adminSession(lockerName);
        QSqlDatabase watcher = adminSession(watcherName);
        QSqlQuery q(locker);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(q.exec(QStringLiteral("LOCK TABLE logs IN ACCESS EXCLUSIVE MODE")));
        const auto waiting = [&] {
            QList<qint64> pids;
            QSqlQuery w(watcher);
            w.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = 'QuotaScope' AND state = "
                                  "'active' AND wait_event_type = 'Lock' ORDER BY pid"));
            while (w.next())
                pids << w.value(0).toLongLong();
            return pids;
        };
        model->setNewestFirst(false); // the table's first page and its count wait on the server
        ASSERT_TRUE(waitUntil([&] { return waiting().size() == 2; }));
        const QList<qint64> first = waiting();

        // The user turns the order back: the waiting page and count are stopped on the server.
        model->setNewestFirst(true);
        ASSERT_TRUE(waitUntil([&] {
            const QList<qint64> pids = waiting();
            return pids.size() == 2 && !pids.contains(first[0]) && !pids.contains(first[1]);
        })) << "the first order's page query still waits on the server";
        EXPECT_TRUE(model->isLoading());

        ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
        ASSERT_TRUE(waitUntil([&] { return !model->isLoading() && model->rowCount() > 0; }));
        EXPECT_EQ(model->record(0).gatewayId, 300);
        EXPECT_EQ(model->totalCount(), 300);
        q = QSqlQuery();
        locker.close();
        watcher.close();
    }
    QSqlDatabase::removeDatabase(lockerName);
    QSqlDatabase::removeDatabase(watcherName);
}
