using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence;

/// <summary>
/// Key arrays: an <c>integer[]</c> shadow column on an entity's table that mirrors the target keys of
/// one of its many-to-many navigations, e.g. <c>ideas.theme_ids</c> holds the <c>theme_id</c>s of
/// the idea's <c>idea_themes</c> rows in ascending order (<c>{}</c> when it has none). Statement-level
/// triggers on the join table keep it (migration <c>Initial</c>, function <c>sync_key_array()</c>),
/// so EF Core never writes it and in-memory entities do not see it change.
/// </summary>
/// <remarks>
/// Why: a filter such as <c>themes: { some: { slug: { eq: "gezondheid" } } }</c> becomes
/// <c>theme_ids &amp;&amp; @keys</c>, which the same GIN index as the full-text column and the
/// proposed actors can answer (<c>ix_ideas_search</c>), instead of a semi-join on the join table per
/// candidate row. See docs/decisions/0003-key-arrays-for-many-to-many-filters.md.
/// </remarks>
public static class KeyArrays
{
    /// <summary>Annotation on the key-array property: the name of the navigation it mirrors.</summary>
    public const string Annotation = "Dialoogtafels:KeyArrayOf";

    /// <summary>
    /// Maps the shadow property <paramref name="property"/> (<c>int[]</c>, column default <c>'{}'</c>)
    /// as the key array of <paramref name="navigation"/>. EF Core never writes it: new rows get the
    /// column default. It is optional in the model only because EF Core refuses to save a required
    /// primitive collection whose (never loaded) value is null; the migration makes the column
    /// <c>NOT NULL</c>.
    /// </summary>
    /// <param name="builder">The owning entity's builder.</param>
    /// <param name="navigation">The many-to-many navigation, e.g. <c>Themes</c>.</param>
    /// <param name="property">The shadow property, e.g. <c>ThemeIds</c> (column <c>theme_ids</c>).</param>
    public static PropertyBuilder<int[]> HasKeyArray<T>(this EntityTypeBuilder<T> builder, string navigation, string property)
        where T : class
    {
        var mapped = builder.Property<int[]>(property).IsRequired(false).HasDefaultValueSql("'{}'::integer[]").HasAnnotation(Annotation, navigation);
        mapped.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        mapped.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        return mapped;
    }

    /// <summary>The key-array property of <paramref name="navigation"/> on <paramref name="type"/>; null when it has none.</summary>
    public static string? FindProperty(IReadOnlyEntityType type, string navigation) =>
        type.GetProperties().FirstOrDefault(p => p.FindAnnotation(Annotation)?.Value as string == navigation)?.Name;
}
