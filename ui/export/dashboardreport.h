#pragma once

#include "dashboardquery.h"
#include "viewnumbers.h"

#include <QList>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace QuotaScope {

class QuotaBarChart;
class RequestPieChart;
class StatCardsPanel;
class TokenTrendChart;

/** The ten largest keys of one dimension over the whole range, by spend. */
struct TopTable
{
    Dimension dimension = Dimension::Model;
    QStringList keys; ///< largest first; Aggregator::otherKey() last when there are more
    QList<Counters> counters; ///< per key
    Counters total;
};

/** Everything a dashboard report shows. */
struct ReportContent
{
    DashboardData data;
    Filter filter;
    ViewContext context;
    QList<TopTable> tops; ///< models, users, tokens, channels
};

/// The top-10 tables for the range and filter of data.
Result<QList<TopTable>> loadTopTables(sqlite3 *db, const DashboardData &data, const Filter &filter);
/// The dashboard and its top-10 tables (call it off the GUI thread).
Result<ReportContent> loadReportContent(sqlite3 *db, const DashboardRequest &request, const ViewContext &context);

/**
 * The dashboard as a two-page report: title, source, range, filters, stat cards and charts on the first page,
 * the top-10 tables on the second, the time it was generated on both. Drawn with the dashboard's own chart
 * widgets in the light palette, kept off screen, so a PDF or SVG stays vector and the numbers are the charts'.
 * Needs a QApplication (the offscreen platform will do).
 */
class ReportRenderer
{
public:
    static constexpr int PageWidth = 794; ///< A4 at 96 dpi
    static constexpr int PageHeight = 1123;
    static constexpr int PageCount = 2;

    explicit ReportRenderer(const ReportContent &content);
    ~ReportRenderer();

    Result<void> writePdf(const QString &path) const;
    /// "png" (both pages one under the other, at twice the size) or "svg".
    Result<void> writeImage(const QString &path, const QByteArray &format) const;
    /// Writes by the format's name: "pdf", "png" or "svg".
    Result<void> write(const QString &path, const QString &format) const;

    /// What the report's charts draw.
    ViewNumbers numbers() const;
    /// Draws page 0 or 1 on a PageWidth x PageHeight canvas.
    void paintPage(QPainter *painter, int page) const;

private:
    void paintHeader(QPainter *painter, int page, qreal *y) const;
    void paintPagesBelowEachOther(QPainter *painter) const; ///< the PNG and SVG layout
    qreal paintCards(QPainter *painter, qreal top) const; ///< returns the height drawn
    void paintTopTable(QPainter *painter, const TopTable &table, const QRectF &rect) const;

    ReportContent m_content;
    std::unique_ptr<QWidget> m_host;
    StatCardsPanel *m_cards = nullptr;
    QuotaBarChart *m_quota = nullptr;
    RequestPieChart *m_requests = nullptr;
    TokenTrendChart *m_tokens = nullptr;
};

} // namespace QuotaScope
