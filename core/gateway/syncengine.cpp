#include "gateway/syncengine.h"

#include "alerts/alertstore.h"
#include "gateway/logpage.h"
#include "ingest/rowmapper.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace QuotaScope {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr qint64 kMaxSelfDataSpan = 2592000; // /api/data/self refuses end - start > 30 days
constexpr int kPageSize = 100;
constexpr int kOneApiPageSize = 10;

qint64 floorHour(qint64 t)
{
    return t - ((t % kHour) + kHour) % kHour;
}

QString windowText(qint64 from, qint64 to)
{
    return QStringLiteral("%1 .. %2")
        .arg(QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate),
             QDateTime::fromSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODate));
}

} // namespace

struct SyncEngine::Read
{
    Window window;
    int page = 0;
    bool paged = false;
    qint64 firstTotal = -1;
    qint64 lastTotal = -1;
    int pageSize = kPageSize;
    int attempts = 0;
    QList<UsageRecord> rows;
    QStringList lastPage; ///< identities of the page before, to notice a list that repeats itself
};

SyncEngine::SyncEngine(QNetworkAccessManager *nam, sqlite3 *db, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_db(std::move(db))
{
    qRegisterMetaType<QuotaScope::SyncReport>();
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::profileIdKey()
{
    return QStringLiteral("profile_id");
}

QString SyncEngine::logsCursorKey()
{
    return QStringLiteral("gateway.logs.cursor");
}

QString SyncEngine::logsMappingKey()
{
    return QStringLiteral("gateway.logs.mapping");
}

QString SyncEngine::logsMappingVersion()
{
    // 2: logs map to records through the one mapping that imports use (IdentityAssigner::baseIdentity).
    return QStringLiteral("2");
}

QString SyncEngine::hourlyCursorKey()
{
    return QStringLiteral("gateway.hourly.cursor");
}

qint64 SyncEngine::now() const
{
    const qint64 wall = QDateTime::currentSecsSinceEpoch();
    return m_options.clock ? std::min(m_options.clock(), wall) : wall;
}

void SyncEngine::start(const GatewayProfile &profile, const QString &token, const SyncOptions &options)
{
    if (m_running) {
        SyncReport busy;
        busy.profile = profile.name;
        busy.error = Error(
            QCoreApplication::translate("SyncEngine", "a sync of \"%1\" is already running").arg(m_profile.name),
            Error::Kind::Usage);
        Q_EMIT finished(busy);
        return;
    }
    m_running = true;
    m_profile = profile;
    m_options = options;
    m_report = SyncReport();
    m_report.profile = profile.name;
    m_report.kind = profile.kind;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_sourceId = 0;
    m_windows.clear();
    m_read.reset();
    m_grandTotal = -1;
    m_rowsDone = 0;
    if (m_client)
        m_client.release()->deleteLater(); // may be on the stack of its own callback
    m_client = std::make_unique<GatewayClient>(m_nam, profile, token, options.client);
    connect(m_client.get(), &GatewayClient::backingOff, this, &SyncEngine::backingOff);

    const QString warning = GatewayClient::transportWarning(profile.baseUrl);
    if (!warning.isEmpty())
        m_report.warnings.append(warning);
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(Error(QCoreApplication::translate("SyncEngine", "profile \"%1\": the base URL is not valid")
                           .arg(m_profile.name),
                Error::Kind::Usage));
        });
        return;
    }
    if (token.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(Error(
                QCoreApplication::translate("SyncEngine", "profile \"%1\" has no access token").arg(m_profile.name),
                Error::Kind::Auth));
        });
        return;
    }
    QTimer::singleShot(0, this, [this] { fetchStatus(); });
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    if (m_client)
        m_client->cancel(); // the pending callback reports the cancellation
}

Result<void> SyncEngine::mergeMeta(const QString &key, const QJsonObject &value)
{
    SourceRepository repo(m_db);
    auto info = repo.byName(m_profile.name);
    if (!info)
        return info.error();
    QJsonObject meta = info->meta;
    meta.insert(key, value);
    meta.insert(QStringLiteral("synced_at"), now());
    return repo.setMeta(m_sourceId, meta);
}

void SyncEngine::fetchStatus()
{
    m_client->get(QStringLiteral("/api/status"), {}, [this](const Result<QJsonValue> &data) {
        if (!data) {
            fail(data.error());
            return;
        }
        const GatewayStatus status = GatewayStatus::fromJson(data.value().toObject());
        const GatewayProfile::Kind kind = m_profile.kind == GatewayProfile::Kind::Auto ? status.kind : m_profile.kind;
        m_report.kind = kind;
        m_client->setKind(kind);
        if (m_profile.mode == GatewayProfile::Mode::Hourly && kind == GatewayProfile::Kind::OneApi) {
            fail(Error(QCoreApplication::translate("SyncEngine",
                           "profile \"%1\": one-api has no hourly data (/api/data); use the request-log "
                           "mode")
                           .arg(m_profile.name),
                Error::Kind::Usage));
            return;
        }
        auto id = findSource(kind);
        if (!id) {
            fail(id.error());
            return;
        }
        m_sourceId = id.value();
        auto stored = mergeMeta(QStringLiteral("gateway"), status.toMeta());
        if (!stored) {
            fail(stored.error());
            return;
        }
        fetchAccount();
    }, false);
}

Result<qint64> SyncEngine::findSource(GatewayProfile::Kind kind)
{
    SourceRepository repo(m_db);
    if (!m_profile.id.isEmpty() && !repo.byName(m_profile.name)) {
        // A renamed profile takes its source along, so its history is neither read again nor counted twice.
        auto sources = repo.list();
        if (!sources)
            return sources.error();
        for (const SourceInfo &s : sources.value()) {
            if (s.meta.value(profileIdKey()).toString() != m_profile.id)
                continue;
            auto renamed = repo.rename(s.id, m_profile.name);
            if (!renamed)
                return renamed.error();
            break;
        }
    }
    const auto backing = m_profile.mode == GatewayProfile::Mode::Hourly ? SourceInfo::Backing::Aggregate
                                                                        : SourceInfo::Backing::Records;
    auto id = repo.ensure(m_profile.name,
        kind == GatewayProfile::Kind::OneApi ? QStringLiteral("oneapi") : QStringLiteral("newapi"), backing);
    if (!id || m_profile.id.isEmpty())
        return id;
    auto info = repo.byName(m_profile.name);
    if (!info)
        return info.error();
    if (info->meta.value(profileIdKey()).toString() != m_profile.id) {
        QJsonObject meta = info->meta;
        meta.insert(profileIdKey(), m_profile.id);
        auto tagged = repo.setMeta(id.value(), meta);
        if (!tagged)
            return tagged.error();
    }
    return id;
}

void SyncEngine::fetchAccount()
{
    m_client->get(QStringLiteral("/api/user/self"), {}, [this](const Result<QJsonValue> &data) {
        if (!data) {
            fail(data.error());
            return;
        }
        const GatewayAccount account = GatewayAccount::fromJson(data.value().toObject());
        auto stored = mergeMeta(QStringLiteral("account"), account.toMeta());
        if (stored)
            stored = AlertStore(m_db).recordBalance(m_sourceId, now(), account.quota);
        if (!stored) {
            fail(stored.error());
            return;
        }
        if (m_profile.scope == GatewayProfile::Scope::Admin && account.role < 10) {
            fail(Error(QCoreApplication::translate("SyncEngine",
                           "profile \"%1\" reads everyone's logs, but user \"%2\" is a %3 on this gateway. "
                           "Switch the profile to self scope or use an admin's token.")
                           .arg(m_profile.name, account.userName, GatewayAccount::roleName(account.role)),
                Error::Kind::Auth));
            return;
        }
        if (m_profile.mode == GatewayProfile::Mode::Hourly)
            beginHourly();
        else
            beginLogs();
    });
}

void SyncEngine::beginLogs()
{
    SourceRepository repo(m_db);
    auto cursor = repo.state(m_sourceId, logsCursorKey());
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    const qint64 t = now();
    qint64 from = m_profile.backfillFrom > 0 ? m_profile.backfillFrom : t - 30 * kDay;
    m_storedCursor = 0;
    if (!cursor->isEmpty()) {
        m_storedCursor = cursor->toLongLong();
        // Rows keep appearing behind the cursor (stamped when their request started, written when it ended,
        // by nodes whose clocks drift): read that stretch again. Known rows count as duplicates.
        qint64 overlap = std::max(0, m_profile.overlapSeconds);
        const std::optional<qint64> offset = m_client->serverClockOffset();
        if (offset && *offset < 0)
            overlap -= *offset;
        // Rows a sync stored before logs and imports shared one mapping carry content identities of the earlier
        // kind: reading them again would store each a second time. The first run after that change starts at
        // its cursor; later runs re-read the overlap.
        auto mapping = repo.state(m_sourceId, logsMappingKey());
        if (!mapping) {
            fail(mapping.error());
            return;
        }
        if (mapping.value() != logsMappingVersion())
            overlap = 0;
        from = m_storedCursor + 1 - overlap;
    }
    const qint64 to = t - std::max<qint64>(0, m_options.settleSeconds);
    m_rangeFrom = from;
    m_rangeTo = to;
    m_report.from = from;
    m_report.to = to;
    m_report.cursor = cursor->isEmpty() ? from - 1 : m_storedCursor;
    if (from <= to)
        m_windows.append(Window{from, to});
    nextWindow();
}

void SyncEngine::nextWindow()
{
    if (m_windows.isEmpty()) {
        succeed();
        return;
    }
    m_read = std::make_unique<Read>();
    m_read->window = m_windows.takeFirst();
    fetchPage();
}

void SyncEngine::fetchPage()
{
    QUrlQuery q;
    // p=0 is the first page in every shape: new-api treats it as 1, the 0-based lists as 0.
    const int p = m_read->page == 0 ? 0 : (m_read->paged ? m_read->page + 1 : m_read->page);
    q.addQueryItem(QStringLiteral("p"), QString::number(p));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("start_timestamp"), QString::number(m_read->window.from));
    q.addQueryItem(QStringLiteral("end_timestamp"), QString::number(m_read->window.to));
    const QString path = m_profile.scope == GatewayProfile::Scope::Admin ? QStringLiteral("/api/log/")
                                                                         : QStringLiteral("/api/log/self");
    m_client->get(path, q, [this](const Result<QJsonValue> &data) { onPage(data); });
}

void SyncEngine::onPage(const Result<QJsonValue> &data)
{
    if (!data) {
        fail(data.error());
        return;
    }
    auto parsed = LogPage::parse(data.value(), m_profile.scope, m_report.kind);
    if (!parsed) {
        fail(Error(QCoreApplication::translate("SyncEngine", "window %1, page %2: %3")
                       .arg(windowText(m_read->window.from, m_read->window.to))
                       .arg(m_read->page + 1)
                       .arg(parsed.error().message),
            Error::Kind::Parse));
        return;
    }
    LogPage &page = parsed.value();
    Read &r = *m_read;
    const int bareSize = m_report.kind == GatewayProfile::Kind::OneApi ? kOneApiPageSize : kPageSize;
    if (r.page == 0) {
        if (m_grandTotal < 0) {
            m_grandTotal = page.paged ? page.total : 0;
            emitProgress();
        }
        const Window w = r.window;
        if (page.paged && page.total > m_options.maxWindowRows && w.to > w.from) {
            const qint64 mid = w.from + (w.to - w.from) / 2;
            m_windows.prepend(Window{mid + 1, w.to});
            m_windows.prepend(Window{w.from, mid});
            nextWindow();
            return;
        }
        // Lists without a total are read a day at a time, so one window stays small and checkable.
        if (!page.paged && page.records.size() >= bareSize && w.to - w.from >= kDay) {
            QList<Window> days;
            for (qint64 a = w.from; a <= w.to; a += kDay)
                days.append(Window{a, std::min(w.to, a + kDay - 1)});
            m_windows = days + m_windows;
            nextWindow();
            return;
        }
        r.paged = page.paged;
        r.firstTotal = page.total;
    }
    QStringList identities;
    identities.reserve(page.records.size());
    for (const UsageRecord &rec : page.records)
        identities.append(rec.identity);
    if (r.page > 0 && !identities.isEmpty() && identities == r.lastPage) {
        fail(Error(QCoreApplication::translate("SyncEngine",
                       "%1, window %2: page %3 holds exactly the rows of page %4. The gateway, or a proxy in "
                       "front of it, seems to ignore the page parameter (p), so the list would never end; the "
                       "sync stopped. Point profile \"%5\" at the gateway itself.")
                       .arg(m_profile.baseUrl.host(), windowText(r.window.from, r.window.to))
                       .arg(r.page + 1)
                       .arg(r.page)
                       .arg(m_profile.name),
            Error::Kind::Parse));
        return;
    }
    r.lastPage = identities;
    r.rows += page.records;
    ++r.page;
    bool more = false;
    if (r.paged) {
        r.lastTotal = page.total;
        r.pageSize = page.pageSize > 0 ? page.pageSize : kPageSize;
        more = !page.records.isEmpty() && qint64(r.page) * r.pageSize < page.total;
    } else {
        more = page.records.size() >= bareSize;
    }
    if (more && !r.paged && r.page >= m_options.splitAfterPages && r.window.to > r.window.from) {
        const Window w = r.window;
        const qint64 mid = w.from + (w.to - w.from) / 2;
        m_windows.prepend(Window{mid + 1, w.to});
        m_windows.prepend(Window{w.from, mid});
        nextWindow();
        return;
    }
    if (more && r.page >= m_options.maxPagesPerWindow) {
        fail(Error(QCoreApplication::translate("SyncEngine",
                       "%1, window %2: still more rows after %3 pages, the most read for one window; the sync "
                       "stopped. The gateway's list does not end as expected.")
                       .arg(m_profile.baseUrl.host(), windowText(r.window.from, r.window.to))
                       .arg(r.page),
            Error::Kind::Parse));
        return;
    }
    if (more) {
        fetchPage();
        return;
    }
    if (r.paged && (r.firstTotal != r.lastTotal || r.rows.size() != r.lastTotal)) {
        // Rows were added or removed while we paged: descending pages shifted under us. Read it again.
        ++m_report.rereads;
        if (++r.attempts > m_options.maxRereads) {
            fail(Error(QCoreApplication::translate("SyncEngine",
                "window %1 kept changing while it was read (%2 reads; the gateway reported %3 "
                "then %4 rows, %5 were read). Sync again later.")
                           .arg(windowText(r.window.from, r.window.to))
                           .arg(r.attempts)
                           .arg(r.firstTotal)
                           .arg(r.lastTotal)
                           .arg(r.rows.size())));
            return;
        }
        r.rows.clear();
        r.lastPage.clear();
        r.page = 0;
        r.firstTotal = r.lastTotal = -1;
        fetchPage();
        return;
    }
    commitWindow();
}

void SyncEngine::commitWindow()
{
    Read &r = *m_read;
    // Identical rows (same identity) are told apart by their occurrence within the window; a window always
    // holds every row of each second it covers, so the numbering is stable across runs.
    QHash<QString, int> seen;
    for (UsageRecord &rec : r.rows) {
        // Admin ids are the gateway's primary key: a repeat is the same row seen twice, a duplicate.
        if (rec.identity.startsWith(QLatin1String("id:")))
            continue;
        const int k = seen[rec.identity]++;
        if (rec.identity.startsWith(QLatin1String("h:")))
            rec.identity += QStringLiteral("#%1").arg(k);
        else if (k > 0)
            rec.identity += QStringLiteral("#%1").arg(k);
    }
    RecordWriter writer(m_db, m_sourceId);
    auto begun = writer.begin();
    if (!begun) {
        fail(begun.error());
        return;
    }
    auto stats = writer.write(r.rows);
    if (!stats) {
        fail(stats.error());
        return;
    }
    auto committed = writer.commit();
    if (!committed) {
        fail(committed.error());
        return;
    }
    // A window inside the overlap lies behind the stored cursor: the cursor stays where it was.
    m_storedCursor = std::max(m_storedCursor, r.window.to);
    SourceRepository repo(m_db);
    auto cursor = repo.setState(m_sourceId, logsCursorKey(), QString::number(m_storedCursor));
    if (cursor)
        cursor = repo.setState(m_sourceId, logsMappingKey(), logsMappingVersion());
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    m_report.cursor = m_storedCursor;
    m_report.added += stats->added;
    m_report.duplicates += stats->duplicates;
    ++m_report.windows;
    m_rowsDone += r.rows.size();
    if (stats->added > 0)
        Q_EMIT dataChanged(m_profile.name);
    emitProgress();
    nextWindow();
}

void SyncEngine::beginHourly()
{
    SourceRepository repo(m_db);
    auto cursor = repo.state(m_sourceId, hourlyCursorKey());
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    const qint64 t = now();
    qint64 from = floorHour(m_profile.backfillFrom > 0 ? m_profile.backfillFrom : t - 30 * kDay);
    if (!cursor->isEmpty())
        from = cursor->toLongLong();
    const qint64 to = floorHour(t);
    m_rangeFrom = from;
    m_rangeTo = to;
    m_report.from = from;
    m_report.to = to + kHour - 1;
    m_report.cursor = from;
    for (qint64 a = from; a <= to; a += kMaxSelfDataSpan)
        m_windows.append(Window{a, std::min(to, a + kMaxSelfDataSpan - kHour)});
    nextHourlyWindow();
}

void SyncEngine::nextHourlyWindow()
{
    if (m_windows.isEmpty()) {
        succeed();
        return;
    }
    const Window w = m_windows.takeFirst();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start_timestamp"), QString::number(w.from));
    q.addQueryItem(QStringLiteral("end_timestamp"), QString::number(w.to));
    const QString path = m_profile.scope == GatewayProfile::Scope::Admin ? QStringLiteral("/api/data/")
                                                                         : QStringLiteral("/api/data/self");
    m_client->get(path, q, [this, w](const Result<QJsonValue> &data) { onHourly(data, w.from, w.to); });
}

void SyncEngine::onHourly(const Result<QJsonValue> &data, qint64 fromHour, qint64 toHour)
{
    if (!data) {
        fail(data.error());
        return;
    }
    if (!data.value().isArray() && !data.value().isNull()) {
        fail(Error(QCoreApplication::translate("SyncEngine", "hourly data %1: expected a list")
                       .arg(windowText(fromHour, toHour)),
            Error::Kind::Parse));
        return;
    }
    // The gateway may hold several rows for one (user, model, hour) (nodes flush independently): sum them.
    QHash<QString, int> index;
    QList<HourlyBucket> buckets;
    const QJsonArray rows = data.value().toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto parsed = parseHourlyRow(rows.at(i).toObject());
        if (!parsed) {
            fail(Error(QCoreApplication::translate("SyncEngine", "hourly data %1, row %2: %3")
                           .arg(windowText(fromHour, toHour))
                           .arg(i + 1)
                           .arg(parsed.error().message),
                Error::Kind::Parse));
            return;
        }
        const HourlyBucket &b = parsed.value();
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(b.hourStart).arg(b.userId).arg(b.userName, b.model);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, buckets.size());
            buckets.append(b);
        } else if (!addHourly(&buckets[*it], b)) {
            fail(Error(QCoreApplication::translate(
                           "SyncEngine", "hourly data %1: the rows of %2 / %3 sum to more than a 64-bit number holds")
                           .arg(windowText(fromHour, toHour), b.userName, b.model),
                Error::Kind::Parse));
            return;
        }
    }
    // An empty answer replaces nothing: a gateway that lost or stopped exporting its hourly data (or a proxy
    // answering for it) must not wipe the hours already cached.
    if (!buckets.isEmpty()) {
        AggregateWriter writer(m_db, m_sourceId);
        auto begun = writer.begin();
        if (!begun) {
            fail(begun.error());
            return;
        }
        auto written = writer.replace(buckets, fromHour, toHour);
        if (!written) {
            fail(written.error());
            return;
        }
        auto committed = writer.commit();
        if (!committed) {
            fail(committed.error());
            return;
        }
    }
    // Recent hours are still growing on the gateway: the next run starts early enough to fetch them again.
    const qint64 cursor = std::min(toHour + kHour, floorHour(now() - m_options.hourlyRefetchSeconds));
    SourceRepository repo(m_db);
    auto stored = repo.setState(m_sourceId, hourlyCursorKey(), QString::number(cursor));
    if (!stored) {
        fail(stored.error());
        return;
    }
    m_report.cursor = cursor;
    m_report.buckets += buckets.size();
    ++m_report.windows;
    Q_EMIT dataChanged(m_profile.name);
    const qint64 span = std::max<qint64>(1, m_rangeTo - m_rangeFrom + kHour);
    Q_EMIT progress(std::min(span, toHour + kHour - m_rangeFrom), span,
                    m_client->estimateMs(m_windows.size()) / 1000);
    nextHourlyWindow();
}

void SyncEngine::emitProgress()
{
    if (m_grandTotal > 0) {
        const qint64 total = std::max(m_grandTotal, m_rowsDone);
        const qint64 remainingRequests = (total - m_rowsDone + kPageSize - 1) / kPageSize + m_windows.size();
        Q_EMIT progress(m_rowsDone, total, m_client->estimateMs(remainingRequests) / 1000);
        return;
    }
    const qint64 span = std::max<qint64>(1, m_rangeTo - m_rangeFrom + 1);
    const qint64 done = std::clamp<qint64>(m_report.cursor - m_rangeFrom + 1, 0, span);
    Q_EMIT progress(done, span, -1);
}

void SyncEngine::fail(const Error &error)
{
    m_report.ok = false;
    m_report.error = error;
    m_report.offline = m_client && m_client->unreachable();
    succeed();
}

void SyncEngine::succeed()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_report.error.message.isEmpty())
        m_report.ok = true;
    m_read.reset();
    m_windows.clear();
    if (m_client) {
        m_report.requests = m_client->requestsSent();
        m_report.retries = m_client->retries();
        m_report.rateLimitWaits = m_client->rateLimitWaits();
    }
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_sourceId > 0) {
        ImportHistoryEntry h;
        h.sourceId = m_sourceId;
        h.what = m_profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        h.format = m_profile.mode == GatewayProfile::Mode::Hourly ? QStringLiteral("gateway-hourly")
                                                                  : QStringLiteral("gateway-logs");
        h.startedAt = m_report.startedAt.toSecsSinceEpoch();
        h.finishedAt = m_report.finishedAt.toSecsSinceEpoch();
        h.rowsRead = m_rowsDone + m_report.buckets;
        h.added = m_report.added + m_report.buckets;
        h.duplicates = m_report.duplicates;
        h.error = m_report.error.message;
        SourceRepository(m_db).addHistory(h);
    }
    Q_EMIT finished(m_report);
}

} // namespace QuotaScope
