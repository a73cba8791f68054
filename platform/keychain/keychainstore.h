#pragma once

#include "settings/credentialstore.h"

#include <memory>

namespace QuotaScope {

/** Access tokens in the system keychain via QtKeychain, service "io.github.quotascope". */
std::unique_ptr<CredentialStore> createSystemCredentialStore();

} // namespace QuotaScope
