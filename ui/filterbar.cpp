#include "filterbar.h"

#include "insightmodels.h"

#include "logitemdelegate.h"
#include "model/usagerecord.h"
#include "multiselectfilter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace QuotaScope {


FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);

    const QList<std::tuple<Dimension, QString, QString>> specs { { Dimension::User, tr("&User:"), tr("All users") },
        { Dimension::Token, tr("To&ken:"), tr("All tokens") }, { Dimension::Model, tr("&Model:"), tr("All models") },
        { Dimension::Channel, tr("&Channel:"), tr("All channels") },
        { Dimension::Group, tr("Grou&p:"), tr("All groups") } };
    auto addLabeled = [&](const QString &text, MultiSelectFilter *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        if (row->count() > 0)
            row->addSpacing(6);
        row->addWidget(label);
        row->addWidget(w, 1);
        w->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        connect(w, &MultiSelectFilter::selectionChanged, this, [this] {
            rebuildChips();
            emit changed();
        });
    };
    for (const auto &[dimension, label, all] : specs) {
        auto *f = new MultiSelectFilter(all, this);
        f->setObjectName(QStringLiteral("filter-") + dimensionName(dimension));
        m_filters.append({ dimension, f });
        addLabeled(label, f);
    }
    m_types = new MultiSelectFilter(tr("Default types"), this);
    m_types->setObjectName(QStringLiteral("filter-type"));
    QList<QPair<QString, QString>> types;
    for (int t = int(LogType::Topup); t <= int(LogType::Refund); ++t)
        types.append({ QString::number(t), LogItemDelegate::typeName(t) });
    m_types->setChoices(types);
    m_types->setWhatsThis(
        tr("Log types to count. None checked: consumption on the cards and charts, every type in the table."));
    addLabeled(tr("T&ype:"), m_types);

    m_chipRow = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chipRow);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipRow->setAccessibleName(tr("Active filters"));
    m_chipRow->hide();
    rows->addWidget(m_chipRow);
}

MultiSelectFilter *FilterBar::filter(Dimension d) const
{
    for (const auto &f : m_filters) {
        if (f.first == d)
            return f.second;
    }
    return nullptr;
}

void FilterBar::fillState(FilterState *state) const
{
    for (const auto &f : m_filters)
        *state->values(f.first) = f.second->selected();
    state->types.clear();
    const QStringList types = m_types->selected();
    for (const QString &t : types)
        state->types.append(t.toInt());
}

void FilterBar::setState(const FilterState &state)
{
    for (const auto &f : m_filters)
        f.second->setSelected(*state.values(f.first));
    QStringList types;
    for (int t : state.types)
        types.append(QString::number(t));
    m_types->setSelected(types);
    rebuildChips();
}

void FilterBar::setChoices(Dimension d, const QStringList &values)
{
    if (MultiSelectFilter *f = filter(d))
        f->setChoices(values);
}

QStringList FilterBar::chipTexts() const
{
    QStringList out;
    for (const QToolButton *b : m_chipButtons)
        out.append(b->accessibleName());
    return out;
}

void FilterBar::removeChip(int index)
{
    if (index < 0 || index >= m_chips.size())
        return;
    const Chip chip = m_chips.at(index);
    QStringList values = chip.filter->selected();
    values.removeAll(chip.value);
    chip.filter->setSelected(values);
    rebuildChips();
    emit changed();
    // Keep the keyboard on the chips: the next one, or the filter itself when none is left.
    if (!m_chipButtons.isEmpty())
        m_chipButtons.at(qMin(index, int(m_chipButtons.size()) - 1))->setFocus();
    else
        chip.filter->setFocus();
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_chipButtons.isEmpty())
        rebuildChips();
}

void FilterBar::rebuildChips()
{
    // deleteLater: a chip's own click is what removes it.
    for (QToolButton *b : std::as_const(m_chipButtons)) {
        b->hide();
        b->deleteLater();
    }
    m_chipButtons.clear();
    m_chips.clear();
    while (QLayoutItem *item = m_chipLayout->takeAt(0))
        delete item;
    QList<QPair<QString, MultiSelectFilter *>> all;
    for (const auto &f : m_filters)
        all.append({ dimensionLabel(f.first), f.second });
    all.append({ tr("Type"), m_types });
    for (const auto &[name, f] : all) {
        const QStringList values = f->selected();
        for (const QString &v : values) {
            const int index = int(m_chips.size());
            m_chips.append({ f, v });
            auto *b = new QToolButton(m_chipRow);
            const QString text = tr("%1: %2").arg(name, f->label(v));
            b->setText(text + QStringLiteral("  ×"));
            b->setAccessibleName(text);
            b->setToolTip(tr("Remove the filter %1").arg(text));
            b->setAutoRaise(false);
            b->setFocusPolicy(Qt::StrongFocus);
            b->setStyleSheet(
                QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"
                               "QToolButton:focus { border: 2px solid palette(highlight); }"));
            connect(b, &QToolButton::clicked, this, [this, index] { removeChip(index); });
            m_chipLayout->addWidget(b);
            m_chipButtons.append(b);
        }
    }
    m_chipLayout->addStretch(1);
    m_chipRow->setVisible(!m_chips.isEmpty());
}

} // namespace QuotaScope
