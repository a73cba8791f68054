#pragma once

#include <QtGlobal>

namespace QuotaScope::Varint {

/**
 * Unsigned LEB128 varints, as the cache's blobs hold them (minute lists, store/minutekeys.h; `other` by its layout,
 * store/othercodec.h): seven bits per byte, least significant first, the high bit set on every byte but the last.
 */
constexpr int MaxBytes = 10; ///< of a 64-bit value

/// Writes value at out (room for MaxBytes) and returns the end.
inline char *put(char *out, quint64 value)
{
    while (value >= 0x80) {
        *out++ = char((value & 0x7f) | 0x80);
        value >>= 7;
    }
    *out++ = char(value);
    return out;
}

/// Reads a varint at *p, before end, of at most maxBytes bytes, and moves *p past it. False when the input ends first
/// or the varint runs longer.
inline bool read(const unsigned char **p, const unsigned char *end, quint64 *value, int maxBytes = MaxBytes)
{
    quint64 v = 0;
    for (int i = 0; i < maxBytes; ++i) {
        if (*p == end)
            return false;
        const unsigned char b = *(*p)++;
        v |= quint64(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

} // namespace QuotaScope::Varint
