#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace QuotaScope {

/**
 * An error a user can act on: what went wrong and where ("orders.csv line 1042: column `quota` is not a
 * number"). Core functions return these instead of throwing.
 */
struct Error
{
    enum class Kind { Generic, Usage, Io, Parse, Database, Network, Auth, RateLimited, Cancelled, Keychain };

    Kind kind = Kind::Generic;
    QString message;

    Error() = default;
    explicit Error(QString msg, Kind k = Kind::Generic)
        : kind(k)
        , message(std::move(msg))
    {
    }
    static Error cancelled() { return Error(QStringLiteral("cancelled"), Kind::Cancelled); }
};

/** A value or an Error. */
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Success or an Error. */
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace QuotaScope
