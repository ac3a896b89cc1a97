using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// The editable content of an item as a JSON object keyed by field name — the form of revisions
/// and of pending drafts. Enums are written by name, dates in ISO-8601.
/// </summary>
public static class ContentSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The content of <paramref name="entity"/>'s columns, with its pending draft laid over it when <paramref name="withDraft"/>.</summary>
    public static JsonObject Of(ContentEntity entity, IEditableFields fields, bool withDraft)
    {
        var content = new JsonObject();
        foreach (var field in fields.Fields)
            content[field.Name] = JsonSerializer.SerializeToNode(field.Property.GetValue(entity), field.Property.PropertyType, Json);
        if (withDraft && entity.PendingDraft is { } draft && JsonNode.Parse(draft) is JsonObject pending)
        {
            foreach (var (name, value) in pending) content[name] = value?.DeepClone();
        }

        return content;
    }

    /// <summary>Writes the values of <paramref name="content"/> into <paramref name="entity"/>'s properties (fields it does not name stay).</summary>
    public static void Apply(ContentEntity entity, IEditableFields fields, JsonObject content)
    {
        foreach (var field in fields.Fields)
        {
            if (content.TryGetPropertyValue(field.Name, out var value))
                field.Property.SetValue(entity, value is null ? null : value.Deserialize(field.Property.PropertyType, Json));
        }
    }

    /// <summary>A CLR value as a JSON node, as <see cref="Of"/> writes it.</summary>
    public static JsonNode? ToNode(object? value, Type type) => JsonSerializer.SerializeToNode(value, type, Json);

    /// <summary>The names whose values differ between two contents.</summary>
    public static List<string> Changed(JsonObject before, JsonObject after) =>
        after.Where(pair => !JsonNode.DeepEquals(pair.Value, before[pair.Key])).Select(pair => pair.Key).ToList();
}
