#pragma once

#include "model/usagerecord.h"

#include <QList>

/// The first QS_BENCH_LOG_ROWS (default 200,000) rows of the log file QS_BENCH_LOGS (written by
/// tests/bench/genlogs.py), read once by the importer's own reader; empty when QS_BENCH_LOGS is not set.
const QList<QuotaScope::UsageRecord> &benchLogRecords();
