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
    /// <summary>The fields selected on the returned objects.</summary>
    public static Selection OfObjects(IResolveFieldContext context) => new(context, [context.FieldAst]);

    /// <summary>
    /// The fields selected on the nodes of the connection the resolver returns (<c>nodes</c>,
    /// <c>edges { node }</c>), or on the items of the collection segment (<c>items</c>).
    /// </summary>
    public static Selection OfConnectionNodes(IResolveFieldContext context)
    {
        var nodes = new List<GraphQLField>();
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            var name = field.Name.StringValue;
            if (name is "nodes" or "items") nodes.Add(field);
            else if (name == "edges") nodes.AddRange(Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"));
        }

        return new Selection(context, nodes);
    }

    internal static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, int depth = 0)
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

/// <summary>
/// The fields selected under one or more occurrences of a field (aliases and fragments merged), by
/// name, and what each of them selects in turn (<see cref="Of"/>).
/// </summary>
public sealed class Selection
{
    private readonly IResolveFieldContext context;
    private readonly Dictionary<string, List<GraphQLField>> fields = new(StringComparer.Ordinal);

    internal Selection(IResolveFieldContext context, IEnumerable<GraphQLField> parents)
    {
        this.context = context;
        foreach (var parent in parents)
        {
            foreach (var field in SelectedFields.Fields(context, parent.SelectionSet))
            {
                if (!fields.TryGetValue(field.Name.StringValue, out var occurrences)) fields[field.Name.StringValue] = occurrences = [];
                occurrences.Add(field);
            }
        }
    }

    /// <summary>The names of the selected fields.</summary>
    public IEnumerable<string> Names => fields.Keys;

    /// <summary>Whether the field <paramref name="name"/> is selected.</summary>
    public bool Contains(string name) => fields.ContainsKey(name);

    /// <summary>What the field <paramref name="name"/> selects (empty when it is not selected).</summary>
    public Selection Of(string name) => new(context, fields.GetValueOrDefault(name) ?? []);
}
