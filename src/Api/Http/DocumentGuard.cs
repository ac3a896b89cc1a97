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
/// it answers other invalid documents (400 with <c>application/graphql-response+json</c>).
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
    /// error then); <paramref name="error"/> is set when the document is refused.
    /// </summary>
    public static GraphQLDocument? Check(string? query, string? operationName, ISchema schema, int maxFieldSelections, out ValidationError? error)
    {
        error = null;
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
        var sizes = new Dictionary<string, long>();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (!string.IsNullOrEmpty(operationName) && operation.Name?.StringValue != operationName) continue;
            var size = Size(operation.SelectionSet, fragments, sizes, [], maxFieldSelections);
            if (size > maxFieldSelections)
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

    /// <summary>Expanded field count of a selection set; saturates just above <paramref name="cap"/>.</summary>
    private static long Size(
        GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, long> sizes, HashSet<string> visiting, long cap)
    {
        if (selectionSet is null) return 0;
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                GraphQLField field => 1 + Size(field.SelectionSet, fragments, sizes, visiting, cap),
                GraphQLInlineFragment inline => Size(inline.SelectionSet, fragments, sizes, visiting, cap),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, sizes, visiting, cap),
                _ => 0,
            };
            if (total > cap) return cap + 1;
        }

        return total;
    }

    private static long FragmentSize(
        string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes, HashSet<string> visiting, long cap)
    {
        if (sizes.TryGetValue(name, out var known)) return known;
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0; // unknown or cyclic: validation reports it
        var size = Size(fragment.SelectionSet, fragments, sizes, visiting, cap);
        visiting.Remove(name);
        return sizes[name] = size;
    }
}
