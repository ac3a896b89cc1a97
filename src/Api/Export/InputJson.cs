using System.Text.Json;
using Dialoogtafels.Persistence;
using GraphQL.Types;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// Reads an argument sent as a JSON query parameter (<c>?where={"proposedActors":{"some":{"eq":"GOVERNMENT"}}}</c>,
/// <c>?order=[{"supportCount":"DESC"}]</c>) into the shape GraphQL.NET gives that argument when it came in as a variable: dictionaries for input
/// objects, lists for lists, and every leaf parsed by its scalar or enum type (<see cref="ScalarGraphType.ParseValue"/>),
/// so <c>"GOVERNMENT"</c> becomes <c>ProposedActor.Government</c> and <c>"2021-04-12"</c> a <see cref="DateOnly"/>.
/// The walk follows the schema's input type, so the same fields and operators are accepted as in GraphQL.
/// </summary>
internal static class InputJson
{
    /// <summary>JSON numbers as GraphQL.NET's System.Text.Json reader gives them to scalars: int, long, decimal, else double.</summary>
    private static object Number(JsonElement value) =>
        value.TryGetInt32(out var i) ? i
        : value.TryGetInt64(out var l) ? l
        : value.TryGetDecimal(out var m) ? m
        : value.GetDouble();

    /// <summary>
    /// Parses <paramref name="json"/>, the query parameter <paramref name="parameter"/>, as a value of <paramref name="type"/>
    /// (an input object, or a list of them; a single value stands for a list of one, as in GraphQL); null for JSON <c>null</c>.
    /// </summary>
    /// <exception cref="ExportRequestException">Code <see cref="ExportErrors.JsonInvalid"/> when the text is not JSON,
    /// <see cref="ExportErrors.InvalidValue"/> when a string holds text PostgreSQL cannot store (<see cref="StorableText"/>),
    /// <paramref name="invalid"/> when it does not fit the input type (the message names the path).</exception>
    public static object? Parse(string json, IGraphType type, string parameter, string invalid)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ExportRequestException(ExportErrors.JsonInvalid, $"`{parameter}` is not valid JSON: {e.Message}");
        }

        using (document)
        {
            try
            {
                return new Walk(invalid).Value(document.RootElement, type, parameter);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json decodes strings lazily: an escaped unpaired surrogate ("\ud800") fails when read.
                throw new ExportRequestException(ExportErrors.InvalidValue, $"`{parameter}` holds a string with an unpaired surrogate escape. {StorableText.Refusal}");
            }
        }
    }

    // The walk over the JSON, following the input type; invalid is the code of a value that does not fit.
    private sealed class Walk(string invalid)
    {
        public object? Value(JsonElement value, IGraphType type, string path)
        {
            if (type is NonNullGraphType nonNull)
            {
                if (value.ValueKind == JsonValueKind.Null) throw Invalid(path, $"must not be null ({nonNull}).");
                type = nonNull.ResolvedType!;
            }

            if (value.ValueKind == JsonValueKind.Null) return null;
            return type switch
            {
                ListGraphType list when value.ValueKind == JsonValueKind.Array =>
                    value.EnumerateArray().Select((item, i) => Value(item, list.ResolvedType!, $"{path}[{i}]")).ToList(),
                ListGraphType list => new List<object?> { Value(value, list.ResolvedType!, path) }, // a single value coerces to a list of one
                IInputObjectGraphType input => Object(value, input, path),
                ScalarGraphType scalar => Scalar(value, scalar, path),
                _ => throw Invalid(path, $"has the unsupported type {type}."),
            };
        }

        private Dictionary<string, object?> Object(JsonElement value, IInputObjectGraphType type, string path)
        {
            if (value.ValueKind != JsonValueKind.Object) throw Invalid(path, $"must be an object ({type.Name}).");
            var result = new Dictionary<string, object?>();
            foreach (var property in value.EnumerateObject())
            {
                var field = type.GetField(property.Name)
                    ?? throw Invalid(path, $"has the field `{property.Name}`, which {type.Name} does not define. Its fields: {string.Join(", ", type.Fields.Select(f => f.Name))}.");
                if (!result.TryAdd(property.Name, Value(property.Value, field.ResolvedType!, $"{path}.{property.Name}")))
                    throw Invalid(path, $"has the field `{property.Name}` twice.");
            }

            return result;
        }

        private object Scalar(JsonElement value, ScalarGraphType type, string path)
        {
            object raw = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => Number(value),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Invalid(path, $"must be a {type.Name} value, not a JSON {value.ValueKind.ToString().ToLowerInvariant()}."),
            };
            if (raw is string text && !StorableText.IsStorable(text))
                throw new ExportRequestException(ExportErrors.InvalidValue, $"`{path}` is not a valid {type.Name} value. {StorableText.Refusal}");
            try
            {
                return type.ParseValue(raw) ?? throw Invalid(path, $"is not a valid {type.Name} value.");
            }
            catch (Exception e) when (e is not ExportRequestException)
            {
                var hint = type is EnumerationGraphType enumType ? $" Use one of: {string.Join(", ", enumType.Values.Select(v => v.Name))}." : "";
                throw Invalid(path, $"is not a valid {type.Name} value: {value.GetRawText()}.{hint}");
            }
        }

        private ExportRequestException Invalid(string path, string message) => new(invalid, $"`{path}` {message}");
    }
}
