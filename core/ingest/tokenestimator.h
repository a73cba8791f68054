#pragma once

#include "model/usagerecord.h"

#include <QString>
#include <QStringView>

namespace QuotaScope {

/**
 * The tokenizer family a model belongs to, as the gateway (new-api) tells them apart when an upstream reports no
 * usage: a model name containing "gemini" is Gemini, one containing "claude" is Claude, everything else is
 * counted as OpenAI.
 */
enum class TokenFamily {
    OpenAI,
    Claude,
    Gemini,
};

TokenFamily tokenFamilyForModel(QStringView model);
QString tokenFamilyName(TokenFamily family); ///< "openai", "claude", "gemini"

/**
 * Estimates the tokens of text the way new-api's EstimateTokenByModel does, without a tokenizer: each run of
 * Latin letters (a word) or of digits (a number) costs a per-family weight, each CJK character (Han, kana,
 * Hangul syllables) another, and spaces, newlines and tabs, emoji, math symbols, '@', URL delimiters
 * (/ : ? & = ; # %) and other punctuation each their own; the sum is rounded up. Empty text is 0.
 * Invalid UTF-16 (a lone surrogate) counts as one symbol.
 */
qint64 estimateTokens(TokenFamily family, QStringView text);

/// estimateTokens() for the family of `model`.
qint64 estimateTokensForModel(QStringView model, QStringView text);

/// Whether the record's prompt or completion tokens were estimated from text on import: its `other` holds
/// "estimated_tokens": true.
bool hasEstimatedTokens(const UsageRecord &record);

} // namespace QuotaScope
