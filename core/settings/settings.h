#pragma once

#include "model/money.h"
#include "model/query.h"
#include "settings/filterstate.h"
#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace QuotaScope {

/** How money is shown: as the gateway says (/api/status), or forced to one currency. */
struct CurrencyOverride
{
    enum class Mode { GatewayDefault, Usd, Cny, Tokens, Custom };

    Mode mode = Mode::GatewayDefault;
    QString customSymbol = QStringLiteral("¤");
    double customRate = 1.0; ///< custom units per USD

    /// The gateway's display with this override applied; the gateway's quota_per_unit and CNY rate are kept.
    CurrencyDisplay applyTo(const CurrencyDisplay &gateway) const;
    static QString modeName(Mode m); ///< "gateway", "USD", "CNY", "TOKENS", "CUSTOM"
    static bool parseMode(const QString &text, Mode *out);

    bool operator==(const CurrencyOverride &o) const
    {
        return mode == o.mode && customSymbol == o.customSymbol && customRate == o.customRate;
    }
    bool operator!=(const CurrencyOverride &o) const { return !(*this == o); }
};

/** The user's display preferences, as one value so that a dialog can edit a copy and apply it at once. */
struct Preferences
{
    Granularity granularity = Granularity::Day;
    int refreshSeconds = 60;                ///< dashboard auto refresh; 0 = manual only
    QString timeZone = QStringLiteral("local"); ///< "local", "UTC" or an IANA id
    CurrencyOverride currency;
    QString language = QStringLiteral("system"); ///< "system", "en", "zh_CN"
    int topN = 10;                          ///< chart series before "Other"
    Qt::DayOfWeek weekStart = Qt::Monday;
    QString theme = QStringLiteral("system"); ///< "system" (follow the desktop), "light", "dark"

    bool operator==(const Preferences &o) const
    {
        return granularity == o.granularity && refreshSeconds == o.refreshSeconds && timeZone == o.timeZone
            && currency == o.currency && language == o.language && topN == o.topN && weekStart == o.weekStart
            && theme == o.theme;
    }
    bool operator!=(const Preferences &o) const { return !(*this == o); }
};

/**
 * Typed access to the application's settings over an injected QSettings (the app passes the user's
 * settings, tests a temporary INI file). Values that are missing, or that a hand edit made invalid, read
 * as their defaults. The file carries a schema version so that later releases can migrate it.
 * Secrets never go here: tokens belong to the CredentialStore.
 */
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 1;
    static constexpr int MinRefreshSeconds = 10; ///< below this a dashboard refresh would outrun its own queries
    static constexpr int MaxRefreshSeconds = 86400;
    static constexpr int MinTopN = 1;
    static constexpr int MaxTopN = 50;

    /// Does not take ownership of store; stamps the schema version into a store that has none.
    explicit Settings(QSettings *store, QObject *parent = nullptr);

    /// The user's settings file, shared by the app and the CLI (on Linux ~/.config/quotascope/quotascope.conf).
    static std::unique_ptr<QSettings> openUserStore();

    static Preferences defaults();
    static QStringList languages(); ///< the values Preferences::language accepts
    static QStringList themes();    ///< the values Preferences::theme accepts
    /// An error naming the first invalid field, or success.
    static Result<void> validate(const Preferences &prefs);

    Preferences preferences() const;
    /// Validates, writes every field, syncs the store and emits changed() when anything differs.
    Result<void> setPreferences(const Preferences &prefs);

    /// The schema version found in the store (SchemaVersion for a fresh one; higher if a newer release wrote it).
    int storedSchemaVersion() const;

    QList<qint64> lastSourceSelection() const; ///< source ids last shown; empty = all
    void setLastSourceSelection(const QList<qint64> &sourceIds);
    /// The dashboard's filters as last set; values a hand edit made invalid (log types outside 0-6) are dropped.
    FilterState filterState() const;
    void setFilterState(const FilterState &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

signals:
    void changed();

private:
    QSettings *m_store;
};

} // namespace QuotaScope
