// Column-mapped CSV: presets (chosen from the header, or by a first line "#map preset=<name>") and mappings
// given as "#map created_at=TIMESTAMP,prompt_tokens=ContextTokens".
#include "fuzzsupport.h"

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);
    ImportOptions options;
    options.batchSize = 7;
    QString spec;
    if (Fuzz::takeMappingLine(&input, &spec) && !Fuzz::applyMappingSpec(spec, &options))
        return 0;
    if (!spec.isEmpty())
        options.epochBase = 1700000000;
    options.format = ImportFormat::MappedCsv;
    // The trace name gives the model of the Azure preset, so it looks like one.
    const QString path = Fuzz::writeScratch(input, "AzureLLMInferenceTrace_code.csv");
    Fuzz::readFile(path, options);
    Fuzz::readsAlikeInChunks(path, options);
    return 0;
}
