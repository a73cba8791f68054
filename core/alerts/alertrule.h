#pragma once

#include "model/query.h"
#include "support/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QDateTime;

namespace QuotaScope {

/// What a rule watches. The rule file names them in lower case (see conditionName()).
enum class AlertCondition {
    Spend, ///< spend in the window above threshold (display currency)
    Requests, ///< requests in the window above threshold
    Spike, ///< the window against the same window of the previous 7 days: robust z-score above threshold
    ErrorRate, ///< errors / (errors + consumption) in percent above threshold, with at least minRequests attempts
    Balance, ///< a gateway account's balance below threshold (display currency), as recorded by the last sync
    NewModel, ///< a key (token or user) used a model it never used before, within the window
    NewChannel, ///< a key (token or user) used a channel it never used before, within the window
    NotSynced, ///< a gateway source without a successful sync for more than threshold minutes
};

/// Where a rule looks. Every scope except All is evaluated per key (each token, each channel, ...) unless the
/// rule names one value.
enum class AlertScope { All, Source, User, Token, Model, Channel, Group };
/// The report dimension a scope names; None for All and Source (a source is picked by id).
Dimension scopeDimension(AlertScope scope);

enum class AlertSeverity { Warning, Alert };

/// Which counter Spike compares.
enum class AlertMetric { Quota, Requests };

QString conditionName(AlertCondition c); ///< "spend", "requests", "spike", "error_rate", "balance_below", ...
bool parseCondition(const QString &text, AlertCondition *out);
QString scopeName(AlertScope s); ///< "all", "source", "user", "token", "model", "channel", "group"
bool parseScope(const QString &text, AlertScope *out);
QString severityName(AlertSeverity s); ///< "warning", "alert"
bool parseSeverity(const QString &text, AlertSeverity *out);

/** One rule of the rule file. */
struct AlertRule
{
    QString id; ///< stable within the file; firings are kept per rule id and key
    QString name; ///< shown in notifications and lists
    bool enabled = true;
    AlertCondition condition = AlertCondition::Spend;
    AlertScope scope = AlertScope::All;
    QString match; ///< one value of the scope (a token name, a channel id or name, ...); empty: each separately
    QString source; ///< only this source (by name); empty: every source
    int windowMinutes = 60; ///< Spend, Requests, Spike, ErrorRate, NewModel, NewChannel: a multiple of 60
    AlertMetric metric = AlertMetric::Quota; ///< Spike only
    /// Spend, Balance: currency; Requests: requests; Spike: z-score; ErrorRate: percent; NotSynced: minutes
    double threshold = 0;
    qint64 minRequests = 0; ///< Spike, ErrorRate: fewer requests in the window never fire
    AlertSeverity severity = AlertSeverity::Warning;

    /// An empty string when the rule is usable; otherwise what is wrong with it ("window_minutes must be ...").
    QString validate() const;
    QJsonObject toJson() const;
    /// Reads one rule; the error names the field.
    static Result<AlertRule> fromJson(const QJsonObject &o);
    /// A sentence for people: "Spend above 10.00 per 60 minutes, for each token".
    QString describe() const;
};

/** Hours during which notifications wait (firings are still stored). Minutes since local midnight. */
struct QuietHours
{
    bool enabled = false;
    int fromMinute = 22 * 60;
    int toMinute = 7 * 60; ///< exclusive; a range past midnight wraps

    bool contains(const QDateTime &local) const;
};

/**
 * The rule file: rules, quiet hours and the re-notify interval, shared by the app and `quotascope-cli check`.
 * Format (JSON, documented in the README):
 * @code
 * { "format": "quotascope-alert-rules", "version": 1,
 *   "quiet_hours": { "from": "22:00", "to": "07:00" }, "renotify_minutes": 240,
 *   "rules": [ { "id": "...", "name": "...", "condition": "spike", "scope": "token", ... } ] }
 * @endcode
 */
struct AlertRuleSet
{
    static constexpr int FormatVersion = 1;

    QList<AlertRule> rules;
    QuietHours quietHours;
    int renotifyMinutes = 240; ///< an open alert is notified again after this long; 0: never again

    /// The rules a new user gets: spikes per token and per channel, channel error rate above 20 % with at least
    /// 50 requests in an hour, a gateway source not synced for an hour.
    static AlertRuleSet defaults();
    /// The platform's config folder + "alert-rules.json": the app saves there and the CLI reads it by default.
    static QString defaultPath();

    QByteArray toJson() const;
    /// Parses a rule file's content; `where` names it in errors ("rules.json: rule 3 (\"x\"): ...").
    static Result<AlertRuleSet> fromJson(const QByteArray &json, const QString &where);
    /// Reads a file; a missing file is an error (callers decide whether defaults apply).
    static Result<AlertRuleSet> load(const QString &path);
    /// Writes atomically (QSaveFile).
    Result<void> save(const QString &path) const;
    /// The enabled rules.
    QList<AlertRule> enabledRules() const;
    /// A fresh id not used by any rule ("rule-7").
    QString newRuleId() const;
};

} // namespace QuotaScope
