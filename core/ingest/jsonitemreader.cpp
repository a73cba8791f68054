#include "ingest/jsonitemreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace QuotaScope {

namespace {

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonItemReader::JsonItemReader(QIODevice *device)
    : m_stream(device)
{ }

Error JsonItemReader::syntaxError(const QString &what) const
{
    return Error(QCoreApplication::translate("JsonItemReader", "line %1 (byte %2): %3")
                     .arg(m_stream.line())
                     .arg(m_stream.offset())
                     .arg(what),
        Error::Kind::Parse);
}

void JsonItemReader::skipWhitespace()
{
    while (isSpace(m_stream.peek()))
        m_stream.get();
}

Result<void> JsonItemReader::expect(char c)
{
    skipWhitespace();
    const int got = m_stream.peek();
    if (got < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"));
    if (got != uchar(c))
        return syntaxError(
            QCoreApplication::translate("JsonItemReader", "expected `%1`, found `%2`").arg(QChar(c), QChar(got)));
    m_stream.get();
    return {};
}

Result<void> JsonItemReader::readString(QByteArray *raw)
{
    // Called on the opening quote; raw receives the quoted text as written (escapes not decoded).
    raw->append(char(m_stream.get()));
    for (;;) {
        const int c = m_stream.appendUntil(raw, [](int b) { return b == '"' || b == '\\'; });
        if (c < 0)
            return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends inside a string"));
        raw->append(char(m_stream.get()));
        if (c == '"')
            return {};
        const int e = m_stream.get();
        if (e < 0)
            return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends inside a string"));
        raw->append(char(e));
    }
}

Result<void> JsonItemReader::readValue(QByteArray *out)
{
    skipWhitespace();
    int c = m_stream.peek();
    if (c < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"));
    if (c == '"')
        return readString(out);
    if (c == '{' || c == '[') {
        // Nesting is only counted here; QJsonDocument validates what we keep, and what we skip is not data. One
        // pass over the bytes, tracking strings and escapes, copies the value in runs up to its closing bracket.
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        c = m_stream.appendUntil(out, [&](int b) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (b == '\\')
                    escaped = true;
                else if (b == '"')
                    inString = false;
                return false;
            }
            if (b == '"')
                inString = true;
            else if (b == '{' || b == '[')
                ++depth;
            else if (b == '}' || b == ']')
                return --depth == 0;
            return false;
        });
        if (c < 0) {
            return syntaxError(inString
                    ? QCoreApplication::translate("JsonItemReader", "the document ends inside a string")
                    : QCoreApplication::translate("JsonItemReader",
                        "the document ends inside an object or a list "
                        "(truncated?)"));
        }
        out->append(char(m_stream.get()));
        return {};
    }
    while (c >= 0 && c != ',' && c != '}' && c != ']' && !isSpace(c)) {
        out->append(char(m_stream.get()));
        c = m_stream.peek();
    }
    if (out->isEmpty())
        return syntaxError(QCoreApplication::translate("JsonItemReader", "expected a value, found `%1`").arg(QChar(c)));
    return {};
}

Result<void> JsonItemReader::readItems(const ItemHandler &onItem)
{
    if (auto r = expect('['); !r)
        return r;
    skipWhitespace();
    if (m_stream.peek() == ']') {
        m_stream.get();
        return {};
    }
    QByteArray item;
    for (;;) {
        skipWhitespace();
        const qint64 line = m_stream.line();
        const qint64 offset = m_stream.offset();
        item.clear();
        if (auto r = readValue(&item); !r)
            return r;
        if (auto r = onItem(item, line, offset); !r)
            return r;
        skipWhitespace();
        const int c = m_stream.get();
        if (c == ']')
            return {};
        if (c != ',') {
            return c < 0
                ? syntaxError(
                    QCoreApplication::translate("JsonItemReader", "the document ends inside the list (truncated?)"))
                : syntaxError(QCoreApplication::translate("JsonItemReader", "expected `,` or `]` in the list"));
        }
    }
}

Result<void> JsonItemReader::readObject(int depth, const ItemHandler &onItem)
{
    // depth 0: the envelope {success, message, data}; depth 1: data as a page {page, page_size, total, items}.
    if (auto r = expect('{'); !r)
        return r;
    skipWhitespace();
    if (m_stream.peek() == '}') {
        m_stream.get();
        return {};
    }
    QByteArray key;
    QByteArray value;
    for (;;) {
        skipWhitespace();
        if (m_stream.peek() != '"')
            return syntaxError(m_stream.peek() < 0
                    ? QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)")
                    : QCoreApplication::translate("JsonItemReader", "expected a key in quotes"));
        key.clear();
        if (auto r = readString(&key); !r)
            return r;
        if (auto r = expect(':'); !r)
            return r;
        skipWhitespace();
        const int c = m_stream.peek();
        const bool container = (depth == 0 && key == "\"data\"") || (depth == 1 && key == "\"items\"");
        if (container && c == '[') {
            if (auto r = readItems(onItem); !r)
                return r;
        } else if (depth == 0 && key == "\"data\"" && c == '{') {
            if (auto r = readObject(1, onItem); !r)
                return r;
        } else {
            value.clear();
            if (auto r = readValue(&value); !r)
                return r;
            if (container && value != "null")
                return syntaxError(QCoreApplication::translate("JsonItemReader", "`%1` is neither a list nor null")
                                       .arg(QString::fromUtf8(key.mid(1, key.size() - 2))));
            if (depth == 0 && key == "\"success\"")
                m_successFalse = value == "false";
            else if (depth == 0 && key == "\"message\"")
                m_message = QJsonDocument::fromJson("[" + value + "]").array().at(0).toString();
        }
        skipWhitespace();
        const int sep = m_stream.get();
        if (sep == '}')
            return {};
        if (sep != ',') {
            return sep < 0
                ? syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"))
                : syntaxError(QCoreApplication::translate("JsonItemReader", "expected `,` or `}`"));
        }
    }
}

Result<void> JsonItemReader::read(const ItemHandler &onItem)
{
    skipWhitespace();
    if (m_stream.peek() == 0xEF) {
        m_stream.get();
        m_stream.get();
        m_stream.get();
        skipWhitespace();
    }
    const int c = m_stream.peek();
    Result<void> r;
    if (c == '[')
        r = readItems(onItem);
    else if (c == '{')
        r = readObject(0, onItem);
    else if (c < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the file is empty"));
    else
        return syntaxError(QCoreApplication::translate("JsonItemReader", "not a JSON object or array"));
    if (!r)
        return r;
    skipWhitespace();
    if (m_stream.peek() >= 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "unexpected text after the JSON document"));
    return {};
}

} // namespace QuotaScope
