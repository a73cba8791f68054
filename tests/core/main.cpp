#include "process/processexit.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QuotaScope::prepareProcessExit();
    // As in the app, where the first SQLite call is a cache's connection: SQLite takes its process-wide settings
    // only before it initialises, and some tests open SQLite files through Qt Sql before any cache.
    QuotaScope::SqliteConnection::configure();
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
