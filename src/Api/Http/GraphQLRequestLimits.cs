using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Search;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Depth and complexity limits through GraphQL.NET 8's complexity analyzer
/// (<see cref="ComplexityValidationRule"/>), configured from <see cref="GraphQLHttpOptions"/>. A
/// document over a limit fails validation with a <c>COMPLEXITY</c> error, so it is never executed
/// (400 with <c>application/graphql-response+json</c>). The endpoint adds the rule to every
/// validation itself (<see cref="GraphQLHttpHandler"/>), and skips it for a cached document whose
/// complexity no variable can change (<see cref="ComplexityDependsOnVariables"/>).
/// </summary>
internal static class GraphQLRequestLimits
{
    /// <summary>
    /// Registers the <see cref="ComplexityOptions"/>, the <see cref="ComplexityValidationRule"/> and the
    /// <see cref="ResponseItemsValidationRule"/>, which walks with the same multipliers (singletons). Introspection
    /// costs by the size of the schema (<see cref="IntrospectionImpact"/>: Banana Cake Pop's introspection query about
    /// 44,500, so it passes and two aliases of it are the most that do); it counts for depth too (that query is 11
    /// levels deep). Connections cost by their
    /// page size (<see cref="ConnectionComplexity"/>), a list fetched by keys (<c>nodes(ids:)</c>) by
    /// the number of keys it is given; a <c>search</c> and the analysis fields add the database work they
    /// cause (<see cref="QueryCost"/>, priced by <see cref="GraphQLHttpOptions.SearchTermComplexity"/> and
    /// <see cref="GraphQLHttpOptions.AnalysisComplexity"/>). The complexity of each validated request is kept in
    /// its user context for the <see cref="ExpensiveRequestLane"/> (registered here too).
    /// </summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            var paging = provider.GetRequiredService<IOptions<PagingOptions>>().Value;
            var complexity = new ComplexityOptions
            {
                MaxDepth = limits.MaxDepth > 0 ? limits.MaxDepth : null,
                MaxComplexity = limits.MaxComplexity > 0 ? limits.MaxComplexity : null,
                DefaultListImpactMultiplier = 5, // plain lists (an item's themes, reports) are short
            };
            var fieldImpact = complexity.DefaultComplexityImpactDelegate;
            complexity.DefaultComplexityImpactDelegate = field =>
            {
                if (IntrospectionImpact(field) is { } introspection) return introspection;
                var values = ConnectionComplexity.Impact(field, paging) ?? KeyListImpact(field) ?? fieldImpact(field);
                var work = QueryCost.Extra(field, limits.SearchTermComplexity, limits.AnalysisComplexity);
                return work == 0 ? values : new FieldComplexityResult(values.FieldImpact + work, values.ChildImpactMultiplier);
            };
            complexity.ValidateComplexityDelegate = context =>
            {
                ExpensiveRequestLane.RecordCost(context.ValidationContext, context.TotalImpact);
                return Task.CompletedTask;
            };
            return complexity;
        });
        services.AddSingleton<ComplexityValidationRule>();
        services.AddSingleton<ResponseItemsValidationRule>();
        services.AddSingleton<ExpensiveRequestLane>();
        return services;
    }

    /// <summary>The arguments whose values the complexity analysis reads (<see cref="ComplexityDependsOnVariables"/>).</summary>
    private static readonly string[] CostArguments = ["first", "last", "take", KeyListArgument, SearchArgument.Name];

    private const string KeyListArgument = "ids";

    /// <summary>
    /// Whether a variable can change the complexity, depth or response item bound (<see cref="ResponseItemsValidationRule"/>,
    /// the same multipliers) of <paramref name="document"/>: when a
    /// <c>first</c>, <c>last</c>, <c>take</c>, <c>ids</c> or <c>search</c> argument, or an argument of a directive (<c>@skip</c>,
    /// <c>@include</c>), holds a variable. Nothing else the analysis reads depends on variables: GraphQL.NET's
    /// default impact reads <c>first</c>, <c>last</c> and whether <c>id</c> is given
    /// (<see cref="ComplexityOptions.DefaultComplexityImpactDelegate"/>), <see cref="ConnectionComplexity"/>
    /// reads <c>first</c>, <c>last</c> and <c>take</c>, <see cref="KeyListImpact"/> <c>ids</c>, <see cref="QueryCost"/>
    /// <c>search</c>, and the analyzer leaves
    /// out nodes by their <c>@skip</c>/<c>@include</c>.
    /// </summary>
    public static bool ComplexityDependsOnVariables(GraphQLDocument document) =>
        document.Definitions.Any(definition => definition switch
        {
            GraphQLOperationDefinition operation => DependsOnVariables(operation.Directives) || DependsOnVariables(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => DependsOnVariables(fragment.Directives) || DependsOnVariables(fragment.SelectionSet),
            _ => false,
        });

    private static bool DependsOnVariables(GraphQLSelectionSet? selections) =>
        selections?.Selections.Any(selection => selection switch
        {
            GraphQLField field => DependsOnVariables(field.Directives)
                || field.Arguments?.Items.Any(a => CostArguments.Contains(a.Name.StringValue) && HasVariable(a.Value)) == true
                || DependsOnVariables(field.SelectionSet),
            GraphQLInlineFragment inline => DependsOnVariables(inline.Directives) || DependsOnVariables(inline.SelectionSet),
            GraphQLFragmentSpread spread => DependsOnVariables(spread.Directives),
            _ => true,
        }) == true;

    private static bool DependsOnVariables(GraphQLDirectives? directives) =>
        directives?.Items.Any(d => d.Arguments?.Items.Any(a => HasVariable(a.Value)) == true) == true;

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HasVariable(f.Value)) == true,
        _ => false,
    };

    /// <summary>
    /// A field that returns one item per key of its <c>ids</c> argument costs that many items (at
    /// least one): <c>nodes(ids:)</c> takes up to <c>NodeQueries.MaxIds</c> keys, while GraphQL.NET
    /// would price it as any plain list (<see cref="ComplexityOptions.DefaultListImpactMultiplier"/>).
    /// </summary>
    private static FieldComplexityResult? KeyListImpact(FieldImpactContext field) =>
        field.FieldDefinition.Arguments?.Find(KeyListArgument) is null
            ? null
            : new FieldComplexityResult(1, field.GetArgument<object?>(KeyListArgument, null) is System.Collections.ICollection { Count: > 1 } keys ? keys.Count : 1);

    /// <summary>
    /// Introspection by the size of the schema: <c>__schema { types }</c> multiplies what it selects per type by the
    /// number of types, and a type's <c>fields</c>, <c>inputFields</c>, <c>enumValues</c>, <c>interfaces</c> and
    /// <c>possibleTypes</c> and a field's <c>args</c> by their average count in this schema
    /// (<see cref="IntrospectionSizes"/>), so that the cost is about the number of values the answer holds; every
    /// introspection field costs 1 and <c>__typename</c> nothing. Banana Cake Pop's introspection query passes (one
    /// answer is 326 KB and takes 60–180 ms on the bench machine, as much as ten pages of 50 ideas), a few aliases
    /// of it do not (bench/README.md, "Normal traffic under attack"). Null for fields outside introspection.
    /// </summary>
    private static FieldComplexityResult? IntrospectionImpact(FieldImpactContext field)
    {
        var name = field.FieldDefinition.Name;
        if (name == "__typename") return new FieldComplexityResult(0, 0);
        if (name.StartsWith("__", StringComparison.Ordinal)) return new FieldComplexityResult(1, 1);
        if (!field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)) return null;
        return new FieldComplexityResult(1, IntrospectionSizes.Of(field.ValidationContext.Schema).Multiplier(field.ParentType.Name, name));
    }

    /// <summary>The average list sizes of a schema's introspection, computed once per schema.</summary>
    private sealed class IntrospectionSizes
    {
        private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> Computed = new();

        private readonly double types, fields, args, inputFields, enumValues, interfaces, possibleTypes;

        private IntrospectionSizes(ISchema schema)
        {
            var all = schema.AllTypes.ToList();
            types = Math.Max(1, all.Count);
            var fieldTypes = all.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
            fields = fieldTypes.Count / types;
            args = fieldTypes.Sum(f => f.Arguments?.Count ?? 0) / (double)Math.Max(1, fieldTypes.Count);
            inputFields = all.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count) / types;
            enumValues = all.OfType<EnumerationGraphType>().Sum(t => t.Values.Count) / types;
            interfaces = all.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count) / types;
            possibleTypes = all.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count) / types;
        }

        public static IntrospectionSizes Of(ISchema schema) => Computed.GetValue(schema, s => new IntrospectionSizes(s));

        /// <summary>The multiplier of <paramref name="field"/> of the introspection type <paramref name="type"/> (at least 1).</summary>
        public double Multiplier(string type, string field) => Math.Max(1, (type, field) switch
        {
            ("__Schema", "types") => types,
            ("__Type", "fields") => fields,
            ("__Type", "inputFields") => inputFields,
            ("__Type", "enumValues") => enumValues,
            ("__Type", "interfaces") => interfaces,
            ("__Type", "possibleTypes") => possibleTypes,
            ("__Field" or "__Directive", "args") => args,
            _ => 1,
        });
    }
}
