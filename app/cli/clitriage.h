#pragma once

#include "cliio.h"

#include <QStringList>

namespace QuotaScope::Cli {

int cmdTriage(const QStringList &args, Io &io);

} // namespace QuotaScope::Cli
