#pragma once

namespace QuotaScope {

/**
 * Sets the organisation and application names that decide where the cache (app-data folder) and the
 * settings live. The GUI and the CLI both call it first, so they share one cache and one settings file.
 */
void setApplicationIdentity();

} // namespace QuotaScope
