#pragma once

#include "gateway/gatewayclient.h"
#include "gateway/gatewaystatus.h"
#include "model/usagerecord.h"
#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

#include <QNetworkAccessManager>

struct sqlite3;

namespace QuotaScope {

/** Tuning of one sync run. The defaults suit real gateways; tests shrink the delays. */
struct SyncOptions
{
    ClientOptions client;
    /// Logs newer than now - settleSeconds are left for the next run: the gateway writes a log when a request
    /// ends, so the last seconds may still receive rows with older timestamps.
    qint64 settleSeconds = 10;
    int maxWindowRows = 2000; ///< a window with more rows is split in two (by time) before paging
    /// A list without a total (one-api, older /api/log/self) still going after this many pages is split in two
    /// by time and read again, so that busy days stay well under maxPagesPerWindow.
    int splitAfterPages = 100;
    /// Pages read for one window before the run stops with an error (a list that never ends). A window with a
    /// total needs at most maxWindowRows / 100 + 1 pages, one without a total about splitAfterPages.
    int maxPagesPerWindow = 2000;
    int maxRereads = 3;       ///< a window whose counts do not add up is read again this many times
    /// Hourly mode re-fetches hours that started less than this long ago: the gateway flushes its hourly
    /// counters every DataExportInterval minutes, so recent hours keep growing.
    qint64 hourlyRefetchSeconds = 2 * 3600;
    /// UTC seconds; the system clock when empty. A clock ahead of the system clock is held back to it, so no
    /// run reads ahead of the present or stores a cursor in the future.
    std::function<qint64()> clock;
};

/** What one sync run did. */
struct SyncReport
{
    QString profile;
    bool ok = false;
    Error error;           ///< when !ok; Kind::Auth means the credentials must be fixed before syncing again
    bool offline = false;  ///< the gateway could not be reached at all
    GatewayProfile::Kind kind = GatewayProfile::Kind::Auto; ///< as detected or configured
    qint64 from = 0, to = 0;    ///< the range synced this run (UTC s, inclusive)
    qint64 cursor = 0;          ///< where the next run starts
    qint64 windows = 0;         ///< windows committed
    qint64 rereads = 0;         ///< windows read again because counts did not add up
    qint64 added = 0;           ///< new records (logs mode)
    qint64 duplicates = 0;      ///< records already cached
    qint64 buckets = 0;         ///< hourly buckets written (hourly mode)
    qint64 requests = 0, retries = 0, rateLimitWaits = 0;
    QStringList warnings;       ///< e.g. plain http to a remote host
    QDateTime startedAt, finishedAt;
};

/**
 * Pulls one gateway profile into the cache, incrementally and asynchronously.
 *
 * Every run first records GET /api/status (kind, currency) and GET /api/user/self (balance, lifetime
 * counters) into the source's meta, then, in logs mode, walks /api/log/ (admin scope) or /api/log/self (self
 * scope) in time windows, oldest first, from the persisted cursor less GatewayProfile::overlapSeconds (plus
 * however far the gateway's clock, from its `Date` header, is behind ours), for rows written late. A window is
 * paged (100 per page; one-api: 10), its row count is checked against the gateway's total (read again when
 * rows arrived meanwhile), and its records are written in one RecordWriter transaction; the cursor moves right
 * after the commit, so an interrupted run resumes after the last complete window and nothing half-written
 * remains. A list that repeats a page or runs past SyncOptions::maxPagesPerWindow stops the run. In hourly
 * mode it reads /api/data/ or /api/data/self in windows of at most 30 days and replaces those hours in the
 * cache; an empty answer replaces nothing.
 *
 * The first run backfills from GatewayProfile::backfillFrom (30 days back when 0). Use from a CLI:
 * @code
 *   QNetworkAccessManager nam;
 *   auto cache = CacheDb::open(path, "cli");
 *   SyncEngine engine(&nam, cache->db());
 *   QObject::connect(&engine, &SyncEngine::finished, &app, [&](const SyncReport &r) { app.exit(r.ok ? 0 : 1); });
 *   engine.start(profile, token);
 *   return app.exec();
 * @endcode
 * The engine lives in one thread and uses the given database connection there.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(QNetworkAccessManager *nam, sqlite3 *db, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Starts a run; finished() follows exactly once. Ignored (with a finished() error) while a run is going.
    void start(const GatewayProfile &profile, const QString &token, const SyncOptions &options = {});
    /// Stops the run; the window in progress is not written. finished() reports Error::Kind::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The key in a source's meta that holds GatewayProfile::id: a renamed profile finds its source by it.
    static QString profileIdKey();
    /// Cursor keys in SourceRepository::state.
    static QString logsCursorKey();
    /// sync_state key of the log mapping the source's synced records were stored with; see logsMappingVersion().
    static QString logsMappingKey();
    static QString logsMappingVersion();
    static QString hourlyCursorKey();

Q_SIGNALS:
    /// done/total in records when the gateway reports totals (new-api), otherwise in seconds of the range;
    /// etaSeconds from the remaining requests, the observed latency and the request budget (-1: unknown).
    void progress(qint64 done, qint64 total, qint64 etaSeconds);
    void backingOff(const QDateTime &until, const QString &reason);
    /// A window was committed: the cache changed for this profile's source.
    void dataChanged(const QString &profile);
    void finished(const QuotaScope::SyncReport &report);

private:
    struct Window
    {
        qint64 from = 0, to = 0;
    };
    struct Read;

    void fetchStatus();
    void fetchAccount();
    void beginLogs();
    void beginHourly();
    void nextWindow();
    void fetchPage();
    void onPage(const Result<QJsonValue> &data);
    void commitWindow();
    void nextHourlyWindow();
    void onHourly(const Result<QJsonValue> &data, qint64 fromHour, qint64 toHour);
    void fail(const Error &error);
    Result<qint64> findSource(GatewayProfile::Kind kind);
    void succeed();
    void emitProgress();
    Result<void> mergeMeta(const QString &key, const QJsonObject &value);
    qint64 now() const;

    QPointer<QNetworkAccessManager> m_nam;
    sqlite3 *m_db;
    bool m_running = false;
    GatewayProfile m_profile;
    SyncOptions m_options;
    SyncReport m_report;
    qint64 m_sourceId = 0;
    std::unique_ptr<GatewayClient> m_client;
    QList<Window> m_windows; ///< pending, oldest first
    std::unique_ptr<Read> m_read;
    qint64 m_grandTotal = -1; ///< rows in the whole range, from the first page
    qint64 m_rowsDone = 0;
    qint64 m_rangeFrom = 0, m_rangeTo = 0;
    qint64 m_storedCursor = 0; ///< logs cursor in the cache; never moves back
};

} // namespace QuotaScope

Q_DECLARE_METATYPE(QuotaScope::SyncReport)
