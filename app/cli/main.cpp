#include "cli.h"

#include "support/appidentity.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QuotaScope::setApplicationIdentity();
    return QuotaScope::Cli::run(QCoreApplication::arguments());
}
