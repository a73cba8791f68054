#include "process/processexit.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QuotaScope::prepareProcessExit();
    // UI tests never need a real display; this also lets ctest discover them on a headless machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
