using System.Reflection;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>What an editable field holds, which decides its GraphQL input type and its validation.</summary>
public enum EditKind
{
    /// <summary>Text, optionally with a maximum length; trimmed on save.</summary>
    Text,

    /// <summary>A slug: <c>Slugs.IsValid</c> and unique among the entity's rows (deleted ones included).</summary>
    Slug,

    /// <summary>A number or date, optionally with a minimum.</summary>
    Value,

    /// <summary>An enum value.</summary>
    Enum,

    /// <summary>A list of distinct enum values.</summary>
    EnumList,

    /// <summary>A foreign key, given as the global id of an existing (not deleted) entity.</summary>
    Reference,
}

/// <summary>
/// One editable member of an entity: its GraphQL input name, the property it writes, how it is
/// validated, and whether a create must give it.
/// </summary>
/// <param name="Name">GraphQL field name in inputs and in revision content.</param>
/// <param name="Property">The entity property it writes.</param>
/// <param name="Kind">Kind of value.</param>
/// <param name="Required">Required on create (and never null or empty on update).</param>
/// <param name="MaxLength">For text: the maximum length in characters.</param>
/// <param name="Minimum">For numbers: the smallest allowed value.</param>
/// <param name="Target">For references: the referenced entity type.</param>
/// <param name="Maximum">For numbers: the largest allowed value.</param>
/// <param name="Decimals">For decimal numbers: the most digits after the decimal point.</param>
public sealed record EditableField(
    string Name, PropertyInfo Property, EditKind Kind, bool Required, int? MaxLength = null, decimal? Minimum = null, Type? Target = null,
    decimal? Maximum = null, int? Decimals = null)
{
    /// <summary>The CLR type of the value without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
}
