#include "settings/filterstate.h"

namespace QuotaScope {

Filter FilterState::logFilter() const
{
    Filter f;
    f.sourceIds = sourceIds;
    f.users = users;
    f.tokens = tokens;
    f.models = models;
    f.channels = channels;
    f.groups = groups;
    f.types = types;
    return f;
}

Filter FilterState::dashboardFilter() const
{
    Filter f = logFilter();
    if (types.isEmpty())
        f.types = Filter().types;
    return f;
}

QStringList *FilterState::values(Dimension d)
{
    return const_cast<QStringList *>(static_cast<const FilterState *>(this)->values(d));
}

const QStringList *FilterState::values(Dimension d) const
{
    switch (d) {
    case Dimension::User:
        return &users;
    case Dimension::Token:
        return &tokens;
    case Dimension::Model:
        return &models;
    case Dimension::Channel:
        return &channels;
    case Dimension::Group:
        return &groups;
    case Dimension::None:
    case Dimension::Source: // a source is picked by id (sourceIds), not by name
        break;
    }
    return nullptr;
}

} // namespace QuotaScope
