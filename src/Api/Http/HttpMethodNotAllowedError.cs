using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// A mutation or subscription sent over GET; code <c>HTTP_METHOD_NOT_ALLOWED</c>, answered with 405.
/// </summary>
public sealed class HttpMethodNotAllowedError : ValidationError
{
    /// <summary>Creates the error for the operation that may not run over GET.</summary>
    public HttpMethodNotAllowedError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"Only query operations may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
        Code = "HTTP_METHOD_NOT_ALLOWED";
    }
}
