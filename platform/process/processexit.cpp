#include "process/processexit.h"

#ifdef QUOTASCOPE_HAVE_OPENSSL
#include <openssl/crypto.h>
#endif

namespace QuotaScope {

void prepareProcessExit()
{
#if defined(QUOTASCOPE_HAVE_OPENSSL) && defined(OPENSSL_INIT_NO_ATEXIT)
    // Only the first initialisation decides whether OpenSSL registers its exit handler.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#endif
}

} // namespace QuotaScope
