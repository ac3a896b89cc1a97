using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Refuses an operation whose response could hold more list items than the caller's
/// <see cref="OperationLimits.MaxResponseItems"/>, with <see cref="OperationLimits.ResponseItemsCode"/>
/// (a validation error: 400 with <c>application/graphql-response+json</c>), before anything runs. The
/// bound is static, an upper bound from the request alone: GraphQL.NET's complexity analyzer walks the
/// operation with the multipliers of the complexity analysis (<see cref="GraphQLRequestLimits"/>: a
/// connection its page size <c>first</c>/<c>last</c>/<c>take</c> or the default page size, <c>nodes(ids:)</c>
/// the number of ids, a plain list the list multiplier of 5, <c>@skip</c>/<c>@include</c> as the variables
/// say), and each field that returns a list of objects (a connection's <c>nodes</c> and <c>edges</c>, a
/// segment's <c>items</c>, a plain list such as <c>themes</c>) adds its multiplier times those of the lists
/// around it. Lists of scalars and enums add nothing, nor does introspection (bounded by the schema, and priced
/// by its size in the complexity analysis). Example: 50 ideas with
/// their themes hold 50 + 50 × 5 = 300 items. Like the complexity, the bound changes with the variables
/// only through those arguments and directives (<see cref="GraphQLRequestLimits.ComplexityDependsOnVariables"/>).
/// </summary>
internal sealed class ResponseItemsValidationRule(ComplexityOptions valuesModel, Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions> options)
    : ComplexityValidationRule(ItemsOptions(valuesModel))
{
    /// <inheritdoc/>
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var limits = OperationLimits.Of(options.Value, context.User);
        if (limits.MaxResponseItems > 0 && totalComplexity > limits.MaxResponseItems)
        {
            context.ReportError(new ValidationError(
                $"The response could hold up to {totalComplexity:0} list items (page sizes times the lists around them); at most {limits.MaxResponseItems} are allowed for {limits.Callers}. Ask for smaller pages or split the request.")
            { Code = OperationLimits.ResponseItemsCode });
        }

        return default;
    }

    // The multipliers of the complexity analysis; the impact of a field is its items, not its cost.
    private static ComplexityOptions ItemsOptions(ComplexityOptions valuesModel)
    {
        var values = valuesModel.DefaultComplexityImpactDelegate;
        return new ComplexityOptions
        {
            DefaultListImpactMultiplier = valuesModel.DefaultListImpactMultiplier,
            DefaultComplexityImpactDelegate = field =>
            {
                var multiplier = values(field).ChildImpactMultiplier;
                var introspection = field.ParentType.Name.StartsWith("__", StringComparison.Ordinal); // priced by the complexity alone
                return new FieldComplexityResult(!introspection && ReturnsObjectList(field.FieldDefinition) ? multiplier : 0, multiplier);
            },
        };
    }

    private static bool ReturnsObjectList(FieldType field)
    {
        var type = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
        return type is ListGraphType && type.GetNamedType() is not ScalarGraphType;
    }
}
