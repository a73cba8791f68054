#include "cli.h"
#include "process/processexit.h"

#include "support/appidentity.h"

#include <QCoreApplication>
#include <QString>

#include <cstring>
#include <memory>

#ifdef QUOTASCOPE_CLI_RENDER
#include <QApplication>
#endif

namespace {
/// Whether the command (the first argument that is not a global option) is `render`.
bool isRenderCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--", 2) == 0)
            continue;
        return std::strcmp(argv[i], "render") == 0;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    QuotaScope::prepareProcessExit();
    std::unique_ptr<QCoreApplication> app;
#ifdef QUOTASCOPE_CLI_RENDER
    // render draws with widgets, so it needs a GUI application; without a platform given it draws offscreen,
    // which needs no display (cron, servers).
    if (isRenderCommand(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#else
    (void)isRenderCommand;
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QuotaScope::setApplicationIdentity();
    return QuotaScope::Cli::run(QCoreApplication::arguments());
}
