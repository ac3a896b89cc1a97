namespace Dialoogtafels.Api.Http;

/// <summary>
/// Limits of the GraphQL endpoint, bound from the configuration section <c>GraphQL</c>:
/// <c>GraphQL:MaxRequestBytes</c>, <c>GraphQL:MaxDepth</c>, <c>GraphQL:MaxComplexity</c>,
/// <c>GraphQL:MaxFieldSelections</c>, <c>GraphQL:RequestTimeout</c> and <c>GraphQL:MaxConnectionsPerRequest</c>,
/// the complexity prices <c>GraphQL:SearchTermComplexity</c>, <c>GraphQL:AnalysisComplexity</c>, and the
/// operation limits per caller (<c>OperationLimits</c>): <c>GraphQL:MaxRootFields</c>, <c>GraphQL:MaxAliases</c>,
/// <c>GraphQL:MaxResponseItems</c> for anonymous callers and <c>GraphQL:CmsMaxRootFields</c>,
/// <c>GraphQL:CmsMaxAliases</c>, <c>GraphQL:CmsMaxResponseItems</c> for CMS users (<c>EDITOR</c> or higher), and the
/// lane of expensive requests (<c>ExpensiveRequestLane</c>): <c>GraphQL:ExpensiveComplexity</c>,
/// <c>GraphQL:MaxExpensiveRequests</c>, <c>GraphQL:ExpensiveRequestQueue</c>, <c>GraphQL:MaxConnectionsPerExpensiveRequest</c>,
/// <c>GraphQL:ExpensiveShare</c>.
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
    /// hold: with the defaults, three connection levels of 10 under 50 pass (but hold too many list items for
    /// <see cref="MaxResponseItems"/>), three of 50 do not.
    /// Introspection costs about the number of values it answers (the schema's types times what is selected of
    /// each), so an IDE's introspection query passes (Banana Cake Pop's about 44,500) and many aliases of it do not.
    /// A <c>search</c> and the analysis fields
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

    /// <summary>
    /// Most root fields an anonymous caller's operation may select (default 20): distinct response names
    /// (alias, else field name) at the top of the operation, its fragments expanded, <c>__typename</c> too.
    /// More is refused before validation with 400 and <c>MAX_ROOT_FIELDS_LIMIT</c> (Apollo Router's
    /// <c>max_root_fields</c>). Why: each root field is a query of its own, so aliases of one list
    /// multiplied its cost (the 300 aliases of <c>ideas(first: 50)</c>, 15,000 items, were accepted).
    /// An embedding page shows a few lists and figures (bench Q1–Q4 select 1). 0 switches the limit off.
    /// </summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Most root fields of a CMS user's operation (default 50); see <see cref="MaxRootFields"/>.</summary>
    public int CmsMaxRootFields { get; set; } = 50;

    /// <summary>
    /// Most aliased fields an anonymous caller's operation may have (default 30), anywhere in it, a
    /// fragment counted at each spread; <c>__typename</c> counts. More is refused before validation with
    /// 400 and <c>MAX_ALIASES_LIMIT</c> (Apollo Router's <c>max_aliases</c>; graphql-armor's default is 15).
    /// Why: aliases repeat a field with other arguments, the only way to make one request do the work of
    /// many (the 5,000 aliases of <c>__typename</c> were accepted). 0 switches the limit off.
    /// </summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most aliased fields of a CMS user's operation (default 100); see <see cref="MaxAliases"/>.</summary>
    public int CmsMaxAliases { get; set; } = 100;

    /// <summary>
    /// Most list items the response to an anonymous caller may hold (default 7,500), an upper bound
    /// computed before execution (<c>ResponseItemsValidationRule</c>): each list of objects (a connection's
    /// <c>nodes</c> or <c>edges</c>, a plain list such as <c>themes</c>) counts its page size
    /// (<c>first</c>/<c>last</c>/<c>take</c>, else <c>Paging:DefaultPageSize</c>; <c>nodes(ids:)</c> its ids;
    /// a plain list 5, the complexity analysis's guess) times those of the lists around it, with the variables
    /// of the request. More is refused with 400 and <c>MAX_RESPONSE_ITEMS_LIMIT</c>. A page of 50 ideas with their
    /// themes holds 300 items, three such lists on one page 900, the README's themes example 800; the largest
    /// bench query, Q3 (10 dialogues, 10 tables each, 10 stories each, with their themes), 6,110, most of it
    /// the 5 themes guessed per story (the bench data has 1.5 on average, at most 3). Why 7,500: the issue
    /// measured 15,000 items at about 0.5 s of server time, so this keeps one request near 0.25 s, while the
    /// complexity limit alone let one response hold about 50,000 (<c>ideas(first: 50) { nodes { themes {
    /// ideas(first: 50) … } } }</c> is 12,800). 0 switches the limit off.
    /// </summary>
    public int MaxResponseItems { get; set; } = 7_500;

    /// <summary>Most list items of a response to a CMS user (default 30,000); see <see cref="MaxResponseItems"/>.</summary>
    public int CmsMaxResponseItems { get; set; } = 30_000;

    /// <summary>
    /// The complexity from which a request is expensive (default 10,000, a tenth of <see cref="MaxComplexity"/>):
    /// it waits for one of the <see cref="MaxExpensiveRequests"/> permits before it runs (<c>ExpensiveRequestLane</c>).
    /// The bench queries Q1–Q4 cost 601, 1,241, 8,331 and 6, twenty aliases of a page of 50 ideas 2,020; ten aliases of a three-word <c>or</c> search
    /// 92,500, four aliases of <c>ideaCharacteristicTerms</c> 80,000, twenty of <c>ideaStatistics</c> 40,000, Banana
    /// Cake Pop's introspection query about 44,500 (its rare turn in the lane costs the IDE nothing noticeable). 0
    /// switches the lane off.
    /// </summary>
    public double ExpensiveComplexity { get; set; } = 10_000;

    /// <summary>
    /// Expensive requests that run at the same time (default 1, at least 1); the others wait, oldest first, until
    /// <see cref="RequestTimeout"/>. Why 1: on the 2-core machine one expensive request with one connection
    /// (<see cref="MaxConnectionsPerExpensiveRequest"/>) leaves the other core to normal traffic (bench/README.md,
    /// "Normal traffic under attack").
    /// </summary>
    public int MaxExpensiveRequests { get; set; } = 1;

    /// <summary>
    /// Expensive requests that may wait for a permit (default 100); one more is answered at once with 503,
    /// <c>Retry-After</c> and <c>SERVER_BUSY</c>.
    /// </summary>
    public int ExpensiveRequestQueue { get; set; } = 100;

    /// <summary>
    /// Database connections an expensive request holds at a time (default 1; at most
    /// <see cref="MaxConnectionsPerRequest"/>), so that it keeps at most one PostgreSQL backend busy.
    /// </summary>
    public int MaxConnectionsPerExpensiveRequest { get; set; } = 1;

    /// <summary>
    /// The most of the time a permit of <see cref="MaxExpensiveRequests"/> is busy (default 0.5; 1 or more: no rest):
    /// after an expensive request the permit rests (1 − share) / share times as long as the request held it, so that
    /// a stream of expensive requests leaves half of a core to normal traffic. A lone expensive request is not
    /// slowed; only the next one waits.
    /// </summary>
    public double ExpensiveShare { get; set; } = 0.5;
}
