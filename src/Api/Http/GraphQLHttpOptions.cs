namespace Dialoogtafels.Api.Http;

/// <summary>
/// Limits of the GraphQL endpoint, bound from the configuration section <c>GraphQL</c>:
/// <c>GraphQL:MaxRequestBytes</c>, <c>GraphQL:MaxDepth</c>, <c>GraphQL:MaxComplexity</c>,
/// <c>GraphQL:MaxFieldSelections</c> and <c>GraphQL:RequestTimeout</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>
    /// Largest accepted POST body in bytes (default 256 KiB). A larger body is refused with
    /// <c>413 Payload Too Large</c> and a GraphQL error with code <c>REQUEST_TOO_LARGE</c>.
    /// </summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Deepest allowed nesting (default 15) as GraphQL.NET's complexity analyzer counts it: the number of
    /// nested selection sets, the operation's own included (<c>{ a { b } }</c> is 2). Deeper documents fail
    /// validation with code <c>COMPLEXITY</c> (400 with <c>application/graphql-response+json</c>).
    /// Introspection counts too: keep it at 11 or more for Banana Cake Pop's introspection query.
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest allowed complexity (default 100 000) as computed by GraphQL.NET's complexity analyzer:
    /// each field costs 1, multiplied by the page size of the enclosing connections (<c>first</c>/<c>last</c>,
    /// else <c>PagingOptions.DefaultPageSize</c>, see <c>ConnectionComplexity</c>) and for plain lists by
    /// the list multiplier that <c>GraphQLRequestLimits</c> sets. About the number of values a response can
    /// hold: with the defaults, three connection levels of 10 under 50 pass, three of 50 do not.
    /// Introspection fields cost nothing, so IDEs keep working.
    /// <see langword="null"/> or 0 disables the check.
    /// </summary>
    public int? MaxComplexity { get; set; } = 100_000;

    /// <summary>
    /// Most field selections a document may have once its fragments are expanded (default 5 000);
    /// more is refused before validation with <c>DOCUMENT_TOO_LARGE</c> (see <c>DocumentGuard</c>).
    /// </summary>
    public int MaxFieldSelections { get; set; } = 5_000;

    /// <summary>
    /// Longest a request may take (default 30 seconds), counted from the moment the endpoint handles it (reading
    /// the body included). Then its work is cancelled, SQL statements included, and it is answered with 503 and
    /// code <c>TIMEOUT</c> (<see cref="HttpRequestError.Timeout"/>, <see cref="GraphQLHttpHandler"/>).
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
