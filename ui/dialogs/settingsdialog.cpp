#include "settingsdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

QStringList zoneNames()
{
    QStringList zones{QStringLiteral("local"), QStringLiteral("UTC")};
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        const QString name = QString::fromUtf8(id);
        if (name != QLatin1String("UTC"))
            zones.append(name);
    }
    return zones;
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_granularity(new QComboBox(this))
    , m_refresh(new QSpinBox(this))
    , m_zoneFilter(new QLineEdit(this))
    , m_zoneList(new QListView(this))
    , m_zones(new QStringListModel(zoneNames(), this))
    , m_zoneProxy(new QSortFilterProxyModel(this))
    , m_currency(new QComboBox(this))
    , m_currencySymbol(new QLineEdit(this))
    , m_currencyRate(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
    , m_topN(new QSpinBox(this))
    , m_weekStart(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));

    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_granularity->addItem(tr("Hour"), int(Granularity::Hour));
    m_granularity->addItem(tr("Day"), int(Granularity::Day));
    m_granularity->addItem(tr("Week"), int(Granularity::Week));
    m_granularity->addItem(tr("Month"), int(Granularity::Month));

    m_refresh->setObjectName(QStringLiteral("refreshInterval"));
    // 0 is "manual"; the spin box jumps from it straight to the smallest real interval.
    m_refresh->setRange(Settings::MinRefreshSeconds - 1, Settings::MaxRefreshSeconds);
    m_refresh->setSpecialValueText(tr("Manual"));
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setAccessibleName(tr("Refresh interval in seconds"));

    m_zoneFilter->setObjectName(QStringLiteral("timeZoneFilter"));
    m_zoneFilter->setPlaceholderText(tr("Search time zones, e.g. Shanghai"));
    m_zoneFilter->setClearButtonEnabled(true);
    m_zoneProxy->setSourceModel(m_zones);
    m_zoneProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_zoneList->setObjectName(QStringLiteral("timeZoneList"));
    m_zoneList->setModel(m_zoneProxy);
    m_zoneList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zoneList->setMinimumHeight(140);
    m_zoneList->setAccessibleName(tr("Time zones"));
    connect(m_zoneFilter, &QLineEdit::textChanged, this, &SettingsDialog::onZoneFilterChanged);
    connect(m_zoneList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selectedZone = current.data().toString();
            });

    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItem(tr("As the gateway shows it"), int(CurrencyOverride::Mode::GatewayDefault));
    m_currency->addItem(tr("US dollars ($)"), int(CurrencyOverride::Mode::Usd));
    m_currency->addItem(tr("Chinese yuan (¥)"), int(CurrencyOverride::Mode::Cny));
    m_currency->addItem(tr("Tokens (raw quota)"), int(CurrencyOverride::Mode::Tokens));
    m_currency->addItem(tr("Custom symbol and rate"), int(CurrencyOverride::Mode::Custom));
    m_currencySymbol->setObjectName(QStringLiteral("currencySymbol"));
    m_currencySymbol->setMaxLength(8);
    m_currencyRate->setObjectName(QStringLiteral("currencyRate"));
    m_currencyRate->setDecimals(4);
    m_currencyRate->setRange(0.0001, 1000000);
    m_currencyRate->setSuffix(tr(" per USD"));
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateCurrencyFields);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language under its own name, so that someone who cannot read the current one still finds theirs.
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        m_language->addItem(QLocale(code).nativeLanguageName(), code);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_topN->setObjectName(QStringLiteral("topN"));
    m_topN->setRange(Settings::MinTopN, Settings::MaxTopN);

    m_weekStart->setObjectName(QStringLiteral("weekStart"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Granularity:"), m_granularity);
    form->addRow(tr("&Refresh every:"), m_refresh);
    auto *zoneBox = new QVBoxLayout;
    zoneBox->addWidget(m_zoneFilter);
    zoneBox->addWidget(m_zoneList);
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_zoneFilter);
    form->addRow(zoneLabel, zoneBox);
    form->addRow(tr("&Week starts on:"), m_weekStart);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("Currency s&ymbol:"), m_currencySymbol);
    form->addRow(tr("Exchange r&ate:"), m_currencyRate);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies after QuotaScope restarts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Appearance:"), m_theme);
    form->addRow(tr("Chart series (&top N):"), m_topN);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setPreferences(m_settings->preferences());
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.granularity = static_cast<Granularity>(m_granularity->currentData().toInt());
    p.refreshSeconds = m_refresh->value() < Settings::MinRefreshSeconds ? 0 : m_refresh->value();
    p.timeZone = m_selectedZone;
    p.currency.mode = static_cast<CurrencyOverride::Mode>(m_currency->currentData().toInt());
    p.currency.customSymbol = m_currencySymbol->text().trimmed();
    p.currency.customRate = m_currencyRate->value();
    p.language = m_language->currentData().toString();
    p.topN = m_topN->value();
    p.weekStart = static_cast<Qt::DayOfWeek>(m_weekStart->currentData().toInt());
    p.theme = m_theme->currentData().toString();
    return p;
}

void SettingsDialog::setPreferences(const Preferences &p)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(p.granularity)));
    m_refresh->setValue(p.refreshSeconds == 0 ? m_refresh->minimum() : p.refreshSeconds);
    m_zoneFilter->clear();
    selectTimeZone(p.timeZone);
    m_currency->setCurrentIndex(m_currency->findData(int(p.currency.mode)));
    m_currencySymbol->setText(p.currency.customSymbol);
    m_currencyRate->setValue(p.currency.customRate);
    m_language->setCurrentIndex(m_language->findData(p.language));
    m_topN->setValue(p.topN);
    m_weekStart->setCurrentIndex(m_weekStart->findData(int(p.weekStart)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(p.theme)));
    updateCurrencyFields();
    m_error->hide();
}

void SettingsDialog::selectTimeZone(const QString &zone)
{
    m_selectedZone = zone;
    const int row = int(m_zones->stringList().indexOf(zone));
    if (row < 0)
        return;
    const QModelIndex index = m_zoneProxy->mapFromSource(m_zones->index(row));
    if (index.isValid()) {
        m_zoneList->setCurrentIndex(index);
        m_zoneList->scrollTo(index);
    }
}

void SettingsDialog::onZoneFilterChanged(const QString &text)
{
    m_zoneProxy->setFilterFixedString(text);
    // Keep the chosen zone when it is still listed; otherwise pick the first match so that Enter takes it.
    const QString keep = m_selectedZone;
    selectTimeZone(keep);
    if (!m_zoneList->currentIndex().isValid() && m_zoneProxy->rowCount() > 0) {
        m_zoneList->setCurrentIndex(m_zoneProxy->index(0, 0));
    }
}

void SettingsDialog::updateCurrencyFields()
{
    const bool custom = m_currency->currentData().toInt() == int(CurrencyOverride::Mode::Custom);
    m_currencySymbol->setEnabled(custom);
    m_currencyRate->setEnabled(custom);
}

void SettingsDialog::restoreDefaults()
{
    setPreferences(Settings::defaults());
}

void SettingsDialog::accept()
{
    const Result<void> saved = m_settings->setPreferences(preferences());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace QuotaScope
