using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using Dialoogtafels.Api.Data.Paging;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Depth and complexity limits through GraphQL.NET 8's complexity analyzer
/// (<see cref="GraphQLBuilderExtensions.AddComplexityAnalyzer(IGraphQLBuilder, Action{ComplexityOptions, IServiceProvider})"/>),
/// configured from <see cref="GraphQLHttpOptions"/>. A document over a limit fails validation with a
/// <c>COMPLEXITY</c> error, so it is never executed (400 with <c>application/graphql-response+json</c>).
/// </summary>
internal static class GraphQLRequestLimits
{
    /// <summary>
    /// Registers the complexity analyzer once. Introspection fields (<c>__schema</c>, <c>__type</c>,
    /// <c>__typename</c>) and everything below them cost nothing, so IDE introspection is never too
    /// complex; it still counts for depth (Banana Cake Pop's introspection query is 11 levels deep).
    /// Connections cost by their page size (<see cref="ConnectionComplexity"/>).
    /// </summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder builder) =>
        builder.AddComplexityAnalyzer((complexity, services) =>
        {
            var limits = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            complexity.MaxDepth = limits.MaxDepth > 0 ? limits.MaxDepth : null;
            complexity.MaxComplexity = limits.MaxComplexity > 0 ? limits.MaxComplexity : null;
            var paging = services.GetRequiredService<IOptions<PagingOptions>>().Value;
            complexity.DefaultListImpactMultiplier = 5; // plain lists (an item's themes, reports) are short
            var fieldImpact = complexity.DefaultComplexityImpactDelegate;
            complexity.DefaultComplexityImpactDelegate = field =>
                IsIntrospectionField(field) ? new FieldComplexityResult(0, 0)
                : ConnectionComplexity.Impact(field, paging) ?? fieldImpact(field);
        });

    // A child multiplier of 0 also zeroes the cost of every field selected below an introspection field.
    private static bool IsIntrospectionField(FieldImpactContext field) =>
        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal);
}
