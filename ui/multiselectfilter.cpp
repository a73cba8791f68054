#include "multiselectfilter.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace QuotaScope {

MultiSelectFilter::MultiSelectFilter(const QString &allText, QWidget *parent)
    : QToolButton(parent)
    , m_allText(allText)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setArrowType(Qt::NoArrow);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_search = new QLineEdit(m_popup);
    m_search->setPlaceholderText(tr("Type to search..."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(allText));
    m_list = new QListView(m_popup);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(allText);
    m_list->setUniformItemSizes(true);
    auto *clearButton = new QPushButton(tr("Clear selection"), m_popup);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(clearButton);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(clearButton, &QPushButton::clicked, this, &MultiSelectFilter::clear);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        emit selectionChanged(selected());
    });
    connect(this, &QToolButton::clicked, this, &MultiSelectFilter::showPopup);
    updateText();
}

QWidget *MultiSelectFilter::popup() const
{
    return m_popup;
}

void MultiSelectFilter::addValue(const QString &value, const QString &label)
{
    auto *item = new QStandardItem(label.isEmpty() ? value : label);
    item->setData(value, Qt::UserRole);
    item->setCheckable(true);
    item->setEditable(false);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(value);
    m_model->appendRow(item);
}

void MultiSelectFilter::setChoices(const QStringList &values)
{
    QList<QPair<QString, QString>> choices;
    for (const QString &v : values)
        choices.append({ v, v.isEmpty() ? tr("(none)") : v });
    setChoices(choices);
}

void MultiSelectFilter::setChoices(const QList<QPair<QString, QString>> &choices)
{
    const QStringList checked = selected();
    m_updating = true;
    m_model->clear();
    for (const auto &c : choices)
        addValue(c.first, c.second);
    m_updating = false;
    setSelected(checked);
}

void MultiSelectFilter::setSelected(const QStringList &values)
{
    m_updating = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &v : values) {
        if (m_model->match(m_model->index(0, 0), Qt::UserRole, v, 1, Qt::MatchExactly).isEmpty()) {
            addValue(v, v);
            m_model->item(m_model->rowCount() - 1)->setCheckState(Qt::Checked);
        }
    }
    m_updating = false;
    updateText();
}

QStringList MultiSelectFilter::selected() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(Qt::UserRole).toString());
    }
    return out;
}

QString MultiSelectFilter::label(const QString &value) const
{
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), Qt::UserRole, value, 1, Qt::MatchExactly);
    return hits.isEmpty() ? value : hits.first().data(Qt::DisplayRole).toString();
}

void MultiSelectFilter::clear()
{
    if (selected().isEmpty())
        return;
    setSelected({});
    emit selectionChanged({});
}

void MultiSelectFilter::updateText()
{
    const QStringList values = selected();
    QStringList labels;
    for (const QString &v : values)
        labels.append(label(v));
    if (labels.isEmpty())
        setText(m_allText);
    else if (labels.size() == 1)
        setText(labels.first());
    else
        setText(tr("%1 +%2").arg(labels.first()).arg(labels.size() - 1));
    setToolTip(labels.isEmpty() ? m_allText : labels.join(QLatin1Char('\n')));
    setAccessibleDescription(labels.isEmpty() ? m_allText : labels.join(QStringLiteral(", ")));
}

void MultiSelectFilter::showPopup()
{
    m_search->clear();
    const int width = qMax(this->width(), 260);
    m_popup->resize(width, 320);
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        at.setX(qBound(avail.left(), at.x(), qMax(avail.left(), avail.right() - width)));
    }
    m_popup->move(at);
    m_popup->show();
    m_search->setFocus();
}

bool MultiSelectFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QToolButton::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        m_popup->hide();
        setFocus();
        return true;
    }
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_list->setFocus();
            m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_proxy->rowCount() == 1) {
            QStandardItem *item = m_model->itemFromIndex(m_proxy->mapToSource(m_proxy->index(0, 0)));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    } else if (watched == m_list) {
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_list->currentIndex().isValid()) {
            QStandardItem *item = m_model->itemFromIndex(m_proxy->mapToSource(m_list->currentIndex()));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        if (key->key() == Qt::Key_Up && m_list->currentIndex().row() == 0) {
            m_search->setFocus();
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space) {
            // Typing in the list goes on searching.
            m_search->setFocus();
            m_search->insert(key->text());
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace QuotaScope
