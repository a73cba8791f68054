// `other` stored by its layout (store/othercodec.h): whatever text split() accepts, join() gives back byte for
// byte, and join() of any bytes, as a damaged cache could hold them, fails cleanly instead of reading past them.
#include "fuzzsupport.h"

#include "store/othercodec.h"

using namespace QuotaScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QByteArray shape, values, text;
    if (OtherCodec::split(input, &shape, &values)) {
        QS_FUZZ_CHECK(shape.size() <= OtherCodec::MaxShapeBytes);
        QS_FUZZ_CHECK(!shape.isEmpty() || input.isEmpty());
        QS_FUZZ_CHECK(OtherCodec::join(shape, values, &text));
        QS_FUZZ_CHECK(text == input);
    }
    // The input's first byte splits the rest into a shape and values that need not fit each other.
    if (size > 1) {
        const qsizetype at = qsizetype(data[0]) * (input.size() - 1) / 255;
        text = QByteArrayLiteral("kept");
        const QByteArray rest = input.mid(1);
        if (!OtherCodec::join(rest.left(at), rest.mid(at), &text))
            QS_FUZZ_CHECK(text == QByteArrayLiteral("kept"));
        else
            QS_FUZZ_CHECK(text.startsWith("kept"));
    }
    return 0;
}
