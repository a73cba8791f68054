#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotascope"));
    QCoreApplication::setOrganizationName(QStringLiteral("QuotaScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTASCOPE_VERSION));
    return QuotaScope::Cli::run(QCoreApplication::arguments());
}
