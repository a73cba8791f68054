// Hourly data: /api/data/ and /api/data/self answers (QuotaData rows), read as aggregate buckets.
#include "fuzzsupport.h"

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportOptions options;
    options.format = ImportFormat::NewApiData;
    options.batchSize = 3;
    Fuzz::readFile(Fuzz::writeScratch(Fuzz::bytes(data, size), "json"), options);
    return 0;
}
