using GraphQL.Transport;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Reads a GET request (graphql-over-http draft, "GET"): query-string parameters <c>query</c>,
/// <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as URL-encoded JSON maps. A parameter
/// given twice, a missing <c>query</c> or a map that is not a JSON object is a 400; with
/// <c>extensions.persistedQuery</c>, <see cref="AutomaticPersistedQueries"/> answers first.
/// </summary>
internal static class QueryStringRequestReader
{
    private static readonly string[] Names = ["query", "operationName", "variables", "extensions"];

    public static GraphQLRequestReadResult Read(IQueryCollection query, GraphQLParameters parameters)
    {
        foreach (var name in Names)
        {
            if (query[name].Count > 1) return HttpRequestError.InvalidParameter($"The '{name}' parameter is given more than once.");
        }
        string? queryText = query["query"];
        var variables = parameters.ReadMap(query["variables"], "variables", out var error);
        if (error is not null) return error;
        var extensions = parameters.ReadMap(query["extensions"], "extensions", out error);
        if (error is not null) return error;
        if (AutomaticPersistedQueries.Check(queryText, extensions) is { } persisted) return persisted;
        if (queryText is null) return HttpRequestError.QueryMissing();
        string? operationName = query["operationName"];
        return new GraphQLRequest
        {
            Query = queryText,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        };
    }
}
