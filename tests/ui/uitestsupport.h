#pragma once

#include "support/tempcache.h"

#include <QString>

namespace QuotaScope {
class MainWindow;
}

namespace QuotaScope::Test {

/// A temp cache with the demo data imported (newest row on today in UTC).
QString makeDemoCache(const TempDir &dir);
/// Waits (event loop running) until the window has fed its charts with the current filters.
bool waitForDashboard(MainWindow &window);

} // namespace QuotaScope::Test
