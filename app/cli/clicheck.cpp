#include "clicheck.h"

#include "aggregate/timebuckets.h"
#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuotaScope::Cli {

namespace {

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject hitJson(const AlertHit &h)
{
    QJsonObject o { { QStringLiteral("rule_id"), h.ruleId }, { QStringLiteral("rule"), h.ruleName },
        { QStringLiteral("severity"), severityName(h.severity) },
        { QStringLiteral("condition"), conditionName(h.condition) }, { QStringLiteral("scope"), scopeName(h.scope) },
        { QStringLiteral("key"), h.key }, { QStringLiteral("value"), h.value },
        { QStringLiteral("threshold"), h.threshold }, { QStringLiteral("to"), iso(h.to) },
        { QStringLiteral("message"), h.message } };
    if (!h.detail.isEmpty())
        o.insert(QStringLiteral("detail"), h.detail);
    if (h.from > 0)
        o.insert(QStringLiteral("from"), iso(h.from));
    return o;
}

/// The rules in effect: --rules FILE, else the app's rule file when it exists, else the default set.
Result<AlertRuleSet> loadRules(const QCommandLineParser &p, QString *origin)
{
    if (p.isSet(QStringLiteral("defaults"))) {
        *origin = QStringLiteral("defaults");
        return AlertRuleSet::defaults();
    }
    QString path = p.value(QStringLiteral("rules"));
    if (path.isEmpty() && QFileInfo::exists(AlertRuleSet::defaultPath()))
        path = AlertRuleSet::defaultPath();
    if (path.isEmpty()) {
        *origin = QStringLiteral("defaults");
        return AlertRuleSet::defaults();
    }
    *origin = QDir::toNativeSeparators(path);
    return AlertRuleSet::load(path);
}

} // namespace

int cmdCheck(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Evaluate the alert rules once against the cache and print the alerts that fire.\n"
        "Exit code: 0 none fire, 3 at least one fires, 1 error (a rule that cannot run, an unreadable rule file), "
        "2 usage error."));
    p.addOption({ QStringLiteral("db"), QStringLiteral("Cache file."), QStringLiteral("path") });
    p.addOption({ QStringLiteral("rules"),
        QStringLiteral("Rule file (default: %1 when it exists, else the default rules).")
            .arg(QDir::toNativeSeparators(AlertRuleSet::defaultPath())),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("defaults"), QStringLiteral("Use the default rules, ignoring any rule file.") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print the result as JSON.") });
    p.addOption(
        { QStringLiteral("at"), QStringLiteral("Evaluate as of this time (ISO 8601 or epoch seconds; default: now)."),
            QStringLiteral("time") });
    p.addOption({ QStringLiteral("print-rules"),
        QStringLiteral(
            "Print the rules in effect as a rule file and exit (export; edit and pass back with --rules).") });
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;

    QString origin;
    auto rules = loadRules(p, &origin);
    if (!rules)
        return io.error(rules.error().message), Failure;
    if (p.isSet(QStringLiteral("print-rules"))) {
        io.out << rules->toJson();
        return Ok;
    }
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (p.isSet(QStringLiteral("at")) && !parseTimePoint(p.value(QStringLiteral("at")), QTimeZone::utc(), &now)) {
        io.error(QStringLiteral("--at: \"%1\" is not an ISO 8601 date or date-time nor epoch seconds")
                     .arg(p.value(QStringLiteral("at"))));
        return UsageError;
    }
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;

    const AlertEvaluation result = AlertEvaluator(cache->db()).evaluate(rules->rules, now);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray alerts;
        for (const AlertHit &h : result.hits)
            alerts.append(hitJson(h));
        QJsonObject o { { QStringLiteral("evaluated_at"), iso(now) }, { QStringLiteral("rules_from"), origin },
            { QStringLiteral("rules_evaluated"), int(result.evaluatedRuleIds.size()) },
            { QStringLiteral("alerts"), alerts },
            { QStringLiteral("errors"), QJsonArray::fromStringList(result.errors) } };
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const AlertHit &h : result.hits)
            io.out << (h.severity == AlertSeverity::Alert ? "ALERT   " : "WARNING ") << h.ruleName << ": " << h.message
                   << '\n';
        if (result.hits.isEmpty() && result.errors.isEmpty())
            io.out << "ok: " << result.evaluatedRuleIds.size() << " rules, no alerts (rules: " << origin << ")\n";
    }
    for (const QString &e : result.errors)
        io.error(e);
    if (!result.errors.isEmpty())
        return Failure;
    return result.hits.isEmpty() ? Ok : AlertsFiring;
}

} // namespace QuotaScope::Cli
