#include "cliio.h"

#include "aggregate/timebuckets.h"
#include "dashboardquery.h"
#include "export/dashboardreport.h"
#include "model/savedview.h"
#include "store/sourcerepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace QuotaScope::Cli {

namespace {

/// A saved view as command-line options, placed before the user's own so that those override it.
QStringList viewArguments(const SavedView &view)
{
    QStringList args { QStringLiteral("--tz"), view.timeZone, QStringLiteral("--granularity"),
        granularityName(view.granularity), QStringLiteral("--by"), dimensionName(view.groupBy),
        QStringLiteral("--rank-by"), metricName(view.metric) };
    if (view.topN > 0)
        args << QStringLiteral("--top") << QString::number(view.topN);
    if (view.range == QLatin1String("custom"))
        args << QStringLiteral("--from") << QString::number(view.from) << QStringLiteral("--to")
             << QString::number(view.to);
    else
        args << QStringLiteral("--range") << view.range;
    for (const QString &s : view.sources)
        args << QStringLiteral("--source") << s;
    const QList<QPair<QString, QStringList>> lists { { QStringLiteral("--user"), view.filter.users },
        { QStringLiteral("--token"), view.filter.tokens }, { QStringLiteral("--model"), view.filter.models },
        { QStringLiteral("--channel"), view.filter.channels }, { QStringLiteral("--group"), view.filter.groups } };
    for (const auto &l : lists) {
        if (!l.second.isEmpty())
            args << l.first << l.second.join(QLatin1Char(','));
    }
    QStringList types;
    for (int t : view.filter.types)
        types << QString::number(t);
    args << QStringLiteral("--type") << (types.isEmpty() ? QStringLiteral("all") : types.join(QLatin1Char(',')));
    return args;
}

} // namespace

int cmdRender(const QStringList &argsIn, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Render the dashboard as a report: title, source, range, filters, stat cards, charts and the top-10 "
        "tables, as PDF (two pages), PNG or SVG. Needs no display."));
    addDbOption(p);
    addQueryOptions(p);
    p.addOptions({
        { QStringLiteral("output"), QStringLiteral("The file to write (required)."), QStringLiteral("file") },
        { QStringLiteral("range"),
            QStringLiteral("last-24-hours, last-7-days, last-30-days (default), last-90-days, this-month or all; "
                           "--from/--to give a custom range."),
            QStringLiteral("preset") },
        { QStringLiteral("view"),
            QStringLiteral("A saved view file: its range, zone, granularity and filters (options given here win)."),
            QStringLiteral("file") },
        { QStringLiteral("title"), QStringLiteral("The report's heading."), QStringLiteral("text") },
    });
    QStringList args = argsIn;
    // A view's settings go first, so that the command line's own options override them.
    for (int i = 1; i < args.size(); ++i) {
        QString file;
        if (args.at(i) == QLatin1String("--view") && i + 1 < args.size())
            file = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--view=")))
            file = args.at(i).mid(7);
        else
            continue;
        auto view = SavedView::load(file);
        if (!view) {
            io.error(view.error().message);
            return UsageError;
        }
        args = QStringList { args.first() } + viewArguments(view.value()) + args.mid(1);
        if (!args.contains(QLatin1String("--title")) && !view->name.isEmpty())
            args << QStringLiteral("--title") << view->name;
        break;
    }
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.error(QStringLiteral("render: --output FILE is required"));
        return UsageError;
    }
    QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower()
                                                       : QFileInfo(output).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("png") && format != QLatin1String("svg")) {
        io.error(QStringLiteral("render: --format must be pdf, png or svg, not \"%1\"").arg(format));
        return UsageError;
    }
    RangePreset preset = RangePreset::Last30Days;
    const bool customRange = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (p.isSet(QStringLiteral("range")) && !customRange) {
        const QString name = p.value(QStringLiteral("range"));
        if (!parseRangePreset(name, &preset) || preset == RangePreset::Custom) {
            io.error(QStringLiteral("render: unknown --range \"%1\" (use last-24-hours, last-7-days, last-30-days, "
                                    "last-90-days, this-month or all)")
                         .arg(name));
            return UsageError;
        }
    }

    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    QueryOptions qo;
    if (!buildQuery(p, cache->db(), io, &qo, &code))
        return code;

    DashboardRequest request;
    request.preset = customRange ? RangePreset::Custom : preset;
    request.customFrom = qo.query.from;
    request.customTo = qo.query.to;
    request.now = QDateTime::currentSecsSinceEpoch();
    request.tz = qo.query.tz;
    request.granularity = qo.query.granularity;
    request.filter = qo.query.filter;
    request.topN = qo.query.topN > 0 ? qo.query.topN : DashboardRequest().topN;
    request.weekStart = qo.query.weekStart;

    ViewContext context;
    context.title = p.value(QStringLiteral("title"));
    context.sourceNames = p.values(QStringLiteral("source"));
    context.generatedAt = request.now;
    auto content = loadReportContent(cache->db(), request, context);
    if (!content) {
        io.error(content.error().message);
        return Failure;
    }
    if (context.sourceNames.isEmpty()) {
        auto sources = SourceRepository(cache->db()).list();
        if (sources && sources->size() == 1)
            content.value().context.sourceNames = { sources->first().name };
    }
    ReportRenderer renderer(content.value());
    auto written = renderer.write(output, format);
    if (!written) {
        io.error(written.error().message);
        return Failure;
    }
    io.err << "wrote " << QDir::toNativeSeparators(output) << " (" << format << ", "
           << content->data.stats.totals.requests << " requests, "
           << rangeText(content->data.from, content->data.to, request.tz) << ")\n";
    return Ok;
}

} // namespace QuotaScope::Cli
