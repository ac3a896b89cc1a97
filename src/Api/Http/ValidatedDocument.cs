using GraphQLParser.AST;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// A document in <see cref="ValidatedDocumentCache"/>: parsed, checked by <see cref="DocumentGuard"/>
/// and validated once, with what the endpoint may skip when it comes again: the caller scopes that
/// passed the <see cref="ICallerScopedValidationRule"/>s (and the tiers that passed the response item
/// limit, <see cref="RequestValidationRules.CallerScopedRuleCount"/>), whether its complexity verdict holds
/// for any variables (<see cref="GraphQLRequestLimits.ComplexityDependsOnVariables"/>), and its root
/// fields and aliases (<see cref="Shape"/>), which each caller's <see cref="OperationLimits"/> are held
/// against. Thread-safe.
/// </summary>
internal sealed class ValidatedDocument(GraphQLDocument document, string? operationName, DocumentShape shape, double? complexity, int callerScopedRules)
{
    // Per caller-scoped rule (by its index in the endpoint's list): one bit per scope that passed it.
    private readonly int[] passedScopes = new int[callerScopedRules];

    /// <summary>The parsed document.</summary>
    public GraphQLDocument Document { get; } = document;

    /// <summary>Its root fields and aliases, as <see cref="DocumentGuard"/> counted them.</summary>
    public DocumentShape Shape { get; } = shape;

    /// <summary>
    /// Its complexity when no variable can change it (<see cref="ComplexityIsFixed"/>) and the analysis measured
    /// it, for the <see cref="ExpensiveRequestLane"/>; else null.
    /// </summary>
    public double? Complexity => ComplexityIsFixed ? complexity : null;

    /// <summary>
    /// Whether the operation the entry was cached for (by <c>operationName</c>, or the document's only
    /// one) is a query, so GET may run it without <see cref="HttpGetQueriesOnlyRule"/>.
    /// </summary>
    public bool IsQuery { get; } = OperationOf(document, operationName) == OperationType.Query;

    /// <summary>
    /// The type of the operation of <paramref name="document"/> that a request runs: the one named
    /// <paramref name="operationName"/>, or the document's only one; null when there is no such operation.
    /// </summary>
    public static OperationType? OperationOf(GraphQLDocument document, string? operationName) =>
        (operationName is null
            ? document.Definitions.OfType<GraphQLOperationDefinition>().Take(2).ToList() is [var only] ? only : null
            : document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault(o => o.Name?.StringValue == operationName))
        ?.Operation;

    /// <summary>
    /// False when a variable can change the document's complexity (and so its response item bound, which
    /// reads the same arguments), so both analyses run on every request.
    /// </summary>
    public bool ComplexityIsFixed { get; } = !GraphQLRequestLimits.ComplexityDependsOnVariables(document);

    /// <summary>Whether callers of <paramref name="scope"/> (0–31) passed caller-scoped rule number <paramref name="rule"/> on this document.</summary>
    public bool Passed(int rule, int scope) => (Volatile.Read(ref passedScopes[rule]) & (1 << scope)) != 0;

    /// <summary>Remembers that callers of <paramref name="scope"/> (0–31) passed caller-scoped rule number <paramref name="rule"/> on this document.</summary>
    public void MarkPassed(int rule, int scope) => Interlocked.Or(ref passedScopes[rule], 1 << scope);
}
