// Settings values as a hand edit may leave them: "key=value" lines go into a QSettings (in memory, never
// written), then the typed wrappers read them back. A value may be typed with a prefix: "@int:", "@list:"
// (comma-separated), "@bytes:"; otherwise it is text, as an INI file gives it.
#include "fuzzsupport.h"

#include "settings/credentialstore.h"
#include "settings/dashboardoptions.h"
#include "settings/profilestore.h"
#include "settings/settings.h"

#include <QSettings>

using namespace QuotaScope;

namespace {

bool readNothing(QIODevice &, QSettings::SettingsMap &)
{
    return true;
}

bool writeNothing(QIODevice &, const QSettings::SettingsMap &)
{
    return true;
}

QSettings *memoryStore()
{
    static const QSettings::Format format
        = QSettings::registerFormat(QStringLiteral("qsfuzz"), readNothing, writeNothing);
    static QSettings *store = new QSettings(
        QDir::temp().filePath(QStringLiteral("quotascope-fuzz-%1.qsfuzz").arg(QCoreApplication::applicationPid())),
        format);
    return store;
}

QVariant typed(const QString &text)
{
    if (text.startsWith(QLatin1String("@int:")))
        return text.mid(5).toLongLong();
    if (text.startsWith(QLatin1String("@list:")))
        return text.mid(6).split(QLatin1Char(','));
    if (text.startsWith(QLatin1String("@bytes:")))
        return text.mid(7).toUtf8();
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QSettings *store = memoryStore();
    store->clear();
    QList<QPair<QString, QString>> options;
    const QStringList lines = QString::fromUtf8(Fuzz::bytes(data, size)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1);
        if (key.isEmpty())
            continue;
        store->setValue(key, typed(value));
        options.append({ key, value });

        QHash<QString, QString> mapping;
        QString error;
        if (!parseColumnMapping(value, &mapping, &error))
            QS_FUZZ_CHECK(!error.isEmpty());
        ImportFormat format;
        parseImportFormat(value, &format);
        CurrencyOverride::Mode mode;
        if (CurrencyOverride::parseMode(value, &mode))
            QS_FUZZ_CHECK(CurrencyOverride::parseMode(CurrencyOverride::modeName(mode), &mode));
    }

    // Whatever a hand edit left, the preferences read back are valid: bad values read as their defaults.
    Settings settings(store);
    const Preferences prefs = settings.preferences();
    QS_FUZZ_CHECK(Settings::validate(prefs).ok());
    settings.lastSourceSelection();
    settings.storedSchemaVersion();
    settings.windowGeometry();
    settings.windowState();

    // Stored profiles are either read back valid or reported as a load problem.
    MemoryCredentialStore credentials;
    ProfileStore profiles(store, &credentials);
    for (const GatewayProfile &p : profiles.profiles())
        QS_FUZZ_CHECK(profiles.validate(p, p.name).ok());
    for (const QString &problem : profiles.loadProblems())
        QS_FUZZ_CHECK(!problem.isEmpty());

    const auto dashboard = DataDashboardOptions::fromOptionList(options);
    if (!dashboard)
        QS_FUZZ_CHECK(!dashboard.error().message.isEmpty());
    return 0;
}
