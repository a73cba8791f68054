#include "ingest/usagefilereader.h"

#include "ingest/boundedlinereader.h"
#include "ingest/bytestream.h"
#include "ingest/chunkworkers.h"
#include "ingest/csvreader.h"
#include "ingest/identityassigner.h"
#include "ingest/jsonitemreader.h"
#include "ingest/jsonrowparser.h"
#include "ingest/rowmapper.h"
#include "ingest/textinterner.h"
#include "store/sqlitestatement.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <optional>
#include <vector>

namespace QuotaScope {

namespace {

/// BurstGPT and Mooncake count from an unstated start; the Azure 2023 trace's day is a sensible anchor.
constexpr qint64 DefaultEpochBase = 1700092800; // 2023-11-16T00:00:00Z

const QByteArray SqliteMagic("SQLite format 3\0", 16);

struct Preset
{
    QHash<QString, QString> mapping;
    QStringList optional; ///< fields dropped when their column is absent
    bool relative = false;
    bool zeroCompletionIsError = false;
};

std::optional<Preset> preset(const QString &name)
{
    Preset p;
    if (name == QLatin1String("burstgpt")) {
        p.mapping = { { QStringLiteral("created_at"), QStringLiteral("Timestamp:s") },
            { QStringLiteral("model_name"), QStringLiteral("Model") },
            { QStringLiteral("prompt_tokens"), QStringLiteral("Request tokens") },
            { QStringLiteral("completion_tokens"), QStringLiteral("Response tokens") },
            { QStringLiteral("token_name"), QStringLiteral("Session ID") },
            { QStringLiteral("use_time"), QStringLiteral("Elapsed time:s") },
            { QStringLiteral("group"), QStringLiteral("Log Type") } };
        p.optional = { QStringLiteral("token_name"), QStringLiteral("use_time"), QStringLiteral("group") };
        p.relative = true;
        p.zeroCompletionIsError = true;
    } else if (name == QLatin1String("azure-trace")) {
        p.mapping = { { QStringLiteral("created_at"), QStringLiteral("TIMESTAMP") },
            { QStringLiteral("prompt_tokens"), QStringLiteral("ContextTokens") },
            { QStringLiteral("completion_tokens"), QStringLiteral("GeneratedTokens") } };
    } else if (name == QLatin1String("mooncake")) {
        p.mapping = { { QStringLiteral("created_at"), QStringLiteral("timestamp:ms") },
            { QStringLiteral("prompt_tokens"), QStringLiteral("input_length") },
            { QStringLiteral("completion_tokens"), QStringLiteral("output_length") } };
        p.relative = true;
    } else {
        return std::nullopt;
    }
    return p;
}

QString guessPreset(const QStringList &columns)
{
    auto has = [&](std::initializer_list<const char *> names) {
        return std::all_of(
            names.begin(), names.end(), [&](const char *n) { return columns.contains(QLatin1String(n)); });
    };
    if (has({ "Timestamp", "Model", "Request tokens", "Response tokens" }))
        return QStringLiteral("burstgpt");
    if (has({ "TIMESTAMP", "ContextTokens", "GeneratedTokens" }))
        return QStringLiteral("azure-trace");
    if (has({ "timestamp", "input_length", "output_length" }))
        return QStringLiteral("mooncake");
    return {};
}

/// "Timestamp:s" -> ("Timestamp", 1000); "x:ms" -> ("x", 1); no suffix -> (spec, 0).
QString splitUnit(const QString &spec, qint64 *unitMs)
{
    *unitMs = 0;
    if (spec.endsWith(QLatin1String(":ms"))) {
        *unitMs = 1;
        return spec.chopped(3);
    }
    if (spec.endsWith(QLatin1String(":s"))) {
        *unitMs = 1000;
        return spec.chopped(2);
    }
    return spec;
}

/// The trace's service from a file name: "AzureLLMInferenceTrace_code.csv" -> "code"; else the base name.
QString modelFromFileName(const QString &path)
{
    const QString base = QFileInfo(path).baseName();
    const QStringList parts = base.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        if (it != std::prev(parts.crend()) && !it->isEmpty() && !it->at(0).isDigit())
            return *it;
    }
    return base;
}

struct BucketKey
{
    qint64 hour;
    qint64 userId;
    QString userName;
    QString model;
    bool operator==(const BucketKey &o) const
    {
        return hour == o.hour && userId == o.userId && userName == o.userName && model == o.model;
    }
};

size_t qHash(const BucketKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.hour, k.userId, k.userName, k.model);
}

} // namespace

struct UsageFileReader::Batcher
{
    const UsageSink &sink;
    int batchSize;
    ImportProgress progress;
    const std::atomic_bool *cancel;
    qint64 total;
    QList<UsageRecord> records;
    IdentityAssigner identities;
    QHash<BucketKey, HourlyBucket> buckets;
    qint64 bucketHour = std::numeric_limits<qint64>::min();

    Result<void> step(qint64 done)
    {
        if (progress)
            progress(done, total);
        if (cancel && cancel->load())
            return Error::cancelled();
        return {};
    }

    Result<void> flushRecords(qint64 done)
    {
        if (!records.isEmpty()) {
            if (auto r = sink.records(records); !r)
                return r;
            records.clear();
        }
        return step(done);
    }

    /// The identity error, if any, is returned unlocated: the caller knows the line.
    Result<void> addRecord(UsageRecord &&record, qint64 done, bool *identityError)
    {
        if (auto r = identities.assign(&record); !r) {
            *identityError = true;
            return r;
        }
        records.append(std::move(record));
        if (records.size() >= batchSize)
            return flushRecords(done);
        return {};
    }

    Result<void> emitBuckets(QList<HourlyBucket> &list, qint64 done)
    {
        // Batches end on hour boundaries: each batch replaces the hours it holds.
        std::sort(list.begin(), list.end(),
            [](const HourlyBucket &a, const HourlyBucket &b) { return a.hourStart < b.hourStart; });
        QList<HourlyBucket> batch;
        for (qsizetype i = 0; i < list.size(); ++i) {
            batch.append(list.at(i));
            const bool hourEnds = i + 1 == list.size() || list.at(i + 1).hourStart != list.at(i).hourStart;
            if (hourEnds && batch.size() >= batchSize) {
                if (auto r = sink.buckets(batch); !r)
                    return r;
                batch.clear();
                if (auto r = step(done); !r)
                    return r;
            }
        }
        if (!batch.isEmpty()) {
            if (auto r = sink.buckets(batch); !r)
                return r;
        }
        return step(done);
    }

    /// sortedByHour: every later bucket is in this hour or after, so earlier hours are complete.
    Result<void> addBucket(const HourlyBucket &b, qint64 done, bool sortedByHour)
    {
        if (sortedByHour && b.hourStart != bucketHour && buckets.size() >= batchSize) {
            QList<HourlyBucket> list = buckets.values();
            buckets.clear();
            if (auto r = emitBuckets(list, done); !r)
                return r;
        }
        bucketHour = b.hourStart;
        HourlyBucket &sum = buckets[BucketKey { b.hourStart, b.userId, b.userName, b.model }];
        if (sum.requests == 0 && sum.quota == 0 && sum.tokens == 0 && sum.model.isEmpty() && sum.userName.isEmpty()) {
            sum.hourStart = b.hourStart;
            sum.userId = b.userId;
            sum.userName = b.userName;
            sum.model = b.model;
        }
        if (!addHourly(&sum, b))
            return Error(QCoreApplication::translate(
                             "UsageFileReader", "the hourly rows of %1 / %2 sum to more than a 64-bit number holds")
                             .arg(b.userName, b.model),
                Error::Kind::Parse);
        return {};
    }

    Result<void> finish(qint64 done)
    {
        if (auto r = identities.finish(); !r)
            return r;
        if (auto r = flushRecords(done); !r)
            return r;
        if (!buckets.isEmpty()) {
            QList<HourlyBucket> list = buckets.values();
            buckets.clear();
            return emitBuckets(list, done);
        }
        return {};
    }
};

UsageFileReader::UsageFileReader(const QString &path, const ImportOptions &options)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_options(options)
{ }

Result<void> UsageFileReader::open(QFile *file) const
{
    if (file->open(QIODevice::ReadOnly))
        return {};
    return Error(
        QCoreApplication::translate("UsageFileReader", "%1: cannot open: %2").arg(m_fileName, file->errorString()),
        Error::Kind::Io);
}

Error UsageFileReader::located(qint64 line, const QString &what) const
{
    return Error(QCoreApplication::translate("UsageFileReader", "%1 line %2: %3").arg(m_fileName).arg(line).arg(what),
        Error::Kind::Parse);
}

bool UsageFileReader::isAggregate(ImportFormat format, const ImportOptions &options)
{
    return format == ImportFormat::NewApiData || (format == ImportFormat::GatewaySqlite && options.quotaData);
}

Result<ImportFormat> UsageFileReader::detect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("UsageFileReader", "%1: cannot open: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
            Error::Kind::Io);
    const QByteArray head = file.read(64 * 1024);
    if (head.startsWith(SqliteMagic))
        return ImportFormat::GatewaySqlite;

    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
        ++i;
    if (i >= head.size()) {
        if (suffix == QLatin1String("json"))
            return ImportFormat::NewApiJson;
        if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
            return ImportFormat::NewApiJsonl;
        if (suffix == QLatin1String("csv"))
            return ImportFormat::NewApiCsv;
        return Error(
            QCoreApplication::translate("UsageFileReader", "%1: the file is empty; cannot tell its format").arg(name),
            Error::Kind::Parse);
    }

    auto classifyLog
        = [](const QJsonObject &o, ImportFormat json, ImportFormat oneApi, ImportFormat data, ImportFormat other) {
              if (o.contains(QLatin1String("token_used")) && o.contains(QLatin1String("count")))
                  return data;
              if (o.contains(QLatin1String("elapsed_time")) && !o.contains(QLatin1String("use_time")))
                  return oneApi;
              if (o.contains(QLatin1String("created_at"))
                  && (o.contains(QLatin1String("model_name")) || o.contains(QLatin1String("quota"))))
                  return json;
              return other;
          };

    const char first = head.at(i);
    if (first == '{') {
        const qsizetype nl = head.indexOf('\n', i);
        const QByteArray line = head.mid(i, nl < 0 ? -1 : nl - i);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject() && !doc.object().contains(QLatin1String("success"))
            && !doc.object().contains(QLatin1String("data"))) {
            return classifyLog(doc.object(), ImportFormat::NewApiJsonl, ImportFormat::NewApiJsonl,
                ImportFormat::MappedJsonl, ImportFormat::MappedJsonl);
        }
    }
    if (first == '{' || first == '[') {
        file.seek(0);
        JsonItemReader reader(&file);
        QJsonObject item;
        bool found = false;
        reader.read([&](QByteArrayView bytes, qint64, qint64) -> Result<void> {
            item = QJsonDocument::fromJson(bytes.toByteArray()).object();
            found = true;
            return Error(QStringLiteral("stop"));
        });
        if (!found) {
            return name.contains(QLatin1String("data"), Qt::CaseInsensitive)
                    || name.contains(QLatin1String("quota"), Qt::CaseInsensitive)
                ? ImportFormat::NewApiData
                : ImportFormat::NewApiJson;
        }
        return classifyLog(item, ImportFormat::NewApiJson, ImportFormat::OneApiJson, ImportFormat::NewApiData,
            ImportFormat::NewApiJson);
    }

    file.seek(0);
    CsvReader csv(&file);
    QStringList header;
    if (csv.next(&header) != CsvReader::Status::Record)
        return Error(
            QCoreApplication::translate("UsageFileReader", "%1: %2").arg(name, csv.errorString()), Error::Kind::Parse);
    for (QString &h : header)
        h = h.trimmed();
    if (header.contains(QLatin1String("created_at"))
        && (header.contains(QLatin1String("model_name")) || header.contains(QLatin1String("quota"))))
        return ImportFormat::NewApiCsv;
    return ImportFormat::MappedCsv;
}

Result<ImportFormat> UsageFileReader::resolveFormat(const QString &path, const ImportOptions &options)
{
    if (options.format != ImportFormat::Auto)
        return options.format;
    const bool jsonl = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive);
    if (!options.preset.isEmpty())
        return jsonl ? ImportFormat::MappedJsonl : ImportFormat::MappedCsv;
    auto detected = detect(path);
    if (!detected)
        return detected.error();
    // A mapping says the file is a trace to map, even when its header looks like a Log export.
    if (!options.mapping.isEmpty() && detected.value() == ImportFormat::NewApiJsonl)
        return ImportFormat::MappedJsonl;
    if (!options.mapping.isEmpty() && detected.value() == ImportFormat::NewApiCsv)
        return ImportFormat::MappedCsv;
    return detected;
}

Result<ReadStats> UsageFileReader::read(
    const UsageSink &sink, const ImportProgress &progress, const std::atomic_bool *cancel)
{
    m_stats = ReadStats {};
    m_firstImplausible.clear();
    auto resolved = resolveFormat(m_path, m_options);
    if (!resolved)
        return resolved.error();
    const ImportFormat format = resolved.value();
    m_stats.format = format;
    m_stats.aggregate = isAggregate(format, m_options);

    Batcher out { sink, std::max(1, m_options.batchSize), progress, cancel, QFileInfo(m_path).size(), {},
        IdentityAssigner(), {} };
    Result<void> r;
    switch (format) {
    case ImportFormat::NewApiJson:
    case ImportFormat::OneApiJson:
    case ImportFormat::NewApiData:
        r = readJsonDocument(out, format);
        break;
    case ImportFormat::NewApiJsonl:
    case ImportFormat::MappedJsonl:
        r = readJsonl(out, format);
        break;
    case ImportFormat::NewApiCsv:
    case ImportFormat::MappedCsv:
        r = readCsv(out, format);
        break;
    case ImportFormat::GatewaySqlite:
        r = readSqlite(out);
        break;
    case ImportFormat::Auto:
        break;
    }
    if (r) {
        r = out.finish(out.total);
        if (!r && r.error().kind == Error::Kind::Parse)
            r = Error(QCoreApplication::translate("UsageFileReader", "%1: %2").arg(m_fileName, r.error().message),
                Error::Kind::Parse);
    }
    if (!r)
        return r.error();
    // Out-of-range rows are counted per reason, with where the first one was, so it can be looked at.
    for (auto it = m_firstImplausible.cbegin(); it != m_firstImplausible.cend(); ++it) {
        const qint64 n = m_stats.skippedBy.take(it.key());
        m_stats.skippedBy.insert(
            QCoreApplication::translate("UsageFileReader", "%1 (first: %2)").arg(it.key(), it.value()), n);
    }
    return m_stats;
}

void UsageFileReader::skipImplausible(const QString &reason, qint64 line, const QString &where)
{
    ++m_stats.skipped;
    ++m_stats.skippedBy[reason];
    if (!m_firstImplausible.contains(reason)) {
        m_firstImplausible.insert(reason,
            where.isEmpty() ? QCoreApplication::translate("UsageFileReader", "%1 line %2").arg(m_fileName).arg(line)
                            : where);
    }
}

Result<void> UsageFileReader::addMapped(
    Batcher &out, Result<UsageRecord> &&record, const QString &implausible, qint64 line, qint64 done)
{
    if (!record && !implausible.isEmpty()) {
        skipImplausible(implausible, line);
        return {};
    }
    if (!record)
        return located(line, record.error().message);
    bool identityError = false;
    auto added = out.addRecord(std::move(record.value()), done, &identityError);
    if (!added && identityError)
        return located(line, added.error().message);
    return added;
}

namespace {

Result<RowMapperConfig> logConfig(const ImportOptions &options, LogDialect dialect, const QStringList *header)
{
    RowMapperConfig c = RowMapperConfig::gatewayLog(dialect, !options.selfLogs);
    c.timeShift = options.timeShift;
    c.model = options.model;
    c.user = options.user;
    c.token = options.token;
    if (header) {
        c.csv = true;
        c.formulaQuoted = true;
        c.columns.clear();
        for (const QString &h : *header) {
            const QString field = canonicalRecordField(h);
            if (!field.isEmpty() && !c.columns.contains(field))
                c.columns.insert(field, h);
        }
        if (!c.columns.contains(QStringLiteral("created_at")))
            return Error(QCoreApplication::translate("UsageFileReader", "the header has no `created_at` column"),
                Error::Kind::Parse);
        if (c.columns.contains(QStringLiteral("elapsed_time")) && !c.columns.contains(QStringLiteral("use_time")))
            c.dialect = LogDialect::OneApi;
    }
    return c;
}

} // namespace

Result<LogTableMapping> logTableMapping(const QStringList &tableColumns, const ImportOptions &options)
{
    LogTableMapping m;
    // The column is channel_id in the table but "channel" in the Log JSON the mapper speaks.
    for (const QString &field : recordFieldNames()) {
        const QString column = field == QLatin1String("channel") ? QStringLiteral("channel_id") : field;
        for (const QString &c : tableColumns) {
            if (c.compare(column, Qt::CaseInsensitive) == 0) {
                m.columns << c;
                m.fields << field;
                break;
            }
        }
    }
    if (!m.fields.contains(QStringLiteral("created_at")))
        return Error(QCoreApplication::translate("UsageFileReader", "the `logs` table has no created_at column"),
            Error::Kind::Parse);
    auto config = logConfig(options, LogDialect::NewApi, &m.fields);
    if (!config)
        return config.error();
    m.config = config.value();
    m.config.csv = false;
    m.config.formulaQuoted = false; // database cells are the values themselves
    return m;
}

namespace {

Result<RowMapperConfig> mappedConfig(
    const ImportOptions &options, const QString &path, const QStringList &columns, bool csv, QString *presetUsed)
{
    QString presetName = options.preset.trimmed().toLower();
    if (presetName.isEmpty() && options.mapping.isEmpty())
        presetName = guessPreset(columns);
    Preset p;
    if (!presetName.isEmpty()) {
        const auto found = preset(presetName);
        if (!found) {
            return Error(QCoreApplication::translate(
                             "UsageFileReader", "unknown preset `%1` (known: burstgpt, azure-trace, mooncake)")
                             .arg(options.preset),
                Error::Kind::Usage);
        }
        p = *found;
    }
    *presetUsed = presetName;
    QHash<QString, QString> mapping = p.mapping;
    for (const QString &field : p.optional) {
        qint64 unit = 0;
        if (!columns.contains(splitUnit(mapping.value(field), &unit)))
            mapping.remove(field);
    }
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    if (mapping.isEmpty()) {
        return Error(QCoreApplication::translate("UsageFileReader",
                         "no column mapping for this file: give one (e.g. created_at=time,model_name=model) or a "
                         "preset; its columns are: %1")
                         .arg(columns.join(QStringLiteral(", "))),
            Error::Kind::Usage);
    }
    if (!mapping.contains(QStringLiteral("created_at")))
        return Error(
            QCoreApplication::translate("UsageFileReader", "the column mapping has no created_at"), Error::Kind::Usage);

    RowMapperConfig c;
    c.dialect = LogDialect::Mapped;
    c.csv = csv;
    c.idsAreReal = !options.selfLogs;
    c.timeShift = options.timeShift;
    c.user = options.user;
    c.token = options.token;
    c.model = options.model;
    if (c.model.isEmpty() && !presetName.isEmpty() && !mapping.contains(QStringLiteral("model_name")))
        c.model = modelFromFileName(path);
    c.zeroCompletionIsError = p.zeroCompletionIsError && !options.mapping.contains(QStringLiteral("type"));
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        qint64 unit = 0;
        const QString column = splitUnit(it.value(), &unit);
        if (it.key() == QLatin1String("created_at")) {
            c.createdAtUnitMs = unit;
            // A unit makes the column relative when there is a base: the preset's, or one the user gave.
            c.relativeTime = unit > 0 && (options.epochBase.has_value() || p.relative);
            c.epochBase = options.epochBase.value_or(DefaultEpochBase);
        } else if (it.key() == QLatin1String("use_time") && unit > 0) {
            c.useTimeUnitMs = unit;
        }
        c.columns.insert(it.key(), column);
    }
    return c;
}

} // namespace

namespace {

// The longest JSONL line read: a gateway log with a long `content` is a few KiB.
constexpr qint64 MaxJsonlLineBytes = 64 * 1024 * 1024;

// Text is parsed in chunks of about this size: large enough that handing one to a worker costs nothing next to
// parsing it, small enough that the few in flight hold little memory.
constexpr qint64 DefaultParseChunkBytes = 256 << 10;

/// The parse workers of a chunked read: at least two, so that order is always at stake.
int parseThreads(const ImportOptions &options)
{
    return options.parseThreads > 0 ? options.parseThreads : std::clamp(QThread::idealThreadCount(), 2, 8);
}

QString emptyLineReason()
{
    return QCoreApplication::translate("UsageFileReader", "empty line");
}

} // namespace

/// What became of one row of a text file: worked out on its own (by a parse worker, or in line) and then applied
/// to the stats and the batcher in file order by apply().
struct UsageFileReader::Row
{
    enum class Kind { Empty, RepeatedHeader, Mapped, Failed };
    Kind kind = Kind::Empty;
    qint64 line = 0;
    qint64 done = 0; ///< the file's bytes up to the row's end, for progress
    Result<UsageRecord> record { Error() }; ///< Mapped: the record or why not; Failed: the located error
    QString implausible; ///< Mapped: set when the record is out of the plausible ranges
};

/// The rows of one chunk, in order, up to the first that failed.
struct UsageFileReader::Rows
{
    std::vector<Row> rows;
    bool stopped = false; ///< the read was cancelled or stopped before the chunk's end: its rows are incomplete
};

/// Where a text is cut into chunks that each start at a row: the cutter sees the text from the current chunk's start.
class UsageFileReader::TextCutter
{
public:
    virtual ~TextCutter() = default;
    /// Just after the last row end in text[0, size) (0: none yet), or -1 when the text from its start must be read
    /// in order (it is malformed in a way the in-order read reports). atEnd: the file ends with text.
    virtual qsizetype lastEnd(const QByteArray &text, bool atEnd) = 0;
    /// text's first count bytes, up to a row end, were cut off as a chunk.
    virtual void cut(qsizetype count) = 0;
    /// A text this long without a cut is read in order (the in-order read reports a row this long).
    virtual qsizetype maxRowBytes() const = 0;
};

bool UsageFileReader::worthChunking(qint64 from) const
{
    const qint64 chunk = m_options.parseChunkBytes > 0 ? m_options.parseChunkBytes : DefaultParseChunkBytes;
    return QFileInfo(m_path).size() - from > chunk;
}

Result<void> UsageFileReader::apply(Batcher &out, Row &&row)
{
    switch (row.kind) {
    case Row::Kind::Empty:
        ++m_stats.skipped;
        ++m_stats.skippedBy[emptyLineReason()];
        return {};
    case Row::Kind::RepeatedHeader:
        ++m_stats.skipped;
        ++m_stats.skippedBy[QCoreApplication::translate("UsageFileReader", "repeated header")];
        return {};
    case Row::Kind::Failed:
        return row.record.error();
    case Row::Kind::Mapped:
        break;
    }
    ++m_stats.rowsRead;
    return addMapped(out, std::move(row.record), row.implausible, row.line, row.done);
}

Result<void> UsageFileReader::applyRows(Batcher &out, Rows &&rows)
{
    if (rows.stopped || (out.cancel && out.cancel->load()))
        return Error::cancelled();
    for (Row &row : rows.rows) {
        if (auto r = apply(out, std::move(row)); !r)
            return r;
    }
    return {};
}

Error UsageFileReader::seekError(const QIODevice &file, const Position &at) const
{
    return Error(QCoreApplication::translate("UsageFileReader", "%1 line %2: cannot seek to byte %3: %4")
                     .arg(m_fileName)
                     .arg(at.line)
                     .arg(at.offset)
                     .arg(file.errorString()),
        Error::Kind::Io);
}

Result<void> UsageFileReader::readChunks(Batcher &out, QIODevice &file, Position *at, TextCutter &cutter,
    const std::function<Rows(const TextChunk &, int, const std::atomic_bool &)> &parse, bool *rest)
{
    *rest = false;
    const qint64 chunkBytes = m_options.parseChunkBytes > 0 ? m_options.parseChunkBytes : DefaultParseChunkBytes;
    // The reading thread cuts and applies; the workers parse.
    const int threads = parseThreads(m_options);
    ChunkWorkers<Rows> workers(
        threads, threads + 1, [&parse](int worker, const TextChunk &chunk, const std::atomic_bool &stop) {
            return parse(chunk, worker, stop);
        });
    auto applyNext = [&]() { return applyRows(out, workers.take()); };

    if (!file.seek(at->offset))
        *rest = true; // the in-order read reports it
    QByteArray text; // from at->offset on
    bool atEnd = false;
    while (!*rest) {
        const qsizetype kept = text.size();
        text.resize(kept + qsizetype(chunkBytes));
        const qint64 got = file.read(text.data() + kept, chunkBytes);
        text.resize(kept + std::max<qint64>(got, 0));
        if (got < 0 || (got == 0 && !file.atEnd())) {
            *rest = true; // a failed read: the in-order read reads again from here and says what failed
            break;
        }
        atEnd = got == 0 || file.atEnd();
        qsizetype end = cutter.lastEnd(text, atEnd);
        if (end < 0 || text.size() >= cutter.maxRowBytes()) {
            *rest = true;
            break;
        }
        if (atEnd)
            end = text.size();
        if (end > 0) {
            TextChunk chunk;
            chunk.offset = at->offset;
            chunk.firstLine = at->line;
            QByteArray after = text.mid(end);
            text.truncate(end);
            chunk.bytes = std::move(text);
            text = std::move(after);
            cutter.cut(end);
            at->offset += end;
            at->line += countNewlines(chunk.bytes.cbegin(), chunk.bytes.cend());
            if (workers.full()) {
                if (auto r = applyNext(); !r)
                    return r;
            }
            workers.submit(std::move(chunk));
        }
        if (atEnd)
            break;
    }
    while (!workers.empty()) {
        if (auto r = applyNext(); !r)
            return r;
    }
    return {};
}

/// A CSV file's header and mapping: what each record is read against.
struct UsageFileReader::CsvLayout
{
    QStringList header;
    RowMapper mapper;
    // A row is a repeated header only if its first and last cells hold the header's names: looked for in the
    // bytes first (a cell whose trimmed text is the name holds the name's UTF-8), decoded only when both are there.
    QByteArray firstName;
    QByteArray lastName;
    bool bytePrefilter = false;
};

bool UsageFileReader::csvRow(CsvReader &csv, const CsvLayout &layout, TextInterner *texts, Row *row) const
{
    const auto status = csv.nextRecord();
    if (status == CsvReader::Status::End)
        return false;
    if (status == CsvReader::Status::Error) {
        row->kind = Row::Kind::Failed;
        row->record = Error(m_fileName + QLatin1Char(' ') + csv.errorString(), Error::Kind::Parse);
        return true;
    }
    row->line = csv.recordLine();
    const QByteArrayView *cells = csv.fields();
    const qsizetype count = csv.fieldCount();
    if (count == 1 && QString::fromUtf8(cells[0]).trimmed().isEmpty()) {
        row->kind = Row::Kind::Empty;
        return true;
    }
    const QStringList &header = layout.header;
    if (count != header.size()) {
        row->kind = Row::Kind::Failed;
        row->record = located(row->line,
            QCoreApplication::translate("UsageFileReader", "expected %1 columns as in the header, found %2")
                .arg(header.size())
                .arg(count));
        return true;
    }
    auto holds = [](QByteArrayView cell, const QByteArray &name) {
        return QByteArray::fromRawData(cell.data(), cell.size()).contains(name);
    };
    if (!layout.bytePrefilter || (holds(cells[0], layout.firstName) && holds(cells[count - 1], layout.lastName))) {
        // Concatenated exports repeat the header; a row equal to it carries no data.
        bool same = true;
        for (qsizetype i = 0; same && i < count; ++i)
            same = QString::fromUtf8(cells[i]).trimmed() == header.at(i);
        if (same) {
            row->kind = Row::Kind::RepeatedHeader;
            return true;
        }
    }
    row->kind = Row::Kind::Mapped;
    row->record = layout.mapper.map(cells, texts, &row->implausible);
    row->done = csv.offset();
    return true;
}

/// Reads JSONL lines once the first object has chosen the mapping; one per thread (the fast parser and the
/// interner keep state), all sharing the one mapper.
struct UsageFileReader::JsonlParser
{
    const RowMapper *mapper = nullptr;
    std::optional<JsonRowParser> fast;
    std::array<JsonCell, RowMapper::FieldCount> cells;
    TextInterner texts;
};

bool UsageFileReader::jsonRow(JsonlParser &parser, JsonText kind, QByteArrayView text, qint64 lineNo,
    qint64 offset, Row *row, QJsonObject *object) const
{
    row->line = lineNo;
    row->done = offset + text.size();
    if (kind == JsonText::Line && text.trimmed().isEmpty()) {
        row->kind = Row::Kind::Empty;
        return true;
    }
    if (parser.fast && parser.fast->parse(text, &parser.cells)) {
        row->kind = Row::Kind::Mapped;
        row->record = parser.mapper->map(parser.cells, &parser.texts, &row->implausible);
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &pe);
    row->kind = Row::Kind::Failed;
    if (pe.error != QJsonParseError::NoError) {
        row->record = located(lineNo,
            QCoreApplication::translate("UsageFileReader", "byte %1: %2").arg(offset + pe.offset).arg(pe.errorString()));
        return true;
    }
    if (!doc.isObject()) {
        row->record = located(lineNo,
            kind == JsonText::Line
                ? QCoreApplication::translate("UsageFileReader", "the line is not a JSON object")
                : QCoreApplication::translate("UsageFileReader", "byte %1: a list item is not an object").arg(offset));
        return true;
    }
    if (!parser.mapper) {
        *object = doc.object();
        return false;
    }
    row->kind = Row::Kind::Mapped;
    row->record = parser.mapper->map(doc.object(), &row->implausible);
    return true;
}

Result<void> UsageFileReader::readJsonl(Batcher &out, ImportFormat format)
{
    QFile file(m_path);
    if (auto opened = open(&file); !opened)
        return opened;
    std::optional<RowMapper> mapper;
    JsonlParser parser; // once the first object has chosen the mapping
    qint64 lineNo = 0;
    bool chunked = false;
    BoundedLineReader lines(&file, MaxJsonlLineBytes);
    QByteArray line;
    for (;;) {
        if (mapper && !chunked) {
            // The mapping is chosen: the rest of a large file is parsed in chunks, on worker threads.
            chunked = true;
            Position at { file.pos(), lineNo + 1 };
            if (worthChunking(at.offset)) {
                // Lines are cut after their newline.
                struct Cutter : TextCutter
                {
                    qsizetype scanned = 0;
                    qsizetype end = 0;
                    qsizetype lastEnd(const QByteArray &text, bool) override
                    {
                        for (qsizetype i = text.size(); i > scanned; --i) {
                            if (text.at(i - 1) == '\n') {
                                end = i;
                                break;
                            }
                        }
                        scanned = text.size();
                        return end;
                    }
                    void cut(qsizetype count) override
                    {
                        scanned -= count;
                        end -= count;
                    }
                    qsizetype maxRowBytes() const override { return MaxJsonlLineBytes; }
                } cutter;
                std::vector<JsonlParser> parsers(size_t(parseThreads(m_options)));
                for (JsonlParser &p : parsers) {
                    p.mapper = &*mapper;
                    p.fast.emplace(*mapper);
                }
                auto parse = [&](const TextChunk &chunk, int worker, const std::atomic_bool &stop) {
                    JsonlParser &p = parsers[size_t(worker)];
                    Rows rows;
                    const char *d = chunk.bytes.constData();
                    const qsizetype n = chunk.bytes.size();
                    qint64 no = chunk.firstLine;
                    for (qsizetype i = 0; i < n; ++no) {
                        if ((no & 255) == 0
                            && (stop.load(std::memory_order_relaxed) || (out.cancel && out.cancel->load()))) {
                            rows.stopped = true;
                            break;
                        }
                        const char *nl = static_cast<const char *>(memchr(d + i, '\n', size_t(n - i)));
                        const qsizetype end = nl ? nl - d + 1 : n;
                        Row &row = rows.rows.emplace_back();
                        QJsonObject unused;
                        jsonRow(p, JsonText::Line, QByteArrayView(d + i, end - i), no, chunk.offset + i, &row, &unused);
                        if (row.kind == Row::Kind::Failed)
                            break;
                        i = end;
                    }
                    return rows;
                };
                bool rest = false;
                if (auto r = readChunks(out, file, &at, cutter, parse, &rest); !r)
                    return r;
                if (!rest)
                    return {};
                // Read on in order from where the chunks stopped: it reports what they could not.
                if (!file.seek(at.offset))
                    return seekError(file, at);
                lineNo = at.line - 1;
            }
        }
        const BoundedLineReader::Status status = lines.next(&line);
        if (status == BoundedLineReader::Status::End)
            break;
        const qint64 lineStart = lines.lineStart();
        ++lineNo;
        if (status == BoundedLineReader::Status::Failed) {
            // Not at the end, yet no byte came: the read failed (a device error, a vanished network file).
            return located(lineNo,
                QCoreApplication::translate("UsageFileReader", "reading failed at byte %1: %2")
                    .arg(lineStart)
                    .arg(file.errorString()));
        }
        if (status == BoundedLineReader::Status::TooLong) {
            return located(lineNo,
                QCoreApplication::translate("UsageFileReader", "the line is longer than %1 MiB; is this a JSONL file?")
                    .arg(MaxJsonlLineBytes / (1024 * 1024)));
        }
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        Row row;
        QJsonObject o;
        if (!jsonRow(parser, JsonText::Line, line, lineNo, lineStart, &row, &o)) {
            // The first object chooses the mapping.
            if (format == ImportFormat::NewApiJsonl) {
                // one-api writes elapsed_time instead of use_time; its type 5 is a channel test.
                const bool oneApi = o.contains(QLatin1String("elapsed_time")) && !o.contains(QLatin1String("use_time"));
                mapper.emplace(logConfig(m_options, oneApi ? LogDialect::OneApi : LogDialect::NewApi, nullptr).value());
            } else {
                auto config = mappedConfig(m_options, m_path, o.keys(), false, &m_stats.preset);
                if (!config)
                    return Error(QCoreApplication::translate("UsageFileReader", "%1: %2")
                                     .arg(m_fileName, config.error().message),
                        config.error().kind);
                mapper.emplace(config.value());
            }
            parser.mapper = &*mapper;
            parser.fast.emplace(*mapper);
            row.kind = Row::Kind::Mapped;
            row.record = mapper->map(o, &row.implausible);
        }
        row.done = file.pos();
        if (auto r = apply(out, std::move(row)); !r)
            return r;
    }
    return {};
}

Result<void> UsageFileReader::readJsonDocument(Batcher &out, ImportFormat format)
{
    QFile file(m_path);
    if (auto opened = open(&file); !opened)
        return opened;
    JsonItemReader reader(&file);
    Result<void> r;
    if (format == ImportFormat::NewApiData) {
        // The gateway's hourly rows: few, summed as they come.
        r = reader.read([&](QByteArrayView item, qint64 line, qint64 offset) -> Result<void> {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(item.toByteArray(), &pe);
            if (pe.error != QJsonParseError::NoError)
                return this->located(line,
                    QCoreApplication::translate("UsageFileReader", "byte %1: %2")
                        .arg(offset + pe.offset)
                        .arg(pe.errorString()));
            if (!doc.isObject())
                return this->located(line,
                    QCoreApplication::translate("UsageFileReader", "byte %1: a list item is not an object")
                        .arg(offset));
            ++m_stats.rowsRead;
            QString implausible;
            auto b = parseHourlyRow(doc.object(), m_options.timeShift, 0, &implausible);
            if (!b && !implausible.isEmpty()) {
                skipImplausible(implausible, line);
                return {};
            }
            if (!b)
                return this->located(line, b.error().message);
            return out.addBucket(b.value(), offset + item.size(), false);
        });
    } else {
        const RowMapper mapper(
            logConfig(m_options, format == ImportFormat::OneApiJson ? LogDialect::OneApi : LogDialect::NewApi, nullptr)
                .value());
        r = worthChunking(0) ? readJsonItemsInChunks(out, reader, mapper) : [&]() {
            JsonlParser parser;
            parser.mapper = &mapper;
            parser.fast.emplace(mapper);
            return reader.read([&](QByteArrayView item, qint64 line, qint64 offset) -> Result<void> {
                Row row;
                jsonRow(parser, JsonText::Item, item, line, offset, &row, nullptr);
                return apply(out, std::move(row));
            });
        }();
    }
    if (!r) {
        if (r.error().kind == Error::Kind::Parse && !r.error().message.startsWith(m_fileName))
            return Error(m_fileName + QLatin1Char(' ') + r.error().message, Error::Kind::Parse);
        return r;
    }
    if (reader.successFalse()) {
        return Error(QCoreApplication::translate("UsageFileReader", "%1: the gateway answered with an error: %2")
                         .arg(m_fileName,
                             reader.message().isEmpty() ? QCoreApplication::translate("UsageFileReader", "(no message)")
                                                        : reader.message()),
            Error::Kind::Parse);
    }
    return {};
}

Result<void> UsageFileReader::readJsonItemsInChunks(Batcher &out, JsonItemReader &reader, const RowMapper &mapper)
{
    // The reading thread finds the items and puts them together in chunks; the workers parse them.
    const qint64 chunkBytes = m_options.parseChunkBytes > 0 ? m_options.parseChunkBytes : DefaultParseChunkBytes;
    const int threads = parseThreads(m_options);
    std::vector<JsonlParser> parsers(static_cast<size_t>(threads));
    for (JsonlParser &p : parsers) {
        p.mapper = &mapper;
        p.fast.emplace(mapper);
    }
    ChunkWorkers<Rows> workers(
        threads, threads + 1, [&](int worker, const TextChunk &chunk, const std::atomic_bool &stop) {
            JsonlParser &p = parsers[size_t(worker)];
            Rows rows;
            qsizetype begin = 0;
            for (size_t k = 0; k < chunk.items.size(); ++k) {
                if ((k & 255) == 255 && (stop.load(std::memory_order_relaxed) || (out.cancel && out.cancel->load()))) {
                    rows.stopped = true;
                    break;
                }
                const TextChunk::Item &item = chunk.items[k];
                Row &row = rows.rows.emplace_back();
                jsonRow(p, JsonText::Item, QByteArrayView(chunk.bytes.constData() + begin, item.end - begin), item.line,
                    item.offset, &row, nullptr);
                if (row.kind == Row::Kind::Failed)
                    break;
                begin = item.end;
            }
            return rows;
        });
    TextChunk pending;
    pending.bytes.reserve(qsizetype(chunkBytes) + (64 << 10));
    auto submit = [&]() -> Result<void> {
        if (workers.full()) {
            if (auto r = applyRows(out, workers.take()); !r)
                return r;
        }
        workers.submit(std::move(pending));
        pending = TextChunk();
        pending.bytes.reserve(qsizetype(chunkBytes) + (64 << 10)); // the last item goes past chunkBytes
        return {};
    };
    bool applyFailed = false;
    reader.collectInto(&pending.bytes); // each item is appended to the chunk as it is found
    const Result<void> read = reader.read([&](QByteArrayView, qint64 line, qint64 offset) -> Result<void> {
        pending.items.push_back(TextChunk::Item { pending.bytes.size(), line, offset });
        if (pending.bytes.size() < chunkBytes)
            return {};
        auto r = submit();
        applyFailed = !r;
        return r;
    });
    if (applyFailed)
        return read;
    // The items before a syntax error come first: one of them may have failed before it.
    if (!pending.items.empty()) {
        if (auto r = submit(); !r)
            return r;
    }
    while (!workers.empty()) {
        if (auto r = applyRows(out, workers.take()); !r)
            return r;
    }
    return read;
}

Result<void> UsageFileReader::readCsv(Batcher &out, ImportFormat format)
{
    QFile file(m_path);
    if (auto opened = open(&file); !opened)
        return opened;
    CsvReader csv(&file);
    QStringList header;
    for (;;) {
        const auto status = csv.next(&header);
        if (status == CsvReader::Status::Error)
            return Error(m_fileName + QLatin1Char(' ') + csv.errorString(), Error::Kind::Parse);
        if (status == CsvReader::Status::End)
            return {};
        if (header.size() == 1 && header.first().trimmed().isEmpty()) {
            ++m_stats.skipped;
            ++m_stats.skippedBy[emptyLineReason()];
            continue;
        }
        break;
    }
    for (QString &h : header)
        h = h.trimmed();
    const qint64 headerLine = csv.recordLine();
    Result<RowMapperConfig> config = format == ImportFormat::NewApiCsv
        ? logConfig(m_options, LogDialect::NewApi, &header)
        : mappedConfig(m_options, m_path, header, true, &m_stats.preset);
    if (!config)
        return Error(QCoreApplication::translate("UsageFileReader", "%1 line %2: %3")
                         .arg(m_fileName)
                         .arg(headerLine)
                         .arg(config.error().message),
            config.error().kind);
    CsvLayout layout { header, RowMapper(config.value()), header.first().toUtf8(), header.last().toUtf8(),
        !header.first().contains(QChar::ReplacementCharacter) && !header.last().contains(QChar::ReplacementCharacter) };
    if (auto r = layout.mapper.bindHeader(header); !r)
        return located(headerLine, r.error().message);

    auto readInOrder = [&](CsvReader &reader) -> Result<void> {
        TextInterner texts;
        for (;;) {
            Row row;
            if (!csvRow(reader, layout, &texts, &row))
                return {};
            if (auto r = apply(out, std::move(row)); !r)
                return r;
        }
    };
    Position at { csv.offset(), csv.nextLine() };
    if (!worthChunking(at.offset))
        return readInOrder(csv);

    // The rest of a large file is cut into chunks at record ends and parsed on worker threads.
    struct Cutter : TextCutter
    {
        CsvRecordEnds ends;
        qsizetype lastEnd(const QByteArray &text, bool atEnd) override
        {
            return ends.scan(text.constData(), text.size(), atEnd) == CsvRecordEnds::Scan::Ok ? ends.lastEnd() : -1;
        }
        void cut(qsizetype count) override { ends.dropFront(count); }
        qsizetype maxRowBytes() const override { return CsvReader::MaxRecordBytes; }
    } cutter;
    // An interner per worker, for the whole read: the texts it hands out are the shared pool's, which have no
    // reference count for the threads to bounce between the cores (TextPool).
    std::vector<TextInterner> interners(size_t(parseThreads(m_options)));
    auto parse = [&](const TextChunk &chunk, int worker, const std::atomic_bool &stop) {
        TextInterner &texts = interners[size_t(worker)];
        QBuffer buffer;
        buffer.setData(chunk.bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        reader.resumeAt(chunk.firstLine, chunk.offset);
        Rows rows;
        for (qint64 n = 0;; ++n) {
            if ((n & 255) == 255 && (stop.load(std::memory_order_relaxed) || (out.cancel && out.cancel->load()))) {
                rows.stopped = true;
                break;
            }
            Row &row = rows.rows.emplace_back();
            if (!csvRow(reader, layout, &texts, &row)) {
                rows.rows.pop_back();
                break;
            }
            if (row.kind == Row::Kind::Failed)
                break;
        }
        return rows;
    };
    bool rest = false;
    if (auto r = readChunks(out, file, &at, cutter, parse, &rest); !r)
        return r;
    if (!rest)
        return {};
    // Read on in order from where the chunks stopped: it reports what they could not, as it always has.
    if (!file.seek(at.offset))
        return seekError(file, at);
    CsvReader tail(&file);
    tail.resumeAt(at.line, at.offset);
    return readInOrder(tail);
}

Result<void> UsageFileReader::readSqlite(Batcher &out)
{
    // Read-only, through the one SQLite the app links (never Qt's QSQLITE plugin, which may carry its own copy).
    auto db = SqliteConnection::open(m_path, SqliteConnection::Mode::ReadOnly);
    if (!db) {
        return Error(QCoreApplication::translate("UsageFileReader", "%1: cannot open the database: %2")
                         .arg(m_fileName, db.error().message),
            Error::Kind::Database);
    }
    return m_options.quotaData ? readSqliteQuotaData(out, db->handle()) : readSqliteLogs(out, db->handle());
}

namespace {

/// The columns of a table in a database file (empty when there is no such table).
QStringList tableColumns(sqlite3 *db, const char *table)
{
    QStringList columns;
    SqliteStatement q;
    if (!q.prepare(db, "SELECT name FROM pragma_table_info(?1)"))
        return columns;
    q.bindText(1, table);
    while (q.step())
        columns << q.text(0);
    return columns;
}

qint64 rowCount(sqlite3 *db, const char *table)
{
    SqliteStatement q;
    return q.prepare(db, "SELECT count(*) FROM " + QByteArray(table)) && q.step() ? q.int64(0) : 0;
}

} // namespace

Result<void> UsageFileReader::readSqliteLogs(Batcher &out, sqlite3 *db)
{
    const QStringList columns = tableColumns(db, "logs");
    if (columns.isEmpty()) {
        return Error(QCoreApplication::translate("UsageFileReader", "%1: the database has no `logs` table%2")
                         .arg(m_fileName,
                             tableColumns(db, "quota_data").isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate(
                                     "UsageFileReader", " (it has `quota_data`: import that as hourly data)")),
            Error::Kind::Parse);
    }
    auto mapping = logTableMapping(columns, m_options);
    if (!mapping)
        return Error(QCoreApplication::translate("UsageFileReader", "%1: %2").arg(m_fileName, mapping.error().message),
            Error::Kind::Parse);
    const QStringList &header = mapping->fields;
    QStringList selected;
    for (const QString &column : mapping->columns)
        selected << QLatin1Char('"') + column + QLatin1Char('"');
    RowMapper mapper(mapping->config);
    if (auto r = mapper.bindHeader(header); !r)
        return Error(QCoreApplication::translate("UsageFileReader", "%1: %2").arg(m_fileName, r.error().message),
            Error::Kind::Parse);

    const qint64 total = rowCount(db, "logs");
    SqliteStatement q;
    if (!q.prepare(db, "SELECT " + selected.join(QLatin1Char(',')).toUtf8() + " FROM logs ORDER BY id"))
        return Error(QCoreApplication::translate("UsageFileReader", "%1: cannot read `logs`: %2")
                         .arg(m_fileName, SqliteStatement::lastError(db)),
            Error::Kind::Database);
    const int idIndex = int(header.indexOf(QStringLiteral("id")));
    QStringList cells;
    cells.resize(header.size());
    while (q.step()) {
        for (int i = 0; i < header.size(); ++i)
            cells[i] = q.text(i);
        ++m_stats.rowsRead;
        const QString where = idIndex >= 0
            ? QCoreApplication::translate("UsageFileReader", "%1 logs id %2").arg(m_fileName, cells.at(idIndex))
            : QCoreApplication::translate("UsageFileReader", "%1 logs row %2").arg(m_fileName).arg(m_stats.rowsRead);
        QString implausible;
        auto record = mapper.map(cells, &implausible);
        if (!record && !implausible.isEmpty()) {
            skipImplausible(implausible, m_stats.rowsRead, where);
            continue;
        }
        if (!record)
            return Error(QCoreApplication::translate("UsageFileReader", "%1: %2").arg(where, record.error().message),
                Error::Kind::Parse);
        const qint64 done = total > 0 ? out.total * m_stats.rowsRead / total : 0;
        bool identityError = false;
        auto added = out.addRecord(std::move(record.value()), done, &identityError);
        if (!added)
            return identityError
                ? Error(QCoreApplication::translate("UsageFileReader", "%1: %2").arg(where, added.error().message),
                    Error::Kind::Parse)
                : added.error();
    }
    if (!q.ok())
        return Error(QCoreApplication::translate("UsageFileReader", "%1: reading `logs` failed: %2")
                         .arg(m_fileName, SqliteStatement::lastError(db)),
            Error::Kind::Database);
    return {};
}

Result<void> UsageFileReader::readSqliteQuotaData(Batcher &out, sqlite3 *db)
{
    if (tableColumns(db, "quota_data").isEmpty())
        return Error(QCoreApplication::translate("UsageFileReader", "%1: the database has no `quota_data` table")
                         .arg(m_fileName),
            Error::Kind::Parse);
    const qint64 total = rowCount(db, "quota_data");
    SqliteStatement q;
    // Sorted by hour so that each hour is complete before the next batch replaces it in the cache.
    if (!q.prepare(db, "SELECT created_at, user_id, username, model_name, count, quota, token_used "
                       "FROM quota_data ORDER BY created_at")) {
        return Error(QCoreApplication::translate("UsageFileReader", "%1: cannot read `quota_data`: %2")
                         .arg(m_fileName, SqliteStatement::lastError(db)),
            Error::Kind::Database);
    }
    while (q.step()) {
        ++m_stats.rowsRead;
        QJsonObject row;
        const char *columns[] = { "created_at", "user_id", "username", "model_name", "count", "quota", "token_used" };
        for (int i = 0; i < 7; ++i)
            row.insert(QLatin1String(columns[i]), QJsonValue::fromVariant(q.value(i)));
        QString implausible;
        auto b = parseHourlyRow(row, m_options.timeShift, 0, &implausible);
        if (!b && !implausible.isEmpty()) {
            skipImplausible(implausible, m_stats.rowsRead,
                QCoreApplication::translate("UsageFileReader", "%1 quota_data row %2")
                    .arg(m_fileName)
                    .arg(m_stats.rowsRead));
            continue;
        }
        if (!b)
            return Error(QCoreApplication::translate("UsageFileReader", "%1 quota_data row %2: %3")
                             .arg(m_fileName)
                             .arg(m_stats.rowsRead)
                             .arg(b.error().message),
                Error::Kind::Parse);
        const qint64 done = total > 0 ? out.total * m_stats.rowsRead / total : 0;
        if (auto r = out.addBucket(b.value(), done, true); !r)
            return r;
    }
    if (!q.ok()) {
        return Error(QCoreApplication::translate("UsageFileReader", "%1: reading `quota_data` failed: %2")
                         .arg(m_fileName, SqliteStatement::lastError(db)),
            Error::Kind::Database);
    }
    return {};
}

} // namespace QuotaScope
