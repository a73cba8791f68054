#pragma once

#include <QStringList>
#include <QToolButton>

QT_BEGIN_NAMESPACE
class QFrame;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * A button that picks any number of values from a list, as the CLI's comma lists do. It opens a popup with a
 * type-ahead search field over a checkable list: typing narrows the list, Down moves into it, Space checks,
 * Enter checks the only match left, Escape closes. Nothing checked means "all".
 */
class MultiSelectFilter : public QToolButton
{
    Q_OBJECT
public:
    /// allText is shown when nothing is checked ("All users").
    explicit MultiSelectFilter(const QString &allText, QWidget *parent = nullptr);

    /// The values offered, each with the label to show (an empty label shows the value). Checked values that
    /// are no longer offered stay in the list, so the view does not change under the user.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    void setChoices(const QStringList &values);
    /// Checks exactly these values (adding missing ones); emits nothing.
    void setSelected(const QStringList &values);
    /// The checked values, in list order.
    QStringList selected() const;
    /// The label shown for a value.
    QString label(const QString &value) const;

    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    QWidget *popup() const;

public slots:
    void showPopup();
    void clear(); ///< unchecks everything (emits selectionChanged when something was checked)

signals:
    void selectionChanged(const QStringList &values);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addValue(const QString &value, const QString &label);
    void updateText();

    QString m_allText;
    QFrame *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_updating = false;
};

} // namespace QuotaScope
