// JSON documents: the streaming item finder on its own, the plain reader of `other` against Qt's parser, then
// UsageFileReader on new-api and one-api answers, with the format detected from content as the CLI does by default.
#include "fuzzsupport.h"

#include "ingest/jsonitemreader.h"
#include "ingest/jsonrowparser.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    JsonItemReader items(&buffer);
    qint64 lastOffset = -1;
    const auto read = items.read([&](QByteArrayView item, qint64 line, qint64 offset) -> Result<void> {
        QS_FUZZ_CHECK(!item.isEmpty());
        QS_FUZZ_CHECK(line >= 1);
        QS_FUZZ_CHECK(offset > lastOffset && offset + item.size() <= input.size());
        // The item is a slice of the input, not a copy of something else.
        QS_FUZZ_CHECK(input.mid(offset, item.size()) == item.toByteArray());
        lastOffset = offset;
        return {};
    });
    if (!read)
        QS_FUZZ_CHECK(!read.error().message.isEmpty());

    // The plain reader of `other` (JsonRowParser::plainObjectValues) accepts only what Qt's parser accepts, and
    // reads the values Qt's parser reads.
    constexpr std::string_view keys[] = { "frt", "cache_ratio", "cache_tokens", "success", "data", "message" };
    constexpr int count = int(std::size(keys));
    JsonRowParser::Value plain[count];
    if (JsonRowParser::plainObjectValues(input, keys, count, plain)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
        QS_FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject());
        for (int k = 0; k < count; ++k) {
            const QJsonValue qt = doc.object().value(QLatin1String(keys[k].data(), qsizetype(keys[k].size())));
            QS_FUZZ_CHECK(plain[k].type == qt.type());
            QS_FUZZ_CHECK(plain[k].toJsonValue() == JsonRowParser::Value::of(qt).toJsonValue());
        }
    }

    const QString path = Fuzz::writeScratch(input, "json");
    ImportOptions options;
    options.batchSize = 7;
    Fuzz::readFile(path, options);
    Fuzz::readsAlikeInChunks(path, options);
    options.format = ImportFormat::OneApiJson;
    options.selfLogs = true;
    Fuzz::readFile(path, options);
    return 0;
}
