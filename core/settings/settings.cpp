#include "settings.h"

#include <QSettings>

namespace QuotaScope {

namespace {

namespace Key {
const QString SchemaVersion = QStringLiteral("schemaVersion");
const QString Granularity = QStringLiteral("display/granularity");
const QString RefreshSeconds = QStringLiteral("display/refreshSeconds");
const QString TimeZone = QStringLiteral("display/timeZone");
const QString CurrencyMode = QStringLiteral("display/currency");
const QString CurrencySymbol = QStringLiteral("display/currencySymbol");
const QString CurrencyRate = QStringLiteral("display/currencyRate");
const QString Language = QStringLiteral("display/language");
const QString Theme = QStringLiteral("display/theme");
const QString TopN = QStringLiteral("display/topN");
const QString WeekStart = QStringLiteral("display/weekStart");
const QString LastSources = QStringLiteral("state/lastSources");
const QString WindowGeometry = QStringLiteral("state/windowGeometry");
const QString FilterPrefix = QStringLiteral("filters/");
const QString WindowState = QStringLiteral("state/windowState");
} // namespace Key

int readInt(const QSettings &s, const QString &key, int fallback, int min, int max, bool allowZero = false)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    if (!ok || ((v < min || v > max) && !(allowZero && v == 0)))
        return fallback;
    return v;
}

} // namespace

CurrencyDisplay CurrencyOverride::applyTo(const CurrencyDisplay &gateway) const
{
    CurrencyDisplay d = gateway;
    switch (mode) {
    case Mode::GatewayDefault:
        break;
    case Mode::Usd:
        d.type = CurrencyDisplay::Type::Usd;
        break;
    case Mode::Cny:
        d.type = CurrencyDisplay::Type::Cny;
        break;
    case Mode::Tokens:
        d.type = CurrencyDisplay::Type::Tokens;
        break;
    case Mode::Custom:
        d.type = CurrencyDisplay::Type::Custom;
        d.customSymbol = customSymbol;
        d.customExchangeRate = customRate;
        break;
    }
    return d;
}

QString CurrencyOverride::modeName(Mode m)
{
    switch (m) {
    case Mode::GatewayDefault:
        return QStringLiteral("gateway");
    case Mode::Usd:
        return QStringLiteral("USD");
    case Mode::Cny:
        return QStringLiteral("CNY");
    case Mode::Tokens:
        return QStringLiteral("TOKENS");
    case Mode::Custom:
        return QStringLiteral("CUSTOM");
    }
    return QStringLiteral("gateway");
}

bool CurrencyOverride::parseMode(const QString &text, Mode *out)
{
    for (Mode m : {Mode::GatewayDefault, Mode::Usd, Mode::Cny, Mode::Tokens, Mode::Custom}) {
        if (text.compare(modeName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

Settings::Settings(QSettings *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!m_store->contains(Key::SchemaVersion))
        m_store->setValue(Key::SchemaVersion, SchemaVersion);
}

std::unique_ptr<QSettings> Settings::openUserStore()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("quotascope"),
                                       QStringLiteral("quotascope"));
}

Preferences Settings::defaults()
{
    return Preferences();
}

QStringList Settings::languages()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QStringList Settings::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

Result<void> Settings::validate(const Preferences &p)
{
    if (!themes().contains(p.theme))
        return Error(tr("theme: \"%1\" is not one of %2").arg(p.theme, themes().join(QStringLiteral(", "))),
                     Error::Kind::Usage);
    if (p.refreshSeconds != 0 && (p.refreshSeconds < MinRefreshSeconds || p.refreshSeconds > MaxRefreshSeconds))
        return Error(tr("refresh interval: %1 s is outside %2..%3 s (0 means manual refresh)")
                         .arg(p.refreshSeconds)
                         .arg(MinRefreshSeconds)
                         .arg(MaxRefreshSeconds),
                     Error::Kind::Usage);
    if (!timeZoneFromName(p.timeZone).isValid())
        return Error(tr("time zone: \"%1\" is not \"local\", \"UTC\" or a known IANA zone such as Asia/Shanghai")
                         .arg(p.timeZone),
                     Error::Kind::Usage);
    if (p.currency.mode == CurrencyOverride::Mode::Custom) {
        if (p.currency.customSymbol.trimmed().isEmpty())
            return Error(tr("currency: a custom currency needs a symbol"), Error::Kind::Usage);
        if (!(p.currency.customRate > 0))
            return Error(tr("currency: the custom exchange rate must be greater than 0 (units per USD)"),
                         Error::Kind::Usage);
    }
    if (!languages().contains(p.language))
        return Error(tr("language: \"%1\" is not one of %2").arg(p.language, languages().join(QStringLiteral(", "))),
                     Error::Kind::Usage);
    if (p.topN < MinTopN || p.topN > MaxTopN)
        return Error(tr("chart top-N: %1 is outside %2..%3").arg(p.topN).arg(MinTopN).arg(MaxTopN), Error::Kind::Usage);
    if (p.weekStart < Qt::Monday || p.weekStart > Qt::Sunday)
        return Error(tr("week start: not a day of the week"), Error::Kind::Usage);
    return {};
}

Preferences Settings::preferences() const
{
    const Preferences d;
    Preferences p;
    if (!parseGranularity(m_store->value(Key::Granularity).toString(), &p.granularity))
        p.granularity = d.granularity;
    p.refreshSeconds = readInt(*m_store, Key::RefreshSeconds, d.refreshSeconds, MinRefreshSeconds, MaxRefreshSeconds,
                               true);
    p.timeZone = m_store->value(Key::TimeZone, d.timeZone).toString();
    if (!timeZoneFromName(p.timeZone).isValid())
        p.timeZone = d.timeZone;

    if (!CurrencyOverride::parseMode(m_store->value(Key::CurrencyMode).toString(), &p.currency.mode))
        p.currency.mode = d.currency.mode;
    const QString symbol = m_store->value(Key::CurrencySymbol).toString().trimmed();
    p.currency.customSymbol = symbol.isEmpty() ? d.currency.customSymbol : symbol;
    bool rateOk = false;
    const double rate = m_store->value(Key::CurrencyRate).toDouble(&rateOk);
    p.currency.customRate = rateOk && rate > 0 ? rate : d.currency.customRate;

    p.language = m_store->value(Key::Language, d.language).toString();
    if (!languages().contains(p.language))
        p.language = d.language;
    p.topN = readInt(*m_store, Key::TopN, d.topN, MinTopN, MaxTopN);
    p.theme = m_store->value(Key::Theme, d.theme).toString();
    if (!themes().contains(p.theme))
        p.theme = d.theme;
    p.weekStart = static_cast<Qt::DayOfWeek>(readInt(*m_store, Key::WeekStart, d.weekStart, Qt::Monday, Qt::Sunday));
    return p;
}

Result<void> Settings::setPreferences(const Preferences &p)
{
    if (auto valid = validate(p); !valid)
        return valid;
    const bool differs = p != preferences();
    m_store->setValue(Key::Granularity, granularityName(p.granularity));
    m_store->setValue(Key::RefreshSeconds, p.refreshSeconds);
    m_store->setValue(Key::TimeZone, p.timeZone);
    m_store->setValue(Key::CurrencyMode, CurrencyOverride::modeName(p.currency.mode));
    m_store->setValue(Key::CurrencySymbol, p.currency.customSymbol.trimmed());
    m_store->setValue(Key::CurrencyRate, p.currency.customRate);
    m_store->setValue(Key::Language, p.language);
    m_store->setValue(Key::TopN, p.topN);
    m_store->setValue(Key::Theme, p.theme);
    m_store->setValue(Key::WeekStart, static_cast<int>(p.weekStart));
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        return Error(tr("could not save the settings to %1").arg(m_store->fileName()), Error::Kind::Io);
    if (differs)
        emit changed();
    return {};
}

int Settings::storedSchemaVersion() const
{
    return m_store->value(Key::SchemaVersion, SchemaVersion).toInt();
}

QList<qint64> Settings::lastSourceSelection() const
{
    QList<qint64> ids;
    const QStringList parts = m_store->value(Key::LastSources).toStringList();
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

void Settings::setLastSourceSelection(const QList<qint64> &sourceIds)
{
    QStringList parts;
    for (qint64 id : sourceIds)
        parts.append(QString::number(id));
    m_store->setValue(Key::LastSources, parts);
}

namespace {
const std::pair<Dimension, const char *> filterKeys[] = { { Dimension::User, "users" }, { Dimension::Token, "tokens" },
    { Dimension::Model, "models" }, { Dimension::Channel, "channels" }, { Dimension::Group, "groups" } };
} // namespace

FilterState Settings::filterState() const
{
    FilterState state;
    state.sourceIds = lastSourceSelection();
    for (const auto &[dimension, key] : filterKeys)
        *state.values(dimension) = m_store->value(Key::FilterPrefix + QLatin1String(key)).toStringList();
    const QStringList types = m_store->value(Key::FilterPrefix + QLatin1String("types")).toStringList();
    for (const QString &t : types) {
        bool ok = false;
        const int type = t.toInt(&ok);
        if (ok && type >= 0 && type <= 6 && !state.types.contains(type))
            state.types.append(type);
    }
    state.requestId = m_store->value(Key::FilterPrefix + QLatin1String("requestId")).toString();
    state.text = m_store->value(Key::FilterPrefix + QLatin1String("text")).toString();
    return state;
}

void Settings::setFilterState(const FilterState &state)
{
    setLastSourceSelection(state.sourceIds);
    for (const auto &[dimension, key] : filterKeys)
        m_store->setValue(Key::FilterPrefix + QLatin1String(key), *state.values(dimension));
    QStringList types;
    for (int t : state.types)
        types.append(QString::number(t));
    m_store->setValue(Key::FilterPrefix + QLatin1String("types"), types);
    m_store->setValue(Key::FilterPrefix + QLatin1String("requestId"), state.requestId);
    m_store->setValue(Key::FilterPrefix + QLatin1String("text"), state.text);
    m_store->sync();
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store->value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store->setValue(Key::WindowState, state);
}

} // namespace QuotaScope
