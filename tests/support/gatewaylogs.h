#pragma once

#include <QList>
#include <QString>

namespace QuotaScope::Test {

/// The gateways' `logs` schemas the tests load: new-api now, new-api before ip/request_id, one-api.
enum class Schema { NewApi, NewApiOlder, OneApi };

/// One generated gateway log row.
struct GenLog
{
    qint64 id = 0, userId = 0, createdAt = 0, type = 2, quota = 0, prompt = 0, completion = 0, useTime = 0;
    qint64 channel = 0, tokenId = 0;
    bool stream = false;
    QString user, token, model, group, requestId, ip, other;
};

/// n logs from firstId, 37 s apart from base: four users (one Chinese, one with a quote), three models, five
/// keys, consumption with some errors, refunds and channel tests.
QList<GenLog> makeLogs(int n, qint64 firstId = 1, qint64 base = 1780000000);
/// The gateway's own table definitions (gateway-api.md §8), for PostgreSQL or MySQL; statements end in ";\n".
QString schemaSql(Schema s, bool mysql);
/// INSERT statements for logs, 500 rows each.
QString insertSql(Schema s, bool mysql, const QList<GenLog> &logs);

} // namespace QuotaScope::Test
