#include "dashboardreport.h"

#include "exportfile.h"

#include "aggregate/timebuckets.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/timeaxisaligner.h"
#include "charts/tokentrendchart.h"
#include "statcardspanel.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace QuotaScope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportRenderer", text);
}

constexpr qreal Margin = 36;

QString dimensionTitle(Dimension d)
{
    switch (d) {
    case Dimension::Model:
        return tr("Top 10 models");
    case Dimension::User:
        return tr("Top 10 users");
    case Dimension::Token:
        return tr("Top 10 tokens");
    case Dimension::Channel:
        return tr("Top 10 channels");
    case Dimension::Group:
        return tr("Top 10 groups");
    case Dimension::Source:
        return tr("Top 10 sources");
    case Dimension::None:
        break;
    }
    return QString();
}

} // namespace

Result<QList<TopTable>> loadTopTables(sqlite3 *db, const DashboardData &data, const Filter &filter)
{
    Aggregator aggregator(db);
    QList<TopTable> tables;
    for (Dimension d : { Dimension::Model, Dimension::User, Dimension::Token, Dimension::Channel }) {
        ReportQuery q;
        q.from = data.from;
        q.to = data.to;
        q.tz = data.quotaByModel.query.tz;
        q.granularity = Granularity::Month; // only the range totals are read: as few buckets as possible
        q.weekStart = data.quotaByModel.query.weekStart;
        q.filter = filter;
        q.by = d;
        q.topN = 10;
        q.rankBy = Metric::Quota;
        auto report = aggregator.report(q);
        if (!report)
            return report.error();
        TopTable t;
        t.dimension = d;
        t.keys = report->keys;
        for (const QString &key : std::as_const(t.keys))
            t.counters.append(report->keyTotal(key));
        t.total = report->totals;
        tables.append(t);
    }
    return tables;
}

Result<ReportContent> loadReportContent(sqlite3 *db, const DashboardRequest &request, const ViewContext &context)
{
    auto data = loadDashboard(db, request);
    if (!data)
        return data.error();
    auto tops = loadTopTables(db, data.value(), request.filter);
    if (!tops)
        return tops.error();
    ReportContent c;
    c.data = data.value();
    c.filter = request.filter;
    c.context = context;
    c.tops = tops.value();
    return c;
}

ReportRenderer::ReportRenderer(const ReportContent &content)
    : m_content(content)
    , m_host(std::make_unique<QWidget>())
{
    // Off screen but shown, so the widgets get their real sizes and lay out their legends; paper is light.
    m_host->setAttribute(Qt::WA_DontShowOnScreen);
    m_host->setPalette(Theme::palette(Theme::Choice::Light));
    m_host->setAutoFillBackground(true);
    m_host->resize(PageWidth, PageHeight);
    m_cards = new StatCardsPanel(m_host.get());
    m_quota = new QuotaBarChart(m_host.get());
    m_tokens = new TokenTrendChart(m_host.get());
    m_requests = new RequestPieChart(m_host.get());
    const int width = PageWidth - 2 * int(Margin);
    m_cards->setGeometry(0, 0, width, 150);
    m_cards->hide(); // only its texts are used: the report draws its own four-column cards
    m_quota->setGeometry(0, 0, width, 330);
    m_tokens->setGeometry(0, 0, width, 250);
    m_requests->setGeometry(0, 0, width, 270);
    const DashboardData &d = m_content.data;
    m_cards->setStats(d.stats, d.currency, d.quotaByModel.query.tz);
    m_quota->setReport(d.quotaByModel, d.currency, d.now);
    m_requests->setReport(d.requestsByModel, d.quotaByModel.keys);
    m_tokens->setReport(d.tokens, d.now);
    m_host->show();
    TimeAxisAligner(m_quota, m_tokens).alignNow();
}

ReportRenderer::~ReportRenderer() = default;

ViewNumbers ReportRenderer::numbers() const
{
    return ViewNumbers::fromCharts(m_content.data, m_content.filter, m_content.context, m_quota, m_requests, m_tokens);
}

void ReportRenderer::paintHeader(QPainter *painter, int page, qreal *y) const
{
    const QPalette palette = m_host->palette();
    painter->setPen(palette.color(QPalette::Text));
    QFont title = m_host->font();
    title.setPixelSize(22);
    title.setBold(true);
    painter->setFont(title);
    const QString heading = m_content.context.title.isEmpty() ? tr("QuotaScope usage report") : m_content.context.title;
    const qreal width = PageWidth - 2 * Margin;
    painter->drawText(QRectF(Margin, *y, width, 30), Qt::AlignLeft | Qt::AlignVCenter, heading);
    *y += 36;

    QFont small = m_host->font();
    small.setPixelSize(11);
    painter->setFont(small);
    const qreal line = 16;
    if (page == 0) {
        const auto lines = numbers().header();
        int row = 0;
        for (const auto &l : lines) {
            if (l.first == tr("Report"))
                continue;
            const qreal x = Margin + (row % 2) * width / 2;
            const QString text = QStringLiteral("%1: %2").arg(l.first, l.second);
            painter->drawText(QRectF(x, *y + (row / 2) * line, width / 2 - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(text, Qt::ElideRight, int(width / 2 - 8)));
            ++row;
        }
        *y += ((row + 1) / 2) * line + 10;
    } else {
        const QTimeZone tz = m_content.data.quotaByModel.query.tz;
        painter->drawText(QRectF(Margin, *y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1: %2 (%3)")
                .arg(tr("Range"), rangeText(m_content.data.from, m_content.data.to, tz), timeZoneName(tz)));
        *y += line + 10;
    }
}

void ReportRenderer::paintTopTable(QPainter *painter, const TopTable &table, const QRectF &rect) const
{
    const QPalette palette = m_host->palette();
    const CurrencyDisplay &currency = m_content.data.currency;
    QFont bold = m_host->font();
    bold.setPixelSize(13);
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
        dimensionTitle(table.dimension));
    QFont font = m_host->font();
    font.setPixelSize(10);
    const qreal rowHeight = 17;
    // Columns: name, requests, spend, tokens, share.
    const QList<qreal> widths { 0.38, 0.15, 0.19, 0.16, 0.12 };
    const QStringList headers { tr("Name"), tr("Requests"), tr("Spend"), tr("Tokens"), tr("Share") };
    const auto drawRow = [&](qreal y, const QStringList &cells, bool header) {
        qreal x = rect.left();
        QFont f = font;
        f.setBold(header);
        painter->setFont(f);
        for (int i = 0; i < cells.size(); ++i) {
            const qreal w = widths.at(i) * rect.width();
            const Qt::Alignment align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            painter->drawText(QRectF(x + 2, y, w - 4, rowHeight), align,
                painter->fontMetrics().elidedText(cells.at(i), Qt::ElideMiddle, int(w - 4)));
            x += w;
        }
    };
    qreal y = rect.top() + 24;
    painter->fillRect(QRectF(rect.left(), y, rect.width(), rowHeight), palette.color(QPalette::AlternateBase));
    drawRow(y, headers, true);
    y += rowHeight;
    const QLocale locale;
    if (table.keys.isEmpty()) {
        painter->setFont(font);
        painter->drawText(QRectF(rect.left() + 2, y, rect.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            tr("No requests in this range."));
        return;
    }
    for (int k = 0; k < table.keys.size(); ++k) {
        const Counters &c = table.counters.at(k);
        const QString key = table.keys.at(k);
        const QString name = key == Aggregator::otherKey() ? tr("Other") : key.isEmpty() ? tr("(none)") : key;
        const double share = table.total.quota > 0 ? double(c.quota) / double(table.total.quota) * 100.0 : 0.0;
        if (k % 2 == 1)
            painter->fillRect(QRectF(rect.left(), y, rect.width(), rowHeight), palette.color(QPalette::AlternateBase));
        painter->setPen(palette.color(QPalette::Text));
        drawRow(y,
            { name, locale.toString(c.requests), currency.format(c.quota, 2), compactNumber(double(c.totalTokens())),
                locale.toString(share, 'f', 1) + QLatin1Char('%') },
            false);
        y += rowHeight;
    }
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter->setPen(palette.color(QPalette::Text));
    drawRow(y,
        { tr("Total"), locale.toString(table.total.requests), currency.format(table.total.quota, 2),
            compactNumber(double(table.total.totalTokens())), QStringLiteral("100%") },
        true);
}

qreal ReportRenderer::paintCards(QPainter *painter, qreal top) const
{
    const QPalette palette = m_host->palette();
    const auto titles = m_cards->findChildren<QLabel *>(QStringLiteral("statTitle"));
    const auto values = m_cards->findChildren<QLabel *>(QStringLiteral("statValue"));
    const auto details = m_cards->findChildren<QLabel *>(QStringLiteral("statDetail"));
    const int count = int(qMin(titles.size(), qMin(values.size(), details.size())));
    const int columns = 4;
    const qreal gap = 8;
    const qreal cardWidth = (PageWidth - 2 * Margin - (columns - 1) * gap) / columns;
    const qreal cardHeight = 62;
    QFont titleFont = m_host->font();
    titleFont.setPixelSize(11);
    QFont valueFont = m_host->font();
    valueFont.setPixelSize(19);
    valueFont.setBold(true);
    QFont detailFont = m_host->font();
    detailFont.setPixelSize(10);
    for (int i = 0; i < count; ++i) {
        const QRectF card(Margin + (i % columns) * (cardWidth + gap), top + (i / columns) * (cardHeight + gap),
            cardWidth, cardHeight);
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(card, 5, 5);
        const QRectF inner = card.adjusted(9, 5, -9, -5);
        const auto line = [&](const QFont &font, const QColor &color, qreal y, qreal h, const QString &text) {
            painter->setFont(font);
            painter->setPen(color);
            painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(font).elidedText(text, Qt::ElideRight, inner.width()));
        };
        line(titleFont, palette.color(QPalette::Dark), inner.top(), 14, titles.at(i)->text());
        line(valueFont, palette.color(QPalette::Text), inner.top() + 14, 24, values.at(i)->text());
        line(detailFont, palette.color(QPalette::Dark), inner.top() + 38, 14, details.at(i)->text());
    }
    painter->setBrush(Qt::NoBrush);
    const int rows = (count + columns - 1) / columns;
    return rows * cardHeight + (rows - 1) * gap;
}

void ReportRenderer::paintPage(QPainter *painter, int page) const
{
    const QPalette palette = m_host->palette();
    painter->save();
    painter->fillRect(QRectF(0, 0, PageWidth, PageHeight), palette.color(QPalette::Base));
    qreal y = Margin;
    paintHeader(painter, page, &y);
    const qreal width = PageWidth - 2 * Margin;
    const auto place = [&](QWidget *w, qreal x, qreal top) {
        painter->save();
        painter->translate(x, top);
        w->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter->restore();
    };
    if (page == 0) {
        y += paintCards(painter, y) + 10;
        place(m_quota, Margin, y);
        y += m_quota->height() + 8;
        place(m_tokens, Margin, y);
    } else {
        place(m_requests, Margin, y);
        y += m_requests->height() + 12;
        const qreal columnWidth = (width - 24) / 2;
        const qreal tableHeight = 24 + 17 * 13 + 24;
        for (int i = 0; i < m_content.tops.size(); ++i) {
            const QRectF rect(
                Margin + (i % 2) * (columnWidth + 24), y + (i / 2) * tableHeight, columnWidth, tableHeight);
            paintTopTable(painter, m_content.tops.at(i), rect);
        }
    }
    QFont footer = m_host->font();
    footer.setPixelSize(10);
    painter->setFont(footer);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QTimeZone tz = m_content.data.quotaByModel.query.tz;
    const qint64 generated = m_content.context.generatedAt;
    painter->drawText(QRectF(Margin, PageHeight - Margin + 8, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Generated by QuotaScope %1").arg(generated > 0 ? TimeBuckets::isoLabel(generated, tz) : QString()));
    painter->drawText(QRectF(Margin, PageHeight - Margin + 8, width, 16), Qt::AlignRight | Qt::AlignVCenter,
        tr("Page %1 of %2").arg(page + 1).arg(PageCount));
    painter->restore();
}

Result<void> ReportRenderer::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        // At 96 dpi the page's units are the widgets' pixels; the output stays vector.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(m_content.context.title.isEmpty() ? tr("QuotaScope usage report") : m_content.context.title);
        pdf.setCreator(QStringLiteral("QuotaScope"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return exportWriteError(path, tr("cannot start a PDF"));
        const QRect target = painter.viewport();
        const qreal scale = qMin(target.width() / qreal(PageWidth), target.height() / qreal(PageHeight));
        for (int page = 0; page < PageCount; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            paintPage(&painter, page);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return exportWriteError(path, file.errorString());
    return {};
}

void ReportRenderer::paintPagesBelowEachOther(QPainter *painter) const
{
    for (int page = 0; page < PageCount; ++page) {
        painter->save();
        painter->translate(0, page * PageHeight);
        paintPage(painter, page);
        painter->restore();
    }
}

Result<void> ReportRenderer::writeImage(const QString &path, const QByteArray &format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteError(path, file.errorString());
    const QSize size(PageWidth, PageHeight * PageCount);
    if (format == "svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(m_content.context.title.isEmpty() ? tr("QuotaScope usage report") : m_content.context.title);
        QPainter painter;
        if (!painter.begin(&svg))
            return exportWriteError(path, tr("cannot start an SVG"));
        paintPagesBelowEachOther(&painter);
        painter.end();
    } else {
        QImage image(size * 2, QImage::Format_RGB32);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintPagesBelowEachOther(&painter);
        painter.end();
        if (!image.save(&file, "PNG"))
            return exportWriteError(path, tr("cannot encode the PNG"));
    }
    if (!file.commit())
        return exportWriteError(path, file.errorString());
    return {};
}

Result<void> ReportRenderer::write(const QString &path, const QString &format) const
{
    if (format == QLatin1String("pdf"))
        return writePdf(path);
    if (format == QLatin1String("png") || format == QLatin1String("svg"))
        return writeImage(path, format.toLatin1());
    return Error(tr("Unknown report format \"%1\" (use pdf, png or svg)").arg(format), Error::Kind::Usage);
}

} // namespace QuotaScope
