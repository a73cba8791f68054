#include "logtablemodel.h"

#include "dbtask.h"
#include "store/recordquery.h"

#include <QFutureWatcher>

namespace QuotaScope {

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LogTableModel::setQuery(qint64 from, qint64 to, const Filter &filter)
{
    m_from = from;
    m_to = to;
    m_filter = filter;
    reload();
}

void LogTableModel::reload()
{
    ++m_generation;
    requestPage(0);
}

void LogTableModel::requestPage(qint64 offset)
{
    if (m_dbPath.isEmpty())
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const qint64 from = m_from, to = m_to;
    const Filter filter = m_filter;
    auto *watcher = new QFutureWatcher<Result<RecordPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, offset] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer query superseded this page
        m_loading = false;
        const Result<RecordPage> page = watcher->result();
        if (!page) {
            emit loadFailed(page.error().message);
            return;
        }
        if (offset == 0) {
            beginResetModel();
            m_records = page->records;
            m_total = page->total;
            endResetModel();
        } else if (!page->records.isEmpty()) {
            beginInsertRows({}, int(m_records.size()), int(m_records.size() + page->records.size() - 1));
            m_records.append(page->records);
            m_total = page->total;
            endInsertRows();
        }
        emit loaded(m_total);
    });
    watcher->setFuture(runWithCache<RecordPage>(
        m_dbPath, [=](sqlite3 *db) { return RecordQuery(db).page(from, to, filter, offset, PageSize); }));
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
        return r.channelName.isEmpty() ? QString::number(r.channelId) : r.channelName;
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
    return !parent.isValid() && !m_loading && m_records.size() < m_total;
}

void LogTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_records.size());
}

} // namespace QuotaScope
