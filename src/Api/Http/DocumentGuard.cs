using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Checks a document before GraphQL.NET validates it, in time linear in its text: the number of
/// field selections after expanding every fragment spread (fragments nested by spreads can grow
/// exponentially, and several validation rules walk the expanded tree), that it does not nest
/// deeper than the parser follows, and that the schema has a
/// root type for the operation. Refusals are validation errors, so the endpoint answers them as
/// it answers other invalid documents (400 with <c>application/graphql-response+json</c>). It also
/// counts the root fields and aliases (<see cref="DocumentShape"/>), which the endpoint holds against
/// the caller's <see cref="OperationLimits"/>, for this request and for later ones that find the
/// document in <see cref="ValidatedDocumentCache"/>.
/// </summary>
internal static class DocumentGuard
{
    /// <summary>Code when the expanded document has more than the allowed number of field selections.</summary>
    public const string TooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>
    /// Code when the document nests deeper than the GraphQL parser follows (GraphQL-Parser's
    /// <c>ParserOptions.MaxDepth</c>, counting selection sets, arguments and input values alike).
    /// </summary>
    public const string TooDeep = "DOCUMENT_TOO_DEEP";

    /// <summary>Code for a mutation or subscription on a schema without that root type.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>
    /// The parsed document, or null when the text does not parse (the executor reports the syntax
    /// error then); <paramref name="error"/> is set when the document is refused. <paramref name="shape"/>
    /// holds the most root fields and aliases of the operations checked (the one named
    /// <paramref name="operationName"/>, else all); it is complete only when the document is not refused.
    /// </summary>
    public static GraphQLDocument? Check(
        string? query, string? operationName, ISchema schema, int maxFieldSelections, out DocumentShape shape, out ValidationError? error)
    {
        error = null;
        shape = default;
        if (query is null) return null;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // GraphQL.NET's executor does not turn this parser exception into an error with a code:
            // it would answer "Unexpected Execution Error" (a 500 under application/graphql-response+json).
            error = new ValidationError(query, null,
                "The document nests deeper than the parser follows (128 levels of selections, arguments and input values together, GraphQL-Parser's default); flatten it or split it into smaller requests.")
            { Code = TooDeep };
            return null;
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var sizes = new Dictionary<string, Size>();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (!string.IsNullOrEmpty(operationName) && operation.Name?.StringValue != operationName) continue;
            var size = SizeOf(operation.SelectionSet, fragments, sizes, [], maxFieldSelections);
            var rootFields = new HashSet<string>();
            AddResponseNames(operation.SelectionSet, fragments, rootFields, []);
            shape = new DocumentShape(Math.Max(shape.RootFields, rootFields.Count), (int)Math.Max(shape.Aliases, size.Aliases));
            if (size.Fields > maxFieldSelections)
            {
                error = new ValidationError(query, null,
                    $"The document selects more than {maxFieldSelections} fields once its fragments are expanded; split it into smaller requests.", operation)
                { Code = TooLarge };
                return document;
            }

            schema.Initialize();
            if ((operation.Operation == OperationType.Mutation && schema.Mutation is null)
                || (operation.Operation == OperationType.Subscription && schema.Subscription is null))
            {
                error = new ValidationError(query, null,
                    $"This API has no {operation.Operation.ToString().ToLowerInvariant()} operations.", operation)
                { Code = OperationNotSupported };
                return document;
            }
        }

        return document;
    }

    /// <summary>Expanded field and alias counts of a selection set; the field count saturates just above <paramref name="cap"/>.</summary>
    private static Size SizeOf(
        GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, Size> sizes, HashSet<string> visiting, long cap)
    {
        if (selectionSet is null) return default;
        var total = default(Size);
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                GraphQLField field => new Size(1, field.Alias is null ? 0 : 1) + SizeOf(field.SelectionSet, fragments, sizes, visiting, cap),
                GraphQLInlineFragment inline => SizeOf(inline.SelectionSet, fragments, sizes, visiting, cap),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, sizes, visiting, cap),
                _ => default,
            };
            if (total.Fields > cap) return new Size(cap + 1, Math.Min(total.Aliases, cap + 1));
        }

        return total;
    }

    private static Size FragmentSize(
        string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, Size> sizes, HashSet<string> visiting, long cap)
    {
        if (sizes.TryGetValue(name, out var known)) return known;
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return default; // unknown or cyclic: validation reports it
        var size = SizeOf(fragment.SelectionSet, fragments, sizes, visiting, cap);
        visiting.Remove(name);
        return sizes[name] = size;
    }

    /// <summary>
    /// Adds the response names (alias, else name) of the fields at the top of <paramref name="selectionSet"/>,
    /// through inline fragments and fragment spreads (each fragment once: spread again it adds the same names).
    /// </summary>
    private static void AddResponseNames(
        GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> names, HashSet<string> spread)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add((field.Alias?.Name ?? field.Name).StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    AddResponseNames(inline.SelectionSet, fragments, names, spread);
                    break;
                case GraphQLFragmentSpread fragmentSpread when spread.Add(fragmentSpread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var fragment):
                    AddResponseNames(fragment.SelectionSet, fragments, names, spread);
                    break;
            }
        }
    }

    /// <summary>Field selections and aliased fields, fragments expanded.</summary>
    private readonly record struct Size(long Fields, long Aliases)
    {
        public static Size operator +(Size a, Size b) => new(a.Fields + b.Fields, a.Aliases + b.Aliases);
    }
}
