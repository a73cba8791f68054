#include "gateway/connectiontester.h"
#include "gateway/gatewayclient.h"
#include "gateway/gatewaystatus.h"
#include "gateway/logpage.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

#include <optional>

using namespace QuotaScope;
using QuotaScope::Test::FakeGateway;
using QuotaScope::Test::waitUntil;

namespace {

const QString kToken = QStringLiteral("s3cr3t-token-abcdefghijklmnopq");

ClientOptions fastOptions()
{
    ClientOptions o;
    o.baseDelayMs = 1;
    o.maxDelayMs = 4;
    o.rateLimitDelayMs = 1;
    o.transferTimeoutMs = 400;
    o.maxAttempts = 4;
    return o;
}

struct ClientFixture : ::testing::Test
{
    FakeGateway server{FakeGateway::Shape::U};
    QNetworkAccessManager nam;
    GatewayProfile profile;

    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        FakeGateway::User u;
        u.id = 42;
        u.name = QStringLiteral("alice");
        u.token = kToken;
        server.addUser(u);
        profile.name = QStringLiteral("test");
        profile.baseUrl = server.url();
        profile.userId = 42;
        profile.kind = GatewayProfile::Kind::NewApi;
    }

    std::optional<Result<QJsonValue>> get(GatewayClient &client, const QString &path)
    {
        std::optional<Result<QJsonValue>> out;
        client.get(path, {}, [&](const Result<QJsonValue> &r) { out = r; });
        waitUntil([&] { return out.has_value(); });
        return out;
    }
};

} // namespace

TEST_F(ClientFixture, SendsBearerTokenAndUserHeaderButNeverTheTokenInTheUrl)
{
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    EXPECT_EQ(r->value().toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    ASSERT_EQ(server.requestCount(), 1);
    const auto &req = server.requests().first();
    EXPECT_EQ(req.headers.value("authorization"), "Bearer " + kToken.toUtf8());
    EXPECT_EQ(req.headers.value("new-api-user"), "42");
    EXPECT_FALSE(req.rawLine.contains(kToken.toUtf8()));
}

TEST_F(ClientFixture, MissingUserHeaderIsAnAuthErrorThatNamesTheFixAndNotTheToken)
{
    profile.userId = 7; // not the token's owner
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, Error::Kind::Auth);
    EXPECT_TRUE(r->error().message.contains(QStringLiteral("user id"))) << r->error().message.toStdString();
    EXPECT_FALSE(r->error().message.contains(kToken));
    EXPECT_EQ(server.requestCount(), 1); // auth errors are not retried
}

TEST_F(ClientFixture, OneApiSendsNoUserHeader)
{
    FakeGateway one(FakeGateway::Shape::O);
    ASSERT_TRUE(one.listen());
    FakeGateway::User u;
    u.token = kToken;
    one.addUser(u);
    profile.baseUrl = one.url();
    profile.kind = GatewayProfile::Kind::OneApi;
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    EXPECT_FALSE(one.requests().first().headers.contains("new-api-user"));
}

TEST_F(ClientFixture, SuccessFalseWithHttp200CarriesTheGatewayMessage)
{
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/log/")); // alice is a common user
    ASSERT_FALSE(r->ok());
    EXPECT_NE(r->error().kind, Error::Kind::Auth);
    EXPECT_TRUE(r->error().message.contains(QStringLiteral("权限不足"))) << r->error().message.toStdString();
}

TEST_F(ClientFixture, RetriesTransientFaultsThenSucceeds)
{
    server.injectFault(FakeGateway::Fault::Http500, 1);
    server.injectFault(FakeGateway::Fault::Truncated, 1);
    server.injectFault(FakeGateway::Fault::Drop, 1);
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    // Qt itself resends once when a fresh connection is dropped before any answer, so the drop may not
    // reach our retry logic; the server must still have seen every attempt.
    EXPECT_GE(client.retries(), 2);
    EXPECT_EQ(server.requestCount(), 4);
}

TEST_F(ClientFixture, InvalidJsonAndStallsAreRetried)
{
    server.injectFault(FakeGateway::Fault::InvalidJson, 1);
    server.injectFault(FakeGateway::Fault::Stall, 1);
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    EXPECT_EQ(client.retries(), 2);
}

TEST_F(ClientFixture, GivesUpAfterMaxAttemptsWithANetworkError)
{
    server.injectFault(FakeGateway::Fault::Http500, 1, 100);
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, Error::Kind::Network);
    EXPECT_TRUE(r->error().message.contains(QStringLiteral("HTTP 500"))) << r->error().message.toStdString();
    EXPECT_EQ(server.requestCount(), fastOptions().maxAttempts);
}

TEST_F(ClientFixture, RateLimitBacksOffAndResumes)
{
    server.setRateLimit(1, 3);
    GatewayClient client(&nam, profile, kToken, fastOptions());
    QStringList reasons;
    QObject::connect(&client, &GatewayClient::backingOff, [&](const QDateTime &, const QString &why) { reasons << why; });
    auto first = get(client, QStringLiteral("/api/user/self"));
    auto second = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(first->ok());
    ASSERT_TRUE(second->ok()) << second->error().message.toStdString();
    EXPECT_EQ(client.rateLimitWaits(), 3);
    EXPECT_EQ(reasons.size(), 3);
    EXPECT_TRUE(reasons.value(0).contains(QStringLiteral("429")));
}

TEST_F(ClientFixture, RequestBudgetPacesRequests)
{
    profile.requestBudget = 2;
    ClientOptions o = fastOptions();
    o.budgetWindowMs = 50;
    GatewayClient client(&nam, profile, kToken, o);
    QStringList reasons;
    QObject::connect(&client, &GatewayClient::backingOff, [&](const QDateTime &, const QString &why) { reasons << why; });
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        client.get(QStringLiteral("/api/user/self"), {}, [&](const Result<QJsonValue> &r) { answered += r.ok(); });
    waitUntil([&] { return answered == 5; });
    EXPECT_EQ(answered, 5);
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_TRUE(reasons.first().contains(QStringLiteral("budget")));
    // With the budget used up the estimate must account for the pacing window, not just latency.
    EXPECT_GE(client.estimateMs(10), 4 * o.budgetWindowMs);
}

TEST_F(ClientFixture, CancelReportsCancelledForPendingCalls)
{
    server.injectFault(FakeGateway::Fault::Stall, 1);
    ClientOptions o = fastOptions();
    o.transferTimeoutMs = 60000;
    GatewayClient client(&nam, profile, kToken, o);
    std::optional<Result<QJsonValue>> out;
    client.get(QStringLiteral("/api/user/self"), {}, [&](const Result<QJsonValue> &r) { out = r; });
    waitUntil([&] { return server.requestCount() == 1; });
    client.cancel();
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(out->error().kind, Error::Kind::Cancelled);
}

TEST(GatewayClientStatic, WarnsAboutPlainHttpToRemoteHostsOnly)
{
    EXPECT_FALSE(GatewayClient::transportWarning(QUrl(QStringLiteral("http://gw.example.com"))).isEmpty());
    EXPECT_TRUE(GatewayClient::transportWarning(QUrl(QStringLiteral("https://gw.example.com"))).isEmpty());
    EXPECT_TRUE(GatewayClient::transportWarning(QUrl(QStringLiteral("http://127.0.0.1:3000"))).isEmpty());
    EXPECT_TRUE(GatewayClient::transportWarning(QUrl(QStringLiteral("http://localhost:3000"))).isEmpty());
    EXPECT_TRUE(GatewayClient::transportWarning(QUrl(QStringLiteral("http://[::1]:3000"))).isEmpty());
}

TEST(GatewayStatusTest, DetectsKindAndCurrencyAndRoundTripsThroughMeta)
{
    QJsonObject u{{QStringLiteral("quota_per_unit"), 1000000}, {QStringLiteral("quota_display_type"), QStringLiteral("CNY")},
                  {QStringLiteral("usd_exchange_rate"), 7.1}, {QStringLiteral("enable_data_export"), true}};
    GatewayStatus s = GatewayStatus::fromJson(u);
    EXPECT_EQ(s.kind, GatewayProfile::Kind::NewApi);
    EXPECT_EQ(s.currency.type, CurrencyDisplay::Type::Cny);
    const CurrencyDisplay c = currencyFromMeta(QJsonObject{{QStringLiteral("gateway"), s.toMeta()}});
    EXPECT_EQ(c.type, CurrencyDisplay::Type::Cny);
    EXPECT_DOUBLE_EQ(c.quotaPerUnit, 1000000);
    EXPECT_DOUBLE_EQ(c.usdExchangeRate, 7.1);

    QJsonObject o{{QStringLiteral("quota_per_unit"), 500000}, {QStringLiteral("display_in_currency"), false}};
    GatewayStatus os = GatewayStatus::fromJson(o);
    EXPECT_EQ(os.kind, GatewayProfile::Kind::OneApi);
    EXPECT_EQ(os.currency.type, CurrencyDisplay::Type::Tokens);
    EXPECT_EQ(currencyFromMeta(QJsonObject()).type, CurrencyDisplay::Type::Usd);
}

TEST(LogPageTest, IdentitiesFollowScopeAndShape)
{
    const QJsonObject log{{QStringLiteral("id"), 5},           {QStringLiteral("created_at"), 1780732805},
                          {QStringLiteral("type"), 2},         {QStringLiteral("quota"), 10},
                          {QStringLiteral("use_time"), 3},     {QStringLiteral("request_id"), QStringLiteral("req-1")},
                          {QStringLiteral("other"), QStringLiteral("{\"cache_tokens\":12,\"cache_creation_tokens_5m\":3}")}};
    const QJsonObject paged{{QStringLiteral("page"), 1}, {QStringLiteral("page_size"), 100}, {QStringLiteral("total"), 1},
                            {QStringLiteral("items"), QJsonArray{log}}};
    auto admin = LogPage::parse(paged, GatewayProfile::Scope::Admin, GatewayProfile::Kind::NewApi);
    ASSERT_TRUE(admin.ok());
    EXPECT_TRUE(admin->paged);
    EXPECT_EQ(admin->records.first().identity, QStringLiteral("id:5"));
    EXPECT_EQ(admin->records.first().useTimeMs, 3000);
    EXPECT_EQ(admin->records.first().cacheReadTokens, 12);
    EXPECT_EQ(admin->records.first().cacheWriteTokens, 3);
    auto self = LogPage::parse(paged, GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi);
    EXPECT_EQ(self->records.first().identity, QStringLiteral("r:1780732805:req-1"));

    // Without a request id, the row-number id must not change the identity.
    QJsonObject a = log, b = log;
    a.remove(QStringLiteral("request_id"));
    b.remove(QStringLiteral("request_id"));
    b.insert(QStringLiteral("id"), 6);
    auto pa = LogPage::parse(QJsonObject{{QStringLiteral("total"), 1}, {QStringLiteral("items"), QJsonArray{a}}},
                             GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi);
    auto pb = LogPage::parse(QJsonObject{{QStringLiteral("total"), 1}, {QStringLiteral("items"), QJsonArray{b}}},
                             GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi);
    EXPECT_TRUE(pa->records.first().identity.startsWith(QStringLiteral("h:")));
    EXPECT_EQ(pa->records.first().identity, pb->records.first().identity);

    auto bare = LogPage::parse(QJsonArray{log}, GatewayProfile::Scope::Self, GatewayProfile::Kind::OneApi);
    EXPECT_FALSE(bare->paged);
    EXPECT_EQ(bare->total, -1);
    EXPECT_FALSE(LogPage::parse(QJsonValue(3), GatewayProfile::Scope::Self, GatewayProfile::Kind::NewApi).ok());
}

namespace {

std::optional<ConnectionReport> runTest(QNetworkAccessManager &nam, const GatewayProfile &p, const QString &token)
{
    ConnectionTester tester(&nam);
    std::optional<ConnectionReport> report;
    QObject::connect(&tester, &ConnectionTester::finished, [&](const ConnectionReport &r) { report = r; });
    ClientOptions o = ConnectionTester::quickOptions();
    o.baseDelayMs = 1;
    o.transferTimeoutMs = 2000;
    tester.test(p, token, o);
    waitUntil([&] { return report.has_value(); });
    return report;
}

} // namespace

TEST_F(ClientFixture, ConnectionTestForACommonUser)
{
    profile.kind = GatewayProfile::Kind::Auto;
    auto r = runTest(nam, profile, kToken);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->reachable);
    EXPECT_TRUE(r->authenticated) << r->error.message.toStdString();
    EXPECT_EQ(r->kind, GatewayProfile::Kind::NewApi);
    EXPECT_EQ(r->version, QStringLiteral("v1.0.0"));
    EXPECT_EQ(r->role, 1);
    EXPECT_FALSE(r->adminScopeAllowed);
    EXPECT_EQ(r->currency.type, CurrencyDisplay::Type::Usd);
    ASSERT_TRUE(r->dataExportEnabled.has_value());
    EXPECT_FALSE(r->dataExportIntervalMinutes.has_value());
    EXPECT_EQ(server.countRequests(QStringLiteral("/api/option")), 0);
    EXPECT_TRUE(r->summary().join(QLatin1Char('\n')).contains(QStringLiteral("unknown")));
}

TEST_F(ClientFixture, ConnectionTestForRootReadsTheExportInterval)
{
    FakeGateway::User root;
    root.id = 1;
    root.name = QStringLiteral("root");
    root.role = 100;
    root.token = QStringLiteral("root-token");
    server.addUser(root);
    server.setOption(QStringLiteral("DataExportInterval"), QStringLiteral("7"));
    server.setOption(QStringLiteral("DataExportEnabled"), QStringLiteral("false"));
    profile.userId = 1;
    auto r = runTest(nam, profile, QStringLiteral("root-token"));
    ASSERT_TRUE(r->authenticated) << r->error.message.toStdString();
    EXPECT_TRUE(r->adminScopeAllowed);
    ASSERT_TRUE(r->dataExportIntervalMinutes.has_value());
    EXPECT_EQ(*r->dataExportIntervalMinutes, 7);
    EXPECT_EQ(r->dataExportEnabled, std::optional<bool>(false));
}

TEST_F(ClientFixture, ConnectionTestWithAWrongTokenIsReachableButNotAuthenticated)
{
    auto r = runTest(nam, profile, QStringLiteral("wrong"));
    EXPECT_TRUE(r->reachable);
    EXPECT_FALSE(r->authenticated);
    EXPECT_EQ(r->error.kind, Error::Kind::Auth);
}

TEST_F(ClientFixture, ConnectionTestDetectsOneApi)
{
    FakeGateway one(FakeGateway::Shape::O);
    ASSERT_TRUE(one.listen());
    FakeGateway::User u;
    u.token = kToken;
    u.role = 10;
    one.addUser(u);
    profile.baseUrl = one.url();
    profile.kind = GatewayProfile::Kind::Auto;
    auto r = runTest(nam, profile, kToken);
    EXPECT_EQ(r->kind, GatewayProfile::Kind::OneApi);
    EXPECT_TRUE(r->authenticated) << r->error.message.toStdString();
    EXPECT_TRUE(r->adminScopeAllowed);
    EXPECT_FALSE(r->dataExportEnabled.has_value());
    EXPECT_FALSE(one.requests().last().headers.contains("new-api-user"));
}

TEST_F(ClientFixture, ConnectionTestOfAClosedPortIsUnreachable)
{
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    auto r = runTest(nam, profile, kToken);
    EXPECT_FALSE(r->reachable);
    EXPECT_EQ(r->error.kind, Error::Kind::Network);
}

namespace {

/// True when any request the server received carried a credential header.
bool receivedCredentials(const FakeGateway &s)
{
    return std::any_of(s.requests().cbegin(), s.requests().cend(), [](const FakeGateway::Request &r) {
        return r.headers.contains("authorization") || r.headers.contains("new-api-user");
    });
}

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

} // namespace

TEST(GatewayClientStatic, OriginsCompareSchemeHostAndPort)
{
    const QUrl https(QStringLiteral("https://gw.example.com/base"));
    EXPECT_TRUE(GatewayClient::sameOrigin(https, QUrl(QStringLiteral("https://GW.example.com:443/elsewhere"))));
    EXPECT_FALSE(GatewayClient::sameOrigin(https, QUrl(QStringLiteral("http://gw.example.com/base"))));
    EXPECT_FALSE(GatewayClient::sameOrigin(https, QUrl(QStringLiteral("https://gw.example.com:8443/base"))));
    EXPECT_FALSE(GatewayClient::sameOrigin(https, QUrl(QStringLiteral("https://sso.example.com/base"))));
    EXPECT_EQ(GatewayClient::origin(https), QStringLiteral("https://gw.example.com:443"));
}

TEST_F(ClientFixture, RedirectToAnotherOriginStopsBeforeTheTokenLeaves)
{
    FakeGateway sso; // another port: another origin
    ASSERT_TRUE(sso.listen());
    server.redirect(QStringLiteral("/api/"), withPath(sso.url(), QStringLiteral("/login/api/")));
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_FALSE(receivedCredentials(sso));
    const QString message = r->error().message;
    EXPECT_TRUE(message.contains(GatewayClient::origin(server.url()))) << message.toStdString();
    EXPECT_TRUE(message.contains(GatewayClient::origin(sso.url()))) << message.toStdString();
    EXPECT_FALSE(message.contains(kToken));
    EXPECT_EQ(server.requestCount(), 1) << "a refused redirect is not retried";
}

TEST_F(ClientFixture, RedirectWithinTheOriginIsFollowedWithCredentials)
{
    profile.baseUrl = withPath(server.url(), QStringLiteral("/old"));
    server.redirect(QStringLiteral("/old/"), withPath(server.url(), QStringLiteral("/")), 301);
    GatewayClient client(&nam, profile, kToken, fastOptions());
    auto r = get(client, QStringLiteral("/api/user/self"));
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    EXPECT_EQ(r->value().toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().last().path, QStringLiteral("/api/user/self"));
    EXPECT_EQ(server.requests().last().headers.value("authorization"), "Bearer " + kToken.toUtf8());
}

TEST_F(ClientFixture, ConnectionTestRefusesARedirectToAnotherOrigin)
{
    FakeGateway sso;
    ASSERT_TRUE(sso.listen());
    server.redirect(QStringLiteral("/api/user/"), withPath(sso.url(), QStringLiteral("/api/user/")));
    auto r = runTest(nam, profile, kToken);
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(r->authenticated);
    EXPECT_FALSE(receivedCredentials(sso));
    EXPECT_TRUE(r->error.message.contains(GatewayClient::origin(sso.url()))) << r->error.message.toStdString();
    EXPECT_TRUE(r->error.message.contains(GatewayClient::origin(server.url()))) << r->error.message.toStdString();
}

TEST_F(ClientFixture, AnswerLargerThanTheCapStopsTheRequest)
{
    for (int i = 0; i < 40; ++i) {
        FakeGateway::Log l;
        l.userId = 42;
        l.createdAt = 1780732800 - i;
        server.addLog(l);
    }
    for (const bool announced : { true, false }) {
        SCOPED_TRACE(announced ? "with Content-Length" : "without Content-Length");
        server.setOmitContentLength(!announced);
        const int before = server.requestCount();
        ClientOptions o = fastOptions();
        o.maxAnswerBytes = 4096;
        GatewayClient client(&nam, profile, kToken, o);
        std::optional<Result<QJsonValue>> out;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
        client.get(QStringLiteral("/api/log/self"), q, [&](const Result<QJsonValue> &r) { out = r; });
        ASSERT_TRUE(waitUntil([&] { return out.has_value(); }));
        ASSERT_FALSE(out->ok());
        EXPECT_TRUE(out->error().message.contains(QStringLiteral("larger than"))) << out->error().message.toStdString();
        // Not retried by QuotaScope. (The server may count the request twice: Qt's network stack itself resends
        // a request whose connection went away before an answer.)
        EXPECT_EQ(client.retries(), 0) << "an oversized answer is not retried";
        EXPECT_GE(server.requestCount(), before + 1);
    }
}
