#include "dbtask.h"

namespace QuotaScope {

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return prefix + QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace QuotaScope
