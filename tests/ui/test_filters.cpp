#include "uitestsupport.h"

#include "charts/tokentrendchart.h"
#include "comparesourcesdialog.h"
#include "comparison.h"
#include "filterbar.h"
#include "gateway/syncscheduler.h"
#include "gatewaycontroller.h"
#include "ingest/importer.h"
#include "logdetailpane.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "multiselectfilter.h"
#include "settings/profilestore.h"
#include "settings/settings.h"
#include "statcardspanel.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/eventwait.h"
#include "support/printers.h"
#include "watchedcredentialstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// `quotascope-cli stats --format json` over [from, to) with extra filter arguments.
QJsonObject cliStats(const QString &db, qint64 from, qint64 to, const QStringList &filterArgs)
{
    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        QStringList { QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--from"),
            QString::number(from), QStringLiteral("--to"), QString::number(to), QStringLiteral("--tz"),
            QStringLiteral("UTC"), QStringLiteral("--format"), QStringLiteral("json") }
            + filterArgs);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void expectStatsEqual(const StatCards &s, const QJsonObject &cli)
{
    EXPECT_EQ(s.totals.requests, cli.value(QLatin1String("requests")).toInteger());
    EXPECT_EQ(s.totals.quota, cli.value(QLatin1String("quota")).toInteger());
    EXPECT_EQ(s.totals.totalTokens(), cli.value(QLatin1String("total_tokens")).toInteger());
    EXPECT_EQ(s.errors, cli.value(QLatin1String("errors")).toInteger());
    EXPECT_EQ(s.refundQuota, cli.value(QLatin1String("refund_quota")).toInteger());
    EXPECT_EQ(s.peakRpm, cli.value(QLatin1String("peak_rpm")).toInteger());
    EXPECT_DOUBLE_EQ(s.failureRate, cli.value(QLatin1String("failure_rate")).toDouble());
}

/// The app's objects as main.cpp builds them over one cache and one INI file; a second instance over the same
/// files is a restart.
struct App
{
    App(const QString &db, QSettings *ini)
        : settings(ini)
        , credentials(&memory)
        , profiles(ini, &credentials)
        , window(db)
        , scheduler(db, &credentials)
        , controller(&window, &settings, &profiles, &scheduler, &nam)
    {
        EXPECT_TRUE(window.setTimeZoneName(QStringLiteral("UTC")));
        window.setRangePreset(RangePreset::Last30Days);
        controller.applySettings();
        window.start(false);
    }

    Settings settings;
    MemoryCredentialStore memory;
    WatchedCredentialStore credentials;
    ProfileStore profiles;
    MainWindow window;
    QNetworkAccessManager nam;
    SyncScheduler scheduler;
    GatewayController controller;
};

class FiltersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = makeDemoCache(m_dir);
        m_ini = std::make_unique<QSettings>(m_dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
    }

    /// Two users and two models that have requests in the last 30 days.
    QPair<QStringList, QStringList> someUsersAndModels(MainWindow &window)
    {
        const QStringList users = choices(window.filterBar()->filter(Dimension::User));
        const QStringList models = choices(window.filterBar()->filter(Dimension::Model));
        EXPECT_GE(users.size(), 3);
        EXPECT_GE(models.size(), 3);
        return { users.mid(0, 2), models.mid(1, 2) };
    }

    static QStringList choices(MultiSelectFilter *f)
    {
        QStringList out;
        for (int row = 0; row < f->model()->rowCount(); ++row)
            out << f->model()->item(row)->data(Qt::UserRole).toString();
        return out;
    }

    /// Checks a value as a user would: in the list of the filter's popup.
    static void check(MultiSelectFilter *f, const QString &value)
    {
        const QModelIndexList hits
            = f->model()->match(f->model()->index(0, 0), Qt::UserRole, value, 1, Qt::MatchExactly);
        ASSERT_EQ(hits.size(), 1) << value.toStdString();
        f->model()->itemFromIndex(hits.first())->setCheckState(Qt::Checked);
    }

    TempDir m_dir;
    QString m_db;
    std::unique_ptr<QSettings> m_ini;
};

TEST_F(FiltersTest, MultiSelectFiltersMatchTheCliCommaLists)
{
    App app(m_db, m_ini.get());
    ASSERT_TRUE(waitForDashboard(app.window));
    ASSERT_TRUE(waitUntil([&] { return choices(app.window.filterBar()->filter(Dimension::User)).size() >= 3; }));
    const auto [users, models] = someUsersAndModels(app.window);
    for (const QString &u : users)
        check(app.window.filterBar()->filter(Dimension::User), u);
    for (const QString &m : models)
        check(app.window.filterBar()->filter(Dimension::Model), m);
    check(app.window.filterBar()->typeFilter(), QStringLiteral("2"));
    check(app.window.filterBar()->typeFilter(), QStringLiteral("5"));
    ASSERT_TRUE(waitForDashboard(app.window));

    const DashboardData &d = app.window.dashboardData();
    EXPECT_EQ(app.window.currentRequest().filter.users, users);
    EXPECT_EQ(app.window.currentRequest().filter.types, (QList<int> { 2, 5 }));
    const QJsonObject cli = cliStats(m_db, d.from, d.to,
        { QStringLiteral("--user"), users.join(QLatin1Char(',')), QStringLiteral("--model"),
            models.join(QLatin1Char(',')), QStringLiteral("--type"), QStringLiteral("consume,error") });
    ASSERT_GT(cli.value(QLatin1String("requests")).toInteger(), 0);
    expectStatsEqual(d.stats, cli);

    // The log table lists exactly those records.
    LogTableModel *log = app.window.logModel();
    ASSERT_TRUE(waitUntil([&] { return !log->isLoading(); }));
    ASSERT_GT(log->rowCount(), 0);
    for (int row = 0; row < log->rowCount(); ++row) {
        const UsageRecord &r = log->record(row);
        EXPECT_TRUE(users.contains(r.userName)) << r.userName.toStdString();
        EXPECT_TRUE(models.contains(r.model)) << r.model.toStdString();
        EXPECT_TRUE(r.type == 2 || r.type == 5) << r.type;
    }
    EXPECT_EQ(app.window.filterBar()->chipTexts().size(), users.size() + models.size() + 2);
}

TEST_F(FiltersTest, FiltersSurviveRefreshAndRestart)
{
    FilterState expected;
    {
        App app(m_db, m_ini.get());
        ASSERT_TRUE(waitForDashboard(app.window));
        ASSERT_TRUE(waitUntil([&] { return choices(app.window.filterBar()->filter(Dimension::User)).size() >= 3; }));
        const auto [users, models] = someUsersAndModels(app.window);
        check(app.window.filterBar()->filter(Dimension::User), users.first());
        check(app.window.filterBar()->filter(Dimension::Model), models.first());
        check(app.window.filterBar()->typeFilter(), QStringLiteral("6"));
        QLineEdit *text = nullptr;
        for (QLineEdit *e : app.window.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Search requests"))
                text = e;
        }
        ASSERT_NE(text, nullptr);
        QTest::keyClicks(text, QStringLiteral("demo"));
        QTest::keyClick(text, Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] { return app.window.logModel()->selection().text == QLatin1String("demo"); }));
        expected = app.window.filterState();
        EXPECT_EQ(expected.users, QStringList { users.first() });
        EXPECT_EQ(expected.models, QStringList { models.first() });
        EXPECT_EQ(expected.types, QList<int> { 6 });
        EXPECT_EQ(expected.text, QStringLiteral("demo"));

        app.window.refresh();
        ASSERT_TRUE(waitForDashboard(app.window));
        EXPECT_EQ(app.window.filterState(), expected);
        EXPECT_EQ(app.settings.filterState(), expected);
    }
    // A restart: new objects over the same settings file.
    QSettings reopened(m_dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
    App again(m_db, &reopened);
    ASSERT_TRUE(waitForDashboard(again.window));
    EXPECT_EQ(again.window.filterState(), expected);
    EXPECT_EQ(again.window.currentRequest().filter.users, expected.users);
    EXPECT_EQ(again.window.logModel()->selection().text, expected.text);
    EXPECT_EQ(again.window.filterBar()->chipTexts().size(), 3);
}

TEST_F(FiltersTest, ChipsRemoveTheirValueAndResetClearsAll)
{
    App app(m_db, m_ini.get());
    ASSERT_TRUE(waitForDashboard(app.window));
    ASSERT_TRUE(waitUntil([&] { return choices(app.window.filterBar()->filter(Dimension::User)).size() >= 3; }));
    const auto [users, models] = someUsersAndModels(app.window);
    for (const QString &u : users)
        check(app.window.filterBar()->filter(Dimension::User), u);
    check(app.window.filterBar()->filter(Dimension::Model), models.first());
    FilterBar *bar = app.window.filterBar();
    ASSERT_EQ(bar->chipTexts().size(), 3);
    EXPECT_TRUE(bar->chipTexts().first().contains(users.first()));
    bar->removeChip(0);
    ASSERT_TRUE(waitForDashboard(app.window));
    EXPECT_EQ(app.window.filterState().users, QStringList { users.at(1) });
    EXPECT_EQ(app.window.currentRequest().filter.users, QStringList { users.at(1) });
    EXPECT_EQ(app.settings.filterState().users, QStringList { users.at(1) });
    EXPECT_EQ(bar->chipTexts().size(), 2);
    // The stats now count only the remaining user.
    const DashboardData &d = app.window.dashboardData();
    expectStatsEqual(d.stats,
        cliStats(
            m_db, d.from, d.to, { QStringLiteral("--user"), users.at(1), QStringLiteral("--model"), models.first() }));
}

TEST_F(FiltersTest, TypeAheadNarrowsTheListAndEnterChecksTheOnlyMatch)
{
    MultiSelectFilter filter(QStringLiteral("All models"));
    QAbstractItemModelTester tester(filter.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setChoices(QStringList { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
        QStringLiteral("deepseek-chat"), QStringLiteral("claude-sonnet-4") });
    QStringList emitted;
    QObject::connect(&filter, &MultiSelectFilter::selectionChanged, [&](const QStringList &v) { emitted = v; });
    filter.show();
    filter.showPopup();
    QTest::keyClicks(filter.searchField(), QStringLiteral("DEEP"));
    EXPECT_EQ(filter.proxy()->rowCount(), 1);
    QTest::keyClick(filter.searchField(), Qt::Key_Return);
    EXPECT_EQ(emitted, QStringList { QStringLiteral("deepseek-chat") });
    EXPECT_EQ(filter.text(), QStringLiteral("deepseek-chat"));

    filter.searchField()->clear();
    QTest::keyClicks(filter.searchField(), QStringLiteral("gpt"));
    EXPECT_EQ(filter.proxy()->rowCount(), 2);
    QTest::keyClick(filter.searchField(), Qt::Key_Down);
    QTest::keyClick(filter.listView(), Qt::Key_Down);
    QTest::keyClick(filter.listView(), Qt::Key_Space);
    EXPECT_EQ(emitted, (QStringList { QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat") }));
    EXPECT_EQ(filter.text(), QStringLiteral("gpt-4o-mini +1"));
    QTest::keyClick(filter.listView(), Qt::Key_Escape);
    EXPECT_FALSE(filter.popup()->isVisible());

    // A checked value that the next refresh no longer offers stays checked.
    filter.setChoices(QStringList { QStringLiteral("gpt-4o") });
    EXPECT_EQ(filter.selected(), (QStringList { QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat") }));
    filter.clear();
    EXPECT_TRUE(emitted.isEmpty());
    EXPECT_EQ(filter.text(), QStringLiteral("All models"));
}

TEST_F(FiltersTest, StatCardsCompareWithThePreviousPeriodAsTheCliCountsIt)
{
    App app(m_db, m_ini.get());
    ASSERT_TRUE(waitForDashboard(app.window));
    app.window.setRangePreset(RangePreset::Last7Days);
    ASSERT_TRUE(waitForDashboard(app.window));
    const DashboardData &d = app.window.dashboardData();
    ASSERT_TRUE(d.previous.has_value());
    EXPECT_EQ(d.previous->to, d.from);
    EXPECT_EQ(d.previous->to - d.previous->from, d.to - d.from);
    expectStatsEqual(d.stats, cliStats(m_db, d.from, d.to, {}));
    const QJsonObject before = cliStats(m_db, d.previous->from, d.previous->to, {});
    ASSERT_GT(before.value(QLatin1String("requests")).toInteger(), 0);
    expectStatsEqual(d.previous->stats, before);

    const CardDelta requests { double(d.stats.totals.requests), double(d.previous->stats.totals.requests), false };
    StatCardsPanel *cards = app.window.statCards();
    EXPECT_EQ(cards->delta(StatCardsPanel::Requests), requests.text());
    EXPECT_TRUE(cards->deltaToolTip(StatCardsPanel::Requests).contains(QLocale().toString(d.stats.totals.requests)));
    EXPECT_TRUE(
        cards->deltaToolTip(StatCardsPanel::Requests).contains(QLocale().toString(d.previous->stats.totals.requests)));
}

TEST(CardDelta, ArrowsPercentagesAndZeroPrevious)
{
    EXPECT_EQ((CardDelta { 150, 100, false }.text()), QStringLiteral("▲ 50.0%"));
    EXPECT_EQ((CardDelta { 75, 100, false }.text()), QStringLiteral("▼ 25.0%"));
    EXPECT_EQ((CardDelta { 0, 0, false }.text()), QStringLiteral("= 0%"));
    EXPECT_EQ((CardDelta { 5, 0, false }.text()), QStringLiteral("▲ new"));
    EXPECT_EQ((CardDelta { 0, 5, false }.text()), QStringLiteral("▼ 100.0%"));
    EXPECT_EQ((CardDelta { 0.015, 0.01, true }.text()), QStringLiteral("▲ 0.50 pp"));
    EXPECT_TRUE(std::isnan(CardDelta { 1, 0, false }.relativeChange()));
}

/// A cache of records with many equal timestamps and every log type, for the log table.
class LogTableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("log-table-test"));
        ASSERT_TRUE(cache.ok());
        const qint64 source = SourceRepository(cache->db())
                                  .ensure(QStringLiteral("s"), QStringLiteral("file"), SourceInfo::Backing::Records)
                                  .value();
        QList<UsageRecord> records;
        for (int i = 0; i < 1000; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.gatewayId = i + 1;
            r.createdAt = Start + (i * 7) % 300; // ties: about three records a second
            r.type = 1 + i % 6;
            r.userName = QStringLiteral("user%1").arg(i % 4);
            r.model = r.type == 2 ? QStringLiteral("gpt-4o") : QString();
            r.channelId = r.type == 2 || r.type == 5 ? 3 : 0;
            r.requestId = QStringLiteral("req-%1").arg(i);
            r.other = QByteArrayLiteral("{\"admin_info\":{\"use_channel\":[\"3\",\"7\"]},\"cache_ratio\":0.1,"
                                        "\"frt\":612.5,\"model_ratio\":0.075,\"model_price\":-1,\"web_search\":true}");
            records << r;
        }
        RecordWriter w(cache->db(), source);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(records).ok());
        ASSERT_TRUE(w.commit().ok());
        m_expectedDesc = expectedOrder(cache->db(), true);
        m_expectedAsc = expectedOrder(cache->db(), false);
    }

    static QStringList expectedOrder(sqlite3 *db, bool descending)
    {
        QStringList out;
        const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        for (const QVariantList &row :
            rows(db, QStringLiteral("SELECT identity FROM usage_records ORDER BY created_at %1, id %1").arg(dir)))
            out << row.at(0).toString();
        return out;
    }

    /// Scrolls the model to its end, page by page, as a view would.
    static QStringList loadAll(LogTableModel &model)
    {
        EXPECT_TRUE(waitUntil([&] { return !model.isLoading(); }));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            EXPECT_TRUE(waitUntil([&] { return !model.isLoading(); }));
        }
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.record(row).identity;
        return out;
    }

    static constexpr qint64 Start = 1772323200;
    TempDir m_dir;
    QStringList m_expectedDesc, m_expectedAsc;
};

TEST_F(LogTableTest, PagesByKeyInBothOrdersAndPassesTheModelTester)
{
    LogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabasePath(m_dir.path());
    Filter all;
    all.types.clear();
    model.setQuery(Start, Start + 3600, all);
    const QStringList loaded = loadAll(model);
    EXPECT_EQ(loaded.size(), m_expectedDesc.size());
    EXPECT_EQ(QSet<QString>(loaded.begin(), loaded.end()).size(), loaded.size());
    EXPECT_EQ(loaded, m_expectedDesc);
    EXPECT_EQ(model.totalCount(), 1000);
    model.sort(LogTableModel::Time, Qt::AscendingOrder);
    EXPECT_FALSE(model.newestFirst());
    EXPECT_EQ(loadAll(model), m_expectedAsc);

    // Jumping to a moment lists from its first record on, in the current order.
    model.jumpToTime(Start + 150);
    const QStringList fromThere = loadAll(model);
    ASSERT_FALSE(fromThere.isEmpty());
    EXPECT_EQ(model.record(0).createdAt, Start + 150);
    EXPECT_EQ(fromThere, m_expectedAsc.mid(m_expectedAsc.size() - fromThere.size()));

    // A search narrows the listing; the count follows.
    model.setSearch(QStringLiteral("req-42"), QString());
    EXPECT_EQ(loadAll(model), QStringList { QStringLiteral("id:42") });
    EXPECT_EQ(model.totalCount(), 1);
    model.setSearch(QString(), QStringLiteral("USER3"));
    EXPECT_EQ(loadAll(model).size(), 250);
    EXPECT_EQ(model.totalCount(), 250);
}

TEST_F(LogTableTest, NonConsumeRowsShowAnEmptyChannel)
{
    LogTableModel model;
    model.setDatabasePath(m_dir.path());
    Filter all;
    all.types.clear();
    model.setQuery(Start, Start + 3600, all);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; }));
    int empty = 0, withId = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString channel = model.index(row, LogTableModel::Channel).data().toString();
        if (model.record(row).channelId == 0) {
            EXPECT_TRUE(channel.isEmpty()) << channel.toStdString();
            ++empty;
        } else {
            EXPECT_EQ(channel, QStringLiteral("3"));
            ++withId;
        }
    }
    EXPECT_GT(empty, 0);
    EXPECT_GT(withId, 0);
}

TEST_F(LogTableTest, DetailPaneShowsTheParsedOtherAndCopiesJson)
{
    UsageRecord r;
    r.type = 2;
    r.requestId = QStringLiteral("req-1");
    r.model = QStringLiteral("gpt-4o");
    r.channelId = 3;
    r.channelName = QStringLiteral("azure-east");
    r.cacheReadTokens = 1200;
    r.other = QByteArrayLiteral("{\"admin_info\":{\"use_channel\":[\"3\",\"7\"]},\"cache_ratio\":0.1,\"frt\":612,"
                                "\"model_ratio\":0.075,\"model_price\":-1,\"web_search\":true}");
    const QList<LogDetailPane::Field> fields = LogDetailPane::fields(r, CurrencyDisplay(), QTimeZone::utc());
    QHash<QString, QString> byLabel;
    for (const LogDetailPane::Field &f : fields)
        byLabel.insert(f.label, f.value);
    EXPECT_EQ(byLabel.value(QStringLiteral("Channel chain")), QStringLiteral("3 → 7"));
    EXPECT_EQ(byLabel.value(QStringLiteral("Model ratio")), QStringLiteral("0.075"));
    EXPECT_EQ(byLabel.value(QStringLiteral("Cache read ratio")), QStringLiteral("0.1"));
    EXPECT_EQ(byLabel.value(QStringLiteral("First response")), QStringLiteral("612 ms"));
    EXPECT_EQ(byLabel.value(QStringLiteral("Cache read")), QLocale().toString(1200));
    EXPECT_EQ(byLabel.value(QStringLiteral("web_search")), QStringLiteral("true")); // an unknown key, as delivered
    EXPECT_EQ(byLabel.value(QStringLiteral("Channel")), QStringLiteral("azure-east (id 3)"));

    LogDetailPane pane;
    pane.setRecord(r);
    pane.copyJson();
    const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    EXPECT_EQ(copied.value(QLatin1String("request_id")).toString(), QStringLiteral("req-1"));
    EXPECT_EQ(copied.value(QLatin1String("other"))
                  .toObject()
                  .value(QLatin1String("admin_info"))
                  .toObject()
                  .value(QLatin1String("use_channel"))
                  .toArray()
                  .size(),
        2);
    pane.setRecord(std::nullopt);
    EXPECT_TRUE(pane.shownJson().isEmpty());

    // Lenient: an `other` that is not JSON shows the record without its details.
    r.other = QByteArrayLiteral("not json");
    EXPECT_FALSE(LogDetailPane::fields(r, CurrencyDisplay(), QTimeZone::utc()).isEmpty());
    EXPECT_EQ(QJsonDocument::fromJson(LogDetailPane::json(r).toUtf8()).object().value(QLatin1String("other")),
        QJsonValue(QStringLiteral("not json")));
}

TEST_F(LogTableTest, SelectingARowInTheWindowFillsTheDetailPane)
{
    MainWindow window(m_dir.path());
    ASSERT_TRUE(window.setTimeZoneName(QStringLiteral("UTC")));
    window.setRangePreset(RangePreset::All);
    FilterState all;
    all.types = { 1, 2, 3, 4, 5, 6 };
    window.setFilterState(all);
    window.start(false);
    ASSERT_TRUE(waitForDashboard(window));
    ASSERT_GT(window.logModel()->rowCount(), 0);
    window.logView()->selectRow(0);
    EXPECT_EQ(window.detailPane()->shownJson(), LogDetailPane::json(window.logModel()->record(0)));
}

} // namespace

namespace {

/// Saves a picture where QUOTASCOPE_TEST_SCREENSHOTS points, for a person to look at.
void saveForReview(QWidget &widget, const QString &name)
{
    const QPixmap pixmap = widget.grab();
    ASSERT_FALSE(pixmap.isNull());
    const QString dir = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(pixmap.save(QDir(dir).filePath(name), "PNG"));
    }
}

} // namespace

TEST_F(FiltersTest, ChipsAndDetailPaneFitTheWindow)
{
    App app(m_db, m_ini.get());
    app.window.resize(1600, 1000);
    app.window.show();
    ASSERT_TRUE(waitForDashboard(app.window));
    ASSERT_TRUE(waitUntil([&] { return choices(app.window.filterBar()->filter(Dimension::User)).size() >= 3; }));
    const auto [users, models] = someUsersAndModels(app.window);
    for (const QString &u : users)
        check(app.window.filterBar()->filter(Dimension::User), u);
    check(app.window.filterBar()->filter(Dimension::Model), models.first());
    check(app.window.filterBar()->typeFilter(), QStringLiteral("2"));
    check(app.window.filterBar()->typeFilter(), QStringLiteral("5"));
    app.window.setRangePreset(RangePreset::Last7Days);
    ASSERT_TRUE(waitForDashboard(app.window));
    ASSERT_GT(app.window.logModel()->rowCount(), 0);
    app.window.logView()->selectRow(0);
    ASSERT_FALSE(app.window.detailPane()->shownJson().isEmpty());
    QCoreApplication::processEvents();

    // Every chip is whole and inside the window, and none overlaps the next.
    const QList<QToolButton *> chips
        = app.window.filterBar()->findChildren<QToolButton *>(QString(), Qt::FindChildrenRecursively);
    QList<QRect> chipRects;
    for (QToolButton *b : chips) {
        if (b->isVisible() && !b->accessibleName().isEmpty() && b->accessibleName().contains(QLatin1String(": ")))
            chipRects << QRect(b->mapTo(&app.window, QPoint(0, 0)), b->size());
    }
    ASSERT_EQ(chipRects.size(), 5);
    for (int i = 0; i < chipRects.size(); ++i) {
        EXPECT_TRUE(app.window.rect().contains(chipRects.at(i)));
        EXPECT_GE(chipRects.at(i).width(), chips.first()->fontMetrics().horizontalAdvance(QStringLiteral("Type: ")));
        if (i > 0) {
            EXPECT_FALSE(chipRects.at(i).intersects(chipRects.at(i - 1)));
        }
    }
    EXPECT_GE(app.window.detailPane()->width(), 260);
    saveForReview(app.window, QStringLiteral("filters-en.png"));
}

TEST_F(FiltersTest, TrendOverlaysThePreviousPeriodAsTheCliBucketsIt)
{
    App app(m_db, m_ini.get());
    ASSERT_TRUE(waitForDashboard(app.window));
    EXPECT_TRUE(app.window.tokenChart()->previousValues().isEmpty());
    app.window.setRangePreset(RangePreset::Last7Days);
    app.window.setGranularity(Granularity::Day);
    app.window.setOverlayPrevious(true);
    ASSERT_TRUE(waitForDashboard(app.window));
    const DashboardData &d = app.window.dashboardData();
    ASSERT_TRUE(d.previous.has_value());
    const QList<double> drawn = app.window.tokenChart()->previousValues();
    ASSERT_EQ(drawn.size(), app.window.tokenChart()->buckets().size());

    // `report --by none` over the previous period, bucket by bucket.
    const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
        { QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--from"),
            QString::number(d.previous->from), QStringLiteral("--to"), QString::number(d.previous->to),
            QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--granularity"), QStringLiteral("day"),
            QStringLiteral("--by"), QStringLiteral("none"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QMap<qint64, double> cli;
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("rows")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        cli[QDateTime::fromString(row.value(QLatin1String("bucket")).toString(), Qt::ISODate).toSecsSinceEpoch()]
            += row.value(QLatin1String("total_tokens")).toDouble();
    }
    double cliTotal = 0, drawnTotal = 0;
    for (int i = 0; i < drawn.size(); ++i) {
        const qint64 bucket = d.previous->tokens.buckets.at(i);
        EXPECT_NEAR(drawn.at(i), cli.value(bucket), 1e-6 * qMax(1.0, cli.value(bucket))) << i;
        cliTotal += cli.value(bucket);
        drawnTotal += drawn.at(i);
    }
    EXPECT_GT(cliTotal, 0);
    EXPECT_NEAR(drawnTotal, double(d.previous->stats.totals.totalTokens()), 1e-6 * drawnTotal);

    app.window.setOverlayPrevious(false);
    ASSERT_TRUE(waitForDashboard(app.window));
    EXPECT_TRUE(app.window.tokenChart()->previousValues().isEmpty());
}

TEST_F(FiltersTest, CompareSourcesShowsBothSourcesAsTheCliCountsThem)
{
    {
        auto cache = CacheDb::open(m_db, QStringLiteral("compare-test-import"));
        ASSERT_TRUE(cache.ok());
        const auto summary = Importer(cache->db())
                                 .importFile(fixturePath(QStringLiteral("ui-newapi-sample.jsonl")),
                                     QStringLiteral("Second gateway"), ImportOptions());
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    }
    App app(m_db, m_ini.get());
    ASSERT_TRUE(waitForDashboard(app.window));
    QList<SourceInfo> sources;
    {
        auto cache = CacheDb::open(m_db, QStringLiteral("compare-test-list"));
        sources = SourceRepository(cache->db()).list().value();
    }
    ASSERT_EQ(sources.size(), 2);
    const qint64 from = qMin(sources.at(0).firstAt, sources.at(1).firstAt);
    const qint64 to = qMax(sources.at(0).lastAt, sources.at(1).lastAt) + 1;
    CompareSourcesDialog dialog(m_db, sources, app.window.currentRequest(), from, to, CurrencyDisplay());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.setSources(sources.at(0).id, sources.at(1).id);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isLoading(); }));

    const SourceComparison &c = dialog.comparison();
    const QJsonObject cliA = cliStats(m_db, from, to, { QStringLiteral("--source"), sources.at(0).name });
    const QJsonObject cliB = cliStats(m_db, from, to, { QStringLiteral("--source"), sources.at(1).name });
    ASSERT_GT(cliA.value(QLatin1String("requests")).toInteger(), 0);
    ASSERT_GT(cliB.value(QLatin1String("requests")).toInteger(), 0);
    expectStatsEqual(c.a, cliA);
    expectStatsEqual(c.b, cliB);
    EXPECT_EQ(dialog.cards(1)->value(StatCardsPanel::Requests), QLocale().toString(c.b.totals.requests));

    // Per model: `report --by model` of each source, summed over its buckets.
    for (int side = 0; side < 2; ++side) {
        const ProcessResult r = runProcess(QStringLiteral(QS_CLI_PATH),
            { QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--from"), QString::number(from),
                QStringLiteral("--to"), QString::number(to), QStringLiteral("--tz"), QStringLiteral("UTC"),
                QStringLiteral("--granularity"), QStringLiteral("month"), QStringLiteral("--by"),
                QStringLiteral("model"), QStringLiteral("--source"), sources.at(side).name, QStringLiteral("--format"),
                QStringLiteral("json") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QHash<QString, qint64> quota;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("rows")).toArray();
        for (const QJsonValue &v : rows)
            quota[v[QLatin1String("key")].toString()] += v[QLatin1String("quota")].toInteger();
        ASSERT_FALSE(quota.isEmpty());
        SourceComparisonModel *m = dialog.model();
        int matched = 0;
        for (int row = 1; row < m->rowCount(); ++row) {
            const QString model = c.models.at(row - 1).model;
            const int column = side == 0 ? SourceComparisonModel::QuotaA : SourceComparisonModel::QuotaB;
            EXPECT_EQ(m->index(row, column).data(Qt::UserRole).toLongLong(), quota.value(model)) << model.toStdString();
            matched += quota.contains(model);
        }
        EXPECT_EQ(matched, quota.size());
    }
    const CardDelta total { double(c.b.totals.quota), double(c.a.totals.quota), false };
    EXPECT_EQ(dialog.model()->index(0, SourceComparisonModel::QuotaDelta).data().toString(), total.text());
    dialog.resize(1300, 700);
    dialog.show();
    saveForReview(dialog, QStringLiteral("compare-sources-en.png"));
}
