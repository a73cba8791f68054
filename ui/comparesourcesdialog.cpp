#include "comparesourcesdialog.h"

#include "comparison.h"
#include "dbtask.h"
#include "statcardspanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace QuotaScope {

Result<SourceComparison> loadSourceComparison(
    sqlite3 *db, const DashboardRequest &request, qint64 from, qint64 to, qint64 sourceA, qint64 sourceB)
{
    SourceComparison c;
    c.from = from;
    c.to = to;
    Aggregator aggregator(db);
    QHash<QString, int> rowOf;
    for (const qint64 source : { sourceA, sourceB }) {
        ReportQuery q;
        q.from = from;
        q.to = to;
        q.tz = request.tz;
        q.granularity = Granularity::Month; // one bucket a month: only the totals per model are wanted
        q.filter = request.filter;
        q.filter.sourceIds = { source };
        q.by = Dimension::Model;
        q.topN = 0;
        q.rankBy = Metric::Quota;
        q.weekStart = request.weekStart;
        auto stats = aggregator.stats(q);
        if (!stats)
            return stats.error();
        auto report = aggregator.report(q);
        if (!report)
            return report.error();
        const bool first = source == sourceA;
        (first ? c.a : c.b) = stats.value();
        for (const QString &model : std::as_const(report->keys)) {
            int row = rowOf.value(model, -1);
            if (row < 0) {
                row = int(c.models.size());
                rowOf.insert(model, row);
                c.models.append({ model, {}, {} });
            }
            (first ? c.models[row].a : c.models[row].b) = report->keyTotal(model);
        }
    }
    std::stable_sort(c.models.begin(), c.models.end(),
        [](const auto &x, const auto &y) { return x.a.quota + x.b.quota > y.a.quota + y.b.quota; });
    return c;
}

SourceComparisonModel::SourceComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceComparisonModel::setComparison(
    const SourceComparison &comparison, const QString &nameA, const QString &nameB)
{
    beginResetModel();
    m_nameA = nameA;
    m_nameB = nameB;
    m_rows.clear();
    m_rows.append({ tr("All models"), comparison.a.totals, comparison.b.totals });
    m_rows.append(comparison.models);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SourceComparisonModel::setCurrency(const CurrencyDisplay &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SourceComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SourceComparison::ModelRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == Model ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case RequestsA:
            return r.a.requests;
        case RequestsB:
            return r.b.requests;
        case QuotaA:
            return r.a.quota;
        case QuotaB:
            return r.b.quota;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == RequestsDelta || index.column() == QuotaDelta)) {
        const bool quota = index.column() == QuotaDelta;
        return tr("%1: %2\n%3: %4")
            .arg(m_nameA, quota ? m_currency.format(r.a.quota, 4) : QLocale().toString(r.a.requests), m_nameB,
                quota ? m_currency.format(r.b.quota, 4) : QLocale().toString(r.b.requests));
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Model:
        return r.model.isEmpty() ? tr("(none)") : r.model;
    case RequestsA:
        return locale.toString(r.a.requests);
    case RequestsB:
        return locale.toString(r.b.requests);
    case RequestsDelta:
        return CardDelta { double(r.b.requests), double(r.a.requests), false }.text();
    case QuotaA:
        return m_currency.format(r.a.quota, 2);
    case QuotaB:
        return m_currency.format(r.b.quota, 2);
    case QuotaDelta:
        return CardDelta { double(r.b.quota), double(r.a.quota), false }.text();
    default:
        return {};
    }
}

QVariant SourceComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case RequestsA:
        return tr("Requests: %1").arg(m_nameA);
    case RequestsB:
        return tr("Requests: %1").arg(m_nameB);
    case RequestsDelta:
        return tr("Requests change");
    case QuotaA:
        return tr("Spend: %1").arg(m_nameA);
    case QuotaB:
        return tr("Spend: %1").arg(m_nameB);
    case QuotaDelta:
        return tr("Spend change");
    default:
        return {};
    }
}

CompareSourcesDialog::CompareSourcesDialog(const QString &dbPath, const QList<SourceInfo> &sources,
    const DashboardRequest &request, qint64 from, qint64 to, const CurrencyDisplay &currency, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_request(request)
    , m_from(from)
    , m_to(to)
    , m_currency(currency)
{
    setWindowTitle(tr("Compare sources"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_a = new QComboBox(this);
    m_b = new QComboBox(this);
    for (const SourceInfo &s : sources) {
        m_a->addItem(s.name, s.id);
        m_b->addItem(s.name, s.id);
    }
    m_b->setCurrentIndex(qMin(1, m_b->count() - 1));
    auto *labelA = new QLabel(tr("&First source:"), this);
    labelA->setBuddy(m_a);
    auto *labelB = new QLabel(tr("&Second source:"), this);
    labelB->setBuddy(m_b);
    m_cardsA = new StatCardsPanel(this);
    m_cardsB = new StatCardsPanel(this);
    m_cardsA->setAccessibleName(tr("First source"));
    m_cardsB->setAccessibleName(tr("Second source"));
    // One source above the other: each row of cards needs the dialog's whole width.
    grid->addWidget(labelA, 0, 0);
    grid->addWidget(m_a, 0, 1);
    grid->addWidget(m_cardsA, 1, 0, 1, 2);
    grid->addWidget(labelB, 2, 0);
    grid->addWidget(m_b, 2, 1);
    grid->addWidget(m_cardsB, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_model = new SourceComparisonModel(this);
    m_model->setCurrency(currency);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Per-model comparison"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareSourcesDialog::reload);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareSourcesDialog::reload);
    resize(1300, 700);
    reload();
}

void CompareSourcesDialog::setSources(qint64 a, qint64 b)
{
    {
        QSignalBlocker block(m_a);
        m_a->setCurrentIndex(qMax(0, m_a->findData(a)));
    }
    m_b->setCurrentIndex(qMax(0, m_b->findData(b)));
    reload();
}

void CompareSourcesDialog::reload()
{
    if (m_a->count() == 0)
        return;
    const qint64 a = m_a->currentData().toLongLong(), b = m_b->currentData().toLongLong();
    const quint64 serial = ++m_serial;
    m_loading = true;
    const QTimeZone tz = m_request.tz;
    m_status->setText(tr("%1 – %2 · loading...")
                          .arg(QDateTime::fromSecsSinceEpoch(m_from, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              QDateTime::fromSecsSinceEpoch(m_to, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    auto *watcher = new QFutureWatcher<Result<SourceComparison>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, tz] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        m_loading = false;
        const Result<SourceComparison> c = watcher->result();
        const QString range
            = tr("%1 – %2").arg(QDateTime::fromSecsSinceEpoch(m_from, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QDateTime::fromSecsSinceEpoch(m_to, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!c) {
            m_status->setText(tr("Could not compare the sources: %1").arg(c.error().message));
            emit loaded();
            return;
        }
        m_comparison = c.value();
        m_status->setText(
            tr("%1, with the dashboard's filters. Changes go from the first source to the second.").arg(range));
        m_cardsA->setStats(m_comparison.a, m_currency, tz);
        m_cardsB->setStats(m_comparison.b, m_currency, tz);
        m_model->setComparison(m_comparison, m_a->currentText(), m_b->currentText());
        emit loaded();
    });
    const DashboardRequest request = m_request;
    const qint64 from = m_from, to = m_to;
    watcher->setFuture(runWithCache<SourceComparison>(
        m_dbPath, [=](sqlite3 *db) { return loadSourceComparison(db, request, from, to, a, b); }));
}

} // namespace QuotaScope
