#include "ingest/boundedlinereader.h"
#include "ingest/csvreader.h"
#include "ingest/importoptions.h"
#include "ingest/jsonitemreader.h"
#include "ingest/jsonrowparser.h"
#include "ingest/usagefilereader.h"
#include "store/othercodec.h"
#include "store/perfrollups.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace QuotaScope;

namespace {

/// QS_BENCH_READ: the prefix genlogs.py wrote (PREFIX.csv and PREFIX.jsonl), read whole by each case; without it,
/// the prefix of QS_BENCH_LOGS (as scripts/bench.sh sets it).
QString readPrefix()
{
    const QString prefix = qEnvironmentVariable("QS_BENCH_READ");
    if (!prefix.isEmpty())
        return prefix;
    const QString logs = qEnvironmentVariable("QS_BENCH_LOGS");
    const qsizetype dot = logs.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? logs.left(dot) : QString();
}

/// Opens PREFIX + suffix for one iteration, or marks the case skipped.
bool openInput(benchmark::State &state, QFile *file, const char *suffix)
{
    file->setFileName(readPrefix() + QLatin1String(suffix));
    if (file->open(QIODevice::ReadOnly))
        return true;
    state.SkipWithError("set QS_BENCH_READ to the prefix tests/bench/genlogs.py --out wrote");
    return false;
}

/// Reads a file whole through UsageFileReader (parsing, mapping and identities: what the writer is handed) and
/// reports rows and bytes per second.
void readWhole(benchmark::State &state, const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        state.SkipWithError("set QS_BENCH_READ to the prefix tests/bench/genlogs.py --out wrote");
        return;
    }
    qint64 rows = 0;
    for (auto _ : state) {
        qint64 seen = 0;
        UsageSink sink;
        sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
            seen += batch.size();
            benchmark::DoNotOptimize(batch.constFirst().identity.size());
            return {};
        };
        const auto read = UsageFileReader(path, ImportOptions()).read(sink);
        if (!read) {
            state.SkipWithError(qPrintable(read.error().message));
            return;
        }
        rows = seen;
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

void BM_ReadCsv(benchmark::State &state)
{
    readWhole(state, readPrefix() + QStringLiteral(".csv"));
}

void BM_ReadJsonl(benchmark::State &state)
{
    readWhole(state, readPrefix() + QStringLiteral(".jsonl"));
}

/// Writes the JSONL's first 200,000 lines as one /api/log/ answer ({"success":true,"data":{"items":[...]}}), the
/// shape a saved page or a JSON export has, to path; false (the case skipped) when it cannot.
bool writeJsonPage(benchmark::State &state, const QString &path)
{
    QFile in;
    if (!openInput(state, &in, ".jsonl"))
        return false;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot write the page");
        return false;
    }
    out.write(R"({"success":true,"message":"","data":{"page":1,"page_size":200000,"items":[)");
    for (int i = 0; i < 200000 && !in.atEnd(); ++i) {
        const QByteArray line = in.readLine().trimmed();
        if (i > 0)
            out.write(",\n");
        out.write(line);
    }
    out.write("]}}\n");
    return true;
}

/// That page read whole (items found, parsed, mapped, identities assigned).
void BM_ReadJsonPage(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.json"));
    if (writeJsonPage(state, path))
        readWhole(state, path);
}

/// The reading thread's share of that page alone: its items found (JsonItemReader), nothing parsed.
void BM_SkimJsonPage(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.json"));
    if (!writeJsonPage(state, path))
        return;
    qint64 items = 0;
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot read the page");
            return;
        }
        JsonItemReader reader(&file);
        items = 0;
        qint64 bytes = 0;
        const auto read = reader.read([&](QByteArrayView item, qint64, qint64) -> Result<void> {
            ++items;
            bytes += item.size();
            return {};
        });
        if (!read) {
            state.SkipWithError(qPrintable(read.error().message));
            return;
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * items);
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

/// The CSV tokenizer alone: records cut into cells, nothing decoded or mapped.
void BM_TokenizeCsv(benchmark::State &state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        QFile file;
        if (!openInput(state, &file, ".csv"))
            return;
        CsvReader csv(&file);
        qint64 cells = 0;
        rows = 0;
        while (csv.nextRecord() == CsvReader::Status::Record) {
            cells += csv.fieldCount();
            ++rows;
        }
        benchmark::DoNotOptimize(cells);
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

/// JSONL lines read and parsed by the fast parser into cells: nothing decoded to QStrings, no records.
void BM_ParseJsonl(benchmark::State &state)
{
    const RowMapper mapper(RowMapperConfig::gatewayLog(LogDialect::NewApi, true));
    qint64 rows = 0;
    for (auto _ : state) {
        QFile file;
        if (!openInput(state, &file, ".jsonl"))
            return;
        JsonRowParser parser(mapper);
        std::array<JsonCell, RowMapper::FieldCount> cells;
        BoundedLineReader lines(&file, 64 * 1024 * 1024);
        QByteArray line;
        rows = 0;
        while (lines.next(&line) == BoundedLineReader::Status::Line) {
            if (parser.parse(line, &cells))
                ++rows;
        }
        benchmark::DoNotOptimize(cells);
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

/// Gateway logs' `other`: as new-api writes it, as the benchmark's logs have it, and with a multi-key channel.
const QByteArray OtherTexts[] = {
    R"({"admin_info":{"use_channel":["3"]},"cache_ratio":0.1,"model_ratio":1.25,"group_ratio":1,)"
    R"("completion_ratio":8,"cache_tokens":1536,"frt":812,"model_price":-1,"user_group_ratio":-1,)"
    R"("request_path":"/v1/chat/completions","is_model_mapped":false})",
    R"({"admin_info": {"use_channel": ["1"]}, "cache_ratio": 0.5, "model_ratio": 0.075, "group_ratio": 1, )"
    R"("completion_ratio": 4, "cache_tokens": 0, "frt": 150.6, "model_price": -1, "user_group_ratio": -1, )"
    R"("request_path": "/v1/chat/completions"})",
    R"({"frt":1203,"cache_tokens":0,"model_price":0.02,"model_ratio":0,"group_ratio":1.5,)"
    R"("admin_info":{"use_channel":["12","7"],"is_multi_key":true,"multi_key_index":2}})",
};

/// A log's `other` read for the figures the rollups take: /0 as the readers do (OtherValues::parse: simdjson where the
/// build has it, Qt's parser where it has not or where simdjson declines); /1 through Qt's parser alone, as a build
/// without simdjson reads it.
void BM_ReadOther(benchmark::State &state)
{
    const auto &texts = OtherTexts;
    const bool qtOnly = state.range(0) == 1;
    double sum = 0;
    for (auto _ : state) {
        for (const QByteArray &text : texts) {
            const PerfRollups::OtherValues v = qtOnly
                ? PerfRollups::OtherValues::of(QJsonDocument::fromJson(text).object())
                : PerfRollups::OtherValues::parse(text);
            sum += v.number(PerfRollups::OtherValues::Frt, 0) + v.number(PerfRollups::OtherValues::CacheRatio, 0);
        }
    }
    benchmark::DoNotOptimize(sum);
    state.SetItemsProcessed(state.iterations() * qsizetype(std::size(texts)));
}

/// `other` stored by its layout (store/othercodec.h): /0 splits it into shape and values, as the writer does for
/// every record; /1 joins them back, as every read of a record does.
void BM_OtherCodec(benchmark::State &state)
{
    std::vector<std::pair<QByteArray, QByteArray>> split;
    for (const QByteArray &text : OtherTexts) {
        QByteArray shape, values;
        if (!OtherCodec::split(text, &shape, &values)) {
            state.SkipWithError("a benchmark text does not split");
            return;
        }
        split.emplace_back(shape, values);
    }
    QByteArray shape, values, text;
    qint64 bytes = 0;
    for (auto _ : state) {
        for (size_t i = 0; i < split.size(); ++i) {
            if (state.range(0) == 0) {
                OtherCodec::split(OtherTexts[i], &shape, &values);
                bytes += values.size();
            } else {
                text.resize(0);
                OtherCodec::join(split[i].first, split[i].second, &text);
                bytes += text.size();
            }
        }
    }
    benchmark::DoNotOptimize(bytes);
    state.SetItemsProcessed(state.iterations() * qsizetype(split.size()));
}

} // namespace

BENCHMARK(BM_ReadOther)->Arg(0)->Arg(1);
BENCHMARK(BM_OtherCodec)->Arg(0)->Arg(1);
BENCHMARK(BM_TokenizeCsv)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ParseJsonl)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SkimJsonPage)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ReadJsonPage)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
