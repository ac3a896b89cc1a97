namespace Dialoogtafels.Api.Http;

/// <summary>
/// Limits of the GraphQL endpoint, bound from the configuration section <c>GraphQL</c>:
/// <c>GraphQL:MaxRequestBytes</c>, <c>GraphQL:MaxDepth</c>, <c>GraphQL:MaxComplexity</c>,
/// <c>GraphQL:MaxFieldSelections</c>, <c>GraphQL:RequestTimeout</c> and <c>GraphQL:MaxConnectionsPerRequest</c>,
/// and the complexity prices <c>GraphQL:SearchTermComplexity</c>, <c>GraphQL:AnalysisComplexity</c>.
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
    /// Introspection fields cost nothing, so IDEs keep working. A <c>search</c> and the analysis fields
    /// add the database work they cause (<see cref="SearchTermComplexity"/>, <see cref="AnalysisComplexity"/>).
    /// <see langword="null"/> or 0 disables the check.
    /// </summary>
    public int? MaxComplexity { get; set; } = 100_000;

    /// <summary>
    /// Complexity of a <c>search</c> argument per term and <c>or</c> branch (default 1 000): a search
    /// costs terms × branches × this (<c>Data/Querying/QueryCost</c>), so <c>fiets</c> costs 1 000,
    /// <c>fiets groen</c> 2 000, <c>fiets or groen or school</c> 9 000, and a 500-character chain of 53
    /// <c>or</c>s 2.8 million (refused alone). Measured on the benchmark's default scale: a one-word
    /// search takes about 10 ms, an <c>or</c> of <i>n</i> words about <i>n</i>² × 50 ms, and the
    /// 53-word chain timed out after 30 s (bench/README.md, "Other measurements"). 0 prices searches as
    /// plain lists.
    /// </summary>
    public double SearchTermComplexity { get; set; } = 1_000;

    /// <summary>
    /// Complexity of one analysis field call (default 2 000), which reads the whole slice rather than a
    /// page: <c>ideaStatistics</c>, <c>ideaCoOccurrence</c> and their siblings cost this, characteristic
    /// terms 10 × this, <c>similar</c> and <c>suggestedThemes</c> half of it per item (weights in the
    /// fields' declarations, <c>QueryCost.CostsAsAnalysis</c>). Measured on the benchmark's default
    /// scale: statistics and co-occurrence 20–75 ms, characteristic terms 600 ms, similar items and theme
    /// suggestions 45–80 ms per item, a page of 50 ideas 3–10 ms (complexity about 100). 0 prices them as
    /// plain lists.
    /// </summary>
    public double AnalysisComplexity { get; set; } = 2_000;

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

    /// <summary>
    /// Most PostgreSQL connections one GraphQL request holds open at the same time (default 2, at
    /// least 1). GraphQL.NET resolves sibling fields (aliases, lists at the same level) in parallel and
    /// each reads on a connection of its own; beyond this number they wait for the request's own
    /// connections (<c>Persistence.ConnectionLimit</c>) instead of taking the shared pool. Waiting ends
    /// with the request (<see cref="RequestTimeout"/>). Why 2: a hostile request of 100 aliases held
    /// 100 backends and two of them starved the pool for every other request (issue "Fixes from a
    /// hostile trial", item 1); 2 keeps a list's page and its <c>totalCount</c> in parallel, and is
    /// half the <c>Maximum Pool Size</c> README recommends for a 2-core database server.
    /// </summary>
    public int MaxConnectionsPerRequest { get; set; } = 2;
}
