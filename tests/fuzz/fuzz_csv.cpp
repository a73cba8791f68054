// CSV: the RFC 4180 record reader on its own, then a whole new-api CSV export through UsageFileReader.
#include "fuzzsupport.h"

#include "ingest/csvreader.h"

#include <QBuffer>

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(&buffer);
    QStringList fields;
    qint64 lastOffset = -1;
    for (;;) {
        const CsvReader::Status status = csv.next(&fields);
        if (status == CsvReader::Status::Error) {
            QS_FUZZ_CHECK(!csv.errorString().isEmpty());
            break;
        }
        if (status == CsvReader::Status::End)
            break;
        // Every record consumes input, so the loop ends.
        QS_FUZZ_CHECK(csv.offset() > lastOffset);
        QS_FUZZ_CHECK(csv.recordLine() >= 1);
        lastOffset = csv.offset();
    }

    ImportOptions options;
    options.format = ImportFormat::NewApiCsv;
    options.batchSize = 7;
    const QString path = Fuzz::writeScratch(input, "csv");
    Fuzz::readFile(path, options);
    Fuzz::readsAlikeInChunks(path, options);
    return 0;
}
