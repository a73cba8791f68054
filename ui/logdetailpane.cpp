#include "logdetailpane.h"

#include "logitemdelegate.h"
#include "logtablemodel.h"
#include "model/recordjson.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {
QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}
} // namespace

LogDetailPane::LogDetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("Select a request to see its details."), this);
    m_title->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy as &JSON"), this);
    m_copy->setEnabled(false);
    m_copy->setToolTip(tr("Copy the whole request, with its parsed details, to the clipboard"));
    top->addWidget(m_title, 1);
    top->addWidget(m_copy);
    layout->addLayout(top);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAccessibleName(tr("Request details"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    connect(m_copy, &QPushButton::clicked, this, &LogDetailPane::copyJson);
}

QList<LogDetailPane::Field> LogDetailPane::fields(
    const UsageRecord &r, const CurrencyDisplay &currency, const QTimeZone &tz)
{
    const QLocale locale;
    const QJsonObject other = parsedOther(r);
    QSet<QString> shown;
    QList<Field> out;
    const QString request = tr("Request"), billing = tr("Billing"), tokens = tr("Tokens"), timing = tr("Timing"),
                  channel = tr("Channel"), more = tr("Other details");
    auto add = [&out](const QString &section, const QString &label, const QString &value) {
        if (!value.isEmpty())
            out.append({ section, label, value });
    };
    auto fromOther = [&](const QString &section, const QString &label, const QString &key) {
        shown.insert(key);
        if (other.contains(key))
            add(section, label, jsonText(other.value(key)));
    };

    add(request, tr("Time"),
        QDateTime::fromSecsSinceEpoch(r.createdAt, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
    add(request, tr("Type"), LogItemDelegate::typeName(r.type));
    add(request, tr("Request ID"), r.requestId);
    add(request, tr("User"), r.userId ? tr("%1 (id %2)").arg(r.userName).arg(r.userId) : r.userName);
    add(request, tr("Token"), r.tokenId ? tr("%1 (id %2)").arg(r.tokenName).arg(r.tokenId) : r.tokenName);
    add(request, tr("Model"), r.model);
    add(request, tr("Group"), r.group);
    add(request, tr("IP"), r.ip);
    add(request, tr("Content"), r.content);
    fromOther(request, tr("Request path"), QStringLiteral("request_path"));

    add(billing, tr("Cost"), tr("%1 (%2 quota)").arg(currency.format(r.quota, 6), locale.toString(r.quota)));
    fromOther(billing, tr("Model ratio"), QStringLiteral("model_ratio"));
    fromOther(billing, tr("Group ratio"), QStringLiteral("group_ratio"));
    fromOther(billing, tr("User group ratio"), QStringLiteral("user_group_ratio"));
    fromOther(billing, tr("Completion ratio"), QStringLiteral("completion_ratio"));
    fromOther(billing, tr("Cache read ratio"), QStringLiteral("cache_ratio"));
    fromOther(billing, tr("Cache write ratio"), QStringLiteral("cache_creation_ratio"));
    shown.insert(QStringLiteral("model_price"));
    if (other.contains(QStringLiteral("model_price"))) {
        const double price = other.value(QStringLiteral("model_price")).toDouble();
        add(billing, tr("Model price"), price < 0 ? tr("by ratio") : tr("%1 USD per call").arg(price));
    }

    add(tokens, tr("Prompt"), locale.toString(r.promptTokens));
    add(tokens, tr("Completion"), locale.toString(r.completionTokens));
    add(tokens, tr("Cache read"), locale.toString(r.cacheReadTokens));
    add(tokens, tr("Cache write"), locale.toString(r.cacheWriteTokens));
    for (const char *key :
        { "cache_tokens", "cache_creation_tokens", "cache_creation_tokens_5m", "cache_creation_tokens_1h" })
        shown.insert(QLatin1String(key));

    add(timing, tr("Total time"), tr("%1 s").arg(locale.toString(r.useTimeMs / 1000.0, 'f', 3)));
    shown.insert(QStringLiteral("frt"));
    if (other.contains(QStringLiteral("frt")))
        add(timing, tr("First response"),
            tr("%1 ms").arg(locale.toString(other.value(QStringLiteral("frt")).toDouble(), 'f', 0)));
    add(timing, tr("Stream"), r.isStream ? tr("yes") : tr("no"));

    add(channel, tr("Channel"),
        r.channelId && !r.channelName.isEmpty() ? tr("%1 (id %2)").arg(r.channelName).arg(r.channelId)
                                                : LogTableModel::channelText(r));
    const QJsonObject admin = other.value(QStringLiteral("admin_info")).toObject();
    QStringList chain;
    const QJsonArray used = admin.value(QStringLiteral("use_channel")).toArray();
    for (const QJsonValue &v : used)
        chain << jsonText(v);
    add(channel, tr("Channel chain"), chain.join(QStringLiteral(" → ")));
    if (other.value(QStringLiteral("is_model_mapped")).toBool())
        fromOther(channel, tr("Upstream model"), QStringLiteral("upstream_model_name"));
    shown.insert(QStringLiteral("is_model_mapped"));
    shown.insert(QStringLiteral("upstream_model_name"));

    for (auto it = other.begin(); it != other.end(); ++it) {
        if (!shown.contains(it.key()))
            add(more, it.key(), jsonText(it.value()));
    }
    return out;
}

QString LogDetailPane::json(const UsageRecord &record)
{
    QJsonObject o = recordLogJson(record);
    const QJsonDocument other = QJsonDocument::fromJson(record.other);
    if (other.isObject())
        o.insert(QStringLiteral("other"), other.object());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString LogDetailPane::shownJson() const
{
    return m_record ? json(*m_record) : QString();
}

void LogDetailPane::setRecord(const std::optional<UsageRecord> &record)
{
    m_record = record;
    m_tree->clear();
    m_copy->setEnabled(record.has_value());
    if (!record) {
        m_title->setText(tr("Select a request to see its details."));
        return;
    }
    m_title->setText(tr("%1 · %2").arg(
        LogItemDelegate::typeName(record->type), record->requestId.isEmpty() ? record->model : record->requestId));
    QTreeWidgetItem *section = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QList<Field> list = fields(*record, m_currency, m_tz);
    for (const Field &f : list) {
        if (!section || section->text(0) != f.section) {
            section = new QTreeWidgetItem(m_tree, { f.section });
            section->setFirstColumnSpanned(true);
            section->setFont(0, bold);
            section->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_tree, { f.label, f.value });
        item->setToolTip(1, f.value);
    }
}

void LogDetailPane::copyJson()
{
    if (m_record)
        QGuiApplication::clipboard()->setText(json(*m_record));
}

} // namespace QuotaScope
