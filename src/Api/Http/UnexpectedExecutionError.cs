using GraphQL;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Replaces an unexpected exception outside Development: message "Unexpected Execution Error",
/// code <c>UNEXPECTED_EXECUTION_ERROR</c>, no inner exception and so no details.
/// </summary>
public sealed class UnexpectedExecutionError : ExecutionError
{
    /// <summary>Creates the error with its fixed message and code.</summary>
    public UnexpectedExecutionError() : base("Unexpected Execution Error") => Code = "UNEXPECTED_EXECUTION_ERROR";
}
