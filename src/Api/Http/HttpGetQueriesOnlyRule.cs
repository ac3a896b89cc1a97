using GraphQL.Validation;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Allows only query operations over GET (graphql-over-http draft, "GET": a mutation MUST NOT be
/// executed over GET). Runs as a validation rule so that the selected operation is known; the
/// endpoint answers its <see cref="HttpMethodNotAllowedError"/> with 405 and <c>Allow: POST</c>.
/// </summary>
internal sealed class HttpGetQueriesOnlyRule : ValidationRuleBase
{
    /// <summary>The rule; it has no state.</summary>
    public static readonly HttpGetQueriesOnlyRule Instance = new();

    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new HttpMethodNotAllowedError(context.Document.Source, context.Operation));
        return default;
    }
}
