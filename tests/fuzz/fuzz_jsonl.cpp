// JSON Lines: new-api Log objects one per line, and mapped traces (a first line "#map preset=mooncake" or a
// column mapping).
#include "fuzzsupport.h"

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);
    ImportOptions options;
    options.batchSize = 7;
    QString spec;
    if (Fuzz::takeMappingLine(&input, &spec)) {
        if (!Fuzz::applyMappingSpec(spec, &options))
            return 0;
        options.format = ImportFormat::MappedJsonl;
    } else {
        options.format = ImportFormat::NewApiJsonl;
    }
    const QString path = Fuzz::writeScratch(input, "jsonl");
    Fuzz::readFile(path, options);
    Fuzz::readsAlikeInChunks(path, options);
    return 0;
}
