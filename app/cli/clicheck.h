#pragma once

#include "cliio.h"

#include <QStringList>

namespace QuotaScope::Cli {

/// `check` exits with this when at least one alert fires (0: none; 1: an error, such as a rule that cannot run).
constexpr int AlertsFiring = 3;

int cmdCheck(const QStringList &args, Io &io);

} // namespace QuotaScope::Cli
