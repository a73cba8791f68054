#pragma once

#include <QtGlobal>

// The byte scanners of the readers look at sixteen bytes at a time where SSE2 is there (every x86-64), and at one
// elsewhere; some take 64 bytes at a time as bit masks (below).
#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define QUOTASCOPE_SSE2 1
#endif

namespace QuotaScope {

#ifdef QUOTASCOPE_SSE2
/// 64 bytes of text, loaded for maskOf.
struct Block64
{
    explicit Block64(const void *p)
    {
        for (int k = 0; k < 4; ++k)
            part[k] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(static_cast<const char *>(p) + 16 * k));
    }
    __m128i part[4];
};

/// Bit i set where byte i of the block equals c (after or-ing fold into every byte).
inline quint64 maskOf(const Block64 &block, char c, char fold = 0)
{
    const __m128i want = _mm_set1_epi8(c);
    const __m128i bits = _mm_set1_epi8(fold);
    quint64 m = 0;
    for (int k = 0; k < 4; ++k)
        m |= quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(block.part[k], bits), want)))) << (16 * k);
    return m;
}
#endif

/// Bit i set where an odd number of bits 0..i of x are set: with x the quotes of a block, the bytes from an opening
/// quote to before its closing one.
inline quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace QuotaScope
