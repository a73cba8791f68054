#include "keychainstore.h"

namespace QuotaScope {

std::unique_ptr<CredentialStore> createSystemCredentialStore()
{
    return std::make_unique<MemoryCredentialStore>();
}

} // namespace QuotaScope
