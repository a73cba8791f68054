#include "logtablemodel.h"

#include "aggregate/liveaggregator.h"
#include "dbtask.h"
#include "liverun.h"
#include "ingest/tokenestimator.h"
#include "model/recordjson.h"
#include "store/recordquery.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

LogTableModel::~LogTableModel()
{
    cancelLive();
}

void LogTableModel::cancelLive()
{
    LiveRun::cancel(m_pageRun);
    LiveRun::cancel(m_countRun);
}

void LogTableModel::setLiveDatabase(const std::optional<LiveDatabase> &live)
{
    m_live = live;
    m_start.reset();
    // Rows of the other source are never shown as this one's, not even until the first page arrives.
    beginResetModel();
    m_records.clear();
    m_cursors.clear();
    m_atEnd = true;
    m_total = -1;
    endResetModel();
    restart(0);
}

void LogTableModel::setQuery(qint64 from, qint64 to, const Filter &filter)
{
    RecordSelection s = m_selection;
    s.from = from;
    s.to = to;
    s.filter = filter;
    setSelection(s);
}

void LogTableModel::setSearch(const QString &requestId, const QString &text)
{
    RecordSelection s = m_selection;
    s.requestId = requestId.trimmed();
    s.text = text.trimmed();
    setSelection(s);
}

void LogTableModel::setSelection(const RecordSelection &selection)
{
    const bool same = selection == m_selection;
    m_selection = selection;
    if (!same)
        m_start.reset();
    restart(same ? int(m_records.size()) : 0);
}

void LogTableModel::reload()
{
    restart(int(m_records.size()));
}

void LogTableModel::jumpToTime(qint64 t)
{
    m_start = RecordCursor::before(t, m_descending);
    restart(0);
}

void LogTableModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_descending)
        return;
    m_descending = newestFirst;
    m_start.reset();
    restart(0);
}

void LogTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == Time)
        setNewestFirst(order == Qt::DescendingOrder);
}

void LogTableModel::restart(int rows)
{
    ++m_generation;
    cancelLive(); // the answers to the old view would be dropped: stop their queries on the server
    // Refetching what is shown keeps a background refresh from throwing the reader back to the top; the cap
    // keeps that refetch a few pages long.
    requestPage(true, qBound(int(PageSize), rows, 10 * PageSize));
    requestCount();
}

void LogTableModel::requestCount()
{
    if (m_dbPath.isEmpty() && !m_live)
        return;
    m_counting = true;
    const quint64 generation = m_generation;
    const RecordSelection selection = m_selection;
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_counting = false;
        const Result<qint64> total = watcher->result();
        if (!total) {
            emit loadFailed(total.error().message);
            return;
        }
        m_total = total.value();
        emit counted(m_total);
        if (!m_loading)
            emit loaded(m_total);
    });
    if (m_live) {
        m_countRun = std::make_shared<LiveRun>();
        watcher->setFuture(QtConcurrent::run([live = *m_live, selection, run = m_countRun]() -> Result<qint64> {
            auto db = GatewayDatabase::open(live.profile, live.password);
            if (!db)
                return db.error();
            if (!run->attach(*db.value()))
                return Error::cancelled();
            return LiveAggregator(db.value().get()).logCount(selection);
        }));
        return;
    }
    watcher->setFuture(
        runWithCache<qint64>(m_dbPath, [selection](sqlite3 *db) { return RecordQuery(db).count(selection); }));
}

void LogTableModel::requestPage(bool first, int limit)
{
    if (m_dbPath.isEmpty() && !m_live)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const RecordSelection selection = m_selection;
    const bool descending = m_descending;
    const std::optional<RecordCursor> after = first ? m_start : std::optional<RecordCursor>(m_cursors.last());
    auto *watcher = new QFutureWatcher<Result<KeysetPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, first] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer query superseded this page
        const Result<KeysetPage> page = watcher->result();
        if (!page) {
            m_loading = false;
            emit loadFailed(page.error().message);
            return;
        }
        // m_loading stays set until the rows are in: a view may ask for more from inside the insertion signals,
        // and must not be sent after the old last row again.
        if (first) {
            beginResetModel();
            m_records = page->records;
            m_cursors = page->cursors;
            m_atEnd = page->atEnd;
            endResetModel();
        } else {
            m_atEnd = page->atEnd;
            if (!page->records.isEmpty()) {
                beginInsertRows({}, int(m_records.size()), int(m_records.size() + page->records.size() - 1));
                m_records.append(page->records);
                m_cursors.append(page->cursors);
                endInsertRows();
            }
        }
        m_loading = false;
        if (!m_counting)
            emit loaded(m_total);
    });
    if (m_live) {
        // A session of its own per page, on the worker that queries it (a connection belongs to the thread that
        // opened it); a newer view cancels the query on the server.
        m_pageRun = std::make_shared<LiveRun>();
        watcher->setFuture(
            QtConcurrent::run([live = *m_live, selection, descending, after, limit, run = m_pageRun]() -> Result<KeysetPage> {
                auto db = GatewayDatabase::open(live.profile, live.password);
                if (!db)
                    return db.error();
                if (!run->attach(*db.value()))
                    return Error::cancelled();
                return LiveAggregator(db.value().get()).logPage(selection, descending, after, limit);
            }));
        return;
    }
    watcher->setFuture(runWithCache<KeysetPage>(
        m_dbPath, [=](sqlite3 *db) { return RecordQuery(db).keysetPage(selection, descending, after, limit); }));
}

QString LogTableModel::channelText(const UsageRecord &record)
{
    if (!record.channelName.isEmpty())
        return record.channelName;
    return record.channelId != 0 ? QString::number(record.channelId) : QString();
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const UsageRecord &r = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Prompt:
        case Completion:
        case CacheRead:
        case Quota:
        case Latency:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == EstimatedRole || role == Qt::ToolTipRole) {
        const bool estimated
            = (index.column() == Prompt || index.column() == Completion) && hasEstimatedTokens(r);
        if (role == EstimatedRole)
            return estimated;
        return estimated ? QVariant(tr("Estimated from the text on import (%1 rules), not counted by the gateway")
                                        .arg(parsedOther(r).value(QLatin1String("token_estimator")).toString()))
                         : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Time:
        return r.createdAt;
    case Type:
        return r.type;
    case User:
        return r.userName;
    case Token:
        return r.tokenName;
    case Model:
        return r.model;
    case Channel:
        return channelText(r);
    case Group:
        return r.group;
    case Prompt:
        return r.promptTokens;
    case Completion:
        return r.completionTokens;
    case CacheRead:
        return r.cacheReadTokens;
    case Quota:
        return r.quota;
    case Latency:
        return r.useTimeMs;
    case Stream:
        return r.isStream;
    case RequestId:
        return r.requestId;
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case User:
        return tr("User");
    case Token:
        return tr("Token");
    case Model:
        return tr("Model");
    case Channel:
        return tr("Channel");
    case Group:
        return tr("Group");
    case Prompt:
        return tr("Prompt");
    case Completion:
        return tr("Completion");
    case CacheRead:
        return tr("Cache read");
    case Quota:
        return tr("Cost");
    case Latency:
        return tr("Latency");
    case Stream:
        return tr("Stream");
    case RequestId:
        return tr("Request ID");
    default:
        return {};
    }
}

bool LogTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_atEnd && !m_cursors.isEmpty();
}

void LogTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false, PageSize);
}

} // namespace QuotaScope
