#include "support/appidentity.h"

#include <QCoreApplication>

namespace QuotaScope {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("QuotaScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("quotascope.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("quotascope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTASCOPE_VERSION));
}

} // namespace QuotaScope
