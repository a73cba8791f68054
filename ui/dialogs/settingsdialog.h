#pragma once

#include "settings/settings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSpinBox;
class QStringListModel;
QT_END_NAMESPACE

namespace QuotaScope {

/// Display preferences: granularity, refresh, time zone, currency, language, chart top-N, week start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    /// What the widgets show now (not yet saved).
    Preferences preferences() const;
    void setPreferences(const Preferences &prefs);

public slots:
    void accept() override;
    void restoreDefaults();

private:
    void selectTimeZone(const QString &zone);
    void onZoneFilterChanged(const QString &text);
    void updateCurrencyFields();

    Settings *m_settings;
    QComboBox *m_granularity;
    QSpinBox *m_refresh;
    QLineEdit *m_zoneFilter;
    QListView *m_zoneList;
    QStringListModel *m_zones;
    QSortFilterProxyModel *m_zoneProxy;
    QString m_selectedZone;
    QComboBox *m_currency;
    QLineEdit *m_currencySymbol;
    QDoubleSpinBox *m_currencyRate;
    QComboBox *m_language;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_topN;
    QComboBox *m_weekStart;
    QLabel *m_error;
};

} // namespace QuotaScope
