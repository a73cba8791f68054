#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

namespace QuotaScope {

Dimension scopeDimension(AlertScope s)
{
    switch (s) {
    case AlertScope::User:
        return Dimension::User;
    case AlertScope::Token:
        return Dimension::Token;
    case AlertScope::Model:
        return Dimension::Model;
    case AlertScope::Channel:
        return Dimension::Channel;
    case AlertScope::Group:
        return Dimension::Group;
    case AlertScope::All:
    case AlertScope::Source:
        break;
    }
    return Dimension::None;
}

namespace {

const std::pair<AlertCondition, const char *> ConditionNames[] = {
    { AlertCondition::Spend, "spend" },
    { AlertCondition::Requests, "requests" },
    { AlertCondition::Spike, "spike" },
    { AlertCondition::ErrorRate, "error_rate" },
    { AlertCondition::Balance, "balance_below" },
    { AlertCondition::NewModel, "new_model" },
    { AlertCondition::NewChannel, "new_channel" },
    { AlertCondition::NotSynced, "not_synced" },
};
const std::pair<AlertScope, const char *> ScopeNames[] = {
    { AlertScope::All, "all" },
    { AlertScope::Source, "source" },
    { AlertScope::User, "user" },
    { AlertScope::Token, "token" },
    { AlertScope::Model, "model" },
    { AlertScope::Channel, "channel" },
    { AlertScope::Group, "group" },
};

template <typename E, size_t N>
QString nameOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template <typename E, size_t N>
bool parseName(const std::pair<E, const char *> (&table)[N], const QString &text, E *out)
{
    for (const auto &[e, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *out = e;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QString namesOf(const std::pair<E, const char *> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names.join(QStringLiteral(", "));
}

QString clock(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool parseClock(const QString &text, int *minute)
{
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return false;
    *minute = t.hour() * 60 + t.minute();
    return true;
}

bool usesWindow(AlertCondition c)
{
    return c != AlertCondition::Balance && c != AlertCondition::NotSynced;
}

} // namespace

QString conditionName(AlertCondition c)
{
    return nameOf(ConditionNames, c);
}

bool parseCondition(const QString &text, AlertCondition *out)
{
    return parseName(ConditionNames, text, out);
}

QString scopeName(AlertScope s)
{
    return nameOf(ScopeNames, s);
}

bool parseScope(const QString &text, AlertScope *out)
{
    return parseName(ScopeNames, text, out);
}

QString severityName(AlertSeverity s)
{
    return s == AlertSeverity::Alert ? QStringLiteral("alert") : QStringLiteral("warning");
}

bool parseSeverity(const QString &text, AlertSeverity *out)
{
    if (text == QLatin1String("warning") || text == QLatin1String("alert")) {
        *out = text == QLatin1String("alert") ? AlertSeverity::Alert : AlertSeverity::Warning;
        return true;
    }
    return false;
}

QString AlertRule::validate() const
{
    if (id.trimmed().isEmpty())
        return QCoreApplication::translate("AlertRule", "the rule has no id");
    if (!std::isfinite(threshold) || threshold < 0)
        return QCoreApplication::translate("AlertRule", "threshold must be a number of 0 or more");
    if (usesWindow(condition) && (windowMinutes < 60 || windowMinutes % 60 != 0 || windowMinutes > 7 * 24 * 60))
        return QCoreApplication::translate(
            "AlertRule", "window_minutes must be a whole number of hours between 60 and 10080");
    if (minRequests < 0)
        return QCoreApplication::translate("AlertRule", "min_requests must be 0 or more");
    if ((condition == AlertCondition::NewModel || condition == AlertCondition::NewChannel) && scope != AlertScope::Token
        && scope != AlertScope::User)
        return QCoreApplication::translate(
            "AlertRule", "new_model and new_channel watch a token or a user: set scope to token or user");
    if ((condition == AlertCondition::Balance || condition == AlertCondition::NotSynced) && scope != AlertScope::All
        && scope != AlertScope::Source)
        return QCoreApplication::translate(
            "AlertRule", "balance_below and not_synced apply to sources: set scope to source or all");
    if (condition == AlertCondition::ErrorRate && threshold > 100)
        return QCoreApplication::translate("AlertRule", "an error rate threshold is a percentage from 0 to 100");
    return QString();
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("enabled"), enabled }, { QStringLiteral("condition"), conditionName(condition) },
        { QStringLiteral("scope"), scopeName(scope) }, { QStringLiteral("threshold"), threshold },
        { QStringLiteral("severity"), severityName(severity) } };
    if (!match.isEmpty())
        o.insert(QStringLiteral("match"), match);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (usesWindow(condition))
        o.insert(QStringLiteral("window_minutes"), windowMinutes);
    if (condition == AlertCondition::Spike)
        o.insert(QStringLiteral("metric"),
            metric == AlertMetric::Requests ? QStringLiteral("requests") : QStringLiteral("quota"));
    if (condition == AlertCondition::Spike || condition == AlertCondition::ErrorRate)
        o.insert(QStringLiteral("min_requests"), minRequests);
    return o;
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &o)
{
    AlertRule r;
    const auto fail = [](const QString &field, const QString &why) {
        return Error(QStringLiteral("%1: %2").arg(field, why), Error::Kind::Parse);
    };
    const auto text = [&](const char *key, QString *out, bool required) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (!v.isString())
            return fail(QLatin1String(key), QCoreApplication::translate("AlertRule", "expected a string"));
        *out = v.toString();
        return std::nullopt;
    };
    const auto number = [&](const char *key, double *out) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble())
            return fail(QLatin1String(key), QCoreApplication::translate("AlertRule", "expected a number"));
        *out = v.toDouble();
        return std::nullopt;
    };
    QString condition, scope, severity, metric;
    for (const auto &[key, out, required] : { std::tuple { "id", &r.id, true }, { "name", &r.name, false },
             { "condition", &condition, true }, { "scope", &scope, false }, { "match", &r.match, false },
             { "source", &r.source, false }, { "severity", &severity, false }, { "metric", &metric, false } }) {
        if (auto e = text(key, out, required))
            return *e;
    }
    if (!parseCondition(condition, &r.condition))
        return fail(QStringLiteral("condition"),
            QCoreApplication::translate("AlertRule", "unknown condition \"%1\" (use %2)")
                .arg(condition, namesOf(ConditionNames)));
    if (!scope.isEmpty() && !parseScope(scope, &r.scope))
        return fail(QStringLiteral("scope"),
            QCoreApplication::translate("AlertRule", "unknown scope \"%1\" (use %2)").arg(scope, namesOf(ScopeNames)));
    if (!severity.isEmpty() && !parseSeverity(severity, &r.severity))
        return fail(QStringLiteral("severity"),
            QCoreApplication::translate("AlertRule", "unknown severity \"%1\" (use warning or alert)").arg(severity));
    if (!metric.isEmpty()) {
        if (metric != QLatin1String("quota") && metric != QLatin1String("requests"))
            return fail(QStringLiteral("metric"),
                QCoreApplication::translate("AlertRule", "unknown metric \"%1\" (use quota or requests)").arg(metric));
        r.metric = metric == QLatin1String("requests") ? AlertMetric::Requests : AlertMetric::Quota;
    }
    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(QStringLiteral("enabled"), QCoreApplication::translate("AlertRule", "expected true or false"));
    r.enabled = enabled.toBool(true);
    double window = r.windowMinutes, minRequests = 0;
    for (const auto &[key, out] :
        { std::pair { "threshold", &r.threshold }, { "window_minutes", &window }, { "min_requests", &minRequests } }) {
        if (auto e = number(key, out))
            return *e;
    }
    if (window != std::floor(window) || minRequests != std::floor(minRequests) || std::abs(window) > 1e9
        || std::abs(minRequests) > 1e15)
        return fail(QStringLiteral("window_minutes"),
            QCoreApplication::translate("AlertRule", "window_minutes and min_requests are whole numbers"));
    r.windowMinutes = int(window);
    r.minRequests = qint64(minRequests);
    if (r.name.isEmpty())
        r.name = r.id;
    if (const QString why = r.validate(); !why.isEmpty())
        return Error(why, Error::Kind::Parse);
    return r;
}

QString AlertRule::describe() const
{
    const QString per = QCoreApplication::translate("AlertRule", "per %1 minutes").arg(windowMinutes);
    QString what;
    switch (condition) {
    case AlertCondition::Spend:
        what = QCoreApplication::translate("AlertRule", "Spend above %1 %2").arg(threshold).arg(per);
        break;
    case AlertCondition::Requests:
        what = QCoreApplication::translate("AlertRule", "More than %1 requests %2").arg(threshold).arg(per);
        break;
    case AlertCondition::Spike:
        what = QCoreApplication::translate("AlertRule",
            "Spike: %1 minutes with a robust z-score above %2 against the same time of the previous 7 days "
            "(at least %3 requests)")
                   .arg(windowMinutes)
                   .arg(threshold)
                   .arg(minRequests);
        break;
    case AlertCondition::ErrorRate:
        what = QCoreApplication::translate("AlertRule", "Error rate above %1 % %2 (at least %3 requests)")
                   .arg(threshold)
                   .arg(per)
                   .arg(minRequests);
        break;
    case AlertCondition::Balance:
        what = QCoreApplication::translate("AlertRule", "Balance below %1").arg(threshold);
        break;
    case AlertCondition::NewModel:
        what = QCoreApplication::translate("AlertRule", "A model used for the first time, within %1 minutes")
                   .arg(windowMinutes);
        break;
    case AlertCondition::NewChannel:
        what = QCoreApplication::translate("AlertRule", "A channel used for the first time, within %1 minutes")
                   .arg(windowMinutes);
        break;
    case AlertCondition::NotSynced:
        what = QCoreApplication::translate("AlertRule", "Not synced for more than %1 minutes").arg(threshold);
        break;
    }
    QString where;
    if (scope == AlertScope::All)
        where = QCoreApplication::translate("AlertRule", "everything");
    else if (match.isEmpty())
        where = QCoreApplication::translate("AlertRule", "each %1").arg(scopeName(scope));
    else
        where = QCoreApplication::translate("AlertRule", "%1 \"%2\"").arg(scopeName(scope), match);
    if (!source.isEmpty())
        where = QCoreApplication::translate("AlertRule", "%1 in source \"%2\"").arg(where, source);
    return QCoreApplication::translate("AlertRule", "%1, for %2").arg(what, where);
}

bool QuietHours::contains(const QDateTime &local) const
{
    if (!enabled || fromMinute == toMinute)
        return false;
    const int m = local.time().hour() * 60 + local.time().minute();
    return fromMinute < toMinute ? (m >= fromMinute && m < toMinute) : (m >= fromMinute || m < toMinute);
}

AlertRuleSet AlertRuleSet::defaults()
{
    AlertRuleSet set;
    AlertRule spikeToken;
    spikeToken.id = QStringLiteral("spike-token");
    spikeToken.name = QCoreApplication::translate("AlertRule", "Spend spike on a token");
    spikeToken.condition = AlertCondition::Spike;
    spikeToken.scope = AlertScope::Token;
    spikeToken.threshold = 5;
    spikeToken.minRequests = 20;
    spikeToken.severity = AlertSeverity::Alert;
    AlertRule spikeChannel = spikeToken;
    spikeChannel.id = QStringLiteral("spike-channel");
    spikeChannel.name = QCoreApplication::translate("AlertRule", "Spend spike on a channel");
    spikeChannel.scope = AlertScope::Channel;
    spikeChannel.severity = AlertSeverity::Warning;
    AlertRule errors;
    errors.id = QStringLiteral("error-rate-channel");
    errors.name = QCoreApplication::translate("AlertRule", "Channel failing");
    errors.condition = AlertCondition::ErrorRate;
    errors.scope = AlertScope::Channel;
    errors.threshold = 20;
    errors.minRequests = 50;
    errors.severity = AlertSeverity::Alert;
    AlertRule stale;
    stale.id = QStringLiteral("not-synced");
    stale.name = QCoreApplication::translate("AlertRule", "Gateway not synced");
    stale.condition = AlertCondition::NotSynced;
    stale.scope = AlertScope::Source;
    stale.threshold = 60;
    set.rules = { spikeToken, spikeChannel, errors, stale };
    return set;
}

QString AlertRuleSet::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("alert-rules.json"));
}

QByteArray AlertRuleSet::toJson() const
{
    QJsonArray list;
    for (const AlertRule &r : rules)
        list.append(r.toJson());
    QJsonObject o { { QStringLiteral("format"), QStringLiteral("quotascope-alert-rules") },
        { QStringLiteral("version"), FormatVersion }, { QStringLiteral("renotify_minutes"), renotifyMinutes },
        { QStringLiteral("rules"), list } };
    if (quietHours.enabled)
        o.insert(QStringLiteral("quiet_hours"),
            QJsonObject { { QStringLiteral("from"), clock(quietHours.fromMinute) },
                { QStringLiteral("to"), clock(quietHours.toMinute) } });
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<AlertRuleSet> AlertRuleSet::fromJson(const QByteArray &json, const QString &where)
{
    const auto fail
        = [&](const QString &why) { return Error(QStringLiteral("%1: %2").arg(where, why), Error::Kind::Parse); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("AlertRule", "not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("AlertRule", "expected a JSON object with a \"rules\" list"));
    const QJsonObject o = doc.object();
    const int version = o.value(QStringLiteral("version")).toInt(FormatVersion);
    if (version > FormatVersion)
        return fail(
            QCoreApplication::translate("AlertRule", "rule file version %1 is newer than this QuotaScope reads (%2)")
                .arg(version)
                .arg(FormatVersion));
    AlertRuleSet set;
    const QJsonValue renotify = o.value(QStringLiteral("renotify_minutes"));
    if (!renotify.isUndefined()) {
        if (!renotify.isDouble() || renotify.toDouble() < 0 || renotify.toDouble() > 525600)
            return fail(QCoreApplication::translate(
                "AlertRule", "renotify_minutes must be a number of minutes from 0 to 525600"));
        set.renotifyMinutes = int(renotify.toDouble());
    }
    const QJsonValue quiet = o.value(QStringLiteral("quiet_hours"));
    if (!quiet.isUndefined() && !quiet.isNull()) {
        const QJsonObject q = quiet.toObject();
        if (!parseClock(q.value(QStringLiteral("from")).toString(), &set.quietHours.fromMinute)
            || !parseClock(q.value(QStringLiteral("to")).toString(), &set.quietHours.toMinute))
            return fail(QCoreApplication::translate("AlertRule", "quiet_hours needs \"from\" and \"to\" as HH:mm"));
        set.quietHours.enabled = true;
    }
    const QJsonValue rules = o.value(QStringLiteral("rules"));
    if (!rules.isArray())
        return fail(QCoreApplication::translate("AlertRule", "expected a \"rules\" list"));
    QStringList ids;
    int index = 0;
    for (const QJsonValue &v : rules.toArray()) {
        ++index;
        const QString name
            = v.toObject().value(QStringLiteral("name")).toString(v.toObject().value(QStringLiteral("id")).toString());
        const QString which = QCoreApplication::translate("AlertRule", "rule %1 (\"%2\")").arg(index).arg(name);
        if (!v.isObject())
            return fail(QCoreApplication::translate("AlertRule", "rule %1: expected an object").arg(index));
        auto rule = AlertRule::fromJson(v.toObject());
        if (!rule)
            return fail(QStringLiteral("%1: %2").arg(which, rule.error().message));
        if (ids.contains(rule->id))
            return fail(
                QCoreApplication::translate("AlertRule", "%1: the id \"%2\" is used twice").arg(which, rule->id));
        ids << rule->id;
        set.rules << rule.value();
    }
    return set;
}

Result<AlertRuleSet> AlertRuleSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), Error::Kind::Io);
    // A rule file is a few kilobytes; anything huge is not one.
    constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    if (file.size() > MaxBytes)
        return Error(QCoreApplication::translate("AlertRule", "%1: too large for a rule file")
                         .arg(QDir::toNativeSeparators(path)),
            Error::Kind::Parse);
    return fromJson(file.read(MaxBytes), QDir::toNativeSeparators(path));
}

Result<void> AlertRuleSet::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), Error::Kind::Io);
    return {};
}

QList<AlertRule> AlertRuleSet::enabledRules() const
{
    QList<AlertRule> out;
    for (const AlertRule &r : rules) {
        if (r.enabled)
            out << r;
    }
    return out;
}

QString AlertRuleSet::newRuleId() const
{
    for (int n = rules.size() + 1;; ++n) {
        const QString id = QStringLiteral("rule-%1").arg(n);
        const bool taken = std::any_of(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.id == id; });
        if (!taken)
            return id;
    }
}

} // namespace QuotaScope
