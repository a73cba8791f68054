#pragma once

#include "model/query.h"
#include "model/usagerecord.h"

#include <QAbstractTableModel>

namespace QuotaScope {

/**
 * The raw records of the current view, newest first, loaded a page at a time off the GUI thread as the
 * view scrolls. Cells hold raw values (epoch seconds, quota, milliseconds); LogItemDelegate formats them.
 */
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
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

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    /// Starts over with a new range and filter; the rows shown stay until the first new page arrives.
    void setQuery(qint64 from, qint64 to, const Filter &filter);
    void reload();

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const UsageRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded(qint64 total);
    void loadFailed(const QString &message);

private:
    void requestPage(qint64 offset);

    QString m_dbPath;
    qint64 m_from = 0, m_to = 0;
    Filter m_filter;
    QList<UsageRecord> m_records;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace QuotaScope
