#include "clitriage.h"

#include "aggregate/timebuckets.h"
#include "alerts/triage.h"
#include "gateway/gatewaystatus.h"
#include "store/sourcerepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuotaScope::Cli {

namespace {

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

/// The export command that shows an entry's logs.
QString logsCommand(const TriageEntry &e, qint64 from, qint64 to)
{
    const bool channel = e.kind == TriageEntry::Kind::ChannelErrors || e.kind == TriageEntry::Kind::ChannelLatency;
    QString cmd = QStringLiteral("quotascope-cli export --%1 \"%2\" --from %3 --to %4")
                      .arg(channel ? QStringLiteral("channel") : QStringLiteral("token"), e.key, iso(from), iso(to));
    if (e.kind == TriageEntry::Kind::NewModel)
        cmd += QStringLiteral(" --model \"%1\"").arg(e.detail);
    if (e.kind == TriageEntry::Kind::ChannelErrors)
        cmd += QStringLiteral(" --type error");
    return cmd;
}

} // namespace

int cmdTriage(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Where the usage pattern changed in a period against the 4 periods of the same length before: tokens whose "
        "spend jumped, tokens used from a new IP, models new for a token, channels whose error rate or latency "
        "jumped; ranked by the spend each carries, with the command that shows its logs."));
    p.addOption({ QStringLiteral("db"), QStringLiteral("Cache file."), QStringLiteral("path") });
    p.addOption({ QStringLiteral("from"),
        QStringLiteral("Start (ISO 8601 or epoch seconds; default: 24 hours before --to)."), QStringLiteral("time") });
    p.addOption({ QStringLiteral("to"), QStringLiteral("End (default: now)."), QStringLiteral("time") });
    p.addOption({ QStringLiteral("source"), QStringLiteral("Only this source."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print the entries as JSON.") });
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    qint64 to = QDateTime::currentSecsSinceEpoch();
    qint64 from = 0;
    for (const auto &[name, out] : { std::pair { "to", &to }, { "from", &from } }) {
        if (p.isSet(QLatin1String(name)) && !parseTimePoint(p.value(QLatin1String(name)), QTimeZone::utc(), out)) {
            io.error(QStringLiteral("--%1: \"%2\" is not an ISO 8601 date or date-time nor epoch seconds")
                         .arg(QLatin1String(name), p.value(QLatin1String(name))));
            return UsageError;
        }
    }
    if (!p.isSet(QStringLiteral("from")))
        from = to - 86400;
    if (to <= from) {
        io.error(QStringLiteral("--to must be after --from"));
        return UsageError;
    }
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    Filter filter;
    if (p.isSet(QStringLiteral("source"))) {
        auto s = SourceRepository(cache->db()).byName(p.value(QStringLiteral("source")));
        if (!s)
            return io.error(QStringLiteral("no source named \"%1\"").arg(p.value(QStringLiteral("source")))), Failure;
        filter.sourceIds << s->id;
    }
    auto entries = Triage(cache->db()).run(from, to, filter);
    if (!entries)
        return io.error(entries.error().message), Failure;
    auto sources = SourceRepository(cache->db()).list();
    const CurrencyDisplay currency
        = sources ? currencyForSources(sources.value(), filter.sourceIds) : CurrencyDisplay();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const TriageEntry &e : entries.value()) {
            list.append(QJsonObject { { QStringLiteral("kind"), TriageEntry::kindName(e.kind) },
                { QStringLiteral("key"), e.key }, { QStringLiteral("detail"), e.detail },
                { QStringLiteral("before"), e.before }, { QStringLiteral("after"), e.after },
                { QStringLiteral("effect_quota"), e.effect }, { QStringLiteral("message"), e.message },
                { QStringLiteral("logs"), logsCommand(e, from, to) } });
        }
        io.out << QJsonDocument(QJsonObject { { QStringLiteral("from"), iso(from) }, { QStringLiteral("to"), iso(to) },
                                    { QStringLiteral("entries"), list } })
                      .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (entries->isEmpty()) {
        io.out << "nothing changed between " << iso(from) << " and " << iso(to) << '\n';
        return Ok;
    }
    for (const TriageEntry &e : entries.value()) {
        io.out << currency.format(e.effect, 2).rightJustified(12) << "  " << e.message << '\n'
               << QString(14, QLatin1Char(' ')) << "logs: " << logsCommand(e, from, to) << '\n';
    }
    return Ok;
}

} // namespace QuotaScope::Cli
