#pragma once

#include "cliio.h"

#include <QStringList>

namespace QuotaScope::Cli {

int cmdProfile(const QStringList &args, Io &io);
int cmdSync(const QStringList &args, Io &io);

} // namespace QuotaScope::Cli
