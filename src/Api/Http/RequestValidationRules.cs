using System.Security.Claims;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// The validation rules that depend on the request, added to every execution of the schema (a
/// GraphQL.NET <see cref="IConfigureExecution"/>): the <see cref="ICallerScopedValidationRule"/>s
/// (authorization), the complexity analysis (<see cref="GraphQLRequestLimits"/>) and the response item
/// limit of the caller (<see cref="ResponseItemsValidationRule"/>). An execution
/// whose <see cref="ExecutionOptions.ValidationRules"/> is null or a plain list gets them appended to
/// those rules (null: GraphQL.NET's core rules). The endpoint instead composes the list itself with
/// <see cref="For"/>, which leaves out what a cached document already passed (<see cref="ValidatedDocument"/>).
/// </summary>
internal sealed class RequestValidationRules(
    IEnumerable<ICallerScopedValidationRule> callerScopedRules, ComplexityValidationRule complexity, ResponseItemsValidationRule responseItems)
    : IConfigureExecution
{
    private readonly ICallerScopedValidationRule[] callerRules = callerScopedRules.ToArray();

    /// <summary>
    /// The number of rules whose passes are tracked per cached document and caller scope: the caller-scoped
    /// rules (numbered from 0), then the response item limit (by the caller's tier).
    /// </summary>
    public int CallerScopedRuleCount => callerRules.Length + 1;

    /// <inheritdoc/>
    public float SortOrder => 100;

    /// <inheritdoc/>
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.ValidationRules is not Composed)
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Concat(callerRules).Append(complexity).Append(responseItems).ToList();
        return next(options);
    }

    /// <summary>
    /// The rules for one request of the endpoint: for a new document GraphQL.NET's core rules, every
    /// caller-scoped rule, the complexity analysis and the response item limit; for a cached one only the
    /// caller-scoped rules that <paramref name="user"/>'s scope has not passed yet, the complexity analysis
    /// when variables can change it, and the response item limit then too or when <paramref name="user"/>'s
    /// tier of <see cref="OperationLimits"/> has not passed it yet. <paramref name="extra"/> (e.g. <see cref="HttpGetQueriesOnlyRule"/>)
    /// runs in both cases. An empty list skips GraphQL.NET's walk over the document; variables and
    /// arguments are parsed in any case.
    /// </summary>
    public IEnumerable<IValidationRule> For(ValidatedDocument? cached, ClaimsPrincipal? user, IValidationRule? extra)
    {
        var rules = cached is null ? new Composed(DocumentValidator.CoreRules) : new Composed();
        if (extra is not null) rules.Add(extra);
        for (var i = 0; i < callerRules.Length; i++)
        {
            if (cached is null || !cached.Passed(i, callerRules[i].ScopeOf(user))) rules.Add(callerRules[i]);
        }

        if (cached is not { ComplexityIsFixed: true }) rules.Add(complexity);
        if (cached is not { ComplexityIsFixed: true } || !cached.Passed(callerRules.Length, OperationLimits.TierOf(user))) rules.Add(responseItems);
        return rules;
    }

    /// <summary>
    /// Remembers on <paramref name="document"/> that <paramref name="user"/>'s scopes passed every caller-scoped
    /// rule, and its tier the response item limit.
    /// </summary>
    public void MarkPassed(ValidatedDocument document, ClaimsPrincipal? user)
    {
        for (var i = 0; i < callerRules.Length; i++) document.MarkPassed(i, callerRules[i].ScopeOf(user));
        document.MarkPassed(callerRules.Length, OperationLimits.TierOf(user));
    }

    // A list made by For: complete, nothing to add.
    private sealed class Composed : List<IValidationRule>
    {
        public Composed() { }

        public Composed(IEnumerable<IValidationRule> rules) : base(rules) { }
    }
}
