#pragma once

#include "model/query.h"
#include "settings/filterstate.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace QuotaScope {

class MultiSelectFilter;

/**
 * The multi-select filters for user, token, model, channel and group plus the log-type filter, in one row,
 * and the active filters as removable chips below it. Reads and writes the dimension lists and types of a
 * FilterState; sources and the log search belong to the window.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Puts the bar's lists and types into state (other fields untouched).
    void fillState(FilterState *state) const;
    /// Shows state's lists and types; emits nothing.
    void setState(const FilterState &state);
    /// Offers these values for a dimension (keeps what is checked).
    void setChoices(Dimension d, const QStringList &values);

    MultiSelectFilter *filter(Dimension d) const;
    MultiSelectFilter *typeFilter() const { return m_types; }
    /// The chips shown, as their text ("User: alice"), for tests and accessibility.
    QStringList chipTexts() const;
    /// Removes the chip at index as a click on its × would.
    void removeChip(int index);

signals:
    void changed();

protected:
    /// A new palette (light, dark, the desktop's): the chips are made again, as their style sheet keeps the
    /// colours it was applied with.
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        MultiSelectFilter *filter = nullptr;
        QString value;
    };
    void rebuildChips();

    QList<QPair<Dimension, MultiSelectFilter *>> m_filters;
    MultiSelectFilter *m_types = nullptr;
    QWidget *m_chipRow = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QList<Chip> m_chips;
    QList<QToolButton *> m_chipButtons;
};

} // namespace QuotaScope
