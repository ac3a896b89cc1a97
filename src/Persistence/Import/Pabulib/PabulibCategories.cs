namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// Splits a project's <c>category</c> field into theme labels. Per the format page
/// (https://pabulib.org/format, e.g. <c>5; 1000; health, sport</c>) the field is a comma-separated list
/// of categories, the same separator the META <c>categories</c> list uses for the round's labels; so a
/// label never holds a comma, and each comma separates two labels. Labels are trimmed, whitespace
/// runs collapsed, empty ones dropped, repeats (case-insensitive) removed.
/// </summary>
internal static class PabulibCategories
{
    /// <summary>The separate labels in <paramref name="field"/>; empty for null or blank.</summary>
    public static IReadOnlyList<string> Split(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        return field.Split(',')
            .Select(ImportText.SingleLine)
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
