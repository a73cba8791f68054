#include "ingest/tokenestimator.h"

#include "model/recordjson.h"

#include <QChar>

#include <cmath>

namespace QuotaScope {

namespace {

/// Cost of each character class, per family (new-api's published weights).
struct Weights
{
    double word;       ///< a run of letters
    double number;     ///< a run of digits
    double cjk;        ///< one Han, kana or Hangul character
    double symbol;     ///< other punctuation
    double mathSymbol; ///< ∑ ∫ √ ≤ and the math operator blocks
    double urlDelim;   ///< / : ? & = ; # %
    double atSign;     ///< @
    double emoji;
    double newline; ///< \n or \t
    double space;   ///< any other white space
};

constexpr Weights OpenAIWeights { 1.02, 1.55, 0.85, 0.4, 2.68, 1.0, 2.0, 2.12, 0.5, 0.42 };
constexpr Weights ClaudeWeights { 1.13, 1.63, 1.21, 0.4, 4.52, 1.26, 2.82, 2.6, 0.89, 0.39 };
constexpr Weights GeminiWeights { 1.15, 2.8, 0.68, 0.38, 1.05, 1.2, 2.5, 1.08, 1.15, 0.2 };

const Weights &weightsOf(TokenFamily family)
{
    switch (family) {
    case TokenFamily::Claude:
        return ClaudeWeights;
    case TokenFamily::Gemini:
        return GeminiWeights;
    case TokenFamily::OpenAI:
        break;
    }
    return OpenAIWeights;
}

bool isCjk(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3);
}

bool isEmoji(char32_t c)
{
    return (c >= 0x1F300 && c <= 0x1F9FF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1FA00 && c <= 0x1FAFF);
}

bool isMathSymbol(char32_t c)
{
    static const QString listed = QStringLiteral(
        u"∑∫∂√∞≤≥≠≈±×÷∈∉∋∌⊂⊃⊆⊇∪∩∧∨¬∀∃∄∅∆∇∝∟∠∡∢°′″‴⁺⁻⁼⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎²³¹⁴⁵⁶⁷⁸⁹⁰");
    if (c <= 0xFFFF && listed.contains(QChar(char16_t(c))))
        return true;
    return (c >= 0x2200 && c <= 0x22FF) || (c >= 0x2A00 && c <= 0x2AFF) || (c >= 0x1D400 && c <= 0x1D7FF);
}

bool isUrlDelim(char32_t c)
{
    return c == '/' || c == ':' || c == '?' || c == '&' || c == '=' || c == ';' || c == '#' || c == '%';
}

} // namespace

TokenFamily tokenFamilyForModel(QStringView model)
{
    if (model.contains(QLatin1String("gemini"), Qt::CaseInsensitive))
        return TokenFamily::Gemini;
    if (model.contains(QLatin1String("claude"), Qt::CaseInsensitive))
        return TokenFamily::Claude;
    return TokenFamily::OpenAI;
}

QString tokenFamilyName(TokenFamily family)
{
    switch (family) {
    case TokenFamily::Claude:
        return QStringLiteral("claude");
    case TokenFamily::Gemini:
        return QStringLiteral("gemini");
    case TokenFamily::OpenAI:
        break;
    }
    return QStringLiteral("openai");
}

qint64 estimateTokens(TokenFamily family, QStringView text)
{
    if (text.isEmpty())
        return 0;
    const Weights &w = weightsOf(family);
    enum class Run { None, Word, Number };
    Run run = Run::None;
    double count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        if (QChar::isSpace(c)) {
            run = Run::None;
            count += c == '\n' || c == '\t' ? w.newline : w.space;
        } else if (isCjk(c)) {
            run = Run::None;
            count += w.cjk;
        } else if (isEmoji(c)) {
            run = Run::None;
            count += w.emoji;
        } else if (QChar::isLetter(c) || QChar::isNumber(c)) {
            const Run kind = QChar::isNumber(c) ? Run::Number : Run::Word;
            if (run != kind)
                count += kind == Run::Number ? w.number : w.word;
            run = kind;
        } else {
            run = Run::None;
            count += isMathSymbol(c) ? w.mathSymbol
                : c == '@'           ? w.atSign
                : isUrlDelim(c)      ? w.urlDelim
                                     : w.symbol;
        }
    }
    return qint64(std::ceil(count));
}

qint64 estimateTokensForModel(QStringView model, QStringView text)
{
    return estimateTokens(tokenFamilyForModel(model), text);
}

bool hasEstimatedTokens(const UsageRecord &record)
{
    return record.other.contains("estimated_tokens")
        && parsedOther(record).value(QLatin1String("estimated_tokens")).toBool();
}

} // namespace QuotaScope
