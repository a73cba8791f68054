#pragma once

#include "alerts/alertrule.h"
#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace QuotaScope {

/** One rule firing for one key at one evaluation. */
struct AlertHit
{
    QString ruleId;
    QString ruleName;
    AlertCondition condition = AlertCondition::Spend;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertScope scope = AlertScope::All;
    QString key; ///< the scope's value (token name, channel, source name); empty for All
    QString detail; ///< NewModel / NewChannel: the model or channel that is new
    qint64 sourceId = 0; ///< Balance / NotSynced / Source scope: the source; 0 otherwise
    double value = 0; ///< what was measured, in the threshold's unit
    double threshold = 0;
    qint64 from = 0; ///< the window evaluated, UTC seconds [from, to)
    qint64 to = 0;
    QString message; ///< one sentence for a notification

    /// What makes a firing the same one at the next evaluation: scope, key and detail.
    QString identity() const;
};

/** The outcome of evaluating a rule set once. */
struct AlertEvaluation
{
    QList<AlertHit> hits;
    QStringList evaluatedRuleIds; ///< rules that ran without error (their open firings not hit are cleared)
    QStringList errors; ///< one line per rule that could not run, naming it
};

/** How often a rule would have fired over a past range (the rules dialog's "test against history"). */
struct AlertBacktest
{
    int firings = 0; ///< onsets: a key hit at a step and not at the step before
    int stepsChecked = 0;
    QStringList keys; ///< the keys that fired, most frequent first
    QString note; ///< set when the condition cannot be replayed
};

/**
 * Evaluates alert rules on the cache's rollups (never raw records), through the Aggregator's hourly reports.
 * A window of W minutes ends at the end of the current 15-minute rollup bucket, so it holds everything
 * cached up to now; hourly reports are taken in a fixed-offset zone whose hours start at that end.
 */
class AlertEvaluator
{
public:
    explicit AlertEvaluator(sqlite3 *db);

    AlertEvaluation evaluate(const QList<AlertRule> &rules, qint64 now) const;
    Result<QList<AlertHit>> evaluate(const AlertRule &rule, qint64 now) const;
    /// Replays the rule once an hour over [from, to) with the data cached now.
    Result<AlertBacktest> backtest(const AlertRule &rule, qint64 from, qint64 to) const;

    /// The window end for an evaluation at now: the end of the rollup bucket holding now.
    static qint64 windowEnd(qint64 now);

private:
    /// Hits at each of the given window ends (ascending, spaced by whole hours).
    Result<QList<QList<AlertHit>>> evaluateAt(const AlertRule &rule, const QList<qint64> &ends, qint64 now) const;
    Result<QList<QList<AlertHit>>> windowed(const AlertRule &rule, const QList<qint64> &ends) const;
    Result<QList<QList<AlertHit>>> firstUse(const AlertRule &rule, const QList<qint64> &ends) const;
    Result<QList<AlertHit>> sources(const AlertRule &rule, qint64 now) const;

    sqlite3 *m_db;
};

} // namespace QuotaScope
