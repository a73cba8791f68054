#include "cacheopener.h"

#include "support/tempcache.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QByteArray Foreign = "this is a spreadsheet, not a cache\n";

bool opens(const QString &path)
{
    return bool(CacheDb::open(path, QStringLiteral("opener-test-check")));
}

/// Runs the app's message box for message; once it is up, hands it to act (which closes it) and returns the choice.
CacheOpener::Choice runBox(const QString &message, const std::function<void(QMessageBox *)> &act)
{
    bool acted = false;
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box == nullptr || !box->isVisible() || acted)
            return;
        acted = true;
        act(box);
    });
    poll->start(10);
    const CacheOpener::Choice choice = CacheOpener::askWithMessageBox(message);
    delete poll;
    EXPECT_TRUE(acted);
    return choice;
}

QPushButton *button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

} // namespace

TEST(CacheOpener, AFileThatIsNotACacheIsLeftAsItIsUntilTheUserFixesItAndTriesAgain)
{
    TempDir dir;
    const QString path = dir.path();
    ASSERT_TRUE(writeBytes(path, Foreign));

    QStringList messages;
    const auto quit = [&](const QString &failed, const QString &message) {
        EXPECT_EQ(failed, path);
        messages << message;
        return CacheOpener::Choice::Quit;
    };
    const auto noChoice = [](const QString &) -> QString {
        ADD_FAILURE() << "not asked for another file";
        return {};
    };
    EXPECT_TRUE(CacheOpener::open(path, quit, noChoice).isEmpty());
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QDir::toNativeSeparators(path))) << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(QLatin1String("not be a SQLite database"))) << messages.first().toStdString();
    EXPECT_EQ(readBytes(path), Foreign); // nothing written to it

    // The user moves the file away and tries again: the same path now opens as a new cache.
    int asked = 0;
    const auto fixThenRetry = [&](const QString &, const QString &) {
        ++asked;
        EXPECT_TRUE(QFile::rename(path, dir.path(QStringLiteral("sheet.csv"))));
        return CacheOpener::Choice::Retry;
    };
    EXPECT_EQ(CacheOpener::open(path, fixThenRetry, noChoice), path);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(opens(path));
    EXPECT_EQ(readBytes(dir.path(QStringLiteral("sheet.csv"))), Foreign);
}

TEST(CacheOpener, AnotherFileIsOpenedInsteadAndACancelledChoiceAsksAgain)
{
    TempDir dir;
    const QString bad = dir.path(QStringLiteral("bad.sqlite"));
    const QString other = dir.path(QStringLiteral("sub/other.sqlite")); // its folder is made
    ASSERT_TRUE(writeBytes(bad, Foreign));

    int asked = 0;
    QStringList offered;
    const auto choose = [&](const QString &failed) {
        offered << failed;
        return offered.size() == 1 ? QString() : other; // the first dialog is cancelled
    };
    const auto ask = [&](const QString &, const QString &) {
        ++asked;
        return CacheOpener::Choice::ChooseFile;
    };
    EXPECT_EQ(CacheOpener::open(bad, ask, choose), other);
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(offered, QStringList({ bad, bad }));
    EXPECT_TRUE(opens(other));
    EXPECT_EQ(readBytes(bad), Foreign);
}

TEST(CacheOpener, TheMessageBoxShowsTheStoresMessageAndItsButtonsAndKeysChoose)
{
    const QString message = QStringLiteral("/home/ada/cache.sqlite: another program is writing the cache");
    const CacheOpener::Choice escaped = runBox(message, [&](QMessageBox *box) {
        EXPECT_EQ(box->text(), QStringLiteral("QuotaScope cannot open its cache."));
        EXPECT_EQ(box->informativeText(), message);
        EXPECT_EQ(box->icon(), QMessageBox::Critical);
        EXPECT_EQ(box->buttons().size(), 3);
        ASSERT_NE(button(box, QStringLiteral("&Try Again")), nullptr);
        EXPECT_EQ(box->defaultButton(), button(box, QStringLiteral("&Try Again")));
        EXPECT_NE(button(box, QStringLiteral("&Open Another File…")), nullptr);
        EXPECT_EQ(box->escapeButton(), button(box, QStringLiteral("&Quit")));
        const QString dir = qEnvironmentVariable("QUOTASCOPE_TEST_SCREENSHOTS");
        if (!dir.isEmpty()) {
            EXPECT_TRUE(box->grab().save(QDir(dir).filePath(QStringLiteral("cache-open-failed.png")), "PNG"));
        }
        QTest::keyClick(box, Qt::Key_Escape);
    });
    EXPECT_EQ(escaped, CacheOpener::Choice::Quit);

    EXPECT_EQ(
        runBox(message, [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); }), CacheOpener::Choice::Retry);
    EXPECT_EQ(runBox(message,
                  [](QMessageBox *box) {
                      QPushButton *other = button(box, QStringLiteral("&Open Another File…"));
                      ASSERT_NE(other, nullptr);
                      other->click();
                  }),
        CacheOpener::Choice::ChooseFile);
}
