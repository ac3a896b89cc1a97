using GraphQL;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.Data.Projection;

/// <summary>
/// Reads which fields a query selects on the objects a resolver returns: directly (a reference
/// field, an unpaged list) or, for a connection field, under <c>nodes</c> and <c>edges { node }</c>.
/// Fragments and inline fragments are followed; <c>@skip</c>/<c>@include</c> are ignored (a skipped
/// field is still read, never the other way round).
/// </summary>
public static class SelectedFields
{
    /// <summary>The names of the fields selected on the returned objects.</summary>
    public static IReadOnlySet<string> OfObjects(IResolveFieldContext context) =>
        Collect(context, context.FieldAst.SelectionSet, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The names of the fields selected on the nodes of the connection the resolver returns.</summary>
    public static IReadOnlySet<string> OfConnectionNodes(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            var name = field.Name.StringValue;
            if (name == "nodes") Collect(context, field.SelectionSet, names);
            else if (name == "edges")
                foreach (var edgeField in Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                    Collect(context, edgeField.SelectionSet, names);
        }

        return names;
    }

    private static HashSet<string> Collect(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, HashSet<string> names)
    {
        foreach (var field in Fields(context, selectionSet)) names.Add(field.Name.StringValue);
        return names;
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, int depth = 0)
    {
        if (selectionSet is null || depth > 32) yield break;
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(context, inline.SelectionSet, depth + 1),
                GraphQLFragmentSpread spread => Fields(context, Fragment(context, spread.FragmentName.Name.StringValue)?.SelectionSet, depth + 1),
                _ => [],
            };
            foreach (var field in nested) yield return field;
        }
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext context, string name) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
}
