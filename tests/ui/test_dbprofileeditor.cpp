// The profile editor's database kind: its fields round-trip, the password goes to the keychain only, and "Test
// connection" shows the report of a real PostgreSQL server started by the test.

#include "dialogs/profileeditdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "support/dbservers.h"
#include "support/eventwait.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

template <typename T>
T *field(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child called " << name;
    return w;
}

void choose(QComboBox *box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

GatewayProfile mysqlProfile()
{
    GatewayProfile p;
    p.name = QStringLiteral("gateway db");
    p.source = GatewayProfile::Source::Database;
    p.dbMode = GatewayProfile::DbMode::Live;
    p.refreshSeconds = 600;
    p.database.engine = DatabaseProfile::Engine::MySql;
    p.database.host = QStringLiteral("db.example.com");
    p.database.port = 3307;
    p.database.database = QStringLiteral("newapi");
    p.database.user = QStringLiteral("reader");
    p.database.tls = DatabaseProfile::Tls::Disable;
    p.database.logsDatabase = QStringLiteral("newapi_logs");
    return p;
}

/// Saves a picture of the dialog where QUOTASCOPE_TEST_SCREENSHOTS points, for a person to look at.
void grabToFile(QDialog &dialog, const QString &name)
{
    dialog.show();
    const QPixmap pixmap = dialog.grab();
    ASSERT_FALSE(pixmap.isNull());
    EXPECT_GE(pixmap.height(), 300);
    const QString dir = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(pixmap.save(QDir(dir).filePath(name), "PNG"));
    }
}

} // namespace

TEST(DbProfileEditor, TheDatabaseFieldsRoundTripAndThePasswordGoesToTheKeychainOnly)
{
    QuotaScope::Test::TempDir dir;
    const QString ini = dir.path(QStringLiteral("quotascope.ini"));
    const QString password = QStringLiteral("Db-Secret-4417");
    QSettings store(ini, QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    ProfileManagerDialog manager(&profiles);

    ProfileEditDialog fresh(&profiles, GatewayProfile(), QString());
    EXPECT_TRUE(field<QLineEdit>(fresh, "baseUrl")->isVisibleTo(&fresh));
    EXPECT_FALSE(field<QLineEdit>(fresh, "dbHost")->isVisibleTo(&fresh));
    choose(field<QComboBox>(fresh, "source"), int(GatewayProfile::Source::Database));
    EXPECT_FALSE(field<QLineEdit>(fresh, "baseUrl")->isVisibleTo(&fresh)) << "HTTP fields hide for a database";
    EXPECT_FALSE(field<QLineEdit>(fresh, "token")->isVisibleTo(&fresh));
    EXPECT_TRUE(field<QLineEdit>(fresh, "dbHost")->isVisibleTo(&fresh));
    EXPECT_FALSE(field<QLineEdit>(fresh, "dbFile")->isVisibleTo(&fresh));

    const GatewayProfile want = mysqlProfile();
    field<QLineEdit>(fresh, "name")->setText(want.name);
    choose(field<QComboBox>(fresh, "dbEngine"), int(want.database.engine));
    field<QLineEdit>(fresh, "dbHost")->setText(want.database.host);
    field<QSpinBox>(fresh, "dbPort")->setValue(want.database.port);
    field<QLineEdit>(fresh, "dbName")->setText(want.database.database);
    field<QLineEdit>(fresh, "dbUser")->setText(QString());
    choose(field<QComboBox>(fresh, "dbTls"), int(want.database.tls));
    field<QLineEdit>(fresh, "dbLogs")->setText(want.database.logsDatabase);
    choose(field<QComboBox>(fresh, "dbMode"), int(want.dbMode));
    field<QSpinBox>(fresh, "refreshInterval")->setValue(want.refreshSeconds);

    fresh.accept();
    EXPECT_NE(fresh.result(), QDialog::Accepted);
    EXPECT_TRUE(field<QLabel>(fresh, "error")->text().contains(QStringLiteral("user is missing")))
        << field<QLabel>(fresh, "error")->text().toStdString();
    field<QLineEdit>(fresh, "dbUser")->setText(want.database.user);
    fresh.accept();
    EXPECT_NE(fresh.result(), QDialog::Accepted);
    EXPECT_TRUE(field<QLabel>(fresh, "error")->text().startsWith(QStringLiteral("password")));
    auto *passwordField = field<QLineEdit>(fresh, "dbPassword");
    EXPECT_EQ(passwordField->echoMode(), QLineEdit::Password);
    passwordField->setText(password);
    fresh.accept();
    ASSERT_EQ(fresh.result(), QDialog::Accepted) << field<QLabel>(fresh, "error")->text().toStdString();
    GatewayProfile got = fresh.profile();
    EXPECT_EQ(got.source, want.source);
    EXPECT_EQ(got.database, want.database);
    EXPECT_EQ(got.dbMode, want.dbMode);
    EXPECT_EQ(got.refreshSeconds, want.refreshSeconds);
    EXPECT_EQ(fresh.enteredToken(), password);
    ASSERT_TRUE(manager.saveProfile(QString(), got, fresh.enteredToken()).ok());

    // The password is in the credential store and nowhere in the settings file.
    EXPECT_EQ(credentials.read(want.name).value(), password);
    store.sync();
    QFile f(ini);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    EXPECT_TRUE(content.contains("db.example.com"));
    EXPECT_FALSE(content.contains(password.toUtf8()));

    // Reopened: every field comes back, the password field stays empty and says where the password is.
    const GatewayProfile saved = *profiles.find(want.name);
    ProfileEditDialog edit(&profiles, saved, saved.name);
    EXPECT_TRUE(field<QLineEdit>(edit, "dbHost")->isVisibleTo(&edit));
    EXPECT_EQ(field<QLineEdit>(edit, "dbLogs")->text(), want.database.logsDatabase);
    EXPECT_TRUE(field<QLineEdit>(edit, "dbPassword")->text().isEmpty());
    EXPECT_TRUE(field<QLabel>(edit, "dbPasswordState")->text().contains(credentials.backendName()));
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << "editing without retyping the password keeps it";
    EXPECT_EQ(edit.profile(), saved);
    EXPECT_TRUE(edit.enteredToken().isEmpty());

    // A SQLite file needs no password and shows only its path.
    ProfileEditDialog file(&profiles, GatewayProfile(), QString());
    choose(field<QComboBox>(file, "source"), int(GatewayProfile::Source::Database));
    choose(field<QComboBox>(file, "dbEngine"), int(DatabaseProfile::Engine::Sqlite));
    EXPECT_TRUE(field<QLineEdit>(file, "dbFile")->isVisibleTo(&file));
    EXPECT_FALSE(field<QLineEdit>(file, "dbHost")->isVisibleTo(&file));
    EXPECT_FALSE(field<QLineEdit>(file, "dbPassword")->isVisibleTo(&file));
    field<QLineEdit>(file, "name")->setText(QStringLiteral("file"));
    field<QLineEdit>(file, "dbFile")->setText(dir.path(QStringLiteral("one-api.db")));
    file.accept();
    EXPECT_EQ(file.result(), QDialog::Accepted) << field<QLabel>(file, "error")->text().toStdString();
    EXPECT_EQ(file.profile().database.path, dir.path(QStringLiteral("one-api.db")));
}

TEST(DbProfileEditor, TestConnectionShowsTheServersReportOrWhyNot)
{
    QuotaScope::Test::PostgresServer server;
    if (const QString missing = server.missingBinaries(); !missing.isEmpty())
        GTEST_SKIP() << "SKIPPED: " << missing.toStdString();
    ASSERT_EQ(server.start(), QString());
    ASSERT_EQ(server.createDatabase(QStringLiteral("editor")), QString());
    ASSERT_EQ(server.exec(QStringLiteral("editor"),
                  QStringLiteral("CREATE TABLE logs (id bigserial PRIMARY KEY, created_at bigint, type int, "
                                 "content text, username text, token_name text, model_name text, quota int, "
                                 "prompt_tokens int, completion_tokens int)")),
        QString());
    ASSERT_EQ(server.createReader(QStringLiteral("editor"), QStringLiteral("reader"), QStringLiteral("Rd-Pw-90")),
        QString());

    QuotaScope::Test::TempDir dir;
    QSettings store(dir.path(QStringLiteral("quotascope.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    ProfileStore profiles(&store, &credentials);
    GatewayProfile p;
    p.name = QStringLiteral("pg");
    p.source = GatewayProfile::Source::Database;
    p.database.host = QStringLiteral("127.0.0.1");
    p.database.port = server.port();
    p.database.database = QStringLiteral("editor");
    p.database.user = QStringLiteral("reader");
    p.database.tls = DatabaseProfile::Tls::Disable;
    ProfileEditDialog dialog(&profiles, p, QString());
    auto *report = field<QLabel>(dialog, "dbReport");
    auto *test = field<QPushButton>(dialog, "dbTest");
    EXPECT_FALSE(report->isVisibleTo(&dialog));

    field<QLineEdit>(dialog, "dbPassword")->setText(QStringLiteral("Wrong-Pw-12"));
    test->click();
    EXPECT_TRUE(report->isVisibleTo(&dialog));
    EXPECT_TRUE(QuotaScope::Test::waitUntil([&] { return test->isEnabled(); }));
    EXPECT_TRUE(report->text().contains(QStringLiteral("refused the login of user \"reader\"")))
        << report->text().toStdString();
    EXPECT_FALSE(report->text().contains(QStringLiteral("Wrong-Pw-12")));

    field<QLineEdit>(dialog, "dbPassword")->setText(QStringLiteral("Rd-Pw-90"));
    test->click();
    EXPECT_TRUE(QuotaScope::Test::waitUntil([&] { return test->isEnabled(); }));
    EXPECT_TRUE(report->text().contains(QStringLiteral("PostgreSQL"))) << report->text().toStdString();
    EXPECT_TRUE(report->text().contains(QStringLiteral("Session: read-only"))) << report->text().toStdString();
    grabToFile(dialog, QStringLiteral("dbprofile-editor-en.png"));

    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("quotascope"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    ProfileEditDialog chinese(&profiles, p, QString());
    auto *chineseTest = field<QPushButton>(chinese, "dbTest");
    field<QLineEdit>(chinese, "dbPassword")->setText(QStringLiteral("Rd-Pw-90"));
    chineseTest->click();
    EXPECT_TRUE(QuotaScope::Test::waitUntil([&] { return chineseTest->isEnabled(); }));
    EXPECT_NE(chinese.windowTitle(), dialog.windowTitle()) << "the dialog speaks Chinese";
    grabToFile(chinese, QStringLiteral("dbprofile-editor-zh_CN.png"));
    QCoreApplication::removeTranslator(&translator);
}
