// The admin dialog's gateway side: data-dashboard options over GET/PUT /api/option/ against the fake gateway.
#include "gateway/gatewayoptions.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace QuotaScope;
using QuotaScope::Test::FakeGateway;

namespace {

class GatewayOptionsTest : public ::testing::Test
{
protected:
    void start(int role)
    {
        ASSERT_TRUE(server.listen());
        FakeGateway::User user;
        user.id = 1;
        user.name = QStringLiteral("root");
        user.role = role;
        user.token = QStringLiteral("root-token-0123456789abcdefghij");
        server.addUser(user);
        profile.name = QStringLiteral("gw");
        profile.baseUrl = server.url();
        profile.userId = 1;
        options = std::make_unique<GatewayOptions>(&nam, profile, user.token, ClientOptions{2, 5, 10, 10, 2, 5000});
    }
    Result<DataDashboardOptions> load()
    {
        std::optional<Result<DataDashboardOptions>> got;
        options->loadDataDashboard([&](const Result<DataDashboardOptions> &r) { got = r; });
        EXPECT_TRUE(QuotaScope::Test::waitUntil([&] { return got.has_value(); }));
        return got.value_or(Result<DataDashboardOptions>(Error(QStringLiteral("no answer"))));
    }

    FakeGateway server;
    QNetworkAccessManager nam;
    GatewayProfile profile;
    std::unique_ptr<GatewayOptions> options;
};

} // namespace

TEST_F(GatewayOptionsTest, RootReadsAndWritesTheDataDashboardOptions)
{
    start(100);
    auto before = load();
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    EXPECT_TRUE(before->exportEnabled);
    EXPECT_EQ(before->exportIntervalMinutes, 5);

    DataDashboardOptions after = before.value();
    after.exportIntervalMinutes = 15;
    after.defaultTime = QStringLiteral("day");
    std::optional<Result<void>> saved;
    options->saveDataDashboard(after.changesFrom(before.value()), [&](const Result<void> &r) { saved = r; });
    ASSERT_TRUE(QuotaScope::Test::waitUntil([&] { return saved.has_value(); }));
    ASSERT_TRUE(saved->ok()) << saved->error().message.toStdString();
    EXPECT_EQ(server.countRequests(QStringLiteral("/api/option/")), 1 + 2) << "one PUT per changed key";

    auto reread = load();
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread.value(), after);
}

TEST_F(GatewayOptionsTest, AnAdminIsToldThatOnlyRootMayChangeThem)
{
    start(10);
    auto got = load();
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().kind, Error::Kind::Auth);
    EXPECT_TRUE(got.error().message.contains(QStringLiteral("root"))) << got.error().message.toStdString();
    EXPECT_EQ(server.countRequests(QStringLiteral("/api/option/")), 0);
}

TEST_F(GatewayOptionsTest, ARedirectToAnotherOriginGetsNoCredentials)
{
    FakeGateway elsewhere;
    ASSERT_TRUE(elsewhere.listen());
    QUrl target = elsewhere.url();
    target.setPath(QStringLiteral("/api/option/"));
    server.redirect(QStringLiteral("/api/option/"), target, 307);
    start(100);
    auto got = load();
    ASSERT_FALSE(got.ok());
    for (const auto &r : elsewhere.requests()) {
        EXPECT_FALSE(r.headers.contains("authorization"));
        EXPECT_FALSE(r.headers.contains("new-api-user"));
    }
    EXPECT_TRUE(got.error().message.contains(GatewayClient::origin(elsewhere.url())))
        << got.error().message.toStdString();
    EXPECT_TRUE(got.error().message.contains(GatewayClient::origin(server.url()))) << got.error().message.toStdString();

    std::optional<Result<void>> saved;
    options->saveDataDashboard(
        { { QStringLiteral("DataExportInterval"), 9 } }, [&](const Result<void> &r) { saved = r; });
    ASSERT_TRUE(QuotaScope::Test::waitUntil([&] { return saved.has_value(); }));
    EXPECT_FALSE(saved->ok());
    for (const auto &r : elsewhere.requests())
        EXPECT_FALSE(r.headers.contains("authorization"));
}
