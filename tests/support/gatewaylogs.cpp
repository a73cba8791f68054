#include "gatewaylogs.h"

#include <QStringList>

#include <algorithm>

namespace QuotaScope::Test {

QList<GenLog> makeLogs(int n, qint64 firstId, qint64 base)
{
    const char *users[] = { "alice", "bob", "张三", "o'brien" };
    const char *models[] = { "gpt-4o-mini", "claude-sonnet-4", "deepseek-chat" };
    QList<GenLog> logs;
    for (int i = 0; i < n; ++i) {
        GenLog g;
        g.id = firstId + i;
        g.userId = 1 + i % 4;
        g.user = QString::fromUtf8(users[i % 4]);
        g.createdAt = base + qint64(i) * 37;
        g.type = i % 29 == 0 ? 5 : i % 31 == 0 ? 6 : i % 97 == 0 ? 1 : 2;
        g.model = QLatin1String(models[i % 3]);
        g.token = QStringLiteral("key-%1").arg(i % 5);
        g.tokenId = 1 + i % 5;
        g.channel = 1 + i % 3;
        g.group = i % 2 ? QStringLiteral("default") : QStringLiteral("vip");
        g.quota = g.type == 5 ? 0 : 100 + (i * 7919) % 50000;
        g.prompt = (i * 31) % 4000;
        g.completion = (i * 17) % 900;
        g.useTime = i % 20;
        g.stream = i % 3 == 0;
        g.requestId = QStringLiteral("2026%1req").arg(i, 8, 10, QLatin1Char('0'));
        g.ip = i % 7 ? QString() : QStringLiteral("10.0.0.%1").arg(i % 250);
        g.other = QStringLiteral("{\"cache_tokens\":%1,\"model_ratio\":0.5}").arg(i % 11 * 10);
        logs << g;
    }
    return logs;
}

namespace {

QString sqlText(const QString &s)
{
    QString t = s;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

QString schemaSql(Schema s, bool mysql)
{
    const QString big = QStringLiteral("bigint");
    const QString str = mysql ? QStringLiteral("varchar(191)") : QStringLiteral("text");
    const QString longtext = mysql ? QStringLiteral("longtext") : QStringLiteral("text");
    const QString boolean = mysql ? QStringLiteral("tinyint(1)") : QStringLiteral("boolean");
    const QString pk = mysql ? QStringLiteral("id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY")
                             : QStringLiteral("id bigserial PRIMARY KEY");
    const QString group = mysql ? QStringLiteral("`group`") : QStringLiteral("\"group\"");
    QString sql;
    if (s == Schema::OneApi) {
        sql = QStringLiteral("CREATE TABLE logs (%1, user_id %2, created_at %2, type %2, content %3, username %4 "
                             "DEFAULT '', token_name %4 DEFAULT '', model_name %4 DEFAULT '', quota %2 DEFAULT 0, "
                             "prompt_tokens %2 DEFAULT 0, completion_tokens %2 DEFAULT 0, channel_id %2, request_id "
                             "%4 DEFAULT '', elapsed_time %2 DEFAULT 0, is_stream %5 DEFAULT false, "
                             "system_prompt_reset %5 DEFAULT false);\n"
                             "CREATE INDEX idx_created_at_type ON logs(created_at, type)")
                  .arg(pk, big, longtext, str, boolean);
        return sql;
    }
    const bool older = s == Schema::NewApiOlder;
    sql = QStringLiteral("CREATE TABLE logs (%1, user_id %2, created_at %2, type %2, content %3, username %4 DEFAULT "
                         "'', token_name %4 DEFAULT '', model_name %4 DEFAULT '', quota %2 DEFAULT 0, prompt_tokens "
                         "%2 DEFAULT 0, completion_tokens %2 DEFAULT 0, use_time %2 DEFAULT 0, is_stream %5%6, "
                         "channel_id %2, channel_name %3, token_id %2 DEFAULT 0, %7 %4%8, other %3);\n")
              .arg(pk, big, longtext, str, boolean, older ? QStringLiteral(" DEFAULT false") : QString(), group,
                  older ? QString()
                        : QStringLiteral(", ip %1 DEFAULT '', request_id varchar(64) DEFAULT '', upstream_request_id "
                                         "varchar(128) DEFAULT ''")
                              .arg(str));
    sql += older ? QStringLiteral("CREATE INDEX idx_created_at_id ON logs(id, created_at);\n")
                 : QStringLiteral("CREATE INDEX idx_created_at_id ON logs(created_at, id);\n"
                                  "CREATE INDEX idx_user_id_id ON logs(user_id, id);\n");
    sql += QStringLiteral("CREATE INDEX idx_logs_model_name ON logs(model_name);\n"
                          "CREATE INDEX idx_logs_token_name ON logs(token_name);\n"
                          "CREATE TABLE quota_data (%1, user_id %2, username varchar(64) DEFAULT '', model_name "
                          "varchar(64) DEFAULT '', created_at %2, token_used %2 DEFAULT 0, count %2 DEFAULT 0, quota "
                          "%2 DEFAULT 0)")
               .arg(pk, big);
    return sql;
}

QString insertSql(Schema s, bool mysql, const QList<GenLog> &logs)
{
    const QString group = mysql ? QStringLiteral("`group`") : QStringLiteral("\"group\"");
    QString sql;
    for (qsizetype from = 0; from < logs.size(); from += 500) {
        QStringList values;
        for (qsizetype i = from; i < std::min(logs.size(), from + 500); ++i) {
            const GenLog &g = logs.at(i);
            const QString b = g.stream ? QStringLiteral("true") : QStringLiteral("false");
            QStringList v { QString::number(g.id), QString::number(g.userId), QString::number(g.createdAt),
                QString::number(g.type), QStringLiteral("''"), sqlText(g.user), sqlText(g.token), sqlText(g.model),
                QString::number(g.quota), QString::number(g.prompt), QString::number(g.completion) };
            if (s == Schema::OneApi) {
                v << QString::number(g.channel) << sqlText(g.requestId) << QString::number(g.useTime * 1000) << b;
            } else {
                v << QString::number(g.useTime) << b << QString::number(g.channel) << QStringLiteral("NULL")
                  << QString::number(g.tokenId) << sqlText(g.group) << sqlText(g.other);
                if (s == Schema::NewApi)
                    v << sqlText(g.ip) << sqlText(g.requestId);
            }
            values << QLatin1Char('(') + v.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        QString columns = QStringLiteral("id,user_id,created_at,type,content,username,token_name,model_name,quota,"
                                         "prompt_tokens,completion_tokens,");
        if (s == Schema::OneApi)
            columns += QStringLiteral("channel_id,request_id,elapsed_time,is_stream");
        else
            columns += QStringLiteral("use_time,is_stream,channel_id,channel_name,token_id,%1,other").arg(group)
                + (s == Schema::NewApi ? QStringLiteral(",ip,request_id") : QString());
        sql += QStringLiteral("INSERT INTO logs (%1) VALUES %2;\n").arg(columns, values.join(QLatin1Char(',')));
    }
    return sql;
}

} // namespace QuotaScope::Test
