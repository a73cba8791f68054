#include "dialogs/admindialog.h"
#include "dialogs/profileeditdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/settingsdialog.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child called " << name;
    return w;
}

class DialogTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.path(QStringLiteral("quotascope.ini")); }
    QuotaScope::Test::TempDir m_dir;
};

GatewayProfile validProfile(const QString &name)
{
    GatewayProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://gw.example.com"));
    p.kind = GatewayProfile::Kind::NewApi;
    p.userId = 7;
    return p;
}

} // namespace

TEST_F(DialogTest, SettingsDialogSavesWhatWasChosen)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    SettingsDialog dialog(&settings);

    auto *granularity = child<QComboBox>(dialog, "granularity");
    granularity->setCurrentIndex(granularity->findText(QStringLiteral("Week")));
    child<QSpinBox>(dialog, "refreshInterval")->setValue(120);
    child<QLineEdit>(dialog, "timeZoneFilter")->setText(QStringLiteral("kolk"));
    auto *currency = child<QComboBox>(dialog, "currency");
    currency->setCurrentIndex(currency->findData(int(CurrencyOverride::Mode::Custom)));
    ASSERT_TRUE(child<QLineEdit>(dialog, "currencySymbol")->isEnabled());
    child<QLineEdit>(dialog, "currencySymbol")->setText(QStringLiteral("€"));
    child<QDoubleSpinBox>(dialog, "currencyRate")->setValue(0.9);
    child<QSpinBox>(dialog, "topN")->setValue(5);
    auto *language = child<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));

    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << child<QLabel>(dialog, "error")->text().toStdString();

    QSettings reread(file(), QSettings::IniFormat);
    const Preferences p = Settings(&reread).preferences();
    EXPECT_EQ(p.granularity, Granularity::Week);
    EXPECT_EQ(p.refreshSeconds, 120);
    EXPECT_EQ(p.timeZone, QStringLiteral("Asia/Kolkata"));
    EXPECT_EQ(p.currency.mode, CurrencyOverride::Mode::Custom);
    EXPECT_EQ(p.currency.customSymbol, QStringLiteral("€"));
    EXPECT_DOUBLE_EQ(p.currency.customRate, 0.9);
    EXPECT_EQ(p.topN, 5);
    EXPECT_EQ(p.language, QStringLiteral("zh_CN"));
}

TEST_F(DialogTest, SettingsDialogManualRefreshAndRestoreDefaults)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    SettingsDialog dialog(&settings);
    auto *refresh = child<QSpinBox>(dialog, "refreshInterval");
    refresh->setValue(refresh->minimum());
    EXPECT_EQ(refresh->text(), QStringLiteral("Manual"));
    EXPECT_EQ(dialog.preferences().refreshSeconds, 0);
    child<QSpinBox>(dialog, "topN")->setValue(42);

    dialog.restoreDefaults();
    EXPECT_EQ(dialog.preferences(), Settings::defaults());
    EXPECT_EQ(refresh->value(), 60);
}

TEST_F(DialogTest, SettingsDialogRefusesAnInvalidCustomCurrencyAndSavesNothing)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    SettingsDialog dialog(&settings);
    auto *currency = child<QComboBox>(dialog, "currency");
    currency->setCurrentIndex(currency->findData(int(CurrencyOverride::Mode::Custom)));
    child<QLineEdit>(dialog, "currencySymbol")->clear();
    child<QSpinBox>(dialog, "topN")->setValue(3);

    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = child<QLabel>(dialog, "error");
    EXPECT_TRUE(error->isVisibleTo(&dialog));
    EXPECT_TRUE(error->text().contains(QStringLiteral("symbol")));
    EXPECT_EQ(settings.preferences(), Settings::defaults());
}

TEST_F(DialogTest, SettingsDialogZoneSearchKeepsOrPicksAZone)
{
    QSettings store(file(), QSettings::IniFormat);
    Settings settings(&store);
    SettingsDialog dialog(&settings);
    auto *filter = child<QLineEdit>(dialog, "timeZoneFilter");
    auto *list = child<QListView>(dialog, "timeZoneList");
    filter->setText(QStringLiteral("shanghai"));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(dialog.preferences().timeZone, QStringLiteral("Asia/Shanghai"));
    filter->setText(QStringLiteral("no such zone anywhere"));
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_EQ(dialog.preferences().timeZone, QStringLiteral("Asia/Shanghai"));
}

TEST_F(DialogTest, ProfileEditorValidatesAndNeverShowsTheToken)
{
    QSettings store(file(), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    ASSERT_TRUE(profiles.add(validProfile(QStringLiteral("existing"))).ok());
    ASSERT_TRUE(profiles.setToken(QStringLiteral("existing"), QStringLiteral("very-secret-token")).ok());

    ProfileEditDialog fresh(&profiles, GatewayProfile(), QString());
    child<QLineEdit>(fresh, "name")->setText(QStringLiteral("Existing"));
    child<QLineEdit>(fresh, "baseUrl")->setText(QStringLiteral("http://gw.example.com"));
    EXPECT_TRUE(child<QLabel>(fresh, "httpWarning")->isVisibleTo(&fresh));
    child<QLineEdit>(fresh, "baseUrl")->setText(QStringLiteral("http://127.0.0.1:3000"));
    EXPECT_FALSE(child<QLabel>(fresh, "httpWarning")->isVisibleTo(&fresh));
    fresh.accept();
    EXPECT_NE(fresh.result(), QDialog::Accepted);
    EXPECT_TRUE(child<QLabel>(fresh, "error")->text().startsWith(QStringLiteral("name")));

    child<QLineEdit>(fresh, "name")->setText(QStringLiteral("second"));
    auto *kind = child<QComboBox>(fresh, "kind");
    kind->setCurrentIndex(kind->findData(int(GatewayProfile::Kind::NewApi)));
    fresh.accept();
    EXPECT_TRUE(child<QLabel>(fresh, "error")->text().startsWith(QStringLiteral("user id")));
    child<QSpinBox>(fresh, "userId")->setValue(12);
    fresh.accept();
    EXPECT_TRUE(child<QLabel>(fresh, "error")->text().startsWith(QStringLiteral("access token")));
    auto *token = child<QLineEdit>(fresh, "token");
    EXPECT_EQ(token->echoMode(), QLineEdit::Password);
    token->setText(QStringLiteral("  new-token \n"));
    fresh.accept();
    EXPECT_EQ(fresh.result(), QDialog::Accepted);
    EXPECT_EQ(fresh.enteredToken(), QStringLiteral("new-token"));
    EXPECT_EQ(fresh.profile().userId, 12);

    ProfileEditDialog edit(&profiles, *profiles.find(QStringLiteral("existing")), QStringLiteral("existing"));
    EXPECT_TRUE(child<QLineEdit>(edit, "token")->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(edit, "tokenState")->text().contains(credentials.backendName()));
    edit.accept();
    EXPECT_EQ(edit.result(), QDialog::Accepted) << "editing without retyping the token keeps it";
    EXPECT_EQ(edit.profile(), *profiles.find(QStringLiteral("existing")));
}

TEST_F(DialogTest, ProfileEditorSetsTheLateRowOverlapInMinutes)
{
    QSettings store(file(), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);

    ProfileEditDialog fresh(&profiles, validProfile(QStringLiteral("late")), QString());
    auto *overlap = child<QSpinBox>(fresh, "overlapMinutes");
    EXPECT_EQ(overlap->value(), 10) << "the default 600 s shows as minutes";
    EXPECT_EQ(overlap->maximum(), 1440);
    EXPECT_FALSE(overlap->toolTip().isEmpty());
    overlap->setValue(25);
    child<QLineEdit>(fresh, "token")->setText(QStringLiteral("tok"));
    fresh.accept();
    ASSERT_EQ(fresh.result(), QDialog::Accepted) << child<QLabel>(fresh, "error")->text().toStdString();
    ASSERT_TRUE(profiles.add(fresh.profile()).ok());
    ASSERT_TRUE(profiles.find(QStringLiteral("late")).has_value());
    EXPECT_EQ(profiles.find(QStringLiteral("late"))->overlapSeconds, 1500);

    // Reopened, the stored value comes back; an odd number of seconds set elsewhere survives an edit that
    // leaves the field alone, and is replaced when the field is changed.
    GatewayProfile odd = *profiles.find(QStringLiteral("late"));
    odd.overlapSeconds = 90;
    ASSERT_TRUE(profiles.update(QStringLiteral("late"), odd).ok());
    ProfileEditDialog edit(&profiles, *profiles.find(QStringLiteral("late")), QStringLiteral("late"));
    auto *editOverlap = child<QSpinBox>(edit, "overlapMinutes");
    EXPECT_EQ(editOverlap->value(), 2);
    EXPECT_EQ(edit.profile().overlapSeconds, 90);
    editOverlap->setValue(0);
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << child<QLabel>(edit, "error")->text().toStdString();
    ASSERT_TRUE(profiles.update(QStringLiteral("late"), edit.profile()).ok());
    EXPECT_EQ(profiles.find(QStringLiteral("late"))->overlapSeconds, 0);
}

TEST_F(DialogTest, ProfileManagerRemoveAndUndoKeepsTheToken)
{
    QSettings store(file(), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    ProfileManagerDialog dialog(&profiles);
    auto *list = child<QTreeWidget>(dialog, "profiles");

    ASSERT_TRUE(dialog.saveProfile(QString(), validProfile(QStringLiteral("alpha")), QStringLiteral("tok-a")).ok());
    ASSERT_TRUE(dialog.saveProfile(QString(), validProfile(QStringLiteral("beta")), QStringLiteral("tok-b")).ok());
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_TRUE(list->topLevelItem(0)->text(3).contains(QStringLiteral("memory")));

    dialog.selectProfile(QStringLiteral("alpha"));
    dialog.removeSelected();
    EXPECT_EQ(list->topLevelItemCount(), 1);
    EXPECT_FALSE(credentials.read(QStringLiteral("alpha")).ok());
    EXPECT_TRUE(child<QWidget>(dialog, "undoBar")->isVisibleTo(&dialog));

    child<QPushButton>(dialog, "undo")->click();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("alpha"));
    EXPECT_EQ(credentials.read(QStringLiteral("alpha")).value(), QStringLiteral("tok-a"));
    EXPECT_FALSE(child<QWidget>(dialog, "undoBar")->isVisibleTo(&dialog));

    // A rename through the manager keeps the token under the new name.
    ASSERT_TRUE(dialog.saveProfile(QStringLiteral("beta"), validProfile(QStringLiteral("gamma")), QString()).ok());
    EXPECT_EQ(credentials.read(QStringLiteral("gamma")).value(), QStringLiteral("tok-b"));
}

TEST_F(DialogTest, ProfileManagerRunsInjectedTestAndSync)
{
    QSettings store(file(), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    ASSERT_TRUE(profiles.add(validProfile(QStringLiteral("alpha"))).ok());

    auto dialog = std::make_unique<ProfileManagerDialog>(&profiles);
    auto *test = child<QPushButton>(*dialog, "test");
    auto *sync = child<QPushButton>(*dialog, "sync");
    dialog->selectProfile(QStringLiteral("alpha"));
    EXPECT_FALSE(test->isEnabled()) << "no tester wired: nothing to run";

    ProfileManagerDialog::TestDone pending;
    QString testedName;
    dialog->setTestConnection([&](const GatewayProfile &p, ProfileManagerDialog::TestDone done) {
        testedName = p.name;
        pending = std::move(done);
    });
    QStringList synced;
    dialog->setSyncNow([&](const GatewayProfile &p) { synced.append(p.name); });
    ASSERT_TRUE(test->isEnabled());

    test->click();
    EXPECT_EQ(testedName, QStringLiteral("alpha"));
    EXPECT_FALSE(test->isEnabled()) << "one test at a time";
    pending(false, QStringLiteral("HTTP 401: New-Api-User header not provided"));
    const QString report = child<QPlainTextEdit>(*dialog, "report")->toPlainText();
    EXPECT_TRUE(report.contains(QStringLiteral("failed")));
    EXPECT_TRUE(report.contains(QStringLiteral("New-Api-User")));
    EXPECT_TRUE(test->isEnabled());

    sync->click();
    EXPECT_EQ(synced, QStringList{QStringLiteral("alpha")});
    dialog->setProfileStatus(QStringLiteral("alpha"), QStringLiteral("synced 1,204 records"));
    EXPECT_EQ(child<QTreeWidget>(*dialog, "profiles")->topLevelItem(0)->text(4), QStringLiteral("synced 1,204 records"));

    // A test that finishes after the dialog closed must not touch it.
    test->click();
    dialog.reset();
    pending(true, QStringLiteral("ok"));
}

TEST(AdminDialog, ExplainsRootWhenTheGatewayRefuses)
{
    int saves = 0;
    AdminDialog dialog(
        QStringLiteral("work"),
        [](AdminDialog::LoadDone done) { done(Error(QStringLiteral("no permission"), Error::Kind::Auth)); },
        [&saves](const AdminDialog::Changes &, AdminDialog::SaveDone done) {
            ++saves;
            done({});
        });
    const QString status = child<QLabel>(dialog, "status")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("root"))) << status.toStdString();
    EXPECT_FALSE(child<QSpinBox>(dialog, "exportInterval")->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(saves, 0);
}

TEST(AdminDialog, WritesOnlyTheChangedOptions)
{
    DataDashboardOptions onGateway;
    onGateway.exportEnabled = true;
    onGateway.exportIntervalMinutes = 5;
    onGateway.defaultTime = QStringLiteral("day");
    AdminDialog::Changes written;
    Result<void> saveResult = Error(QStringLiteral("HTTP 400: bad JSON"), Error::Kind::Network);
    AdminDialog dialog(
        QStringLiteral("work"), [&](AdminDialog::LoadDone done) { done(onGateway); },
        [&](const AdminDialog::Changes &changes, AdminDialog::SaveDone done) {
            written = changes;
            done(saveResult);
        });
    EXPECT_EQ(dialog.options(), onGateway);
    EXPECT_EQ(child<QComboBox>(dialog, "defaultTime")->currentData().toString(), QStringLiteral("day"));

    child<QSpinBox>(dialog, "exportInterval")->setValue(30);
    dialog.accept();
    ASSERT_EQ(written.size(), 1);
    EXPECT_EQ(written[0].first, QStringLiteral("DataExportInterval"));
    EXPECT_EQ(written[0].second.toInt(), 30);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(child<QLabel>(dialog, "status")->text().contains(QStringLiteral("bad JSON")));

    saveResult = Result<void>();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(AdminDialog, KnownNonRootRoleSkipsTheForm)
{
    int loads = 0;
    AdminDialog dialog(
        QStringLiteral("work"), [&loads](AdminDialog::LoadDone) { ++loads; },
        [](const AdminDialog::Changes &, AdminDialog::SaveDone done) { done({}); });
    dialog.setUserRole(10);
    EXPECT_EQ(loads, 1);
    EXPECT_TRUE(child<QLabel>(dialog, "status")->text().contains(QStringLiteral("root")));
    EXPECT_FALSE(child<QCheckBox>(dialog, "exportEnabled")->isEnabled());
}
