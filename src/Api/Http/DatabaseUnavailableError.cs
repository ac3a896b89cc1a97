using GraphQL;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// The database could not be used (<see cref="Persistence.DatabaseFailures.IsUnavailable"/>): code
/// <c>DATABASE_UNAVAILABLE</c>. A response with it is answered with 503 and <c>Retry-After</c>
/// (<see cref="RetryAfterSeconds"/>), whatever the media type: the client may send the same request again.
/// </summary>
public sealed class DatabaseUnavailableError : ExecutionError
{
    /// <summary>The error code.</summary>
    public const string ErrorCode = "DATABASE_UNAVAILABLE";

    /// <summary>The <c>Retry-After</c> of such a response, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Creates the error with its fixed message and code.</summary>
    public DatabaseUnavailableError()
        : base("The database is not available right now; try again in a few seconds.") => Code = ErrorCode;
}
