#include "alerts/alertmonitor.h"

#include "gateway/gatewaystatus.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

namespace {

constexpr qint64 ResolvedShownSeconds = 7 * 86400;

struct Loaded
{
    AlertRuleSet rules;
    QString error;
};

Loaded loadRules(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return { AlertRuleSet::defaults(), QString() };
    auto rules = AlertRuleSet::load(path);
    if (!rules)
        return { AlertRuleSet::defaults(), rules.error().message };
    return { rules.value(), QString() };
}

AlertMonitorResult run(const QString &dbPath, const QString &rulesPath, qint64 now, bool paused)
{
    AlertMonitorResult result;
    result.evaluatedAt = now;
    const Loaded loaded = loadRules(rulesPath);
    if (!loaded.error.isEmpty())
        result.errors << loaded.error;
    auto cache = CacheDb::open(dbPath, QStringLiteral("alerts"));
    if (!cache) {
        result.errors << cache.error().message;
        return result;
    }
    const AlertEvaluation evaluation = AlertEvaluator(cache->db()).evaluate(loaded.rules.rules, now);
    result.errors << evaluation.errors;
    AlertStore store(cache->db());
    auto notify = store.record(evaluation, now, NotifyPolicy::from(loaded.rules, paused));
    if (!notify)
        result.errors << notify.error().message;
    else
        result.notify = notify.value();
    auto firings = store.list(now - ResolvedShownSeconds);
    if (!firings)
        result.errors << firings.error().message;
    else
        result.firings = firings.value();
    result.state = AlertMonitorResult::stateOf(result.firings);
    const Forecaster forecaster(cache->db());
    if (auto month = forecaster.monthEnd({}, now, QTimeZone::systemTimeZone()); month)
        result.monthEnd = month.value();
    if (auto balances = forecaster.balanceRunOut({}, now); balances)
        result.balances = balances.value();
    if (auto sources = SourceRepository(cache->db()).list(); sources)
        result.currency = currencyForSources(sources.value(), {});
    return result;
}

} // namespace

WatchState AlertMonitorResult::stateOf(const QList<AlertFiring> &firings)
{
    bool warning = false, offline = false;
    for (const AlertFiring &f : firings) {
        if (!f.isOpen())
            continue;
        if (f.hit.severity == AlertSeverity::Alert)
            return WatchState::Alert;
        if (f.hit.condition == AlertCondition::NotSynced)
            offline = true;
        else
            warning = true;
    }
    return offline ? WatchState::Offline : warning ? WatchState::Warning : WatchState::Ok;
}

AlertMonitor::AlertMonitor(const QString &dbPath, const QString &rulesPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
    , m_rulesPath(rulesPath)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    qRegisterMetaType<AlertMonitorResult>();
}

AlertMonitor::~AlertMonitor() = default;

AlertRuleSet AlertMonitor::rules() const
{
    return loadRules(m_rulesPath).rules;
}

Result<void> AlertMonitor::setRules(const AlertRuleSet &rules)
{
    auto saved = rules.save(m_rulesPath);
    if (saved)
        evaluate();
    return saved;
}

void AlertMonitor::evaluate()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void AlertMonitor::start()
{
    m_running = true;
    m_pending = false;
    auto *watcher = new QFutureWatcher<AlertMonitorResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_last = watcher->result();
        m_running = false;
        emit evaluated(m_last);
        if (m_pending)
            start();
    });
    watcher->setFuture(QtConcurrent::run(run, m_dbPath, m_rulesPath, m_clock(), m_paused));
}

void AlertMonitor::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    emit pausedChanged(paused);
    if (!paused)
        evaluate(); // what was held back is told now
}

void AlertMonitor::resolveAll()
{
    auto cache = CacheDb::open(m_dbPath, QStringLiteral("alerts-clear"));
    if (cache)
        AlertStore(cache->db()).resolveAll(m_clock());
    evaluate();
}

} // namespace QuotaScope
