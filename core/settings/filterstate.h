#pragma once

#include "model/query.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace QuotaScope {

/**
 * The dashboard's filters as the user set them: the dimension lists (each a CLI comma list), the log types and
 * the log table's search. Kept in the settings so that they survive restarts.
 */
struct FilterState
{
    QList<qint64> sourceIds;
    QStringList users, tokens, models, channels, groups;
    QList<int> types; ///< empty: the default (consumption on the cards and charts, every type in the log)
    QString requestId; ///< the log table's request-id search
    QString text; ///< the log table's free-text search

    /// What the cards and charts count: as `quotascope-cli report --type` would (consumption by default).
    Filter dashboardFilter() const;
    /// What the log table lists (every type by default).
    Filter logFilter() const;
    /// The values of one dimension (Model, User, Token, Channel or Group); nullptr for others.
    QStringList *values(Dimension d);
    const QStringList *values(Dimension d) const;
    bool isEmpty() const { return *this == FilterState(); }

    bool operator==(const FilterState &o) const
    {
        return sourceIds == o.sourceIds && users == o.users && tokens == o.tokens && models == o.models
            && channels == o.channels && groups == o.groups && types == o.types && requestId == o.requestId
            && text == o.text;
    }
    bool operator!=(const FilterState &o) const { return !(*this == o); }
};

} // namespace QuotaScope
