#pragma once

#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "forecast/forecaster.h"
#include "model/money.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QuotaScope {

/// The tray's state at a glance: an open firing of severity alert wins, then offline (an open not_synced
/// firing: the data is stale), then warning.
enum class WatchState { Ok, Warning, Alert, Offline };

/** What one evaluation found. */
struct AlertMonitorResult
{
    QList<AlertFiring> notify; ///< to tell the user now (quiet hours and pause already applied)
    QList<AlertFiring> firings; ///< open ones first, then those resolved in the last 7 days
    QStringList errors; ///< rules that could not run, and a rule file that could not be read
    WatchState state = WatchState::Ok;
    qint64 evaluatedAt = 0;
    SpendForecast monthEnd; ///< all sources, in the local zone (weeksOfHistory 0: none)
    QList<BalanceForecast> balances; ///< every source whose sync recorded a balance
    CurrencyDisplay currency; ///< of all sources, for showing the forecasts

    static WatchState stateOf(const QList<AlertFiring> &firings);
};

/**
 * Evaluates the rules after every sync and import, on a worker thread with its own cache connection, stores
 * the firings and says whom to tell. Evaluations never overlap: a request during one runs once it is done.
 * The rules come from the rule file (AlertRuleSet::defaultPath() in the app) or, while it does not exist, from
 * the default set.
 */
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(const QString &dbPath, const QString &rulesPath, QObject *parent = nullptr);
    ~AlertMonitor() override;

    /// The rules in effect (the file's, or the defaults); an unreadable file reads as the defaults, with the
    /// error in the next result.
    AlertRuleSet rules() const;
    QString rulesPath() const { return m_rulesPath; }
    /// Saves the rules to the rule file and evaluates again.
    Result<void> setRules(const AlertRuleSet &rules);

    bool isPaused() const { return m_paused; }
    const AlertMonitorResult &lastResult() const { return m_last; }
    /// The clock the evaluations use (UTC seconds); tests pin it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    void evaluate();
    void setPaused(bool paused);
    /// Marks every open firing resolved (they fire again at the next evaluation if their condition holds).
    void resolveAll();

Q_SIGNALS:
    void evaluated(const QuotaScope::AlertMonitorResult &result);
    void pausedChanged(bool paused);

private:
    void start();

    QString m_dbPath;
    QString m_rulesPath;
    bool m_paused = false;
    bool m_running = false;
    bool m_pending = false;
    AlertMonitorResult m_last;
    std::function<qint64()> m_clock;
};

} // namespace QuotaScope

Q_DECLARE_METATYPE(QuotaScope::AlertMonitorResult)
