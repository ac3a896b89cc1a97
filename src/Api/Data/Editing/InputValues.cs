using Dialoogtafels.Api.Data;
using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// Checks a mutation's input against an entity's <see cref="IEditableFields"/> and turns it into
/// content (see <see cref="ContentSnapshot"/>): required fields, text lengths, slug format and
/// uniqueness, minimums, distinct enum lists, and references to existing items given as global ids.
/// Every problem is collected, each naming its input path.
/// </summary>
internal static class InputValues
{
    /// <summary>
    /// The content the input asks for, merged over <paramref name="current"/> (for a create: the
    /// new item's defaults, and required fields must be given); <paramref name="problems"/> receives what is wrong.
    /// </summary>
    public static async Task<JsonObject> ReadAsync(
        EditContext edit, IEditableFields fields, IDictionary<string, object?> input, JsonObject current, int? entityId,
        List<WriteProblem> problems, CancellationToken cancellationToken)
    {
        var creating = entityId is null;
        var content = current.DeepClone().AsObject();
        foreach (var field in fields.Fields)
        {
            if (!input.TryGetValue(field.Name, out var raw))
            {
                if (creating && field.Required) problems.Add(Problem(field, "is required."));
                continue;
            }

            if (raw is null && field.Kind == EditKind.EnumList) raw = Array.Empty<object>();
            var value = await ConvertAsync(edit, fields, field, raw, entityId, problems, cancellationToken);
            if (ReferenceEquals(value, Invalid)) continue;
            if (value is null && field.Required)
            {
                problems.Add(Problem(field, "may not be empty."));
                continue;
            }

            content[field.Name] = ContentSnapshot.ToNode(value, field.Property.PropertyType);
        }

        if (problems.Count == 0 && fields.Rules.Count > 0)
        {
            var probe = (ContentEntity)Activator.CreateInstance(fields.EntityType)!;
            probe.Id = entityId ?? 0; // the item being edited (0 for a new one), for rules about the item itself
            ContentSnapshot.Apply(probe, fields, content);
            foreach (var rule in fields.Rules)
            {
                if (!await rule.Holds(probe, edit.Db, cancellationToken))
                    problems.Add(new ValidationProblem(["input", rule.Field], $"`{rule.Field}` {rule.Message}"));
            }
        }

        return content;
    }

    private static readonly object Invalid = new();

    private static async Task<object?> ConvertAsync(
        EditContext edit, IEditableFields fields, EditableField field, object? raw, int? entityId, List<WriteProblem> problems, CancellationToken ct)
    {
        if (raw is null) return null;
        switch (field.Kind)
        {
            case EditKind.Text:
            case EditKind.Slug:
                var text = ((string)raw).Trim();
                if (text.Length == 0) return null;
                if (text.Length > field.MaxLength)
                    return Fail(problems, field, $"may be at most {field.MaxLength} characters; it has {text.Length}.");
                if (field.Kind == EditKind.Text) return text;
                if (!Slugs.IsValid(text))
                    return Fail(problems, field, "must be lower-case letters and digits in groups joined by single hyphens, e.g. `samen-leven`.");
                var taken = await SlugTakenAsync(edit, fields.EntityType, field, text, entityId, ct);
                return taken ? Fail(problems, field, $"'{text}' is already used by another {fields.TypeName}.") : text;
            case EditKind.Value:
                var number = Convert.ChangeType(raw, field.ValueType, CultureInfo.InvariantCulture);
                if (field is { Minimum: null, Maximum: null, Decimals: null }) return number; // dates, flags, unbounded numbers
                var value = Convert.ToDecimal(number, CultureInfo.InvariantCulture);
                if (field.Minimum is { } minimum && value < minimum)
                    return Fail(problems, field, $"must be at least {minimum.ToString(CultureInfo.InvariantCulture)}.");
                if (field.Maximum is { } maximum && value > maximum)
                    return Fail(problems, field, $"must be at most {maximum.ToString(CultureInfo.InvariantCulture)}.");
                if (field.Decimals is { } decimals && decimal.Round(value, decimals) != value)
                    return Fail(problems, field, $"may have at most {decimals} decimals.");
                return number;
            case EditKind.Enum:
                return raw;
            case EditKind.EnumList:
                var items = ((IEnumerable)raw).Cast<object>().Distinct().ToList();
                var list = (IList)Activator.CreateInstance(field.ValueType)!;
                foreach (var item in items) list.Add(item);
                return list;
            case EditKind.Reference:
                if (!GlobalId.TryDecode((string)raw, out var type, out var id) || type != field.Target!.Name)
                    return Fail(problems, field, $"must be the id of a {field.Target!.Name}.");
                var target = await edit.Db.FindAsync(field.Target, id) as ContentEntity;
                return target is null || target.DeletedAt is not null ? Fail(problems, field, $"names no existing {field.Target.Name}.") : id;
            default:
                throw new NotSupportedException(field.Kind.ToString());
        }
    }

    private static async Task<bool> SlugTakenAsync(EditContext edit, Type entityType, EditableField field, string slug, int? entityId, CancellationToken ct)
    {
        var method = typeof(InputValues).GetMethod(nameof(SlugTakenTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<bool>)method.MakeGenericMethod(entityType).Invoke(null, [edit, field.Property.Name, slug, entityId ?? 0, ct])!;
    }

    private static Task<bool> SlugTakenTypedAsync<T>(EditContext edit, string property, string slug, int entityId, CancellationToken ct) where T : ContentEntity =>
        edit.Db.Set<T>().IgnoreQueryFilters().AnyAsync(e => EF.Property<string>(e, property) == slug && e.Id != entityId, ct);

    private static object Fail(List<WriteProblem> problems, EditableField field, string message)
    {
        problems.Add(Problem(field, message));
        return Invalid;
    }

    private static ValidationProblem Problem(EditableField field, string message) =>
        new(["input", field.Name], $"`{field.Name}` {message}");
}
