// JSON documents: the streaming item finder on its own, then UsageFileReader on new-api and one-api answers,
// with the format detected from content as the CLI does by default.
#include "fuzzsupport.h"

#include "ingest/jsonitemreader.h"

#include <QBuffer>

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
