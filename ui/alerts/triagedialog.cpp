#include "alerts/triagedialog.h"

#include "store/cachedb.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace QuotaScope {

namespace {

Result<QList<TriageEntry>> triage(const QString &dbPath, qint64 from, qint64 to)
{
    auto cache = CacheDb::open(dbPath, QStringLiteral("triage"));
    if (!cache)
        return cache.error();
    return Triage(cache->db()).run(from, to, {});
}

QString kindLabel(TriageEntry::Kind k)
{
    switch (k) {
    case TriageEntry::Kind::SpendJump:
        return TriageDialog::tr("Spend jumped");
    case TriageEntry::Kind::NewIp:
        return TriageDialog::tr("New IP");
    case TriageEntry::Kind::NewModel:
        return TriageDialog::tr("New model");
    case TriageEntry::Kind::ChannelErrors:
        return TriageDialog::tr("Channel failing");
    case TriageEntry::Kind::ChannelLatency:
        return TriageDialog::tr("Channel slow");
    }
    return QString();
}

} // namespace

TriageDialog::TriageDialog(const QString &dbPath, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_period(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Anomaly triage"));
    m_table->setAccessibleName(windowTitle());
    m_table->setTabKeyNavigation(false);
    m_period->addItem(tr("Last 24 hours"), qint64(86400));
    m_period->addItem(tr("Last 7 days"), qint64(7 * 86400));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(refresh);
    top->addWidget(m_status, 1);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Spend involved"), tr("What"), tr("Details") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *hint = new QLabel(tr("Compared with the 4 periods of the same length before. Double-click an entry to "
                               "show its logs in the dashboard."),
        this);
    hint->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &TriageDialog::run);
    connect(m_period, &QComboBox::currentIndexChanged, this, &TriageDialog::run);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            emit entryActivated(m_entries.at(row), m_from, m_to);
    });
    resize(900, 460);
}

void TriageDialog::run()
{
    if (m_running)
        return;
    m_running = true;
    m_to = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    m_from = m_to - m_period->currentData().toLongLong();
    m_status->setText(tr("Looking…"));
    auto *watcher = new QFutureWatcher<Result<QList<TriageEntry>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        showEntries(watcher->result());
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run(triage, m_dbPath, m_from, m_to));
}

void TriageDialog::showEntries(const Result<QList<TriageEntry>> &result)
{
    m_table->setRowCount(0);
    m_entries.clear();
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    m_entries = result.value();
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const TriageEntry &e = m_entries[i];
        auto *effect = new QTableWidgetItem(QLocale().toString(e.effect));
        effect->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, effect);
        m_table->setItem(i, 1, new QTableWidgetItem(kindLabel(e.kind)));
        m_table->setItem(i, 2, new QTableWidgetItem(e.message));
    }
    m_status->setText(m_entries.isEmpty() ? tr("Nothing changed")
                                          : tr("%n finding(s), spend in quota", nullptr, int(m_entries.size())));
}

} // namespace QuotaScope
