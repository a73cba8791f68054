#pragma once

#include "gateway/dbprofile.h"
#include "model/query.h"
#include "model/usagerecord.h"
#include "store/recordquery.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace QuotaScope {

struct LiveRun;

/**
 * The raw records of the current view, newest (or oldest) first, loaded a page at a time off the GUI thread as
 * the view scrolls. Pages are keyed by (created_at, row id), so the next page, the other end of the log (sorting
 * by time) or any moment in it (jumpToTime) is one index seek however deep it lies. The total is counted by a
 * query of its own so that the first page does not wait for it. Cells hold raw values (epoch seconds, quota,
 * milliseconds); LogItemDelegate formats them.
 *
 * Live (setLiveDatabase()), the rows come from the gateway's database instead: the same keyset pages, queried on
 * the server (LiveAggregator::logPage) through a session of their own on a worker thread, under the session's
 * statement timeout. A new selection, order or source cancels the page and count queries in flight on the
 * server.
 */
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// bool: the cell's token count was estimated from text on import (Prompt and Completion columns).
    static constexpr int EstimatedRole = Qt::UserRole + 40;

    enum Column {
        Time,
        Type,
        User,
        Token,
        Model,
        Channel,
        Group,
        Prompt,
        Completion,
        CacheRead,
        Quota,
        Latency,
        Stream,
        RequestId,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit LogTableModel(QObject *parent = nullptr);
    ~LogTableModel() override;

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    /// A gateway database the rows are listed from instead of the cache; the password is held in memory only.
    struct LiveDatabase
    {
        DatabaseProfile profile;
        QString password;
    };
    /// Lists the selection from the database (std::nullopt: from the cache again), starting over with no rows.
    void setLiveDatabase(const std::optional<LiveDatabase> &live);
    bool isLive() const { return m_live.has_value(); }
    /// Starts over with a new range and filter, keeping the search; the rows shown stay until the first new page
    /// arrives.
    void setQuery(qint64 from, qint64 to, const Filter &filter);
    /// Narrows the listing to one request id and/or records containing text; empty strings clear them.
    void setSearch(const QString &requestId, const QString &text);
    /// Starts over with a whole selection (range, filter and search).
    void setSelection(const RecordSelection &selection);
    const RecordSelection &selection() const { return m_selection; }
    /// Lists again from the start; a reload of the same selection fetches as many rows as are shown (up to a
    /// few pages) so that the reader's place survives a background refresh.
    void reload();
    /// Lists from time t onwards in the current order (at or before t when newest first).
    void jumpToTime(qint64 t);

    bool newestFirst() const { return m_descending; }
    void setNewestFirst(bool newestFirst);
    /// Only the time column sorts (the other orders would need an index per column on a large cache).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 totalCount() const { return m_total; } ///< -1 until counted
    bool isLoading() const { return m_loading || m_counting; }
    const UsageRecord &record(int row) const { return m_records.at(row); }
    /// The channel as the table shows it: its name, else its id; empty for rows that have none (top-ups, ...).
    static QString channelText(const UsageRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded(qint64 total);
    void loadFailed(const QString &message);
    /// The total was counted (after the first page, usually).
    void counted(qint64 total);

private:
    void restart(int rows);
    void requestPage(bool first, int limit);
    void requestCount();
    /// Stops the live page and count queries in flight on the server.
    void cancelLive();

    QString m_dbPath;
    std::optional<LiveDatabase> m_live;
    std::shared_ptr<LiveRun> m_pageRun, m_countRun;
    RecordSelection m_selection;
    bool m_descending = true;
    std::optional<RecordCursor> m_start; ///< where the listing begins (a jump); none: at the newest/oldest end
    QList<UsageRecord> m_records;
    QList<RecordCursor> m_cursors;
    bool m_atEnd = true;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_counting = false;
};

} // namespace QuotaScope
